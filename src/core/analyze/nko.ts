// Nilai Kinerja Organisasi (Kemenkeu, KMK 467/2014 and its successors): the weighted average of the IKU's capaian,
// each capped at 120%: NKO = Σ bobot × min(capaian, 1,2) / Σ bobot. Computed for a table with a weight column.
import { a1 } from "../address";
import type { Grid } from "../grid";
import type { DetectedTable, NkoResult } from "../types";
import type { IndicatorWork } from "./context";
import { col, reportedCapaian } from "./indicators";

export const NKO_CAP = 1.2;

export interface NkoWork {
  result: NkoResult;
  /** A1 of the stated NKO, when the table states one. */
  cell: string | null;
}

export function readNko(
  grid: Grid,
  table: DetectedTable,
  tableIndex: number,
  rows: IndicatorWork[]
): NkoWork | null {
  const cb = col(table, "bobot");
  if (cb === null || rows.length === 0) return null;
  let wsum = 0;
  let sum = 0;
  let counted = 0;
  let total = 0;
  for (const w of rows) {
    const p = grid.cell(w.result.row - 1, cb);
    if (p.value === null || (p.kind !== "number" && p.kind !== "text-number") || p.value <= 0)
      continue;
    total++;
    const c = w.result.capaian;
    if (c === null) continue;
    counted++;
    wsum += p.value;
    sum += p.value * Math.min(c, NKO_CAP);
  }
  if (total === 0) return null;
  const value = wsum > 0 && Number.isFinite(sum / wsum) ? sum / wsum : null;
  // The stated NKO: its labelled row inside the table, or just under it.
  let row = table.nkoRow ?? null;
  for (let r = table.lastDataRow + 1; row === null && r <= table.lastDataRow + 3; r++) {
    for (let c = table.firstCol; c <= table.lastCol; c++) {
      const t = grid.text(r, c);
      if (t && /^(nko|nilai kinerja organisasi)\b/i.test(t)) row = r;
    }
  }
  let reported: number | null = null;
  let cell: string | null = null;
  if (row !== null) {
    // The stated figure: in the capaian column, else the row's last number.
    const cc = col(table, "capaian");
    const cands = cc !== null ? [cc] : [];
    for (let c = table.lastCol + 2; c >= table.firstCol; c--) cands.push(c);
    for (const c of cands) {
      const p = grid.cell(row, c);
      if (p.value === null || (p.kind !== "number" && p.kind !== "text-number")) continue;
      reported = reportedCapaian(p, value);
      cell = a1(row, c);
      break;
    }
  }
  return {
    result: {
      sheet: grid.name,
      tableIndex,
      row: (row ?? table.lastDataRow + 1) + 1,
      value,
      reported,
      counted,
      total,
    },
    cell,
  };
}
