// Worked explanation of a total row ("Jumlah"): the column's rows summed, or Σ realisasi ÷ Σ pagu for % serapan.
import { a1, colIndex } from "../address";
import { Grid as SheetGrid } from "../grid";
import type { ColumnRole, DetectedTable } from "../types";
import { norm } from "./context";
import { num, op, sum, worked, type NumKind } from "./worked-arith";
import { done } from "./worked-aggregate";
import {
  readInput,
  step,
  type WCtx,
  type WorkedExplanation,
  type WorkedInput,
  type WorkedStep,
} from "./worked-inputs";

/** Columns whose total row is not a sum (as the TOTAL_MISMATCH rule treats them). */
const NOT_SUMMED: ColumnRole[] = [
  "no",
  "capaian",
  "rataCapaian",
  "serapan",
  "polaritas",
  "agregasi",
  "satuan",
];

function roleAt(t: DetectedTable, col: number): ColumnRole | null {
  for (const [role, letter] of Object.entries(t.columns))
    if (letter && colIndex(letter) === col) return role as ColumnRole;
  return null;
}

/** The rows a total row adds up: the data rows since the previous total row, average and total rows left out. */
function summedRows(t: DetectedTable, totalRow: number): number[] {
  let start = t.firstDataRow;
  for (const tr of t.totalRows) {
    if (tr === totalRow) break;
    start = tr + 1;
  }
  const rows: number[] = [];
  for (let r = start; r < totalRow; r++)
    if (!t.averageRows.includes(r) && !t.totalRows.includes(r)) rows.push(r);
  return rows;
}

/** The parts of a column sum, as the TOTAL_MISMATCH rule reads them (numbers and numbers typed as text, no %). */
function columnParts(
  g: SheetGrid,
  rows: number[],
  c: number
): Array<{ row: number; value: number; rp: boolean }> {
  const out: Array<{ row: number; value: number; rp: boolean }> = [];
  for (const r of rows) {
    const p = g.cell(r, c);
    if (p.value === null || (p.kind !== "number" && p.kind !== "text-number") || p.percent)
      continue;
    out.push({ row: r, value: p.value, rp: p.unit === "rp" });
  }
  return out;
}

export function workedTotal(
  ctx: WCtx,
  t: DetectedTable,
  row0: number,
  col: number,
  sheet: string,
  cell: string
): WorkedExplanation | null {
  const m = ctx.m;
  const sheetSnap = ctx.analysis.view.sheets.find((s) => s.name === t.sheet);
  if (!sheetSnap) return null;
  const g = new SheetGrid(sheetSnap);
  const rows = summedRows(t, row0);
  const role = roleAt(t, col);
  const stated = g.cell(row0, col);
  const inputs: WorkedInput[] = [];
  const partsOf = (c: number, label: string, kind: NumKind | null) => {
    const parts = columnParts(g, rows, c);
    const k = kind ?? amountKind(parts);
    for (const p of parts) inputs.push(readInput(ctx, t.sheet, a1(p.row, c), label, p.value, k));
    return parts;
  };
  const amountKind = (parts: Array<{ rp: boolean }>): NumKind =>
    role === "pagu" || role === "realisasiAnggaran" || parts.some((p) => p.rp)
      ? "rupiah"
      : "number";
  const steps: WorkedStep[] = [];
  let kind: NumKind;
  if (role === "serapan") {
    const cp = t.columns.pagu ? colIndex(t.columns.pagu) : null;
    const cr = t.columns.realisasiAnggaran ? colIndex(t.columns.realisasiAnggaran) : null;
    if (cp === null || cr === null) return null;
    const pp = partsOf(cp, m.pagu, "rupiah");
    const rr = partsOf(cr, m.realisasiAnggaran, "rupiah");
    if (pp.length === 0 || rr.length === 0) return null;
    const P = pp.reduce((a, b) => a + b.value, 0);
    const R = rr.reduce((a, b) => a + b.value, 0);
    if (P === 0) return null;
    steps.push(
      step(
        `Σ ${m.pagu}`,
        m.wTotal,
        worked(sum(pp.map((p) => num(p.value, "rupiah"))), P, "rupiah", ctx.lang),
        P,
        ""
      )
    );
    steps.push(
      step(
        `Σ ${m.realisasiAnggaran}`,
        m.wTotal,
        worked(sum(rr.map((p) => num(p.value, "rupiah"))), R, "rupiah", ctx.lang),
        R,
        ""
      )
    );
    steps.push(
      step(
        m.serapan,
        m.wTotalRatio,
        worked(op("÷", num(R, "rupiah"), num(P, "rupiah")), R / P, "percent", ctx.lang),
        R / P,
        ""
      )
    );
    kind = "percent";
  } else {
    if (stated.percent || stated.unit === "%" || (role && NOT_SUMMED.includes(role))) return null;
    const parts = partsOf(col, t.headers[col] ?? m.total, null);
    if (parts.length === 0) return null;
    kind = amountKind(parts);
    const S = parts.reduce((a, b) => a + b.value, 0);
    steps.push(
      step(
        m.total,
        m.wTotal,
        worked(sum(parts.map((p) => num(p.value, kind))), S, kind, ctx.lang),
        S,
        ""
      )
    );
  }
  if (stated.value !== null)
    inputs.push(readInput(ctx, t.sheet, a1(row0, col), m.statedValue, stated.value, kind));
  return done(
    ctx,
    "total",
    sheet,
    cell,
    `${m.total}: ${t.headers[col] ?? norm(cell)}`,
    inputs,
    steps,
    [],
    [m.srcTotal]
  );
}
