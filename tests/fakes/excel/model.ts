// The server side of the fake: what the workbook holds. Proxies (client side) only reach it during sync.
import {
  cellKey,
  contains,
  intersects,
  keyCol,
  keyRow,
  MAX_COLS,
  MAX_ROWS,
  rectArea,
  type Rect,
} from "./a1";
import { richError } from "./errors";

export type ErrorValue = { error: string };
export type ModelValue = number | string | boolean | ErrorValue | null;
export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface HyperlinkModel {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface CellModel {
  value: ModelValue;
  formula: string | null;
  numberFormat: string;
  /** The cell was entered with a leading apostrophe (forced text). */
  quotePrefix: boolean;
  fill: string | null;
  fontColor: string | null;
  bold: boolean;
  italic: boolean;
  fontSize: number;
  underline: string;
  wrap: boolean;
  hyperlink: HyperlinkModel | null;
}

export interface CFModel {
  id: string;
  type: string;
  rect: Rect;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  stopIfTrue: boolean;
  /** Reading this rule's formula fails (a known Excel bug on some workbooks). */
  readFails?: boolean;
}

/** A workbook-level defined name; `rect === null` is a reference Excel lost ("#REF!"). */
export interface NameModel {
  name: string;
  sheet: SheetModel | null;
  rect: Rect | null;
  visible: boolean;
}

export interface NoteModel {
  content: string;
  author: string;
}

export interface CommentModel {
  id: string;
  sheet: SheetModel;
  row: number;
  col: number;
  content: string;
  author: string;
}

export interface SeriesModel {
  name: string;
  values: { sheet: SheetModel; rect: Rect } | null;
  categories: { sheet: SheetModel; rect: Rect } | null;
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  title: string;
  source: { sheet: SheetModel; rect: Rect } | null;
  from: string | null;
  to: string | null;
  series: SeriesModel[];
}

export type SelectionHandler = (args: {
  type: string;
  address: string;
  worksheetId: string;
  source: string;
}) => unknown;

export const DEFAULT_FONT_SIZE = 11;
/** Excel's default column width in points (8.43 characters of Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;

export function blankCell(): CellModel {
  return {
    value: null,
    formula: null,
    numberFormat: "General",
    quotePrefix: false,
    fill: null,
    fontColor: null,
    bold: false,
    italic: false,
    fontSize: DEFAULT_FONT_SIZE,
    underline: "None",
    wrap: false,
    hyperlink: null,
  };
}

export function hasContent(c: CellModel): boolean {
  return c.value !== null || c.formula !== null;
}

export function isBlank(c: CellModel): boolean {
  return (
    !hasContent(c) &&
    c.numberFormat === "General" &&
    !c.quotePrefix &&
    c.fill === null &&
    c.fontColor === null &&
    !c.bold &&
    !c.italic &&
    c.fontSize === DEFAULT_FONT_SIZE &&
    c.underline === "None" &&
    !c.wrap &&
    c.hyperlink === null
  );
}

export class SheetModel {
  cells = new Map<number, CellModel>();
  colWidths = new Map<number, number>();
  /** In priority order: index 0 is the top priority. */
  cfs: CFModel[] = [];
  notes = new Map<number, NoteModel>();
  charts: ChartModel[] = [];
  /** Areas carrying data validation (the fake keeps only where, not the rule). */
  validations: Rect[] = [];
  selectionHandlers = new Set<SelectionHandler>();
  protected = false;
  deleted = false;
  owner: WorkbookModel | null = null;
  constructor(
    public id: string,
    public name: string,
    public visibility: Visibility = "Visible"
  ) {}

  get(row: number, col: number): CellModel | undefined {
    return this.cells.get(cellKey(row, col));
  }

  /** A cell to modify; call `prune` afterwards so blank cells do not widen the used range. */
  ensure(row: number, col: number): CellModel {
    const k = cellKey(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = blankCell();
      this.cells.set(k, c);
    }
    return c;
  }

  prune(row: number, col: number): void {
    const k = cellKey(row, col);
    const c = this.cells.get(k);
    if (c && isBlank(c)) this.cells.delete(k);
  }

  /** Visit every cell of `rect`, creating it; iterates only existing cells when the rect is huge (whole columns). */
  forEachCell(
    rect: Rect,
    fn: (c: CellModel, row: number, col: number) => void,
    create = true
  ): void {
    if (!create || rectArea(rect) > this.cells.size * 4 + 4096) {
      for (const [k, c] of [...this.cells]) {
        const row = keyRow(k);
        const col = keyCol(k);
        if (row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right) {
          fn(c, row, col);
          this.prune(row, col);
        }
      }
      return;
    }
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let col = rect.left; col <= rect.right; col++) {
        fn(this.ensure(row, col), row, col);
        this.prune(row, col);
      }
    }
  }

  usedRect(valuesOnly: boolean): Rect | null {
    let r: Rect | null = null;
    for (const [k, c] of this.cells) {
      if (valuesOnly ? !hasContent(c) : isBlank(c)) continue;
      const row = keyRow(k);
      const col = keyCol(k);
      if (!r) r = { top: row, left: col, bottom: row, right: col };
      else {
        r.top = Math.min(r.top, row);
        r.bottom = Math.max(r.bottom, row);
        r.left = Math.min(r.left, col);
        r.right = Math.max(r.right, col);
      }
    }
    return r;
  }
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  comments: CommentModel[] = [];
  names: NameModel[] = [];
  activeSheet: SheetModel | null = null;
  selection: { sheet: SheetModel; rect: Rect } | null = null;
  /** Supported ExcelApi minor version (7 = ExcelApi 1.7). */
  apiMinor = 18;
  author = "Fake User";
  private seq = 0;

  nextId(prefix: string): string {
    this.seq += 1;
    return `${prefix}${this.seq}`;
  }

  newSheetId(): string {
    this.seq += 1;
    const n = this.seq.toString(16).toUpperCase().padStart(8, "0");
    return `{${n}-0000-4000-8000-000000000000}`;
  }

  findSheet(nameOrId: string): SheetModel | undefined {
    const low = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === low || s.id === nameOrId);
  }

  addSheet(name: string | undefined): SheetModel {
    let n = name;
    if (n === undefined || n === "") {
      let i = this.sheets.length + 1;
      while (this.findSheet(`Sheet${i}`)) i++;
      n = `Sheet${i}`;
    }
    if (n.length > 31 || /[[\]:*?/\\]/.test(n) || n.startsWith("'") || n.endsWith("'")) {
      throw richError("InvalidArgument", `Invalid sheet name: ${n}`);
    }
    if (this.findSheet(n))
      throw richError("ItemAlreadyExists", `A sheet named ${n} already exists`);
    const s = new SheetModel(this.newSheetId(), n);
    s.owner = this;
    this.sheets.push(s);
    if (!this.activeSheet) this.activeSheet = s;
    return s;
  }

  visibleCount(except?: SheetModel): number {
    return this.sheets.filter((s) => s !== except && s.visibility === "Visible").length;
  }

  deleteSheet(s: SheetModel): void {
    if (s.visibility === "Visible" && this.visibleCount(s) === 0) {
      throw richError("InvalidOperation", "A workbook must contain at least one visible worksheet");
    }
    // Real Excel (@types/office-js, Worksheet.delete): a very hidden sheet must first be made visible or hidden.
    if (s.visibility === "VeryHidden")
      throw richError(
        "InvalidOperation",
        "This operation is not permitted for the current object. To delete a very hidden worksheet, first change its visibility."
      );
    for (const n of this.names) if (n.sheet === s) n.rect = null; // Excel turns the reference into #REF!
    this.sheets = this.sheets.filter((x) => x !== s);
    this.comments = this.comments.filter((c) => c.sheet !== s);
    s.deleted = true;
    if (this.activeSheet === s)
      this.activeSheet = this.sheets.find((x) => x.visibility === "Visible") ?? null;
    if (this.selection?.sheet === s) this.selection = null;
  }

  commentAt(s: SheetModel, row: number, col: number): CommentModel | undefined {
    return this.comments.find((c) => c.sheet === s && c.row === row && c.col === col);
  }
}

// ---------------------------------------------------------------- cell input, as if the user typed it

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;
const ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
];

/**
 * Excel parses a string written through `values`/`formulas` like typed input: "=x" becomes a formula, "+x"/"-x" and
 * "@x" too, "12" a number, "5%" a percentage, "TRUE" a boolean, "#N/A" an error, unless the cell is formatted as
 * text ("@") or the string starts with an apostrophe (kept as text, without the apostrophe).
 */
export function writeInput(cell: CellModel, input: unknown): void {
  if (input === null || input === undefined) return; // null in a 2-D array leaves the cell unchanged
  cell.formula = null;
  cell.quotePrefix = false;
  if (input === "") {
    cell.value = null;
    return;
  }
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw richError("InvalidArgument", "Numbers must be finite");
    cell.value = input;
    return;
  }
  if (typeof input === "boolean") {
    cell.value = input;
    return;
  }
  if (typeof input !== "string")
    throw richError("InvalidArgument", `Unsupported cell input ${JSON.stringify(input)}`);
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.quotePrefix = true;
    if (cell.value === "") cell.value = null;
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = input;
    return;
  }
  if (input.length > 1 && input[0] === "=") {
    cell.formula = input;
    cell.value = null;
    return;
  }
  if (NUMERIC.test(input)) {
    cell.value = Number(input);
    return;
  }
  if (input.length > 1 && (input[0] === "+" || input[0] === "-")) {
    cell.formula = `=${input}`;
    cell.value = null;
    return;
  }
  if (input.length > 1 && input[0] === "@") {
    cell.formula = `=${input.slice(1)}`;
    cell.value = null;
    return;
  }
  if (PERCENT.test(input)) {
    cell.value = Number(input.slice(0, -1)) / 100;
    if (cell.numberFormat === "General") cell.numberFormat = input.includes(".") ? "0.00%" : "0%";
    return;
  }
  const up = input.toUpperCase();
  if (up === "TRUE" || up === "FALSE") {
    cell.value = up === "TRUE";
    return;
  }
  if (ERRORS.includes(up)) {
    cell.value = { error: up };
    return;
  }
  cell.value = input;
}

export function isErrorValue(v: ModelValue): v is ErrorValue {
  return typeof v === "object" && v !== null;
}

/** Range.values element. */
export function readValue(c: CellModel | undefined): number | string | boolean {
  if (!c || c.value === null) return "";
  return isErrorValue(c.value) ? c.value.error : c.value;
}

/** Range.formulas element: the formula, else the constant (a forced-text cell reads without its apostrophe, like VBA's Range.Formula). */
export function readFormula(c: CellModel | undefined): number | string | boolean {
  if (c?.formula) return c.formula;
  return readValue(c);
}

export function readValueType(c: CellModel | undefined): string {
  if (!c || c.value === null) return "Empty";
  if (isErrorValue(c.value)) return "Error";
  if (typeof c.value === "number") return "Double";
  if (typeof c.value === "boolean") return "Boolean";
  return "String";
}

export function readText(c: CellModel | undefined): string {
  const v = readValue(c);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number" && c && c.numberFormat.endsWith("%")) {
    const decimals = (/\.(0+)%$/.exec(c.numberFormat)?.[1] ?? "").length;
    return `${(v * 100).toFixed(decimals)}%`;
  }
  return String(v);
}

// ---------------------------------------------------------------- clearing

export function clearFormats(c: CellModel): void {
  const b = blankCell();
  c.numberFormat = b.numberFormat;
  c.quotePrefix = false;
  c.fill = null;
  c.fontColor = null;
  c.bold = false;
  c.italic = false;
  c.fontSize = b.fontSize;
  c.underline = b.underline;
  c.wrap = false;
}

/**
 * Range.clear(applyTo). "Formats"/"All" also drop the conditional formats lying wholly inside the range (Excel would
 * also trim partly overlapping ones; the fake leaves those whole). "Contents" keeps hyperlinks, as Excel does.
 */
export function clearRange(sheet: SheetModel, rect: Rect, applyTo: string): void {
  const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
  const formats = applyTo === "All" || applyTo === "Formats";
  const links = applyTo === "All" || applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks";
  if (!contents && !formats && !links)
    throw richError("InvalidArgument", `Unknown applyTo ${applyTo}`);
  sheet.forEachCell(
    rect,
    (c) => {
      if (contents) {
        c.value = null;
        c.formula = null;
      }
      if (applyTo === "RemoveHyperlinks" && c.hyperlink) clearFormats(c);
      if (formats) clearFormats(c);
      if (links) c.hyperlink = null;
    },
    false
  );
  if (formats) sheet.cfs = sheet.cfs.filter((cf) => !contains(rect, cf.rect));
}

export function cfsIntersecting(sheet: SheetModel, rect: Rect): CFModel[] {
  return sheet.cfs.filter((cf) => intersects(cf.rect, rect));
}

export function wholeSheet(): Rect {
  return { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };
}

/** "#ff0000" / "red" → "#FF0000"; Excel normalises colours to upper-case hex. */
export function normColor(v: unknown): string {
  if (typeof v !== "string" || v === "")
    throw richError("InvalidArgument", `Invalid colour ${String(v)}`);
  const named: Record<string, string> = {
    red: "#FF0000",
    blue: "#0000FF",
    yellow: "#FFFF00",
    green: "#008000",
    black: "#000000",
    white: "#FFFFFF",
  };
  const n = named[v.toLowerCase()];
  if (n) return n;
  if (!/^#[0-9a-fA-F]{6}$/.test(v)) throw richError("InvalidArgument", `Invalid colour ${v}`);
  return v.toUpperCase();
}
