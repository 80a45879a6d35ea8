// Shared fixtures for the ExcelJS adapter tests.
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import {
  META_SHEET,
  type SheetSnapshot,
  type WorkbookSnapshot,
  type WritePlan,
} from "../../src/core/types";

export const SAMPLE = path.join(__dirname, "../../assets/samples/lkj-bp3mi-jakarta-2025.xlsx");

export function sampleBytes(): Uint8Array {
  return new Uint8Array(fs.readFileSync(SAMPLE));
}

export async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A cell's note by its text (ExcelJS reads a note written with a box and font as rich text). */
export function noteText(note: ExcelJS.Cell["note"] | undefined): string | undefined {
  if (note === undefined || typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

export function emptyPlan(over: Partial<WritePlan> = {}): WritePlan {
  return {
    version: 2,
    remove: { ranges: [], restoreFormats: [], sheets: [], notes: [], flags: [], names: [] },
    kept: [],
    addSheets: [],
    cells: [],
    columnWidths: [],
    flags: [],
    notes: [],
    charts: [],
    names: [],
    recordSheet: META_SHEET,
    ownership: null,
    ...over,
  };
}

/** Trailing nulls and empty rows dropped, so snapshots of the same content compare equal. */
export function normalizeSheet(s: SheetSnapshot): SheetSnapshot {
  const trim = <T>(grid: (T | null | undefined)[][] | undefined) => {
    if (!grid) return [];
    const rows = grid.map((row) => {
      const r = (row ?? []).map((v) => (v === undefined ? null : v));
      while (r.length && r[r.length - 1] === null) r.pop();
      return r;
    });
    while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
    return rows;
  };
  return {
    name: s.name,
    values: trim(s.values),
    formulas: trim(s.formulas),
    numberFormats: trim(s.numberFormats),
    merges: [...(s.merges ?? [])].sort(),
    annotated: [...(s.annotated ?? [])].sort(),
    hidden: s.hidden,
  };
}

export function normalize(w: WorkbookSnapshot): SheetSnapshot[] {
  return w.sheets.map(normalizeSheet);
}

/** Throws on any XML well-formedness or namespace error; returns the root's top-level child names. */
export function parseXml(xml: string): { root: string; children: string[] } {
  const parser = new SaxesParser({ xmlns: true });
  let depth = 0;
  let root = "";
  const children: string[] = [];
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (t) => {
    if (depth === 0) root = t.local;
    if (depth === 1) children.push(t.local);
    depth++;
  });
  parser.on("closetag", () => {
    depth--;
  });
  parser.write(xml).close();
  return { root, children };
}

/** CT_Worksheet child order (ECMA-376 part 1, 18.3.1.99). */
export const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

export function assertWorksheetOrder(children: string[]): void {
  const idx = children.map((c) => WORKSHEET_ORDER.indexOf(c));
  if (idx.includes(-1)) throw new Error(`unknown worksheet child in ${children.join(",")}`);
  for (let i = 1; i < idx.length; i++) {
    if (idx[i] < idx[i - 1])
      throw new Error(`worksheet children out of order: ${children.join(",")}`);
  }
}

export async function zipText(bytes: Uint8Array, name: string): Promise<string | null> {
  const zip = await JSZip.loadAsync(bytes);
  const f = zip.file(name);
  return f ? f.async("string") : null;
}
