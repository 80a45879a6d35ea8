// Which rows of a long sheet the grid renders: those in view plus a margin, widened so no merged area is cut
// (its top cell carries the rowSpan). Short sheets are rendered whole.
import type { SheetLayout } from "./grid-model";

/** Every grid row is this tall (px), so a row's place follows from its index. */
export const ROW_HEIGHT = 22;
/** Rows rendered beyond the visible ones, above and below (each costs every frame its paint and hit tests). */
const MARGIN = 20;
/** Up to this many rows, the whole sheet is rendered (no windowing). */
export const WHOLE_UP_TO = 150;

export function rowWindow(
  layout: Pick<SheetLayout, "rows" | "spans">,
  scrollTop: number,
  viewHeight: number
): { first: number; last: number } {
  if (layout.rows <= WHOLE_UP_TO) return { first: 0, last: layout.rows };
  const visible = Math.ceil(viewHeight / ROW_HEIGHT);
  let first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - MARGIN);
  let last = Math.min(layout.rows, first + visible + 2 * MARGIN);
  // A merge that starts above the window and reaches into it: start at its top row.
  for (const [key, span] of layout.spans) {
    const top = Number(key.split(",")[0]);
    if (top < first && top + span.rowSpan > first) first = top;
    if (top < last && top + span.rowSpan > last) last = Math.min(layout.rows, top + span.rowSpan);
  }
  return { first, last };
}
