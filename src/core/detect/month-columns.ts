// Month columns of a kinerja table (the e-SAKIP "Pengukuran Kinerja" export: Realisasi › 1 | 2 | … | 12 | Jumlah):
// a run of columns whose header leaves are the months in order, by number or by name, from the first month.
import type { Grid } from "../grid";
import { isNumberingRow } from "./row-labels";
import type { DetectedTable } from "../types";

const NAMES = [
  /^jan/i,
  /^feb|^peb/i,
  /^mar/i,
  /^apr/i,
  /^mei|^may/i,
  /^jun/i,
  /^jul/i,
  /^agu|^aug/i,
  /^sep/i,
  /^okt|^oct/i,
  /^nov|^nop/i,
  /^des|^dec/i,
];
/** Fewer than three months in a row could be any numbered columns (the column-number row's "1 | 2"). */
const MIN_MONTHS = 3;

function monthOf(v: unknown): number | null {
  if (typeof v === "number") return Number.isInteger(v) ? v : null;
  if (typeof v !== "string") return null;
  const leaf = v.split(" / ").pop()!.trim();
  if (/^\d{1,2}$/.test(leaf)) return Number(leaf);
  const i = NAMES.findIndex((re) => re.test(leaf));
  return i >= 0 ? i + 1 : null;
}

/**
 * The 0-based columns of months 1, 2, … in order, or [] when the table has no such run. The months sit in the
 * header's last row, or in the row under it when typed as numbers (the header reading stops at a row of numbers);
 * never in a column-number row (1 | 2 | 3 … across every column).
 */
export function monthColumns(grid: Grid, t: DetectedTable): number[] {
  const last = Math.min(t.lastDataRow, t.firstDataRow + 1);
  for (let r = t.headerTop; r <= last; r++) {
    if (isNumberingRow(grid, r, t.firstCol, t.lastCol)) continue;
    const month = (c: number) => (c <= t.lastCol ? monthOf(grid.value(r, c)) : null);
    for (let c = t.firstCol; c <= t.lastCol; c++) {
      if (month(c) !== 1) continue;
      const run = [c];
      while (run.length < 12 && month(c + run.length) === run.length + 1) run.push(c + run.length);
      if (run.length >= MIN_MONTHS) return run;
    }
  }
  return [];
}
