// The workbench keeps settings in the file's add-in record (issue 10 item 6), in real Chromium at 320 px: a setting
// saved in the pane is in the downloaded file's web-extension part (as Excel stores document settings), and the
// downloaded file opened again brings it back to the pane.
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { readAddinRecord } from "../../src/adapters/xlsx";
import { ADDIN_ID, readDocumentRecord, SETTINGS_KEY } from "../../src/core/index";
import { TEST_IDS } from "../../src/taskpane/test-ids";
import {
  assertBuilt,
  contextOptions,
  launch,
  openTab,
  OUTPUT,
  serveDist,
  type Served,
} from "./helpers";

jest.setTimeout(120_000);

let browser: Browser;
let server: Served;
let page: Page;

beforeAll(async () => {
  assertBuilt();
  server = await serveDist();
  browser = await launch();
  page = await (await browser.newContext(contextOptions)).newPage();
  await page.goto(`${server.url}/workbench.html?paneWidth=320`);
  await page.getByTestId(TEST_IDS.runAnalysis).waitFor();
  await page.getByTestId(TEST_IDS.sheetGrid).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it("a setting saved in the workbench is in the download's add-in record and comes back when it is opened", async () => {
  await openTab(page, "settings");
  await page.getByRole("radio", { name: "110%" }).check();
  await page.getByTestId(TEST_IDS.settingsSave).click();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId(TEST_IDS.downloadWorkbook).click(),
  ]);
  fs.mkdirSync(OUTPUT, { recursive: true });
  const file = path.join(OUTPUT, "workbench-record.xlsx");
  await download.saveAs(file);
  const props = readAddinRecord(new Uint8Array(fs.readFileSync(file)), ADDIN_ID);
  // Stored as Office stores settings.set(key, JSON string): JSON twice.
  expect(JSON.parse(JSON.parse(props[SETTINGS_KEY])).cap).toBe(1.1);
  expect(readDocumentRecord(props).settings).toMatchObject({ cap: 1.1 });

  // Another workbook first (defaults), then the download: the pane shows the saved cap again.
  await page.reload();
  await page.getByTestId(TEST_IDS.runAnalysis).waitFor();
  await openTab(page, "settings");
  await expect(page.getByRole("radio", { name: "110%" }).isChecked()).resolves.toBe(false);
  await page.getByTestId(TEST_IDS.workbookFile).setInputFiles(file);
  await page.waitForFunction(() =>
    document.querySelector(`[data-testid="workbench-status"]`)?.textContent?.includes("record")
  );
  await openTab(page, "settings");
  await page.waitForFunction(
    () =>
      (document.querySelector('input[type="radio"][value="1.1"]') as HTMLInputElement | null)
        ?.checked === true
  );
  await expect(page.getByRole("radio", { name: "110%" }).isChecked()).resolves.toBe(true);
});
