// One indicator per data row of a table: values read from the user's cells (text quantities included),
// unit, polarity, aggregation, annual realisasi and capaian. The row itself is read in ./indicator-row.
import { colIndex } from "../address";
import type { Grid } from "../grid";
import type { ColumnRole, Config, DetectedTable } from "../types";
import type { IndicatorWork } from "./context";
import { headingRows } from "./heading-rows";
import { readRow, type IndicatorTable } from "./indicator-row";

export { reportedCapaian } from "./capaian";

const QUARTERS: ColumnRole[] = ["tw1", "tw2", "tw3", "tw4"];

export function col(table: DetectedTable, role: ColumnRole): number | null {
  const l = table.columns[role];
  return l ? colIndex(l) : null;
}

/** True when the table carries indicator rows (an indicators table, or a budget table with kinerja columns). */
export function hasIndicatorRows(table: DetectedTable): boolean {
  if (!table.columns.indikator && !table.title) return false;
  if (table.kind === "indicators") return true;
  return (
    table.kind === "budget" &&
    !!(
      table.columns.target &&
      (table.columns.realisasi || table.columns.capaian || table.columns.tw4)
    )
  );
}

export function readIndicators(
  grid: Grid,
  table: DetectedTable,
  tableIndex: number,
  config: Config,
  /** Called with each row read (0-based), for the run's progress. */
  onRow?: (row: number) => void
): IndicatorWork[] {
  const out: IndicatorWork[] = [];
  const t: IndicatorTable = {
    grid,
    table,
    tableIndex,
    config,
    cols: {
      name: col(table, "indikator"),
      satuan: col(table, "satuan"),
      polaritas: col(table, "polaritas"),
      agregasi: col(table, "agregasi"),
      target: col(table, "target"),
      annual: col(table, "realisasi"),
      capaian: col(table, "capaian"),
      quarters: QUARTERS.map((q) => col(table, q)),
    },
    cumulativeCols: new Set(table.cumulativeCols ?? []),
    hasOverrides: Object.keys(config.indicators).length > 0,
  };
  const nameCol = t.cols.name;
  // A titled line (detect/titled-line.ts): the caption names the one IKU its rows hold.
  if (nameCol === null) {
    if (!table.title) return out;
    for (let r = table.firstDataRow; r <= table.lastDataRow; r++)
      if (!grid.rowIsEmpty(r, table.firstCol, table.lastCol))
        out.push(readRow({ t, row: r, name: table.title, sasaran: null }));
    return out;
  }
  const sasaranCol = col(table, "sasaran");
  const skip = new Set([
    ...table.totalRows,
    ...table.averageRows,
    ...(table.nkoRow !== undefined ? [table.nkoRow] : []),
    ...(table.derivedRows ?? []),
  ]);
  let sasaran: string | null = null;
  // Group headings between indicators (heading-rows.ts) name the indicators under them when no sasaran column does.
  const headings = headingRows(grid, table, nameCol);
  for (let r = table.firstDataRow; r <= table.lastDataRow; r++) {
    onRow?.(r);
    if (skip.has(r)) continue;
    if (headings.has(r)) {
      if (sasaranCol === null || grid.text(r, sasaranCol) === null) sasaran = grid.text(r, nameCol);
      continue;
    }
    // A blank sasaran cell under a filled one continues it (merged or not).
    if (sasaranCol !== null) {
      const s = grid.text(r, sasaranCol);
      if (s !== null) sasaran = s;
    }
    // Only the top-left cell of a merged area holds its value: a name merged down over several rows is one
    // indicator (on its top row), and a label merged across the row ("Predikat kinerja" over A:U) names none.
    if (grid.isMergedSlave(r, nameCol)) continue;
    const name = grid.text(r, nameCol);
    if (name === null) continue;
    out.push(readRow({ t, row: r, name, sasaran }));
  }
  return out;
}
