// A kinerja table that names no indicator in its rows: the title above its header names it. Reports print one
// IKU as a small table under its caption ("10 Perbandingan antara Capaian Kinerja Tahun 2021 …": Target |
// Realisasi | Capaian over one row), and a trend table follows one IKU down the years (Tahun | UFW | Target
// Teknis …). The title is the indicator's name (and what tells its polarity); the rows are its figures.
import type { Grid } from "../grid";
import type { DetectedTable } from "../types";

/** Rows above the header searched for the caption: a blank line or a source note may sit between. */
const TITLE_REACH = 3;
/** A line table: one IKU over a few rows (this year, or last year and this year). */
const MAX_LINE_ROWS = 3;

/** The caption right above the header: the nearest non-empty row holding one text, long enough to name something. */
export function tableTitle(grid: Grid, t: DetectedTable): string | null {
  for (let r = t.headerTop - 1; r >= 0 && r >= t.headerTop - TITLE_REACH; r--) {
    const last = Math.max(t.lastCol, grid.lastCol(r));
    if (grid.rowIsEmpty(r, 0, last)) continue;
    const texts: string[] = [];
    for (let c = 0; c <= last; c++) {
      if (grid.isMergedSlave(r, c) || grid.isEmpty(r, c)) continue;
      const v = grid.raw(r, c);
      if (typeof v !== "string") return null;
      texts.push(v.trim());
    }
    if (texts.length !== 1 || texts[0].split(/\s+/).length < 3) return null;
    return texts[0];
  }
  return null;
}

/**
 * After the columns are read: a table with a target and a realisasi or capaian but no column naming its rows
 * takes its caption as the indicator's name (a line of one to three rows), or as the context of a trend table
 * whose rows are named by their year.
 */
export function titleTable(grid: Grid, t: DetectedTable): void {
  const c = t.columns;
  if (!c.target || !(c.realisasi || c.capaian)) return;
  const rows = t.lastDataRow - t.firstDataRow + 1;
  if (c.indikator && !t.trend) return;
  if (!c.indikator && rows > MAX_LINE_ROWS) return;
  const title = tableTitle(grid, t);
  if (!title) return;
  t.title = title;
  if (!c.indikator) t.kind = "indicators";
}
