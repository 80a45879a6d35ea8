// Several Anggaran / Realisasi / % groups in one row (per source: Rupiah Murni | PNBP-BLU | Jumlah; per belanja
// group: Operasi | Modal | Total). Where one group's pagu (or realisasi) is the sum of the other groups' on most
// rows, it is their total, whatever its header says; a row where it breaks names the total's cell. Groups per
// year (2022 | 2023 | 2024) do not add up, so the arithmetic leaves them alone.
import { colIndex } from "../address";
import type { Grid } from "../grid";
import type { DetectedTable } from "../types";
import { amount } from "./hierarchy";

/** A column equal to the sum of other columns of the same row (0-based). */
export interface ColumnSum {
  col: number;
  parts: number[];
}

export function groupSums(g: Grid, t: DetectedTable): ColumnSum[] {
  const groups = [
    { pagu: t.columns.pagu, real: t.columns.realisasiAnggaran },
    ...(t.budgetGroups ?? []).map((b) => ({ pagu: b.pagu, real: b.realisasiAnggaran })),
  ];
  if (groups.length < 3) return [];
  const rows: number[] = [];
  for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
    if (!t.totalRows.includes(r) && !t.averageRows.includes(r)) rows.push(r);
  const out: ColumnSum[] = [];
  for (const role of ["pagu", "real"] as const) {
    const letters = groups.map((x) => x[role]);
    if (letters.some((l) => !l)) continue;
    const cols = letters.map((l) => colIndex(l!));
    for (const col of cols) {
      const parts = cols.filter((c) => c !== col);
      if (addsUp(g, rows, col, parts)) {
        out.push({ col, parts });
        break;
      }
    }
  }
  return out;
}

/** `col` = Σ parts on most rows holding figures (≥ 3 rows, ≥ 70%). */
function addsUp(g: Grid, rows: number[], col: number, parts: number[]): boolean {
  let seen = 0;
  let matched = 0;
  for (const r of rows) {
    const z = amount(g, r, col);
    const vs = parts.map((c) => amount(g, r, c));
    if (z === null || z === 0 || vs.every((v) => v === null)) continue;
    seen++;
    const s = vs.reduce<number>((a, v) => a + (v ?? 0), 0);
    if (Math.abs(s - z) <= Math.max(2, Math.abs(z) * 1e-9)) matched++;
  }
  return seen >= 3 && matched >= 3 && matched >= seen * 0.7;
}
