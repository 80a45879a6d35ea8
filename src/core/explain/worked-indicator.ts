// Worked explanations for an indicator row: annual realisasi, capaian (positive or negative polarity, capped),
// and status, with each input cell, how it was read, and the arithmetic as a reviewer redoes it.
import { kindAt } from "../source-kind";
import type { IndicatorResult } from "../types";
import { categoryLabel, parseCategory } from "../parse/categories";
import { computedAddr, norm, rawOf } from "./context";
import { constant, num, op, sum, worked, showNum, type Expr, type NumKind } from "./worked-arith";
import {
  readInput,
  step,
  type WCtx,
  type WorkedExplanation,
  type WorkedInput,
  type WorkedStep,
} from "./worked-inputs";

export function kindOf(ind: IndicatorResult, addr: string | null): NumKind {
  return ind.percent || (addr && kindAt(ind.sources, addr) === "percent") ? "percent" : "number";
}

/** The annual realisasi step, when it was derived from the quarters; the quarter inputs are pushed. */
export function realisasiStep(
  ctx: WCtx,
  ind: IndicatorResult,
  inputs: WorkedInput[]
): WorkedStep | null {
  const m = ctx.m;
  const s = ind.sources;
  const kind: NumKind = ind.percent ? "percent" : "number";
  if (!ind.annualDerived) {
    if (s.annual)
      inputs.push(readInput(ctx, ind.sheet, s.annual, m.annual, ind.annual, kindOf(ind, s.annual)));
    return step(
      m.realisasi,
      m.wRealisasiStated,
      null,
      ind.annual,
      showNum(ind.annual, kind, ctx.lang)
    );
  }
  const present: Expr[] = [];
  s.quarters.forEach((q, i) => {
    if (!q) return;
    const v = ind.quarters[i] ?? null;
    inputs.push(readInput(ctx, ind.sheet, q, m.quarter(i + 1), v, kindOf(ind, q)));
    if (v !== null) present.push(num(v, kind));
  });
  if (ind.annual === null || present.length === 0)
    return step(m.realisasi, m.wRealisasiSum, null, null, showNum(null, kind, ctx.lang));
  const agg = ind.cumulativeQuarters ? "last" : ind.aggregation;
  if (agg === "sum")
    return step(
      m.realisasi,
      m.wRealisasiSum,
      worked(sum(present), ind.annual, kind, ctx.lang),
      ind.annual,
      ""
    );
  if (agg === "average")
    return step(
      m.realisasi,
      m.wRealisasiAverage,
      worked(op("÷", sum(present), constant(present.length, "number")), ind.annual, kind, ctx.lang),
      ind.annual,
      ""
    );
  return step(m.realisasi, m.wRealisasiLast, null, ind.annual, showNum(ind.annual, kind, ctx.lang));
}

/** The capaian steps (ratio, then the cap when it bit). */
export function capaianSteps(
  ctx: WCtx,
  ind: IndicatorResult
): { steps: WorkedStep[]; notes: string[] } {
  const m = ctx.m;
  const lang = ctx.lang;
  const cap = ctx.analysis.report.config.cap;
  const words = ind.polarity === "negative" ? m.wCapaianNeg : m.wCapaianPos;
  if (ind.qualitative) return qualitativeSteps(ctx, ind);
  const R = ind.annual;
  const T = ind.target;
  if (R === null || T === null || T === 0 || ind.capaian === null)
    return { steps: [step(m.capaian, words, null, null, m.notComputable)], notes: [] };
  const kind: NumKind = ind.percent ? "percent" : "number";
  const ratio: Expr = op("÷", num(R, kind), num(T, kind));
  const e = ind.polarity === "negative" ? op("−", constant(2, "number"), ratio) : ratio;
  const uncapped = ind.polarity === "negative" ? 2 - R / T : R / T;
  if (cap === null || uncapped <= cap)
    return {
      steps: [step(m.capaian, words, worked(e, ind.capaian, "percent", lang), ind.capaian, "")],
      notes: [],
    };
  const capShown = showNum(cap, "percent", lang);
  const first = worked(e, uncapped, "percent", lang);
  return {
    steps: [
      step(m.capaian, words, first, uncapped, ""),
      step(
        m.capaian,
        m.wCap(capShown),
        worked(
          { k: "min", args: [num(uncapped, "percent"), constant(cap, "percent")] },
          ind.capaian,
          "percent",
          lang
        ),
        ind.capaian,
        ""
      ),
    ],
    notes: [m.capApplied(first.shown, capShown)],
  };
}

/** The category of a cell's text ("Baik (88)" → Baik, rank 4), or null. */
function categoryAt(ctx: WCtx, ind: IndicatorResult, addr: string | null) {
  if (!addr) return null;
  const raw = rawOf(ctx, ind.sheet, norm(addr));
  return typeof raw === "string" ? parseCategory(raw) : null;
}

/** The realisasi cell a qualitative capaian rests on: the annual cell, else the last quarter filled in. */
function qualitativeRealCell(ctx: WCtx, ind: IndicatorResult): string | null {
  const s = ind.sources;
  if (categoryAt(ctx, ind, s.annual)) return s.annual;
  for (let q = s.quarters.length - 1; q >= 0; q--)
    if (categoryAt(ctx, ind, s.quarters[q])) return s.quarters[q];
  return null;
}

/** Category ranks (Sangat Baik 5 … Sangat Kurang 1): 100% at or above the target's, else the rank ratio. */
function qualitativeSteps(
  ctx: WCtx,
  ind: IndicatorResult
): { steps: WorkedStep[]; notes: string[] } {
  const m = ctx.m;
  const lang = ctx.lang;
  const real = categoryAt(ctx, ind, qualitativeRealCell(ctx, ind));
  const target = categoryAt(ctx, ind, ind.sources.target);
  const shown = showNum(ind.capaian, "percent", lang);
  if (!real || !target || ind.capaian === null)
    return { steps: [step(m.capaian, m.wQualitative, null, ind.capaian, shown)], notes: [] };
  const rl = `${categoryLabel(real.rank, lang)} (${real.rank})`;
  const tl = `${categoryLabel(target.rank, lang)} (${target.rank})`;
  const notes = [m.qualitativeRanks(rl, tl)];
  // Caps are 100% or more, so a category at or above the target's is 100% under any cap.
  if (real.rank >= target.rank) {
    const arith = `${rl} ≥ ${tl} → ${shown}`;
    return {
      steps: [
        { label: m.capaian, words: m.wQualitative, arithmetic: arith, value: ind.capaian, shown },
      ],
      notes,
    };
  }
  const e = op("÷", constant(real.rank, "number"), constant(target.rank, "number"));
  return {
    steps: [
      step(m.capaian, m.wQualitative, worked(e, ind.capaian, "percent", lang), ind.capaian, ""),
    ],
    notes,
  };
}

export function capaianSources(ctx: WCtx, ind: IndicatorResult): string[] {
  return [ind.polarity === "negative" ? ctx.m.srcCapaianNeg : ctx.m.srcCapaianPos];
}

/** The whole computation of an indicator's capaian, from its cells. */
export function workedCapaian(
  ctx: WCtx,
  ind: IndicatorResult,
  sheet: string,
  cell: string,
  kind: "capaian" | "realisasi" | "status" = "capaian"
): WorkedExplanation {
  const m = ctx.m;
  const lang = ctx.lang;
  const inputs: WorkedInput[] = [];
  const s = ind.sources;
  if (s.target && kind !== "realisasi")
    inputs.push(readInput(ctx, ind.sheet, s.target, m.target, ind.target, kindOf(ind, s.target)));
  const steps: WorkedStep[] = [];
  const real = realisasiStep(ctx, ind, inputs);
  // A stated annual realisasi is an input, not a step, except when it is the cell explained.
  if (real && (kind === "realisasi" || ind.annualDerived)) steps.push(real);
  const notes: string[] = [];
  if (kind !== "realisasi") {
    const c = capaianSteps(ctx, ind);
    steps.push(...c.steps);
    notes.push(...c.notes);
  }
  if (ind.qualitative)
    for (const i of inputs) {
      const c = typeof i.raw === "string" ? parseCategory(i.raw) : null;
      if (c) {
        i.read = `${m.readCategory(i.raw as string)} → ${categoryLabel(c.rank, lang)} (${c.rank})`;
        i.shown = `${categoryLabel(c.rank, lang)} (${c.rank})`;
        i.textSourced = false;
      }
    }
  if (s.capaian && kind === "capaian" && ind.capaianReported !== null)
    inputs.push(
      readInput(ctx, ind.sheet, s.capaian, m.statedValue, ind.capaianReported, "percent")
    );
  if (kind === "status") {
    const capAddr = computedAddr(ctx, ind.tableIndex, ind.row, "capaian");
    if (capAddr)
      inputs.push(readInput(ctx, ind.sheet, capAddr, m.capaian, ind.capaian, "percent", true));
    const word =
      ind.capaian === null ? m.notComputable : ind.capaian >= 1 - 1e-9 ? m.achieved : m.notAchieved;
    const arith =
      ind.capaian === null
        ? null
        : `${showNum(ind.capaian, "percent", lang)} ${ind.capaian >= 1 - 1e-9 ? "≥" : "<"} ${showNum(1, "percent", lang)} → ${word}`;
    steps.push({
      label: m.status,
      words: m.wStatus,
      arithmetic: arith,
      value: ind.capaian,
      shown: word,
    });
  }
  const last = steps[steps.length - 1];
  const title = `${kind === "realisasi" ? m.realisasi : kind === "status" ? m.status : m.capaian}: ${ind.name}`;
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
    sources: kind === "realisasi" ? [ctx.m.srcPractice] : capaianSources(ctx, ind),
    flags: [],
  };
}
