// "Persentase Capaian" holding the achieved value, not the achievement ratio (issue 8, class 3). In a table with a
// target but no realisasi column, the one figure column headed capaian is either R / T or R itself. Read as the
// ratio, its values should sit around 100% (a unit achieves roughly its target); read as the realisation, its
// values over the targets should. Whichever reading puts the typical achievement nearer 100% is taken.
import { colIndex } from "../address";
import type { Grid } from "../grid";
import type { DetectedTable } from "../types";

/** At least this many rows with both figures: one or two rows say nothing about a typical achievement. */
const MIN_ROWS = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** |log| distance from 100%: 50% and 200% are equally far. */
const off = (q: number) => (q > 0 ? Math.abs(Math.log(q)) : Infinity);

/** True when the column headed capaian reads better as the realisation over the target column. */
export function capaianHoldsRealisasi(grid: Grid, t: DetectedTable, rows: number[]): boolean {
  const c = t.columns;
  if (!c.capaian || !c.target || c.realisasi || c.tw1 || c.tw2 || c.tw3 || c.tw4) return false;
  const cap = colIndex(c.capaian);
  const target = colIndex(c.target);
  const asRatio: number[] = [];
  const asReal: number[] = [];
  for (const r of rows) {
    if (grid.isMergedSlave(r, cap) || grid.isMergedSlave(r, target)) continue;
    const z = grid.cell(r, cap);
    const y = grid.cell(r, target);
    if (z.value === null || y.value === null || y.value === 0 || z.value === 0) continue;
    if (!(z.kind === "number" || z.kind === "text-number")) continue;
    if (!(y.kind === "number" || y.kind === "text-number")) continue;
    // A ratio is typed as a fraction (0,95) or in points (95): take the scale nearer 100%.
    const ratio = z.percent || Math.abs(z.value) <= 3 ? z.value : z.value / 100;
    asRatio.push(ratio);
    asReal.push(z.value / y.value);
  }
  if (asReal.length < MIN_ROWS) return false;
  return off(median(asReal)) < off(median(asRatio)) / 2;
}
