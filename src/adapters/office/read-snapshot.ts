// Read the workbook through Office.js in two syncs: the sheet list (plus comment/note lists), then every
// sheet's used range and every annotation's location, all queued before the second sync.
import { splitSheetRef } from "../../core/address";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../core/types";
import { detectCapabilities, type OfficeCapabilities } from "./capabilities";
import { toApplyError } from "./errors";

/** A note or comment found in the workbook (the add-in's own carry NOTE_PREFIX). */
export interface Annotation {
  sheet: string;
  /** A1 address without the sheet. */
  cell: string;
  kind: "note" | "comment";
  content: string;
  /** Comment id (comments are addressed by id; notes by cell). */
  id?: string;
}

export interface WorkbookRead {
  snapshot: WorkbookSnapshot;
  annotations: Annotation[];
}

type Grid = unknown[][];

/** Office values → snapshot values: errors by valueTypes, "" → null. */
export function toCellValue(value: unknown, valueType: unknown): CellValue {
  if (valueType === "Error") return { error: String(value) };
  if (value === "" || value === null || value === undefined || valueType === "Empty") return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  return String(value);
}

/**
 * A formula is a "=..." in `formulas`, except text that merely looks like one: a text cell ("@" format or an
 * apostrophe) reads back with the same string in `values` and valueType String, which a real formula cannot.
 */
export function toFormula(formula: unknown, value: unknown, valueType: unknown): string | null {
  if (typeof formula !== "string" || !formula.startsWith("=")) return null;
  if (valueType === "String" && value === formula) return null;
  return formula;
}

interface UsedRange {
  rowIndex: number;
  columnIndex: number;
  values: Grid;
  formulas: Grid;
  numberFormat: Grid;
  valueTypes: Grid;
}

/** Place a used range at its sheet position (A1 origin), leaving leading rows empty and padding columns with null. */
export function sheetFromUsedRange(
  name: string,
  used: UsedRange | null,
  hidden: boolean
): SheetSnapshot {
  const sheet: SheetSnapshot = { name, values: [], formulas: [], numberFormats: [] };
  if (hidden) sheet.hidden = true;
  if (!used) return sheet;
  const pad = new Array<null>(used.columnIndex).fill(null);
  for (let r = 0; r < used.rowIndex; r++) {
    sheet.values.push([]);
    sheet.formulas?.push([]);
    sheet.numberFormats?.push([]);
  }
  used.values.forEach((row, r) => {
    const types = used.valueTypes[r] ?? [];
    const fs = used.formulas[r] ?? [];
    const nfs = used.numberFormat[r] ?? [];
    sheet.values.push([...pad, ...row.map((v, c) => toCellValue(v, types[c]))]);
    sheet.formulas?.push([...pad, ...row.map((v, c) => toFormula(fs[c], v, types[c]))]);
    sheet.numberFormats?.push([
      ...pad,
      ...row.map((_v, c) => (typeof nfs[c] === "string" ? (nfs[c] as string) : null)),
    ]);
  });
  return sheet;
}

export async function readWorkbook(
  context: Excel.RequestContext,
  caps: OfficeCapabilities = detectCapabilities()
): Promise<WorkbookRead> {
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    const comments = caps.comments ? context.workbook.comments : null;
    comments?.load("items/id,items/content");
    const notes = caps.notes ? context.workbook.notes : null;
    notes?.load("items/content");
    await context.sync();

    const used = sheets.items.map((ws) => {
      const range = ws.getUsedRangeOrNullObject(true);
      range.load("address,rowIndex,columnIndex,values,formulas,numberFormat,valueTypes");
      return range;
    });
    const commentLocations = (comments?.items ?? []).map((c) => {
      const loc = c.getLocation();
      loc.load("address");
      return loc;
    });
    const noteLocations = (notes?.items ?? []).map((n) => {
      const loc = n.getLocation();
      loc.load("address");
      return loc;
    });
    await context.sync();

    const annotations: Annotation[] = [];
    const addAnnotation = (
      address: string,
      kind: Annotation["kind"],
      content: string,
      id?: string
    ): void => {
      const { sheet, range } = splitSheetRef(address);
      if (sheet !== null)
        annotations.push({ sheet, cell: range.replace(/\$/g, ""), kind, content, id });
    };
    (comments?.items ?? []).forEach((c, i) =>
      addAnnotation(commentLocations[i].address, "comment", c.content, c.id)
    );
    (notes?.items ?? []).forEach((n, i) =>
      addAnnotation(noteLocations[i].address, "note", n.content)
    );

    const snapshot: WorkbookSnapshot = {
      sheets: sheets.items.map((ws, i) => {
        const range = used[i];
        const sheet = sheetFromUsedRange(
          ws.name,
          range.isNullObject ? null : range,
          ws.visibility !== "Visible"
        );
        const annotated = annotations.filter((a) => a.sheet === ws.name).map((a) => a.cell);
        if (annotated.length > 0) sheet.annotated = annotated;
        return sheet;
      }),
    };
    return { snapshot, annotations };
  } catch (e) {
    throw toApplyError(e, "read");
  }
}

/** Every sheet (hidden and very hidden included) as a WorkbookSnapshot, in at most two syncs. */
export async function readWorkbookSnapshot(
  context: Excel.RequestContext,
  caps?: OfficeCapabilities
): Promise<WorkbookSnapshot> {
  return (await readWorkbook(context, caps)).snapshot;
}
