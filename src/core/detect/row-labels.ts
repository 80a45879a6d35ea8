// Rows that are not data: "Jumlah"/"Total" rows, "Rata-rata" rows, and the row of column numbers (1 | 2 | 3 …)
// that government tables carry under the header.
import type { Grid } from "../grid";

export type RowLabel = "total" | "average" | null;

const TOTAL = /^(jumlah|total|grand total|sub\s*total|subtotal|jumlah total|total keseluruhan)\b/i;
const AVERAGE = /^(rata[\s-]*rata|average|mean|nilai rata)/i;

/**
 * A Jumlah/Total or Rata-rata row: its first non-empty cell is a short label. An indicator named
 * "Jumlah PMI yang ditempatkan …" is a long text after a number (No) and stays a data row.
 */
export function rowLabel(grid: Grid, r: number, first: number, last: number): RowLabel {
  for (let c = first; c <= last; c++) {
    const v = grid.value(r, c);
    if (v === null) continue;
    if (typeof v !== "string") return null;
    const t = v.trim();
    const words = t.split(/\s+/).length;
    if (TOTAL.test(t) && (t.length <= 30 || words <= 4)) return "total";
    if (AVERAGE.test(t) && t.length <= 80) return "average";
    return null;
  }
  return null;
}

export function isNumberingRow(grid: Grid, r: number, first: number, last: number): boolean {
  let expected = 1;
  let count = 0;
  for (let c = first; c <= last; c++) {
    const v = grid.raw(r, c);
    if (v === null) continue;
    const n =
      typeof v === "number" ? v : typeof v === "string" ? Number(v.replace(/[()\s]/g, "")) : NaN;
    if (n !== expected) return false;
    expected++;
    count++;
  }
  return count >= 3 && count >= (last - first + 1) * 0.6;
}
