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

const w = window as unknown as Record<string, unknown>;
const seed = (w.__capaianSeed as BrowserSeed | undefined) ?? {
  workbook: { sheets: [{ name: "Sheet1" }] },
};
const fake = createFakeExcel(seed.workbook, seed.excel ?? {});
if (seed.failSync) fake.failNextSync(seed.failSync.code, seed.failSync.after ?? 0);
w.__fakeExcel = fake;
w.__fakeOffice = installFakeOffice(w, fake, seed.office ?? {});
