// A Jumlah/Total row that differs from the sum of the rows above it, per amount or count column.
// A % in a total row is a ratio of totals (serapan = Σ realisasi / Σ pagu) and is checked as such.
import { a1, colLetter } from "../address";
import { col } from "../analyze/indicators";
import type { Grid } from "../grid";
import { fmtNumber, fmtPercent } from "../i18n/format";
import type { ColumnRole, DetectedTable } from "../types";
import { differs, type Finding, type Rule } from "./rule";

const NOT_SUMMED: ColumnRole[] = [
  "no",
  "capaian",
  "rataCapaian",
  "serapan",
  "polaritas",
  "agregasi",
  "satuan",
];

export const totalMismatch: Rule = {
  id: "TOTAL_MISMATCH",
  severity: "error",
  run(ctx) {
    const out: Finding[] = [];
    for (const t of ctx.tables) {
      const g = ctx.grids.get(t.sheet);
      if (!g || t.totalRows.length === 0) continue;
      const roleAt = new Map<number, ColumnRole>();
      for (const [role, letter] of Object.entries(t.columns))
        if (letter) roleAt.set(col(t, role as ColumnRole) as number, role as ColumnRole);
      let start = t.firstDataRow;
      for (const tr of t.totalRows) {
        const rows: number[] = [];
        for (let r = start; r < tr; r++)
          if (!t.averageRows.includes(r) && !t.totalRows.includes(r)) rows.push(r);
        start = tr + 1;
        if (rows.length === 0) continue;
        const sums = new Map<number, number>();
        for (let c = t.firstCol; c <= t.lastCol; c++) {
          const s = columnSum(g, rows, c);
          if (s !== null) sums.set(c, s);
        }
        for (let c = t.firstCol; c <= t.lastCol; c++) {
          const role = roleAt.get(c) ?? null;
          const p = g.cell(tr, c);
          if (p.value === null || (p.kind !== "number" && p.kind !== "text-number")) continue;
          const lang = ctx.config.lang;
          if (p.percent || p.unit === "%" || (role && NOT_SUMMED.includes(role))) {
            const f = ratioCheck(t, role, sums, p.value, ctx.config.tolerance);
            if (f)
              out.push({
                sheet: t.sheet,
                cell: a1(tr, c),
                params: {
                  actual: fmtPercent(p.value, lang),
                  expected: fmtPercent(f, lang),
                  column: colLetter(c),
                },
                expected: f,
                actual: p.value,
              });
            continue;
          }
          const sum = sums.get(c);
          if (sum === undefined) continue;
          if (Math.abs(sum - p.value) <= 1e-6 * Math.max(1, Math.abs(sum))) continue;
          out.push({
            sheet: t.sheet,
            cell: a1(tr, c),
            params: {
              actual: fmtNumber(p.value, lang),
              expected: fmtNumber(sum, lang),
              column: colLetter(c),
            },
            expected: sum,
            actual: p.value,
          });
        }
      }
    }
    return out;
  },
};

/** Sum of the numbers in a column over the given rows; null when the column holds none. */
function columnSum(g: Grid, rows: number[], c: number): number | null {
  let sum = 0;
  let any = false;
  for (const r of rows) {
    const p = g.cell(r, c);
    if (p.value === null || (p.kind !== "number" && p.kind !== "text-number") || p.percent)
      continue;
    sum += p.value;
    any = true;
  }
  return any ? sum : null;
}

/** The % serapan of a total row must equal Σ realisasi / Σ pagu; returns the expected ratio when it differs. */
function ratioCheck(
  t: DetectedTable,
  role: ColumnRole | null,
  sums: Map<number, number>,
  stated: number,
  tolerance: number
): number | null {
  if (role !== "serapan") return null;
  const cp = col(t, "pagu");
  const cr = col(t, "realisasiAnggaran");
  if (cp === null || cr === null) return null;
  const p = sums.get(cp);
  const r = sums.get(cr);
  if (p === undefined || r === undefined || p === 0) return null;
  const expected = r / p;
  return differs(expected, stated, tolerance) ? expected : null;
}
