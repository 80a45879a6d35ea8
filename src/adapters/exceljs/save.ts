// Write an ExcelJS workbook to .xlsx bytes, then patch what ExcelJS cannot write correctly:
// the plan's charts, internal hyperlinks, <legacyDrawing> (notes) placed after <extLst>, hidden defined names.
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { WritePlan } from "../../core";
import { injectCharts } from "./inject-charts";
import { writeNamesAtSave } from "./names";
import { fixInternalLinks } from "./internal-links";
import { legacyDrawingMisplaced, placeDrawingElements } from "./sheet-xml";
import { readText, relsPathOf, sheetParts } from "./zip-parts";

function asUint8Array(buf: ArrayBuffer | ArrayBufferView): Uint8Array {
  return buf instanceof ArrayBuffer
    ? new Uint8Array(buf)
    : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** Move ExcelJS's misplaced <legacyDrawing> back into schema order, only on sheets that have notes. */
async function fixLegacyDrawingOrder(zip: JSZip): Promise<void> {
  for (const sheet of await sheetParts(zip)) {
    const rels = await readText(zip, relsPathOf(sheet.path));
    if (!rels || !rels.includes("relationships/vmlDrawing")) continue;
    const xml = await readText(zip, sheet.path);
    if (xml && legacyDrawingMisplaced(xml)) zip.file(sheet.path, placeDrawingElements(xml, ""));
  }
}

export async function saveWorkbook(wb: ExcelJS.Workbook, plan?: WritePlan): Promise<Uint8Array> {
  const written = asUint8Array(await wb.xlsx.writeBuffer());
  const zip = await JSZip.loadAsync(written);
  await fixInternalLinks(zip);
  await fixLegacyDrawingOrder(zip);
  await injectCharts(zip, wb, plan?.charts ?? []);
  await writeNamesAtSave(zip, wb);
  // Untouched entries keep their compressed bytes; only the patched parts are deflated again.
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}
