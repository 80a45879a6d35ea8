// What Excel does to a reference when rows/columns are inserted or deleted: the rule both simulated hosts (the
// fake Office.js Excel and the ExcelJS helpers below) use to move defined names, as Excel moves them.
import type ExcelJS from "exceljs";
import { parseRange, rangeA1, splitSheetRef, quoteSheet } from "../../src/core/address";
import { workbookNames } from "../../src/adapters/exceljs/names";

export type Axis = "row" | "col";

/** A 0-based range after inserting (count > 0) or deleting (count < 0) lines at `at` on one axis; null = #REF!. */
export function shiftRange(
  r: { top: number; left: number; bottom: number; right: number },
  axis: Axis,
  at: number,
  count: number
): { top: number; left: number; bottom: number; right: number } | null {
  const [lo, hi] = axis === "row" ? [r.top, r.bottom] : [r.left, r.right];
  let a = lo;
  let b = hi;
  if (count > 0) {
    if (a >= at) a += count;
    if (b >= at) b += count;
  } else {
    const n = -count;
    const end = at + n - 1; // last deleted line
    if (a >= at && b <= end) return null;
    const move = (x: number, isStart: boolean): number => {
      if (x < at) return x;
      if (x > end) return x - n;
      return isStart ? at : at - 1; // inside the deleted lines: the edge snaps to what is left
    };
    a = move(a, true);
    b = move(b, false);
  }
  return axis === "row" ? { ...r, top: a, bottom: b } : { ...r, left: a, right: b };
}

const absolute = (range: string) => range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

/** A name's "Sheet!$A$1:$B$2" after an edit on `sheet` (names on other sheets unchanged). */
export function shiftRefersTo(
  refersTo: string,
  sheet: string,
  axis: Axis,
  at: number,
  count: number
): string {
  const { sheet: s, range } = splitSheetRef(refersTo.replace(/^=/, ""));
  if (s !== sheet || /#REF!/.test(refersTo)) return refersTo;
  const moved = shiftRange(parseRange(range.replace(/\$/g, "")), axis, at, count);
  return moved ? `${quoteSheet(s)}!${absolute(rangeA1(moved))}` : `${quoteSheet(s)}!#REF!`;
}

export function renameRefersTo(refersTo: string, from: string, to: string): string {
  const { sheet, range } = splitSheetRef(refersTo.replace(/^=/, ""));
  return sheet === from ? `${quoteSheet(to)}!${range}` : refersTo;
}

// ---------------------------------------------------------------- the same edits on an ExcelJS workbook

/** The names read at load, moved in place (tests/helpers/user-excel.ts writes them back when the user saves). */
function moveNames(wb: ExcelJS.Workbook, edit: (refersTo: string) => string): void {
  for (const n of workbookNames(wb) ?? []) n.refersTo = edit(n.refersTo);
}

/** Insert `count` columns before the 0-based column `at`, as Excel would (cells and names move). */
export function insertColumnsExcelJS(
  wb: ExcelJS.Workbook,
  sheet: string,
  at: number,
  count = 1
): void {
  const ws = wb.getWorksheet(sheet) as ExcelJS.Worksheet;
  ws.spliceColumns(at + 1, 0, ...Array.from({ length: count }, () => []));
  moveNames(wb, (r) => shiftRefersTo(r, sheet, "col", at, count));
}

export function insertRowsExcelJS(
  wb: ExcelJS.Workbook,
  sheet: string,
  at: number,
  count = 1
): void {
  const ws = wb.getWorksheet(sheet) as ExcelJS.Worksheet;
  ws.spliceRows(at + 1, 0, ...Array.from({ length: count }, () => []));
  moveNames(wb, (r) => shiftRefersTo(r, sheet, "row", at, count));
}

export function deleteRowsExcelJS(
  wb: ExcelJS.Workbook,
  sheet: string,
  at: number,
  count = 1
): void {
  const ws = wb.getWorksheet(sheet) as ExcelJS.Worksheet;
  ws.spliceRows(at + 1, count);
  moveNames(wb, (r) => shiftRefersTo(r, sheet, "row", at, -count));
}

export function renameSheetExcelJS(wb: ExcelJS.Workbook, from: string, to: string): void {
  (wb.getWorksheet(from) as ExcelJS.Worksheet).name = to;
  moveNames(wb, (r) => renameRefersTo(r, from, to));
}
