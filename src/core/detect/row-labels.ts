// Rows that are not data: "Jumlah"/"Total" rows, "Rata-rata" rows, and the row of column numbers (1 | 2 | 3 …)
// that government tables carry under the header.
import type { Grid } from "../grid";

export type RowLabel = "total" | "average" | "nko" | "derived" | null;

const TOTAL = /^(jumlah|total|grand total|sub\s*total|subtotal|jumlah total|total keseluruhan)\b/i;
const AVERAGE = /^(rata[\s-]*rata|average|mean|nilai rata)/i;
/** Lines computed from totals, not summed from rows: Surplus / (Defisit), Pembiayaan Netto, SILPA. */
const DERIVED = /^(surplus|defisit|pembiayaan netto|silpa|sisa lebih)/i;
/** The Kemenkeu weighted score row: "NKO", "Nilai Kinerja Organisasi". */
const NKO = /^(nko|nilai kinerja organisasi)\b/i;

/** A label that is nothing but the keyword ("Jumlah", "TOTAL :", "Rata-rata"): always a total/average row. */
const BARE =
  /^(jumlah|total|grand total|sub\s*total|subtotal|jumlah total|total keseluruhan|rata[\s-]*rata|average)\s*[:.]?$/i;

/**
 * A Jumlah/Total or Rata-rata row: its first non-empty cell is a short label. An indicator named
 * "Jumlah PMI yang ditempatkan …" is a long text after a number (No) and stays a data row; so does one whose row
 * has its own satuan, polarity or target (`own`: those columns), even without a No. — a total row has none of
 * them, and a row without a No. continues the sasaran above.
 */
export function rowLabel(
  grid: Grid,
  r: number,
  first: number,
  last: number,
  own: readonly number[] = []
): RowLabel {
  for (let c = first; c <= last; c++) {
    const v = grid.value(r, c);
    if (v === null) continue;
    if (typeof v !== "string") return null;
    const t = v.trim();
    const words = t.split(/\s+/).length;
    if (NKO.test(t) && t.length <= 60) return "nko";
    if (DERIVED.test(t) && t.length <= 60) return "derived";
    const label: RowLabel =
      TOTAL.test(t) && (t.length <= 30 || words <= 4)
        ? "total"
        : AVERAGE.test(t) && t.length <= 80
          ? "average"
          : null;
    if (label === null || BARE.test(t)) return label;
    for (const oc of own) if (oc !== c && !grid.isEmpty(r, oc)) return null;
    return label;
  }
  return null;
}

export function isNumberingRow(grid: Grid, r: number, first: number, last: number): boolean {
  let expected = -1;
  let count = 0;
  let irregular = false;
  for (let c = first; c <= last; c++) {
    const v = grid.raw(r, c);
    if (v === null) continue;
    // "3", "(3)", "6 = 5/4", "7=(4/3)x100%": the column's number, with how it is computed.
    const m = typeof v === "string" ? /^\(?\s*(\d+)\s*\)?\s*(=.*)?$/.exec(v.trim()) : null;
    const n = typeof v === "number" ? v : m ? Number(m[1]) : NaN;
    // Usually from 1; a form whose first columns carry no number may start later ("3 | 4 | 5 = 4/3").
    if (expected === -1 && Number.isInteger(n) && n >= 1 && n <= 5) expected = n;
    // A form transcribed as printed may repeat a number or skip the numbers of columns it left out
    // ("1 1 2 3 4 7 8" on the E.81 form): a few such rows are still numbering, when long enough to be sure.
    if (n !== expected) {
      if (!Number.isInteger(n) || n < expected - 1 || n > expected + 2) return false;
      irregular = true;
    }
    expected = n + 1;
    count++;
  }
  if (irregular) return count >= 6;
  // Government forms number every column, or at least the first ones (1 | 2 | … | 6 over a wider table).
  return (count >= 3 && count >= (last - first + 1) * 0.6) || count >= 5;
}
