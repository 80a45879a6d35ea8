// A Jumlah/Total row that differs from the sum of the rows above it, per amount or count column; in a budget
// hierarchy only the top-level rows are summed (a parent already holds its children), and each parent is checked
// against the rows of the level below it. A % in a total row is a ratio of totals (serapan = Σ realisasi / Σ pagu)
// and is checked as such. A total of rounded rows may be off by a unit or two of its last digit: info, not error.
import { pushAll } from "../arrays";
import { a1, colIndex, colLetter } from "../address";
import { col } from "../analyze/indicators";
import type { Grid } from "../grid";
import { fmtNumber, fmtPercent } from "../i18n/format";
import type { ColumnRole, DetectedTable, Lang } from "../types";
import { amount } from "../detect/hierarchy";
import { agreesAsShown, differs, type Finding, type Rule } from "./rule";

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
      if (!g) continue;
      const inner = new Set<number>();
      for (const kids of Object.values(t.children ?? {})) for (const k of kids) inner.add(k);
      for (const [parent, kids] of Object.entries(t.children ?? {}))
        pushAll(out, parentCheck(g, t, Number(parent), kids, ctx.config.lang));
      pushAll(out, rowSumChecks(g, t, ctx.config.lang));
      if (t.totalRows.length === 0) continue;
      const roleAt = new Map<number, ColumnRole>();
      for (const [role, letter] of Object.entries(t.columns))
        if (letter) roleAt.set(col(t, role as ColumnRole) as number, role as ColumnRole);
      let start = t.firstDataRow;
      for (const tr of t.totalRows) {
        const rows: number[] = [];
        // "JUMLAH BELANJA" sums its own section: from the last heading row (a label, no figure) above it.
        start = Math.max(start, sectionStart(g, t, start, tr));
        for (let r = start; r < tr; r++)
          if (
            !t.averageRows.includes(r) &&
            !t.totalRows.includes(r) &&
            !(t.derivedRows ?? []).includes(r) &&
            !inner.has(r)
          )
            rows.push(r);
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
                ...(agreesAsShown(g, a1(tr, c), f, p.value) ? { severity: "info" as const } : {}),
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
          const rounded = agreesAsShown(g, a1(tr, c), sum, p.value, 2);
          out.push({
            ...(rounded ? { severity: "info" as const } : {}),
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
  // 96,11 typed in points for 96,11%.
  const ratio =
    Math.abs(stated) > 3 && Math.abs(stated / 100 - expected) < Math.abs(stated - expected)
      ? stated / 100
      : stated;
  return differs(expected, ratio, tolerance) ? expected : null;
}

/** A parent row's pagu and realisasi (every budget group) against the sum of the rows of the level below. */
function parentCheck(
  g: Grid,
  t: DetectedTable,
  parent: number,
  kids: number[],
  lang: Lang
): Finding[] {
  const out: Finding[] = [];
  const cols: number[] = [];
  // A vertical one-IKU block (detect/label-blocks.ts): its TOTAL sums the component rows of its value column.
  const roles = t.vertical ? (["realisasi"] as const) : (["pagu", "realisasiAnggaran"] as const);
  for (const role of roles) {
    const c = col(t, role);
    if (c !== null) cols.push(c);
  }
  for (const grp of t.budgetGroups ?? []) {
    cols.push(colIndex(grp.pagu));
    if (grp.realisasiAnggaran) cols.push(colIndex(grp.realisasiAnggaran));
  }
  for (const c of cols) {
    const stated = amount(g, parent, c);
    if (stated === null) continue;
    let sum = 0;
    let any = false;
    for (const k of kids) {
      const v = amount(g, k, c);
      if (v === null) continue;
      sum += v;
      any = true;
    }
    if (!any || Math.abs(sum - stated) <= 1e-6 * Math.max(1, Math.abs(sum))) continue;
    const rounded = agreesAsShown(g, a1(parent, c), sum, stated, 2);
    out.push({
      ...(rounded ? { severity: "info" as const } : {}),
      sheet: t.sheet,
      cell: a1(parent, c),
      params: {
        actual: fmtNumber(stated, lang),
        expected: fmtNumber(sum, lang),
        column: colLetter(c),
      },
      expected: sum,
      actual: stated,
    });
  }
  return out;
}

/**
 * The row after the last top-level section heading ("5 BELANJA": a code and a label, no figure) between `from`
 * and `to`: "Jumlah" after BELANJA sums the belanja rows, not the pendapatan above them.
 */
function sectionStart(g: Grid, t: DetectedTable, from: number, to: number): number {
  const pagu = col(t, "pagu");
  if (pagu === null) return from;
  let best: { r: number; depth: number } | null = null;
  for (let r = from; r < to; r++) {
    if (g.isMergedSlave(r, pagu)) continue;
    let figures = 0;
    let label = false;
    let depth = 0;
    for (let c = t.firstCol; c <= t.lastCol; c++) {
      const p = g.cell(r, c);
      if (p.kind === "text") label = true;
      else if (!label && p.kind === "text-number") {
        const s = String(p.raw).trim();
        depth += s.split(".").length;
      } else if (p.kind === "number" || p.kind === "text-number") figures++;
    }
    if (!label || figures > 0 || depth === 0) continue;
    if (best === null || depth <= best.depth) best = { r, depth };
  }
  return best ? best.r + 1 : from;
}

/** A column that is the sum of its neighbours on most rows (Total RAK = the months), broken on this row. */
function rowSumChecks(g: Grid, t: DetectedTable, lang: Lang): Finding[] {
  const out: Finding[] = [];
  for (const rs of t.rowSums ?? []) {
    for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
      const stated = amount(g, r, rs.col);
      if (stated === null || stated === 0) continue;
      let sum = 0;
      let any = false;
      for (let c = rs.from; c <= rs.to; c++) {
        const v = amount(g, r, c);
        if (v !== null) {
          sum += v;
          any = true;
        }
      }
      if (!any || Math.abs(sum - stated) <= Math.max(1e-6, Math.abs(sum) * 1e-9)) continue;
      out.push({
        ...(agreesAsShown(g, a1(r, rs.col), sum, stated, 2) ? { severity: "info" as const } : {}),
        sheet: t.sheet,
        cell: a1(r, rs.col),
        params: {
          actual: fmtNumber(stated, lang),
          expected: fmtNumber(sum, lang),
          column: colLetter(rs.col),
        },
        expected: sum,
        actual: stated,
      });
    }
  }
  return out;
}
