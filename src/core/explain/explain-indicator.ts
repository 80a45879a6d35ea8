// Explanations for an indicator row: its computed cells (Realisasi, Capaian, Status) and the user's input cells.
import type { CellWrite, IndicatorResult } from "../types";
import { kindAt } from "../source-kind";
import type { BlockRole } from "../plan/placement";
import {
  anomaliesAt,
  computedAddr,
  input,
  norm,
  planCellAt,
  rowAnomalies,
  rulesOf,
  type Ctx,
  type Explanation,
  type ExplanationInput,
} from "./context";
import { aggregationText, capText, xl, type ExplainKey } from "./labels";

// ---------------------------------------------------------------- indicator rows

export function indicatorInputs(
  ctx: Ctx,
  ind: IndicatorResult,
  which: "all" | "realisasi" | "capaian"
): ExplanationInput[] {
  const s = ind.sources;
  const out: ExplanationInput[] = [];
  const pct = (addr: string) => ind.percent || kindAt(s, addr) === "percent";
  const add = (addr: string | null | undefined, value: number | null, key: ExplainKey) => {
    if (addr) out.push(input(ctx, ind.sheet, norm(addr), value, pct(addr), xl(key, ctx.lang)));
  };
  if (which !== "realisasi") add(s.target, ind.target, "target");
  if (which !== "capaian") {
    const quarters = which === "all" || ind.annualDerived;
    if (quarters)
      s.quarters.forEach((q, i) => add(q, ind.quarters[i] ?? null, `tw${i + 1}` as ExplainKey));
    if (which === "all" || !ind.annualDerived)
      add(s.annual, ind.annualDerived ? null : ind.annual, "annual");
  }
  if (which === "all") add(s.capaian, ind.capaianReported, "statedCapaian");
  return out;
}

export function capaianSource(ctx: Ctx, ind: IndicatorResult): string {
  if (ind.qualitative) return xl("qualitative", ctx.lang);
  return xl(ind.polarity, ctx.lang) + capText(ctx.analysis.report.config.cap, ctx.lang);
}

export function explainIndicatorRole(
  ctx: Ctx,
  ind: IndicatorResult,
  role: BlockRole,
  w: CellWrite
): Explanation {
  const lang = ctx.lang;
  const base = { formula: w.formula };
  if (role === "realisasi") {
    return {
      title: `${xl("realisasiComputed", lang)}: ${ind.name}`,
      ...base,
      inputs: indicatorInputs(ctx, ind, "realisasi"),
      source: aggregationText(
        ind.annualDerived ? ind.aggregation : "stated",
        ind.cumulativeQuarters,
        lang
      ),
    };
  }
  if (role === "capaian") {
    const inputs = indicatorInputs(ctx, ind, "capaian");
    const real = computedAddr(ctx, ind.tableIndex, ind.row, "realisasi");
    if (real)
      inputs.push(
        input(ctx, ind.sheet, real, ind.annual, ind.percent, xl("realisasiComputed", lang))
      );
    const out: Explanation = {
      title: `${xl("capaianComputed", lang)}: ${ind.name}`,
      ...base,
      inputs,
      source: capaianSource(ctx, ind),
    };
    if (ind.capaian === null)
      Object.assign(out, rulesOf(ctx, rowAnomalies(ctx, ind.sheet, ind.row - 1, ind.tableIndex)));
    return out;
  }
  // Status
  const cap = computedAddr(ctx, ind.tableIndex, ind.row, "capaian");
  return {
    title: `${xl("status", lang)}: ${ind.name}`,
    ...base,
    inputs: cap ? [input(ctx, ind.sheet, cap, ind.capaian, true, xl("capaianComputed", lang))] : [],
    source: xl("statusRule", lang),
  };
}

/** The user's own cell in an indicator row: the whole computation of that indicator. */
export function explainIndicator(ctx: Ctx, ind: IndicatorResult, cell: string): Explanation {
  const capAddr = computedAddr(ctx, ind.tableIndex, ind.row, "capaian");
  const capCell = capAddr ? planCellAt(ctx, ind.sheet, capAddr) : undefined;
  const out: Explanation = {
    title: ind.name,
    inputs: indicatorInputs(ctx, ind, "all"),
    source: capaianSource(ctx, ind),
    ...rulesOf(ctx, anomaliesAt(ctx, ind.sheet, cell)),
  };
  if (capCell?.formula) out.formula = capCell.formula;
  return out;
}
