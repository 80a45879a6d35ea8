// Worked explanations over several rows: an average of capaian (a "Rata-rata" row, a kegiatan's rata-rata
// capaian, Ringkasan), and a budget line's serapan and efisiensi (ratio or PMK 214/2017).
import { averageOf } from "../analyze/capaian";
import type { BudgetResult, IndicatorResult } from "../types";
import { computedAddr } from "./context";
import { constant, num, op, showNum, sum, worked, type Expr } from "./worked-arith";
import {
  readInput,
  step,
  type WCtx,
  type WorkedExplanation,
  type WorkedInput,
  type WorkedStep,
} from "./worked-inputs";

/** The average step over some indicators' capaian, under the report's missing-value policy. */
export function averageStep(
  ctx: WCtx,
  inds: IndicatorResult[],
  inputs: WorkedInput[],
  notes: string[],
  label = ctx.m.average
): WorkedStep {
  const m = ctx.m;
  const policy = ctx.analysis.report.config.missingPolicy;
  const avg = averageOf(
    inds.map((i) => i.capaian),
    policy
  );
  const terms: Expr[] = [];
  for (const i of inds) {
    const at = computedAddr(ctx, i.tableIndex, i.row, "capaian") ?? i.sources.capaian;
    if (at)
      inputs.push(
        readInput(ctx, i.sheet, at, `${m.capaian}: ${i.name}`, i.capaian, "percent", true)
      );
    if (i.capaian !== null) terms.push(num(i.capaian, "percent"));
    else if (policy === "zero") terms.push(num(0, "percent"));
  }
  const missing = avg.total - avg.counted;
  if (missing > 0) notes.push(policy === "zero" ? m.countedZero(missing) : m.excluded(missing));
  const n = policy === "zero" ? avg.total : avg.counted;
  if (avg.value === null || n === 0)
    return step(label, m.wAverage(policy), null, null, showNum(null, "percent", ctx.lang));
  return step(
    label,
    m.wAverage(policy),
    worked(op("÷", sum(terms), constant(n, "number")), avg.value, "percent", ctx.lang),
    avg.value,
    ""
  );
}

export function workedAverage(
  ctx: WCtx,
  inds: IndicatorResult[],
  sheet: string,
  cell: string,
  title: string,
  stated: { sheet: string; cell: string } | null
): WorkedExplanation {
  const inputs: WorkedInput[] = [];
  const notes: string[] = [];
  const s = averageStep(ctx, inds, inputs, notes);
  if (stated) {
    const raw = ctx.grid.userValueAt(stated.sheet, stated.cell);
    if (typeof raw === "number")
      inputs.push(readInput(ctx, stated.sheet, stated.cell, ctx.m.statedValue, raw, "percent"));
  }
  return {
    kind: "average",
    sheet,
    cell,
    title,
    inputs,
    steps: [s],
    arithmetic: s.arithmetic,
    result: { value: s.value, shown: s.shown },
    notes,
    sources: [ctx.m.srcAverage],
    flags: [],
  };
}

/** Indicators of a budget line (the indicator rows its merged pagu covers). */
export function lineIndicators(ctx: WCtx, line: BudgetResult): IndicatorResult[] {
  return ctx.analysis.report.indicators.filter(
    (i) => i.tableIndex === line.tableIndex && i.row >= line.row && i.row <= line.lastRow
  );
}

function serapanStep(ctx: WCtx, line: BudgetResult, inputs: WorkedInput[]): WorkedStep {
  const m = ctx.m;
  const { pagu, realisasi } = line.sources;
  if (pagu) inputs.push(readInput(ctx, line.sheet, pagu, m.pagu, line.pagu, "rupiah"));
  if (realisasi)
    inputs.push(
      readInput(ctx, line.sheet, realisasi, m.realisasiAnggaran, line.realisasi, "rupiah")
    );
  if (line.serapan === null || line.pagu === null || line.realisasi === null)
    return step(m.serapan, m.wSerapan, null, null, m.notComputable);
  return step(
    m.serapan,
    m.wSerapan,
    worked(
      op("÷", num(line.realisasi, "rupiah"), num(line.pagu, "rupiah")),
      line.serapan,
      "percent",
      ctx.lang
    ),
    line.serapan,
    ""
  );
}

export function done(
  ctx: WCtx,
  kind: WorkedExplanation["kind"],
  sheet: string,
  cell: string,
  title: string,
  inputs: WorkedInput[],
  steps: WorkedStep[],
  notes: string[],
  sources: string[]
): WorkedExplanation {
  const last = steps[steps.length - 1];
  return {
    kind,
    sheet,
    cell,
    title,
    inputs,
    steps,
    arithmetic: last?.arithmetic ?? null,
    result: last ? { value: last.value, shown: last.shown } : null,
    notes,
    sources,
    flags: [],
  };
}

export function workedSerapan(
  ctx: WCtx,
  line: BudgetResult,
  sheet: string,
  cell: string
): WorkedExplanation {
  const inputs: WorkedInput[] = [];
  const s = serapanStep(ctx, line, inputs);
  if (line.sources.serapan && line.serapanReported !== null)
    inputs.push(
      readInput(
        ctx,
        line.sheet,
        line.sources.serapan,
        ctx.m.statedValue,
        line.serapanReported,
        "percent"
      )
    );
  return done(
    ctx,
    "serapan",
    sheet,
    cell,
    `${ctx.m.serapan}: ${line.name}`,
    inputs,
    [s],
    [],
    [ctx.m.srcSerapan]
  );
}

export function workedEfisiensi(
  ctx: WCtx,
  line: BudgetResult,
  sheet: string,
  cell: string
): WorkedExplanation {
  const m = ctx.m;
  const lang = ctx.lang;
  const inputs: WorkedInput[] = [];
  const notes: string[] = [];
  const steps: WorkedStep[] = [];
  const inds = lineIndicators(ctx, line);
  const ck = line.capaianKinerja;
  if (inds.length > 0) steps.push(averageStep(ctx, inds, inputs, notes, m.capaianKinerja));
  else steps.push(step(m.capaianKinerja, m.statedValue, null, ck, showNum(ck, "percent", lang)));
  const method = ctx.analysis.report.config.efficiencyMethod;
  const sources: string[] = [];
  if (method === "pmk214") {
    const { pagu, realisasi } = line.sources;
    if (pagu) inputs.push(readInput(ctx, line.sheet, pagu, m.pagu, line.pagu, "rupiah"));
    if (realisasi)
      inputs.push(
        readInput(ctx, line.sheet, realisasi, m.realisasiAnggaran, line.realisasi, "rupiah")
      );
    const p = line.pmk214;
    if (p && line.pagu !== null && line.realisasi !== null && ck !== null) {
      const pck = op("×", num(line.pagu, "rupiah"), num(ck, "percent"));
      steps.push(
        step(
          m.pmkE,
          m.wPmkE,
          worked(op("÷", op("−", pck, num(line.realisasi, "rupiah")), pck), p.e, "percent", lang),
          p.e,
          ""
        )
      );
      const ne: Expr = {
        k: "min",
        args: [
          {
            k: "max",
            args: [
              op(
                "+",
                constant(0.5, "percent"),
                op(
                  "×",
                  op("÷", num(p.e, "percent"), constant(0.2, "percent")),
                  constant(0.5, "percent")
                )
              ),
              constant(0, "percent"),
            ],
          },
          constant(1, "percent"),
        ],
      };
      steps.push(step(m.efisiensiPmk, m.wPmkNe, worked(ne, p.ne, "percent", lang), p.ne, ""));
    } else steps.push(step(m.efisiensiPmk, m.wPmkNe, null, null, m.notComputable));
    sources.push(m.srcPmk214);
  } else {
    steps.push(serapanStep(ctx, line, inputs));
    const ser = line.serapan;
    steps.push(
      ck !== null && ser !== null && line.efisiensi !== null
        ? step(
            m.efisiensi,
            m.wEfisiensiRatio,
            worked(
              op("÷", num(ck, "percent"), num(ser, "percent")),
              line.efisiensi,
              "percent",
              lang
            ),
            line.efisiensi,
            ""
          )
        : step(m.efisiensi, m.wEfisiensiRatio, null, null, m.notComputable)
    );
    sources.push(m.srcEfisiensiRatio);
  }
  if (line.band) sources.push(`${m.srcBand}: ${line.band}`);
  return done(
    ctx,
    "efisiensi",
    sheet,
    cell,
    `${m.efisiensi}: ${line.name}`,
    inputs,
    steps,
    notes,
    sources
  );
}
