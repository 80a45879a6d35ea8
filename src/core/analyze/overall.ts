// The overall capaian's basis and the headline's "what if capped" figure (issue 10): the pane shows, beside an
// uncapped overall figure, the same average with each capaian capped, so a single 505% is seen for what it does.
import type { Report, TableKind } from "../types";
import { averageOf } from "./capaian";

/**
 * The indicators the overall and per-sasaran figures come from: those of the IKU tables (a budget table repeating
 * the same IKU would count them twice); without an IKU table, every indicator.
 */
export function overallBasis<T>(items: T[], kindOf: (item: T) => TableKind): T[] {
  const main = items.filter((i) => kindOf(i) === "indicators");
  return main.length > 0 ? main : items;
}

/** The overall capaian had every indicator's capaian been capped at `cap` (same basis, same missing policy). */
export function overallAtCap(
  report: Report,
  cap: number
): { value: number | null; counted: number; total: number } {
  const basis = overallBasis(
    report.indicators,
    (i) => report.tables[i.tableIndex]?.kind ?? "other"
  );
  return averageOf(
    basis.map((i) => (i.capaian === null ? null : Math.min(i.capaian, cap))),
    report.config.missingPolicy
  );
}
