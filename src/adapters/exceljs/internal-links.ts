// ExcelJS drops, on read, the hyperlinks inside the workbook that carry only `location` (the way Excel itself
// stores them, and the package writer writes them); restoreInternalLinks (after load) gives them back.
import type ExcelJS from "exceljs";
import { parseRange } from "../../core";
import { attrs, tags } from "./zip-parts";

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
