// The task pane (dist/taskpane.html) inside "Excel": Microsoft's office.js against RichApiHost over the sample
// workbook. Read, run, re-run, Periksa selection, settings, cancel and Hapus hasil all go through real batches.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { META_SHEET } from "../../src/core/types";
import { SETTINGS_KEY } from "../../src/shared/office-host";
import { createFakeExcel, type FakeExcel, type WorkbookDump } from "../fakes/fake-excel";
import { sampleSnapshot, seedFromSnapshot } from "../browser/fake-seed";
import {
  assertBuilt,
  contextOptions,
  launch,
  openTab,
  serveDist,
  watch,
  type PageWatch,
  type Served,
} from "../browser/helpers";
import { attachOfficeHost, until, type OfficePage } from "./office-page";

jest.setTimeout(180_000);

let server: Served;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  assertBuilt();
  server = await serveDist();
  browser = await launch();
  context = await browser.newContext({ ...contextOptions, viewport: { width: 380, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Wait for a run's results; an error bar instead fails with its text. */
async function runDone(page: Page): Promise<void> {
  await page
    .locator('[data-testid="anomaly-item"], [data-testid="error-bar"]')
    .first()
    .waitFor({ timeout: 90_000 });
  if ((await page.getByTestId("error-bar").count()) > 0)
    throw new Error(`pane error: ${await page.getByTestId("error-bar").first().textContent()}`);
}

const hasResults = (d: WorkbookDump) => d.sheets.some((s) => s.name === META_SHEET);

async function openPane(
  fake: FakeExcel,
  opts: Parameters<typeof attachOfficeHost>[2] = {}
): Promise<{ page: Page; office: OfficePage; watched: PageWatch }> {
  const page = await context.newPage();
  const watched = await watch(page, server.url);
  if (process.env.DEBUG_OFFICE)
    page.on("console", (m) => console.log(m.type(), m.text().slice(0, 500)));
  const office = await attachOfficeHost(page, fake, opts);
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByTestId("run-analysis").waitFor({ timeout: 60_000 });
  return { page, office, watched };
}

describe("task pane through the real office.js", () => {
  let fake: FakeExcel;
  let original: WorkbookDump;
  let page: Page;
  let office: OfficePage;
  let watched: PageWatch;

  beforeAll(async () => {
    fake = createFakeExcel(seedFromSnapshot(await sampleSnapshot()), { apiVersion: "1.15" });
    original = fake.dump();
    ({ page, office, watched } = await openPane(fake));
  });
  afterAll(() => page?.close());

  it("boots as Win32 Excel in Bahasa Indonesia and reads the workbook through RichApi batches", async () => {
    await expect(page.getByTestId("run-analysis").textContent()).resolves.toBe("Jalankan analisis");
    await openTab(page, "detect");
    await page.getByTestId("detected-table").first().waitFor();
    expect(await page.getByTestId("detected-table").count()).toBeGreaterThan(0);
    expect(office.host.log.filter((r) => r.ok).length).toBeGreaterThan(0);
    expect(watched.problems).toEqual([]);
  });

  it("runs, re-runs in place, shows Periksa for a clicked cell, and Hapus hasil restores the workbook", async () => {
    await openTab(page, "run");
    await page.getByTestId("run-analysis").click();
    await runDone(page);
    const once = fake.dump();
    expect(hasResults(once)).toBe(true);
    expect(once).not.toEqual(original);

    await openTab(page, "run");
    await page.getByTestId("run-analysis").click();
    await runDone(page);
    const twice = fake.dump();
    expect(twice.sheets.filter((s) => s.name !== META_SHEET)).toEqual(
      once.sheets.filter((s) => s.name !== META_SHEET)
    );

    // Periksa: the user clicks a cell in Excel; the event comes through office.js's event channel.
    await openTab(page, "inspect");
    const dataSheet = original.sheets.find((s) => s.visibility === "Visible")?.name as string;
    await fake.userSelect(dataSheet, "A1");
    await page.getByTestId("inspect-cell").filter({ hasText: "A1" }).waitFor({ timeout: 30_000 });

    await openTab(page, "run");
    await page.getByTestId("remove-results").click();
    await page.getByTestId("remove-confirm").click();
    await until(() => !hasResults(fake.dump()));
    expect(fake.dump()).toEqual(original);
    expect(watched.problems).toEqual([]);
  });

  it("cancel while Excel holds the batch (cell edit): nothing is written", async () => {
    await openTab(page, "run");
    const untouched = fake.dump();
    office.host.cellEditMode = true; // batches wait (DelayForCellEdit) until the user leaves the cell
    await page.getByTestId("run-analysis").click();
    await page.getByTestId("cancel-run").click();
    office.host.endCellEdit();
    const notice = page.getByTestId("notice-bar");
    await notice.waitFor({ timeout: 60_000 });
    await expect(notice.textContent()).resolves.toContain("Dibatalkan");
    expect(fake.dump()).toEqual(untouched);
  });

  it("saves settings into the document and a new pane reads them back", async () => {
    await openTab(page, "settings");
    await page.getByRole("radio", { name: "100%" }).check();
    await page.getByTestId("settings-save").click();
    await until(() => office.settings[SETTINGS_KEY] !== undefined);
    // office.js stores each setting serialized: our value is a JSON string, so it is JSON twice.
    expect(JSON.parse(JSON.parse(office.settings[SETTINGS_KEY])).cap).toBe(1);

    const again = await openPane(fake, { settings: office.settings });
    await openTab(again.page, "settings");
    await expect(again.page.getByRole("radio", { name: "100%" }).isChecked()).resolves.toBe(true);
    await again.page.close();
  });
});
