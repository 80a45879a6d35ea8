// How far the analysis has read, in rows: "baris 5.000 dari 20.000" in the pane while a long run goes on.
// Optional everywhere: without a listener nothing is counted.

/** Rows read so far of all the rows of the workbook's visible sheets. */
export type RowsProgress = (done: number, total: number) => void;

/** Report at most once per this many rows: enough to move the text, few enough to cost nothing. */
export const ROWS_STEP = 500;

/**
 * A counter over the visible sheets' rows: `at(sheetOffset + row)` reports when it crossed another ROWS_STEP;
 * `end()` reports everything done.
 */
export function rowsCounter(
  total: number,
  report?: RowsProgress
): { at(done: number): void; end(): void } {
  let last = 0;
  return {
    at(done) {
      if (!report || done - last < ROWS_STEP) return;
      last = done;
      report(Math.min(done, total), total);
    },
    end() {
      report?.(total, total);
    },
  };
}
