// Per-row relations between the columns of a budget table, read from the arithmetic: a column that equals x − y on
// most rows (SISA = pagu − realisasi, SELISIH) or x / y (a % of any budget group). Such a column is computed on
// each row, not added down: on a Jumlah row it is right when it follows its own row, and a wrong input is named
// at the input's own cell. Found lazily, one column at a time, so a wide export costs only the columns asked about.
import type { Grid } from "../grid";
import type { DetectedTable } from "../types";
import { amount } from "./hierarchy";

/** Rows sampled to see a relation: enough for the class, bounded for 20,000-row exports. */
const SAMPLE = 120;

export type Relation = { op: "minus" | "ratio"; x: number; y: number };

/**
 * The relation column `z` keeps on most data rows (≥ 3 rows, ≥ 80%), or null. A ratio column is x / y; an amount
 * column is x − y of two columns to its left (the computed column follows its inputs: SISA after PAGU and
 * REALISASI — otherwise REALISASI = PAGU − SISA would make every member of the triple look computed).
 */
export function rowRelation(
  g: Grid,
  t: DetectedTable,
  z: number,
  skip: Set<number>,
  ratio: boolean
): Relation | null {
  const op = ratio ? ("ratio" as const) : ("minus" as const);
  const rows: number[] = [];
  for (let r = t.firstDataRow; r <= t.lastDataRow && rows.length < SAMPLE; r++)
    if (!skip.has(r) && amount(g, r, z) !== null) rows.push(r);
  if (rows.length < 3) return null;
  let best: { rel: Relation; matched: number } | null = null;
  const last = ratio ? t.lastCol : z - 1;
  for (let y = t.firstCol; y <= last; y++) {
    if (y === z || percentColumn(g, rows, y)) continue;
    for (let x = t.firstCol; x <= last; x++) {
      if (x === z || x === y || percentColumn(g, rows, x)) continue;
      const rel = { op, x, y };
      let matched = 0;
      let seen = 0;
      for (const r of rows) {
        const v = holds(g, r, z, rel);
        if (v === null) continue;
        seen++;
        if (v) matched++;
      }
      if (seen >= 3 && matched >= 3 && matched >= seen * 0.8 && (!best || matched > best.matched))
        best = { rel, matched };
    }
  }
  return best?.rel ?? null;
}

function percentColumn(g: Grid, rows: number[], c: number): boolean {
  let pct = 0;
  for (const r of rows) if (g.cell(r, c).percent) pct++;
  return pct * 2 > rows.length;
}

/**
 * Whether row `r` keeps the relation in column `z`; null when a figure is missing or the relation says nothing
 * (zero over zero). A % may be a ratio or in points (97,33 for 97,33%) and agrees to 0,006 (shown without decimals).
 */
export function holds(g: Grid, r: number, z: number, rel: Relation): boolean | null {
  const zv = amount(g, r, z);
  const xv = amount(g, r, rel.x);
  const yv = amount(g, r, rel.y);
  if (zv === null || xv === null || yv === null) return null;
  if (rel.op === "minus") {
    if (xv === 0 && yv === 0) return null;
    return Math.abs(xv - yv - zv) <= Math.max(2, Math.abs(zv) * 1e-9);
  }
  if (yv === 0 || xv === 0) return null;
  const q = xv / yv;
  // Two figures near zero agree by accident (a row number over a pagu): they say nothing.
  if (Math.abs(q) < 0.006 && Math.abs(zv) < 0.006) return null;
  if (Math.abs(q - zv) <= 0.006 && Math.abs(q) >= 0.006) return true;
  return Math.abs(zv) > 1.5 && Math.abs(q * 100 - zv) <= 0.6;
}

/** Rows that must keep a relation before the few that break it are called wrong. */
export const MIN_AGREE = 4;

/**
 * A relation that holds "nearly everywhere": at least MIN_AGREE rows keep it and at most one in twenty of `over`
 * rows breaks it (at least one may). Only then are the breaking rows findings: a loose relation on a 20,000-row
 * export would otherwise name hundreds of rows.
 */
export function nearlyAll(matched: number, broken: number, over: number): boolean {
  return matched >= MIN_AGREE && broken <= Math.max(1, Math.floor(over / 20));
}
