// Pure helpers that size the reads of cell data so each sync's response stays under Excel on the web's 5 MB limit.
// Sizes are estimates from cell counts (the content is not known before it is read); a refused response is
// re-read in halves by the caller.

/** Response budget per sync (Excel on the web refuses responses over 5 MB; the rest is margin for the estimate). */
export const DEFAULT_MAX_RESPONSE_BYTES = 4_000_000;

/**
 * Estimated JSON bytes of one cell across the four arrays read (values, formulas, numberFormat, valueTypes):
 * a number with a full-precision double is ~57 bytes, a short text ~60, an empty cell ~24; long texts cost more
 * and are covered by the margin to 5 MB and, failing that, by the halving retry.
 */
export const BYTES_PER_CELL = 64;

/**
 * Bytes per cell measured on cells already read (the first window): the JSON of their four arrays over their count,
 * with a quarter more for margin, never below BYTES_PER_CELL. Long indicator texts come back twice (values and
 * formulas), so a table of them costs several times the default.
 */
export function measuredBytesPerCell(grids: unknown[][][], cells: number): number {
  if (cells <= 0) return BYTES_PER_CELL;
  const bytes = grids.reduce((n, g) => n + JSON.stringify(g).length, 0);
  return Math.max(BYTES_PER_CELL, Math.ceil((bytes / cells) * 1.25));
}

/** Bytes reserved in the first data sync per sheet and per annotation (used-range metadata, note/comment location). */
export const BYTES_PER_SHEET_META = 200;
export const BYTES_PER_ANNOTATION = 200;

/** Columns of the window read together with the sheet metadata: IKU and budget tables are far narrower. */
export const WINDOW_COLUMNS = 64;

const MAX_ROWS = 1_048_576;

/** A window (from A1) read from every sheet before the used-range sizes are known. */
export interface ReadWindow {
  rows: number;
  columns: number;
}

/**
 * The window read from each sheet in the sync that also loads the used-range sizes: all windows together, at
 * `bytesPerCell`, stay under the budget. A sheet whose used range lies inside its window is then fully read.
 */
export function firstWindow(
  sheetCount: number,
  annotationCount: number,
  budget: number = DEFAULT_MAX_RESPONSE_BYTES,
  bytesPerCell: number = BYTES_PER_CELL
): ReadWindow {
  const sheets = Math.max(1, sheetCount);
  const free = budget - sheets * BYTES_PER_SHEET_META - annotationCount * BYTES_PER_ANNOTATION;
  const cellsPerSheet = Math.max(0, Math.floor(free / bytesPerCell / sheets));
  return {
    rows: Math.min(MAX_ROWS, Math.max(1, Math.floor(cellsPerSheet / WINDOW_COLUMNS))),
    columns: WINDOW_COLUMNS,
  };
}

/** What is left to read of one sheet's used range: rows `from` … `rows - 1`, each `columns` wide. */
export interface SheetExtent {
  sheet: number;
  rows: number;
  columns: number;
  /** First row (0-based, relative to the used range) not read yet. */
  from: number;
}

/** Rows `start` … `start + count - 1` (relative to the used range) of sheet `sheet`. */
export interface RowBlock {
  sheet: number;
  start: number;
  count: number;
}

/**
 * Pack the unread rows of every sheet, in order, into syncs whose estimated response stays under the budget.
 * Returns one list of blocks per sync. A single row larger than the budget still gets a sync of its own.
 */
export function planRowBlocks(
  extents: SheetExtent[],
  budget: number = DEFAULT_MAX_RESPONSE_BYTES,
  bytesPerCell: number = BYTES_PER_CELL
): RowBlock[][] {
  const syncs: RowBlock[][] = [];
  let current: RowBlock[] = [];
  let size = 0;
  for (const e of extents) {
    const rowBytes = Math.max(1, e.columns * bytesPerCell);
    let start = e.from;
    while (start < e.rows) {
      let fit = Math.floor((budget - size) / rowBytes);
      if (fit < 1) {
        if (current.length > 0) {
          syncs.push(current);
          current = [];
          size = 0;
          continue;
        }
        fit = 1;
      }
      const count = Math.min(fit, e.rows - start);
      current.push({ sheet: e.sheet, start, count });
      size += count * rowBytes;
      start += count;
    }
  }
  if (current.length > 0) syncs.push(current);
  return syncs;
}

/** A refused sync's blocks in two halves (by block, else by rows); null when it is a single row. */
export function splitBlocks(blocks: RowBlock[]): [RowBlock[], RowBlock[]] | null {
  if (blocks.length >= 2) {
    const half = Math.ceil(blocks.length / 2);
    return [blocks.slice(0, half), blocks.slice(half)];
  }
  const [b] = blocks;
  if (!b || b.count < 2) return null;
  const half = Math.ceil(b.count / 2);
  return [
    [{ sheet: b.sheet, start: b.start, count: half }],
    [{ sheet: b.sheet, start: b.start + half, count: b.count - half }],
  ];
}
