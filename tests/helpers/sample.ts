// The bundled sample workbook, read through the real ExcelJS adapter.
import * as fs from "fs";
import * as path from "path";
import { loadWorkbook, snapshotFromWorkbook } from "../../src/adapters/exceljs";
import type { WorkbookSnapshot } from "../../src/core/types";

export const SAMPLE = path.join(
  __dirname,
  "..",
  "..",
  "assets",
  "samples",
  "lkj-bp3mi-jakarta-2025.xlsx"
);

export async function sampleSnapshot(): Promise<WorkbookSnapshot> {
  const wb = await loadWorkbook(fs.readFileSync(SAMPLE));
  return snapshotFromWorkbook(wb, "lkj-bp3mi-jakarta-2025.xlsx");
}
