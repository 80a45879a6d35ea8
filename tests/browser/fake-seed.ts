// The sample workbook as a fake-Excel seed (what Excel would hold after opening the file), built in Node.
import * as fs from "fs";
import { loadWorkbook, snapshotFromWorkbook } from "../../src/adapters/exceljs";
import type { WorkbookSnapshot } from "../../src/core/types";
import { detectCapabilities, readWorkbookSnapshot } from "../../src/adapters/office";
import { createFakeExcel, type FakeWorkbookSeed } from "../fakes/fake-excel";
import type { BrowserSeed } from "./fake-office-entry";
import { SAMPLE, SAMPLE_NAME } from "./helpers";

export async function sampleSnapshot(): Promise<WorkbookSnapshot> {
  return snapshotFromWorkbook(await loadWorkbook(fs.readFileSync(SAMPLE)), SAMPLE_NAME);
}

export function seedFromSnapshot(s: WorkbookSnapshot): FakeWorkbookSeed {
  return {
    name: s.fileName,
    sheets: s.sheets.map((sh) => ({
      name: sh.name,
      values: sh.values,
      formulas: sh.formulas?.map((row) =>
        row?.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null))
      ),
      numberFormats: sh.numberFormats,
      hidden: sh.hidden,
      merges: sh.merges,
    })),
  };
}

/** What the office adapter reads from a fake seeded with `seed` (run in Node, exactly as the pane reads it). */
export async function officeSnapshotOf(
  seed: FakeWorkbookSeed,
  apiVersion = "1.18"
): Promise<WorkbookSnapshot> {
  const fake = createFakeExcel(seed, { apiVersion });
  const caps = detectCapabilities({
    context: {
      requirements: { isSetSupported: (n: string, v?: string) => fake.isSetSupported(n, v) },
    },
  });
  return fake.run((context) =>
    readWorkbookSnapshot(context as unknown as Excel.RequestContext, caps)
  );
}

export type { BrowserSeed };
