// The Kemenkeu manual-IKU grid (class 2/3): one IKU, periods as columns and Target / Realisasi / Capaian as rows,
//   T/R      | Q1 | Q2 | Sm. I | Q3 | s.d. Q3 | Q4 | Y-23 | Pol/KP
//   Target   | …                                          | Max/Average
//   Realisasi| …
//   Capaian  | …
// under a "Nama IKU : …" line or an "IKU 6b-N …" title. The year column (Y-23) holds the annual figures, the Q
// columns the quarters; "Pol/KP" gives the polarity (Max / Min) and how periods combine (Average, Sum, Last).
import type { Grid } from "../grid";
import type { DetectedTable } from "../types";
import { aggregationFrom, polarityFrom } from "./indicator-meta";
import type { At, Block } from "./vertical";

const QUARTER = /^(?:q|tw|triwulan|trw)\s*\.?\s*([1-4]|iv|i{1,3})$/i;
const YEAR = /^(?:y|th|tahun)\s*[-.]?\s*(?:\d{2}|\d{4})$|^(?:tahunan|annual)$/i;
const POL_KP = /^pol\b/i;
const ROMAN: Record<string, number> = {
  i: 0,
  ii: 1,
  iii: 2,
  iv: 3,
  "1": 0,
  "2": 1,
  "3": 2,
  "4": 3,
};

export function periodGrid(grid: Grid, t: DetectedTable): Block | null {
  const head = t.headerBottom;
  const label = t.firstCol;
  const quarters: (number | null)[] = [null, null, null, null];
  let year: number | null = null;
  let polKp: number | null = null;
  for (let c = label + 1; c <= t.lastCol; c++) {
    const h = (grid.text(head, c) ?? "").replace(/\s+/g, " ").trim();
    const q = QUARTER.exec(h);
    if (q) quarters[ROMAN[q[1].toLowerCase()]] = c;
    else if (YEAR.test(h)) year = c;
    else if (POL_KP.test(h)) polKp = c;
  }
  if (year === null) return null;
  const rows: Partial<Record<"target" | "realisasi" | "capaian", number>> = {};
  for (let r = head + 1; r <= t.lastDataRow + 1; r++) {
    const s = grid.text(r, label)?.trim().toLowerCase();
    if (s === "target" || s === "realisasi" || s === "capaian") rows[s] ??= r;
  }
  if (rows.target === undefined || rows.realisasi === undefined) return null;
  const real = rows.realisasi;
  const kp = polKp === null ? null : (grid.text(rows.target, polKp) ?? grid.text(real, polKp));
  const [pol, agg] = (kp ?? "").split("/").map((s) => s.trim());
  const block: Block = {
    label: [rows.target, label],
    target: [rows.target, year],
    quarters: quarters.map((c): At | null => (c === null ? null : [real, c])),
    annual: [real, year],
    capaian: rows.capaian === undefined ? null : [rows.capaian, year],
  };
  if (pol) block.polarity = polarityFrom(pol, "");
  const aggregation = agg ? aggregationFrom(agg) : null;
  if (aggregation) block.aggregation = aggregation;
  const name = nameAbove(grid, t);
  if (name) block.name = name;
  return block;
}

/** The IKU's name: a "Nama IKU" label's value, or a title starting with "IKU", in the rows just above the grid. */
function nameAbove(grid: Grid, t: DetectedTable): { row: number; text: string } | null {
  for (let r = t.headerBottom - 1; r >= Math.max(0, t.headerTop - 6); r--) {
    for (let c = t.firstCol; c <= t.lastCol; c++) {
      const s = grid.text(r, c);
      if (!s) continue;
      if (/^nama\s+iku\b/i.test(s)) {
        for (let v = c + 1; v <= t.lastCol; v++) {
          const text = grid.text(r, v)?.replace(/^[:\s]+/, "");
          if (text) return { row: r, text };
        }
      }
      if (/^iku\b/i.test(s)) return { row: r, text: s };
    }
  }
  return null;
}
