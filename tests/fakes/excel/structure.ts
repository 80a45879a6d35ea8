// What the user does with Excel's own commands between two runs, as Excel does it: insert/delete rows and
// columns (cells, notes, comments, conditional formats, validations and defined names move; a name whose cells
// are all deleted becomes #REF!) and rename a sheet (names follow it). Tests call these on the model directly.
import { cellKey, keyCol, keyRow, type Rect } from "./a1";
import type { CellModel, NoteModel, SheetModel, WorkbookModel } from "./model";

type Axis = "row" | "col";

/** A rect after inserting (count > 0) or deleting (count < 0) lines at `at`; null when every line is deleted. */
export function shiftRect(r: Rect, axis: Axis, at: number, count: number): Rect | null {
  let [a, b] = axis === "row" ? [r.top, r.bottom] : [r.left, r.right];
  if (count > 0) {
    if (a >= at) a += count;
    if (b >= at) b += count;
  } else {
    const end = at - count - 1;
    if (a >= at && b <= end) return null;
    const move = (x: number, start: boolean) =>
      x < at ? x : x > end ? x + count : start ? at : at - 1;
    a = move(a, true);
    b = move(b, false);
  }
  return axis === "row" ? { ...r, top: a, bottom: b } : { ...r, left: a, right: b };
}

/** A cell's new place, or null when its line is deleted. */
function shiftPoint(
  row: number,
  col: number,
  axis: Axis,
  at: number,
  count: number
): [number, number] | null {
  const r = shiftRect({ top: row, left: col, bottom: row, right: col }, axis, at, count);
  return r ? [r.top, r.left] : null;
}

function edit(
  model: WorkbookModel,
  sheet: SheetModel,
  axis: Axis,
  at: number,
  count: number
): void {
  const cells = new Map<number, CellModel>();
  for (const [k, c] of sheet.cells) {
    const p = shiftPoint(keyRow(k), keyCol(k), axis, at, count);
    if (p) cells.set(cellKey(p[0], p[1]), c);
  }
  sheet.cells = cells;
  const notes = new Map<number, NoteModel>();
  for (const [k, n] of sheet.notes) {
    const p = shiftPoint(keyRow(k), keyCol(k), axis, at, count);
    if (p) notes.set(cellKey(p[0], p[1]), n);
  }
  sheet.notes = notes;
  model.comments = model.comments.filter((c) => {
    if (c.sheet !== sheet) return true;
    const p = shiftPoint(c.row, c.col, axis, at, count);
    if (!p) return false;
    [c.row, c.col] = p;
    return true;
  });
  sheet.cfs = sheet.cfs.filter((cf) => {
    const r = shiftRect(cf.rect, axis, at, count);
    if (r) cf.rect = r;
    return r !== null;
  });
  sheet.validations = sheet.validations
    .map((v) => shiftRect(v, axis, at, count))
    .filter((v): v is Rect => v !== null);
  for (const n of model.names)
    if (n.sheet === sheet && n.rect) n.rect = shiftRect(n.rect, axis, at, count);
  // Column widths move with inserted/deleted columns.
  if (axis === "col") {
    const widths = new Map<number, number>();
    for (const [c, w] of sheet.colWidths) {
      const p = shiftPoint(0, c, axis, at, count);
      if (p) widths.set(p[1], w);
    }
    sheet.colWidths = widths;
  }
}

/** Insert `count` rows before the 0-based row `at`. */
export const insertRows = (m: WorkbookModel, s: SheetModel, at: number, count = 1) =>
  edit(m, s, "row", at, count);
export const deleteRows = (m: WorkbookModel, s: SheetModel, at: number, count = 1) =>
  edit(m, s, "row", at, -count);
export const insertColumns = (m: WorkbookModel, s: SheetModel, at: number, count = 1) =>
  edit(m, s, "col", at, count);
export const deleteColumns = (m: WorkbookModel, s: SheetModel, at: number, count = 1) =>
  edit(m, s, "col", at, -count);

/** Rename a sheet: names refer to the sheet object, so they follow it as Excel's do. */
export function renameSheet(_m: WorkbookModel, s: SheetModel, to: string): void {
  s.name = to;
}
