// Test-only bundle (dist/test/fake-office.js): installs a fake Office/Excel into the task pane page before its
// scripts run, seeded by the test through `window.__capaianSeed`. The real pane code then runs against it.
import { createFakeExcel, type FakeExcelOptions, type FakeWorkbookSeed } from "../fakes/fake-excel";
import { installFakeOffice, type FakeOfficeOptions } from "../fakes/fake-office";

export interface BrowserSeed {
  workbook: FakeWorkbookSeed;
  excel?: FakeExcelOptions;
  office?: FakeOfficeOptions;
  /** Make a sync fail: [code, after N syncs] (e.g. AccessDenied). */
  failSync?: { code: string; after?: number };
}

const seed: BrowserSeed = window.__capaianSeed ?? {
  workbook: { sheets: [{ name: "Sheet1" }] },
};
const fake = createFakeExcel(seed.workbook, seed.excel ?? {});
if (seed.failSync) fake.failNextSync(seed.failSync.code, seed.failSync.after ?? 0);
window.__fakeExcel = fake;
// installFakeOffice puts the Excel, Office and OfficeExtension globals on the object it is given.
window.__fakeOffice = installFakeOffice(
  window as unknown as Record<string, unknown>,
  fake,
  seed.office ?? {}
);
