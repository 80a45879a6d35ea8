// Range, its format, fill and font.
import {
  contains,
  intersects,
  MAX_COLS,
  MAX_ROWS,
  parseLocal,
  quoteSheetName,
  rectArea,
  rectLocal,
  splitSheet,
  type Rect,
} from "./a1";
import { ClientObject, defineProps, NULL, type PropSpec } from "./client";
import { richError } from "./errors";
import {
  clearRange,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FONT_SIZE,
  normColor,
  readFormula,
  readText,
  readValue,
  readValueType,
  writeInput,
  type CellModel,
  type HyperlinkModel,
  type SheetModel,
} from "./model";
import { FakeConditionalFormatCollection } from "./proxy-cf";
import { FakeWorksheet } from "./proxy-sheet";

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

const GRID_LIMIT = 5_000_000;

export function liveSheet(sheet: SheetModel): SheetModel {
  if (sheet.deleted) throw richError("ItemNotFound", `The worksheet ${sheet.name} was deleted`);
  return sheet;
}

/** Writes need an existing, unprotected sheet. */
export function writable(sheet: SheetModel): SheetModel {
  liveSheet(sheet);
  if (sheet.protected) throw richError("AccessDenied", `The sheet ${sheet.name} is protected`);
  return sheet;
}

/** A range address relative to `sheet` ("A1:B2", or "Sheet!A1" naming the same sheet). */
export function rangeOn(sheet: SheetModel, address: string | undefined): RangeTarget {
  liveSheet(sheet);
  if (address === undefined || address === "")
    return { sheet, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } };
  const { sheet: named, local } = splitSheet(address);
  if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase()) {
    throw richError("InvalidArgument", `${address} is not on ${sheet.name}`);
  }
  return { sheet, rect: parseLocal(local) };
}

function grid<T>(t: RangeTarget, fn: (c: CellModel | undefined) => T): T[][] {
  if (rectArea(t.rect) > GRID_LIMIT)
    throw richError("ResponsePayloadSizeLimitExceeded", "range too large to read");
  const out: T[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const row: T[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) row.push(fn(t.sheet.get(r, c)));
    out.push(row);
  }
  return out;
}

/** Apply a 2-D input (or one value for every cell) to the range; the array must match the range's size. */
function writeGrid(t: RangeTarget, input: unknown, fn: (c: CellModel, v: unknown) => void): void {
  writable(t.sheet);
  const rows = t.rect.bottom - t.rect.top + 1;
  const cols = t.rect.right - t.rect.left + 1;
  if (!Array.isArray(input)) {
    if (input === null)
      throw richError("InvalidArgument", "null is not a valid value for a whole range");
    t.sheet.forEachCell(t.rect, (c) => fn(c, input));
    return;
  }
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw richError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${cols}).`
    );
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v = (input[r] as unknown[])[c];
      if (v === null || v === undefined) continue;
      fn(t.sheet.ensure(t.rect.top + r, t.rect.left + c), v);
      t.sheet.prune(t.rect.top + r, t.rect.left + c);
    }
  }
}

/** A format property over a range reads as the common value, or null when the cells differ (Office.js rule). */
function uniform<T>(t: RangeTarget, fn: (c: CellModel | undefined) => T): T | null {
  let first = true;
  let value: T | null = null;
  const visit = (c: CellModel | undefined): boolean => {
    const v = fn(c);
    if (first) {
      value = v;
      first = false;
      return true;
    }
    return JSON.stringify(v) === JSON.stringify(value);
  };
  if (rectArea(t.rect) > 100_000) {
    let seen = 0;
    for (const [k, c] of t.sheet.cells) {
      const row = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      if (row < t.rect.top || row > t.rect.bottom || col < t.rect.left || col > t.rect.right)
        continue;
      seen++;
      if (!visit(c)) return null;
    }
    if (seen < rectArea(t.rect) && !visit(undefined)) return null;
    return value;
  }
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    for (let c = t.rect.left; c <= t.rect.right; c++) if (!visit(t.sheet.get(r, c))) return null;
  }
  return value;
}

function eachCell(t: RangeTarget, fn: (c: CellModel) => void): void {
  writable(t.sheet);
  t.sheet.forEachCell(t.rect, fn);
}

export class FakeRange extends ClientObject {
  get format(): FakeRangeFormat {
    return this._child(
      "format",
      () => new FakeRangeFormat(this.context, this, "Format", [], (t) => t)
    );
  }
  get worksheet(): FakeWorksheet {
    return this._child(
      "worksheet",
      () => new FakeWorksheet(this.context, this, "Worksheet", [], (t: RangeTarget) => t.sheet)
    );
  }
  /** ExcelApi 1.8. The fake keeps where validation is, not its rule: `type` is "None", "Custom" or "Inconsistent". */
  get dataValidation(): FakeDataValidation {
    return this._child(
      "dataValidation",
      () => new FakeDataValidation(this.context, this, "DataValidation", [], (t) => t)
    );
  }
  /**
   * ExcelApi 1.9: per-cell formatting. The result's `value` is filled at sync; the fake returns fill, font and
   * wrap (it keeps no borders or alignment).
   */
  getCellProperties(spec: unknown): { value: unknown } {
    const result: { value: unknown } = { value: undefined };
    this._call(
      "GetCellProperties",
      [spec],
      (t: RangeTarget) => {
        if (rectArea(t.rect) > GRID_LIMIT)
          throw richError("ResponsePayloadSizeLimitExceeded", "range too large to read");
        result.value = grid(t, (c) => ({
          format: {
            fill: { color: c?.fill ?? "#FFFFFF" },
            font: {
              bold: c?.bold ?? false,
              italic: c?.italic ?? false,
              color: c?.fontColor ?? "#000000",
              size: c?.fontSize ?? DEFAULT_FONT_SIZE,
              name: "Calibri",
              underline: c?.underline ?? "None",
            },
            wrapText: c?.wrap ?? false,
          },
        }));
      },
      9
    );
    return result;
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return this._child(
      "cfs",
      () =>
        new FakeConditionalFormatCollection(this.context, this, "ConditionalFormats", [], (t) => t)
    );
  }

  private _derived(name: string, args: unknown[], fn: (t: RangeTarget) => Rect): FakeRange {
    return new FakeRange(this.context, this, name, args, (t: RangeTarget) => {
      liveSheet(t.sheet);
      const rect = fn(t);
      if (
        rect.top < 0 ||
        rect.left < 0 ||
        rect.bottom >= MAX_ROWS ||
        rect.right >= MAX_COLS ||
        rect.bottom < rect.top ||
        rect.right < rect.left
      ) {
        throw richError("InvalidArgument", `${name} goes outside the sheet`);
      }
      return { sheet: t.sheet, rect };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this._derived("GetCell", [row, column], ({ rect }) => ({
      top: rect.top + row,
      left: rect.left + column,
      bottom: rect.top + row,
      right: rect.left + column,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this._derived("GetResizedRange", [deltaRows, deltaColumns], ({ rect }) => ({
      ...rect,
      bottom: rect.bottom + deltaRows,
      right: rect.right + deltaColumns,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this._derived("GetOffsetRange", [rowOffset, columnOffset], ({ rect }) => ({
      top: rect.top + rowOffset,
      bottom: rect.bottom + rowOffset,
      left: rect.left + columnOffset,
      right: rect.right + columnOffset,
    }));
  }
  /** ExcelApi 1.4: the rectangle common to this range and `anotherRange` (same sheet), or a null object. */
  getIntersectionOrNullObject(anotherRange: FakeRange | string): FakeRange {
    return new FakeRange(
      this.context,
      this,
      "GetIntersectionOrNullObject",
      [anotherRange],
      (t: RangeTarget) => {
        this._requireApi(4, "Range.getIntersectionOrNullObject");
        liveSheet(t.sheet);
        let other: RangeTarget;
        if (typeof anotherRange === "string") other = rangeOn(t.sheet, anotherRange);
        else {
          const o = anotherRange._resolve();
          if (o === NULL) return NULL;
          other = o as RangeTarget;
          if (other.sheet !== t.sheet)
            throw richError("InvalidArgument", "The ranges are on different worksheets");
        }
        const rect = {
          top: Math.max(t.rect.top, other.rect.top),
          left: Math.max(t.rect.left, other.rect.left),
          bottom: Math.min(t.rect.bottom, other.rect.bottom),
          right: Math.min(t.rect.right, other.rect.right),
        };
        if (rect.top > rect.bottom || rect.left > rect.right) return NULL;
        return { sheet: t.sheet, rect };
      }
    );
  }
  clear(applyTo: string = "All"): void {
    this._call("Clear", [applyTo], (t: RangeTarget) =>
      clearRange(writable(t.sheet), t.rect, applyTo)
    );
  }
  select(): void {
    this._call("Select", [], (t: RangeTarget) => {
      liveSheet(t.sheet);
      if (t.sheet.visibility !== "Visible")
        throw richError("InvalidOperation", "Cannot select on a hidden sheet");
      const model = this._model();
      model.activeSheet = t.sheet;
      model.selection = { sheet: t.sheet, rect: t.rect };
      const host = this.context._host;
      host.afterSync(() => fireSelection(t.sheet, t.rect));
    });
  }
}

export function fireSelection(sheet: SheetModel, rect: Rect): Promise<unknown[]> {
  const args = {
    type: "WorksheetSelectionChanged",
    address: rectLocal(rect),
    worksheetId: sheet.id,
    source: "Local",
  };
  return Promise.all(
    [...sheet.selectionHandlers].map((h) => Promise.resolve().then(() => h(args)))
  );
}

function hyperlinkSet(t: RangeTarget, v: unknown): void {
  writable(t.sheet);
  if (v === null || typeof v !== "object")
    throw richError("InvalidArgument", "hyperlink must be an object");
  const link = v as HyperlinkModel;
  const empty = !link.address && !link.documentReference;
  t.sheet.forEachCell(t.rect, (c) => {
    if (empty) {
      c.hyperlink = null;
      return;
    }
    c.hyperlink = { ...link };
    if (link.textToDisplay !== undefined) {
      c.value = link.textToDisplay;
      c.formula = null;
    } else if (c.value === null && c.formula === null) {
      c.value = link.documentReference ?? link.address ?? null;
    }
    // Excel gives a new link the Hyperlink look unless the cell already has a font colour.
    if (c.fontColor === null) {
      c.fontColor = "#0563C1";
      c.underline = "Single";
    }
  });
}

const rangeProps: Record<string, PropSpec> = {
  address: { get: (t: RangeTarget) => `${quoteSheetName(t.sheet.name)}!${rectLocal(t.rect)}` },
  addressLocal: { get: (t: RangeTarget) => `${quoteSheetName(t.sheet.name)}!${rectLocal(t.rect)}` },
  rowIndex: { get: (t: RangeTarget) => t.rect.top },
  columnIndex: { get: (t: RangeTarget) => t.rect.left },
  rowCount: { get: (t: RangeTarget) => t.rect.bottom - t.rect.top + 1 },
  columnCount: { get: (t: RangeTarget) => t.rect.right - t.rect.left + 1 },
  cellCount: { get: (t: RangeTarget) => rectArea(t.rect) },
  values: {
    get: (t: RangeTarget) => grid(t, readValue),
    set: (t: RangeTarget, v) => writeGrid(t, v, writeInput),
  },
  formulas: {
    get: (t: RangeTarget) => grid(t, readFormula),
    set: (t: RangeTarget, v) => writeGrid(t, v, writeInput),
  },
  valueTypes: { get: (t: RangeTarget) => grid(t, readValueType) },
  text: { get: (t: RangeTarget) => grid(t, readText) },
  numberFormat: {
    get: (t: RangeTarget) => grid(t, (c) => c?.numberFormat ?? "General"),
    set: (t: RangeTarget, v) =>
      writeGrid(t, v, (c, f) => {
        if (typeof f !== "string")
          throw richError("InvalidArgument", "numberFormat must be a string");
        c.numberFormat = f === "" ? "General" : f;
      }),
  },
  hyperlink: {
    since: 7,
    get: (t: RangeTarget) => t.sheet.get(t.rect.top, t.rect.left)?.hyperlink ?? null,
    set: hyperlinkSet,
  },
};
defineProps(FakeRange, rangeProps, ["format", "worksheet", "conditionalFormats", "dataValidation"]);

export class FakeDataValidation extends ClientObject {}
defineProps(FakeDataValidation, {
  type: {
    since: 8,
    get: (t: RangeTarget) => {
      const hits = t.sheet.validations.filter((v) => intersects(v, t.rect));
      if (hits.length === 0) return "None";
      return hits.some((v) => contains(v, t.rect)) ? "Custom" : "Inconsistent";
    },
  },
});

export class FakeRangeFormat extends ClientObject {
  get fill(): FakeRangeFill {
    return this._child("fill", () => new FakeRangeFill(this.context, this, "Fill", [], (t) => t));
  }
  get font(): FakeRangeFont {
    return this._child("font", () => new FakeRangeFont(this.context, this, "Font", [], (t) => t));
  }
}
defineProps(
  FakeRangeFormat,
  {
    wrapText: {
      get: (t: RangeTarget) => uniform(t, (c) => c?.wrap ?? false),
      set: (t: RangeTarget, v) => eachCell(t, (c) => (c.wrap = Boolean(v))),
    },
    columnWidth: {
      get: (t: RangeTarget) => {
        const ws = new Set<number>();
        for (let c = t.rect.left; c <= t.rect.right; c++)
          ws.add(t.sheet.colWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
        return ws.size === 1 ? [...ws][0] : null;
      },
      set: (t: RangeTarget, v) => {
        writable(t.sheet);
        if (typeof v !== "number" || v < 0)
          throw richError("InvalidArgument", "columnWidth must be a number >= 0");
        for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.colWidths.set(c, v);
      },
    },
  },
  ["fill", "font"]
);

export class FakeRangeFill extends ClientObject {
  clear(): void {
    this._call("Clear", [], (t: RangeTarget) => eachCell(t, (c) => (c.fill = null)));
  }
}
defineProps(FakeRangeFill, {
  color: {
    get: (t: RangeTarget) => uniform(t, (c) => c?.fill ?? "#FFFFFF"),
    set: (t: RangeTarget, v) => {
      const color = normColor(v);
      eachCell(t, (c) => (c.fill = color));
    },
  },
});

export class FakeRangeFont extends ClientObject {}
defineProps(FakeRangeFont, {
  bold: {
    get: (t: RangeTarget) => uniform(t, (c) => c?.bold ?? false),
    set: (t: RangeTarget, v) => eachCell(t, (c) => (c.bold = Boolean(v))),
  },
  italic: {
    get: (t: RangeTarget) => uniform(t, (c) => c?.italic ?? false),
    set: (t: RangeTarget, v) => eachCell(t, (c) => (c.italic = Boolean(v))),
  },
  color: {
    get: (t: RangeTarget) => uniform(t, (c) => c?.fontColor ?? "#000000"),
    set: (t: RangeTarget, v) => {
      const color = normColor(v);
      eachCell(t, (c) => (c.fontColor = color));
    },
  },
  size: {
    get: (t: RangeTarget) => uniform(t, (c) => c?.fontSize ?? DEFAULT_FONT_SIZE),
    set: (t: RangeTarget, v) => {
      if (typeof v !== "number" || v <= 0)
        throw richError("InvalidArgument", "size must be a positive number");
      eachCell(t, (c) => (c.fontSize = v));
    },
  },
  underline: {
    get: (t: RangeTarget) => uniform(t, (c) => c?.underline ?? "None"),
    set: (t: RangeTarget, v) => {
      if (!["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"].includes(String(v)))
        throw richError("InvalidArgument", "underline");
      eachCell(t, (c) => (c.underline = String(v)));
    },
  },
  name: { get: () => "Calibri", set: () => undefined },
});
