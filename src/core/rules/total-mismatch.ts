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
import { groupSums, type ColumnSum } from "../detect/group-sum";
import { amount } from "../detect/hierarchy";
import { holds, rowRelation, type Relation } from "../detect/row-relations";
import { agreesAsShown, differs, type Finding, type Rule } from "./rule";
import { rowDifferenceChecks } from "./row-difference";

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
      const sections = totalSections(g, t, inner);
      const summed = new Map<number, number[]>(sections);
      for (const [parent, kids] of Object.entries(t.children ?? {}))
        summed.set(Number(parent), kids);
      pushAll(out, rowSumChecks(g, t, summed, ctx.config.lang));
      const named = new Set(out.map((f) => `${f.sheet}!${f.cell}`));
      pushAll(
        out,
        rowDifferenceChecks(g, t, ctx.config.lang).filter((f) => !named.has(`${f.sheet}!${f.cell}`))
      );
      if (t.totalRows.length === 0) continue;
      const roleAt = new Map<number, ColumnRole>();
      for (const [role, letter] of Object.entries(t.columns))
        if (letter) roleAt.set(col(t, role as ColumnRole) as number, role as ColumnRole);
      const skip = new Set([...t.totalRows, ...t.averageRows, ...(t.derivedRows ?? [])]);
      const relations = new Map<number, Relation | null>();
      const relationOf = (c: number, ratio: boolean): Relation | null => {
        if (!relations.has(c))
          relations.set(c, knownRatio(t, c) ?? rowRelation(g, t, c, skip, ratio));
        return relations.get(c)!;
      };
      for (const [tr, rows] of sections) {
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
          const ratio =
            p.percent ||
            p.unit === "%" ||
            (role && NOT_SUMMED.includes(role)) ||
            isGroupRatio(t, c) ||
            /%|persen/i.test(t.headers[c] ?? "");
          // A column computed on each row (a %, SISA = pagu − realisasi) that follows its own row here is right:
          // a wrong input of it is named at the input.
          const rel = ratio || sums.has(c) ? relationOf(c, !!ratio) : null;
          if (rel && holds(g, tr, c, rel) === true) continue;
          if (ratio) {
            // Only a named serapan is a ratio of totals; a "Jumlah Capaian" adds ratios up, which says nothing.
            const known = knownRatio(t, c);
            const f = known ? ratioCheck(known, sums, p.value, ctx.config.tolerance) : null;
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
          if (same(sum, p.value)) continue;
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

/**
 * Equal up to floating-point noise only: a relative 1e-6 would let 45.000 rupiah pass in a 100 billion total. A
 * total of rounded rows that differs by a unit or two of its last digit is reported at info (agreesAsShown).
 */
function same(sum: number, stated: number): boolean {
  return Math.abs(sum - stated) <= Math.max(1e-6, Math.abs(sum) * 1e-12);
}

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

/** The serapan columns the table already names (main and per group): their x / y is known. */
function knownRatio(t: DetectedTable, c: number): Relation | null {
  const pairs: Array<[string | undefined, string | undefined, string | undefined]> = [
    [t.columns.serapan, t.columns.realisasiAnggaran, t.columns.pagu],
    ...(t.budgetGroups ?? []).map(
      (g) =>
        [g.serapan, g.realisasiAnggaran, g.pagu] as [string | undefined, string | undefined, string]
    ),
  ];
  for (const [z, x, y] of pairs)
    if (z && x && y && colIndex(z) === c) return { op: "ratio", x: colIndex(x), y: colIndex(y) };
  return null;
}

function isGroupRatio(t: DetectedTable, c: number): boolean {
  return (t.budgetGroups ?? []).some((g) => g.serapan !== undefined && colIndex(g.serapan) === c);
}

/** A % on a total row must equal Σ x / Σ y (serapan = Σ realisasi / Σ pagu); returns the expected ratio when it differs. */
function ratioCheck(
  rel: Relation,
  sums: Map<number, number>,
  stated: number,
  tolerance: number
): number | null {
  const p = sums.get(rel.y);
  const r = sums.get(rel.x);
  if (p === undefined || r === undefined || p === 0) return null;
  const expected = r / p;
  // 96,11 typed in points for 96,11%.
  const ratio =
    Math.abs(stated) > 3 && Math.abs(stated / 100 - expected) < Math.abs(stated - expected)
      ? stated / 100
      : stated;
  return differs(expected, ratio, tolerance) ? expected : null;
}

/**
 * Each Jumlah row and the rows it sums: the rows since the previous total (or since the last section heading:
 * "JUMLAH BELANJA" sums the belanja rows, not the pendapatan above them), leaving out rows under a parent (the
 * parent already holds them), averages and derived rows.
 */
function totalSections(g: Grid, t: DetectedTable, inner: Set<number>): Map<number, number[]> {
  const out = new Map<number, number[]>();
  let start = t.firstDataRow;
  for (const tr of t.totalRows) {
    const rows: number[] = [];
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
    if (rows.length > 0) out.set(tr, rows);
  }
  return out;
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
    if (!any || same(sum, stated)) continue;
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

/**
 * A column that is the sum of other columns on most rows (Total RAK = the months; a Jumlah group = the source
 * groups), broken on this row.
 */
function rowSumChecks(
  g: Grid,
  t: DetectedTable,
  summed: Map<number, number[]>,
  lang: Lang
): Finding[] {
  const out: Finding[] = [];
  const checks: ColumnSum[] = [
    ...(t.rowSums ?? []).map((rs) => ({
      col: rs.col,
      parts: Array.from({ length: rs.to - rs.from + 1 }, (_, k) => rs.from + k),
    })),
    ...groupSums(g, t),
  ];
  for (const rs of checks) {
    for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
      const stated = amount(g, r, rs.col);
      if (stated === null || stated === 0) continue;
      // A parent or Jumlah row that adds up its own rows down the column inherits a wrong line from below: the
      // line is named, not the sum.
      const below = summed.get(r);
      const down = below ? columnSum(g, below, rs.col) : null;
      if (down !== null && Math.abs(down - stated) <= Math.max(1e-6, Math.abs(stated) * 1e-9))
        continue;
      let sum = 0;
      let any = false;
      for (const c of rs.parts) {
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
