// Small in-memory snapshots for engine tests: rows of values, optional formats.
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core/types";

export function sheet(
  name: string,
  values: CellValue[][],
  extra: Partial<SheetSnapshot> = {}
): SheetSnapshot {
  return { name, values, ...extra };
}

export function book(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { fileName: "test.xlsx", sheets };
}

/** A one-row-header IKU table at A1 with the given data rows. */
export function ikuTable(
  rows: CellValue[][],
  header = [
    "No",
    "Sasaran",
    "Indikator",
    "Target",
    "TW I",
    "TW II",
    "TW III",
    "TW IV",
    "Realisasi",
    "Capaian",
  ]
): WorkbookSnapshot {
  return book(sheet("IKU", [header, ...rows]));
}
