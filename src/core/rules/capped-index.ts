// The Kemenkeu NKO table shows each IKU's "Indeks Capaian" capped at 120% (analyze/nko.ts): a typed index above
// the cap is wrong even when R / T is above it. Only where the table says it caps — a weight column, and an
// index formula with MIN(…, 1,2 / 120) on its rows — is the stated index compared with min(capaian, 120%).
import { colIndex } from "../address";
import { NKO_CAP } from "../analyze/nko";
import type { Grid } from "../grid";
import type { DetectedTable } from "../types";

const MIN_CAP = /\bMIN\s*\(.*[,;]\s*(1[.,]2|120)\s*%?\s*\)/i;

const seen = new WeakMap<DetectedTable, boolean>();

export function cappedIndex(grid: Grid | undefined, t: DetectedTable): boolean {
  const known = seen.get(t);
  if (known !== undefined) return known;
  let capped = false;
  if (grid && t.columns.bobot && t.columns.capaian) {
    const c = colIndex(t.columns.capaian);
    for (let r = t.firstDataRow; r <= t.lastDataRow && !capped; r++)
      capped = MIN_CAP.test(grid.formula(r, c) ?? "");
  }
  seen.set(t, capped);
  return capped;
}

/** The capaian a stated index should show: capped where the table caps. */
export function shownCapaian(grid: Grid | undefined, t: DetectedTable, capaian: number): number {
  return cappedIndex(grid, t) ? Math.min(capaian, NKO_CAP) : capaian;
}
