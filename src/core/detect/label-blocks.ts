// One IKU per block with no header row above it (issue 8, class 3): a calculation sheet that labels its rows down
// one column — "TARGET IKU 2 | 20", a "REALISASI" line, the component rows, "TOTAL | =SUM(…)" — the figures in the
// column beside the labels. The block becomes a vertical table (analyze/vertical.ts reads it); its TOTAL row is
// the parent of the component rows, so a TOTAL that is not their sum is named (rules/total-mismatch.ts).
import { colLetter } from "../address";
import type { Grid } from "../grid";
import type { DetectedTable } from "../types";

const TARGET = /^target\b/i;
const TOTAL = /^(total|jumlah)\s*:?$/i;
/** Rows from the target line down to its TOTAL: a block lists a handful of components. */
const REACH = 12;

function figure(grid: Grid, r: number, c: number): boolean {
  const p = grid.cell(r, c);
  return (p.kind === "number" || p.kind === "text-number") && p.value !== null;
}

/** The blocks on a sheet outside the tables already found. */
export function labelBlocks(grid: Grid, taken: readonly DetectedTable[]): DetectedTable[] {
  const out: DetectedTable[] = [];
  const inside = (r: number) =>
    [...taken, ...out].some((t) => r >= t.headerTop && r <= t.lastDataRow);
  for (let r = 0; r < grid.rowCount; r++) {
    if (inside(r)) continue;
    const c = 0;
    const label = grid.text(r, c);
    if (!label || !TARGET.test(label) || !figure(grid, r, c + 1)) continue;
    // A run of target lines ("Target | 20", then "TARGET IKU 2 | 20"): the one nearest the body heads the block.
    const next = grid.text(r + 1, c);
    if (next && TARGET.test(next) && figure(grid, r + 1, c + 1)) continue;
    let total = -1;
    const parts: number[] = [];
    for (let k = r + 1; k <= Math.min(grid.rowCount - 1, r + REACH) && total < 0; k++) {
      const s = grid.text(k, c);
      if (s && TOTAL.test(s) && figure(grid, k, c + 1)) total = k;
      else if (s && figure(grid, k, c + 1)) parts.push(k);
    }
    if (total < 0 || parts.length === 0) continue;
    const lastCol = Math.max(c + 1, grid.lastCol(r));
    out.push({
      sheet: grid.name,
      kind: "indicators",
      range: `${colLetter(c)}${r + 1}:${colLetter(lastCol)}${total + 1}`,
      columns: { realisasi: colLetter(c + 1) },
      headerTop: r,
      headerBottom: r,
      firstDataRow: r,
      lastDataRow: total,
      firstCol: c,
      lastCol,
      totalRows: [],
      averageRows: [],
      confidence: 0.6,
      headers: {},
      children: { [total]: parts },
      vertical: true,
    });
    r = total;
  }
  return out;
}
