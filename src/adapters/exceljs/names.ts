// Workbook-level defined names for the ExcelJS read path. ExcelJS keeps names as a per-cell matrix (a block of
// 20,000 x 6 cells becomes 120,000 entries), cannot mark one hidden and drops a "#REF!" name: names are read
// from xl/workbook.xml at load and kept beside the workbook here (the snapshot reads them from here).
import type ExcelJS from "exceljs";
import type JSZip from "jszip";
import { NAME_PREFIX, type DefinedName } from "../../core";
import { attrs, readText, unescapeXml } from "./zip-parts";
import { definedNamesMap } from "./internals";

const store = new WeakMap<ExcelJS.Workbook, DefinedName[]>();

const ours = (name: string): boolean => name.startsWith(NAME_PREFIX);

/** The workbook's names, or undefined when they were never read (a workbook not opened by loadWorkbook). */
export function workbookNames(wb: ExcelJS.Workbook): DefinedName[] | undefined {
  return store.get(wb);
}

/** Workbook-scope <definedName>s of a workbook.xml (sheet-scope ones are the user's and not ours to read). */
export function parseDefinedNames(xml: string): DefinedName[] {
  const out: DefinedName[] = [];
  for (const m of xml.matchAll(
    /<definedName(?=[\s>])([^>]*?)(?:\/>|>([\s\S]*?)<\/definedName>)/g
  )) {
    const a = attrs(`<definedName${m[1]}>`);
    if (!a.name || a.localSheetId !== undefined) continue;
    out.push({
      name: a.name,
      refersTo: unescapeXml(m[2] ?? ""),
      hidden: a.hidden === "1" || a.hidden === "true",
    });
  }
  return out;
}

/** At load: remember the names, and take ours out of ExcelJS's matrix (120,000 entries for a large block). */
export async function readNamesAfterLoad(zip: JSZip, wb: ExcelJS.Workbook): Promise<void> {
  const xml = await readText(zip, "xl/workbook.xml");
  const names = xml ? parseDefinedNames(xml) : [];
  store.set(wb, names);
  const matrixMap = definedNamesMap(wb);
  if (matrixMap) for (const key of Object.keys(matrixMap)) if (ours(key)) delete matrixMap[key];
}
