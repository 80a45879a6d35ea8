// Open .xlsx bytes as ExcelJS's workbook model (for the packages the direct reader does not understand, and for
// tests as a reader independent of it), every failure a WorkbookLoadError. Kept apart from load.ts so a page that only reads snapshots
// loads ExcelJS when a package needs it, not at start.
// No Node imports: the browser workbench uses this too.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { diagnoseZip, readableBytes, toBytes, WorkbookLoadError } from "./load";
import { readNamesAfterLoad } from "./names";
import { repairAfterLoad } from "./read-fixups";

export interface LoadOptions {
  /**
   * Put back what ExcelJS drops on load (internal links, notes on empty cells). Needed for a snapshot with
   * placement facts (a plan must not land on a user's note); an analysis that only reads can skip this second
   * pass over the zip (default true).
   */
  repair?: boolean;
}

export async function loadWorkbook(
  data: Uint8Array | ArrayBuffer,
  options: LoadOptions = {}
): Promise<ExcelJS.Workbook> {
  const bytes = toBytes(data);
  const readable = await readableBytes(bytes);
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS types ask for a Node Buffer; JSZip underneath accepts any Uint8Array.
    await wb.xlsx.load(readable as unknown as ArrayBuffer);
  } catch (err) {
    throw new WorkbookLoadError(await diagnoseZip(bytes), err);
  }
  // A zip ExcelJS reads without complaint but with no sheet (docx, ods, xlsb...) is not a usable workbook.
  if (wb.worksheets.length === 0) throw new WorkbookLoadError("corrupt");
  // Defined names locate the add-in's earlier output: read them whether or not the file is written back.
  let zip: JSZip | null = null;
  try {
    zip = await JSZip.loadAsync(bytes);
    await readNamesAfterLoad(zip, wb);
  } catch {
    // Unreadable names: left unknown, the engine then checks the recorded places cell by cell.
  }
  if (options.repair === false) return wb;
  try {
    await repairAfterLoad(zip ?? bytes, wb);
  } catch {
    // Best effort: a link target or note ExcelJS dropped must not make the file unreadable.
  }
  return wb;
}
