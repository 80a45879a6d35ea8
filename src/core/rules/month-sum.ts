// The months of a summed indicator against its stated annual (Jumlah), for tables that follow the year by month
// (detect/month-columns.ts). Part of QUARTER_SUM_MISMATCH: the periods of a year must add up to the year.
import { a1, colIndex } from "../address";
import { monthColumns } from "../detect/month-columns";
import type { Grid } from "../grid";
import type { IndicatorWork } from "../analyze/context";

export interface MonthSum {
  cell: string;
  sum: number;
  stated: number;
}

export function monthSum(grid: Grid, w: IndicatorWork): MonthSum | null {
  const i = w.result;
  const annual = w.table.columns.realisasi;
  if (!annual || w.statedAnnual === null) return null;
  const months = monthColumns(grid, w.table);
  if (months.length === 0) return null;
  let sum = 0;
  let any = false;
  for (const c of months) {
    const p = grid.cell(i.row - 1, c);
    if ((p.kind === "number" || p.kind === "text-number") && p.value !== null) {
      sum += p.value;
      any = true;
    }
  }
  if (!any || Math.abs(sum - w.statedAnnual) <= 1e-9 * Math.max(1, Math.abs(sum))) return null;
  return { cell: a1(i.row - 1, colIndex(annual)), sum, stated: w.statedAnnual };
}
