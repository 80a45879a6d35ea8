// Give back what ExcelJS drops while reading a file: internal (location-only) hyperlinks, and notes on cells
// that have no <c> element (Excel and ExcelJS both write an empty commented cell only in the comments part).
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseA1 } from "../../core";
import { restoreInternalLinks } from "./internal-links";
import {
  attrs,
  parseRels,
  readText,
  relsPathOf,
  resolveTarget,
  sheetParts,
  unescapeXml,
} from "./zip-parts";

const REL_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";

/** Plain text of each <comment ref> in a comments part. */
function parseComments(xml: string): Array<{ ref: string; text: string }> {
  const out: Array<{ ref: string; text: string }> = [];
  for (const m of xml.matchAll(/<comment(?=[\s>])([^>]*)>([\s\S]*?)<\/comment>/g)) {
    const ref = attrs(`<comment${m[1]}>`).ref;
    const text = [...m[2].matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)]
      .map((t) => unescapeXml(t[1]))
      .join("");
    if (ref) out.push({ ref, text });
  }
  return out;
}

async function restoreNotes(zip: JSZip, sheetPath: string, ws: ExcelJS.Worksheet): Promise<void> {
  const rels = await readText(zip, relsPathOf(sheetPath));
  if (!rels || !rels.includes(REL_COMMENTS)) return;
  for (const rel of parseRels(rels).filter((r) => r.type === REL_COMMENTS)) {
    const xml = await readText(zip, resolveTarget(sheetPath, rel.target));
    if (!xml) continue;
    for (const { ref, text } of parseComments(xml)) {
      const { row, col } = parseA1(ref);
      const existing = ws.findCell(row + 1, col + 1);
      if (existing?.note !== undefined) continue; // ExcelJS read it, with its formatting
      ws.getCell(row + 1, col + 1).note = text;
    }
  }
}

export async function repairAfterLoad(
  source: Uint8Array | JSZip,
  wb: ExcelJS.Workbook
): Promise<void> {
  const zip = source instanceof Uint8Array ? await JSZip.loadAsync(source) : source;
  for (const part of await sheetParts(zip)) {
    const ws = wb.getWorksheet(part.name);
    if (!ws) continue;
    const xml = await readText(zip, part.path);
    if (xml) restoreInternalLinks(xml, ws);
    await restoreNotes(zip, part.path, ws);
  }
}
