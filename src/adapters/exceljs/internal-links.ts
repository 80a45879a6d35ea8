// ExcelJS mishandles hyperlinks inside the workbook ("#'Sheet'!A1"):
// - on write it emits an External relationship AND location="#...", which Excel opens as "#S!A1##S!A1";
// - on read it drops links that carry only `location` (the way Excel itself stores them).
// fixInternalLinks (after writeBuffer) rewrites them as Excel does; restoreInternalLinks (after load) reads them back.
import type ExcelJS from "exceljs";
import type JSZip from "jszip";
import { parseRange } from "../../core";
import { attrs, escapeXml, parseRels, readText, relsPathOf, sheetParts, tags } from "./zip-parts";

const HYPERLINK_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

/** Rewrite ExcelJS's internal links in a written package as location-only links. */
export async function fixInternalLinks(zip: JSZip): Promise<void> {
  for (const sheet of await sheetParts(zip)) {
    const relsPath = relsPathOf(sheet.path);
    const relsXml = await readText(zip, relsPath);
    if (!relsXml || !relsXml.includes('Target="#')) continue;
    const internal = new Map(
      parseRels(relsXml)
        .filter((r) => r.type === HYPERLINK_REL && r.target.startsWith("#"))
        .map((r) => [r.id, r.target.slice(1)])
    );
    const xml = await readText(zip, sheet.path);
    if (!xml || internal.size === 0) continue;
    const fixed = xml.replace(/<hyperlink(?=[\s/>])[^>]*>/g, (tag) => {
      const a = attrs(tag);
      const location = internal.get(a["r:id"]);
      if (location === undefined) return tag;
      const tooltip = a.tooltip ? ` tooltip="${escapeXml(a.tooltip)}"` : "";
      return `<hyperlink ref="${escapeXml(a.ref)}" location="${escapeXml(location)}"${tooltip}/>`;
    });
    const keptRels = relsXml.replace(/<Relationship(?=[\s/>])[^>]*>/g, (tag) =>
      internal.has(attrs(tag).Id) ? "" : tag
    );
    zip.file(sheet.path, fixed);
    zip.file(relsPath, keptRels);
  }
}

/** Give back to ExcelJS the location-only links it skipped while reading this sheet part. */
export function restoreInternalLinks(sheetXml: string, ws: ExcelJS.Worksheet): void {
  const start = sheetXml.indexOf("<hyperlinks");
  if (start < 0) return;
  const block = sheetXml.slice(start, sheetXml.indexOf("</hyperlinks>", start));
  for (const tag of tags(block, "hyperlink")) {
    const a = attrs(tag);
    if (a["r:id"] || !a.location || !a.ref) continue;
    const r = parseRange(a.ref);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const cell = ws.findCell(row + 1, col + 1);
        // Only plain text: an ExcelJS hyperlink value is text, so numbers, rich text and formulas stay as they are.
        if (!cell || cell.type !== 3 /* ValueType.String */) continue;
        cell.value = {
          text: cell.text,
          hyperlink: "#" + a.location,
          ...(a.tooltip ? { tooltip: a.tooltip } : {}),
        };
      }
    }
  }
}
