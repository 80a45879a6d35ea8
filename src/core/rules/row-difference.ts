// A difference column (Kenaikan (Penurunan) = 2019 − 2018; Selisih; Sisa = pagu − realisasi) that keeps x − y on
// every other row, broken on a few: those rows are typed figures that do not follow their own row. Only a column
// whose header says it is a difference is tried, and only a relation that holds nearly everywhere on at least four
// rows names the others: a loose relation on a 20,000-row export would otherwise name hundreds of rows.
import { a1, colLetter } from "../address";
import { amount } from "../detect/hierarchy";
import { holds, nearlyAll, rowRelation, type Relation } from "../detect/row-relations";
import type { Grid } from "../grid";
import { fmtNumber } from "../i18n/format";
import type { DetectedTable, Lang } from "../types";
import { agreesAsShown, type Finding } from "./rule";

const DIFFERENCE =
  /kenaikan|penurunan|selisih|sisa\b|naik|turun|bertambah|berkurang|lebih\s*[/(]?\s*kurang|increase|decrease|difference|variance/i;

/** A column whose header says it holds a percentage. */
const percentHeader = (t: DetectedTable, c: number) => /%|persen/i.test(t.headers[c] ?? "");

export function rowDifferenceChecks(g: Grid, t: DetectedTable, lang: Lang): Finding[] {
  const out: Finding[] = [];
  let ratios: Array<{ z: number; rel: Relation }> | null = null;
  for (let z = t.firstCol; z <= t.lastCol; z++) {
    if (!DIFFERENCE.test(t.headers[z] ?? "") || percentHeader(t, z)) continue;
    const rows: number[] = [];
    for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
      if (amount(g, r, z) !== null && !g.cell(r, z).percent) rows.push(r);
    const rel = strictMinus(g, t, z, rows);
    if (!rel) continue;
    ratios ??= ratioColumns(g, t);
    const inputs = ratios.filter((p) => [p.rel.x, p.rel.y].some((c) => c === rel.x || c === rel.y));
    for (const r of rows) {
      if (holds(g, r, z, rel) !== false) continue;
      // The row's % of the same figures breaks too: one of the inputs is wrong, and that % already says so.
      if (inputs.some((p) => holds(g, r, p.z, p.rel) === false)) continue;
      const stated = amount(g, r, z)!;
      const want = amount(g, r, rel.x)! - amount(g, r, rel.y)!;
      out.push({
        ...(agreesAsShown(g, a1(r, z), want, stated, 2) ? { severity: "info" as const } : {}),
        sheet: t.sheet,
        cell: a1(r, z),
        params: {
          actual: fmtNumber(stated, lang),
          expected: fmtNumber(want, lang),
          column: colLetter(z),
        },
        expected: want,
        actual: stated,
      });
    }
  }
  return out;
}

/** The % columns of the table and the ratio each keeps on most rows. */
function ratioColumns(g: Grid, t: DetectedTable): Array<{ z: number; rel: Relation }> {
  const out: Array<{ z: number; rel: Relation }> = [];
  for (let c = t.firstCol; c <= t.lastCol; c++) {
    if (!percentHeader(t, c)) continue;
    const rel = rowRelation(g, t, c, new Set(), true);
    if (rel) out.push({ z: c, rel });
  }
  return out;
}

/** The x − y (x, y other non-% columns) that column z keeps on all but a handful of rows, or null. */
function strictMinus(g: Grid, t: DetectedTable, z: number, rows: number[]): Relation | null {
  let best: { rel: Relation; matched: number; ties: number } | null = null;
  for (let x = t.firstCol; x <= t.lastCol; x++) {
    if (x === z || percentHeader(t, x)) continue;
    for (let y = t.firstCol; y <= t.lastCol; y++) {
      if (y === z || y === x || percentHeader(t, y)) continue;
      const rel: Relation = { op: "minus", x, y };
      let matched = 0;
      let broken = 0;
      for (const r of rows) {
        const v = holds(g, r, z, rel);
        if (v === true) matched++;
        else if (v === false) broken++;
      }
      if (!nearlyAll(matched, broken, matched + broken)) continue;
      if (!best || matched > best.matched) best = { rel, matched, ties: 0 };
      else if (matched === best.matched) best.ties++;
    }
  }
  // Two relations explaining the column equally well (a column of zeros): nothing is known.
  return best && best.ties === 0 ? best.rel : null;
}
