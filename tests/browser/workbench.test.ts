// The workbench in real Chromium: the bundled sample, the same pane and engine as in Excel, write-back through
// the ExcelJS adapter, the annotated download re-opened with ExcelJS.
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { loadWorkbook, snapshotFromWorkbook } from "../../src/adapters/exceljs";
import { analyzeWorkbook, buildWritePlan, readOwnership } from "../../src/core/index";
import { META_SHEET, type Analysis, type WritePlan } from "../../src/core/types";
import { formatPercent } from "../../src/taskpane/format";
import {
  assertBuilt,
  axe,
  contextOptions,
  describeViolations,
  launch,
  OUTPUT,
  SAMPLE,
  SAMPLE_NAME,
  serveDist,
  shot,
  watch,
  type PageWatch,
  type Served,
  openTab,
  setLanguage,
} from "./helpers";
import { TEST_IDS } from "../../src/taskpane/test-ids";

jest.setTimeout(120_000);

const key = (a: { rule: string; severity: string; sheet: string; cell: string }) =>
  `${a.rule}|${a.severity}|${a.sheet}|${a.cell}`;

let browser: Browser;
let server: Served;
let context: BrowserContext;
let page: Page;
let watched: PageWatch;
let expected: Analysis;
let expectedSummaryPlan: WritePlan;

beforeAll(async () => {
  assertBuilt();
  const wb = await loadWorkbook(fs.readFileSync(SAMPLE));
  expected = analyzeWorkbook(snapshotFromWorkbook(wb, SAMPLE_NAME), { lang: "id" });
  expectedSummaryPlan = buildWritePlan(expected, {
    capabilities: { notes: true, comments: false, charts: true },
    lang: "id",
    summary: true,
    now: new Date().toISOString(),
  });
  server = await serveDist();
  browser = await launch();
  context = await browser.newContext(contextOptions);
  page = await context.newPage();
  watched = await watch(page, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function domAnomalies(p: Page) {
  // One item per fault: a fault on two sheets is one item with a link per cell.
  return p.$$eval(`[data-testid="${TEST_IDS.anomalyItem}"]`, (els) =>
    els.flatMap((e) =>
      Array.from(e.querySelectorAll('[data-testid="anomaly-cell"]')).map((c) => ({
        rule: e.getAttribute("data-rule") ?? "",
        severity: e.getAttribute("data-severity") ?? "",
        sheet: c.getAttribute("data-sheet") ?? "",
        cell: c.getAttribute("data-cell") ?? "",
      }))
    )
  );
}

describe("workbench on the bundled sample", () => {
  it("opens the sample from the same origin and detects its tables", async () => {
    await page.goto(`${server.url}/workbench.html`);
    await page.getByTestId(TEST_IDS.runAnalysis).waitFor();
    await page.getByTestId(TEST_IDS.sheetGrid).waitFor();
    await openTab(page, "detect");
    await page.getByTestId(TEST_IDS.detectedTable).first().waitFor();
    const tables = await page.getByTestId(TEST_IDS.detectedTable).count();
    expect(tables).toBe(expected.tables.length);
    await shot(page, "workbench-01-opened");
  });

  it("runs the analysis: the anomaly list is the engine's report, computed in Node from the same file", async () => {
    await openTab(page, "run");
    await page.getByTestId(TEST_IDS.runAnalysis).click();
    await page.getByTestId(TEST_IDS.anomalyItem).first().waitFor();
    const items = await domAnomalies(page);
    expect(items.length).toBeGreaterThan(0);
    for (const a of items) expect(a.rule).toMatch(/^[A-Z_]+$/);
    expect(items.map(key).sort()).toEqual(expected.report.anomalies.map(key).sort());
    expect((await page.getByTestId(TEST_IDS.overallCapaian).textContent())?.trim()).toBe(
      formatPercent(expected.report.overall.capaian, "id")
    );
    // Computed cells are visible in the grid after the run.
    expect(
      await page.locator('[data-testid="sheet-grid"] td[data-computed="true"]').count()
    ).toBeGreaterThan(0);
    expect(
      await page.locator('[data-testid="sheet-grid"] td[data-severity]').count()
    ).toBeGreaterThan(0);
    await shot(page, "workbench-02-results");
  });

  it("selects the anomaly's cell in the grid when the anomaly is clicked", async () => {
    // Pick one on the second sheet that has anomalies, so the grid must also switch sheets.
    const items = await domAnomalies(page);
    const firstSheet = items[0].sheet;
    const target = items.find((a) => a.sheet !== firstSheet) ?? items[items.length - 1];
    await page
      .locator(
        `[data-testid="anomaly-cell"][data-sheet="${target.sheet}"][data-cell="${target.cell}"]`
      )
      .first()
      .click();
    const cell = page.locator(
      `[data-testid="sheet-grid"][data-sheet="${target.sheet}"] td[data-cell="${target.cell}"]`
    );
    await cell.waitFor();
    await expect(cell.getAttribute("data-selected")).resolves.toBe("true");
    expect(await page.locator('[data-testid="sheet-grid"] td[data-selected="true"]').count()).toBe(
      1
    );
    await shot(page, "workbench-03-anomaly-selected");

    // Periksa explains the selected cell.
    await openTab(page, "inspect");
    await expect(page.getByTestId(TEST_IDS.inspectCell).textContent()).resolves.toContain(
      target.cell
    );
    await shot(page, "workbench-04-inspect");
  });

  it("builds the Ringkasan sheet", async () => {
    await page.getByTestId(TEST_IDS.buildSummary).click();
    for (const name of expectedSummaryPlan.addSheets) {
      await page.locator(`[data-testid="sheet-tabs"] [data-sheet="${name}"]`).waitFor();
    }
    expect(expectedSummaryPlan.addSheets.length).toBeGreaterThan(0);
    await page
      .locator(`[data-testid="sheet-tabs"] [data-sheet="${expectedSummaryPlan.addSheets[0]}"]`)
      .click();
    await shot(page, "workbench-05-ringkasan");
  });

  it("downloads the annotated workbook, which ExcelJS re-opens with the add-in's output", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId(TEST_IDS.downloadWorkbook).click(),
    ]);
    const file = path.join(OUTPUT, "workbench-annotated.xlsx");
    fs.mkdirSync(OUTPUT, { recursive: true });
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const names = wb.worksheets.map((w) => w.name);
    for (const s of expectedSummaryPlan.addSheets) expect(names).toContain(s);
    expect(wb.getWorksheet(META_SHEET)?.state).toBe("veryHidden");
    // Every formula the planner wrote into a user sheet is in the file, as a formula.
    const formulas = expectedSummaryPlan.cells.filter(
      (c) => c.formula && !expectedSummaryPlan.addSheets.includes(c.sheet)
    );
    expect(formulas.length).toBeGreaterThan(0);
    for (const c of formulas) {
      const v = wb.getWorksheet(c.sheet)?.getCell(c.cell).value as {
        formula?: string;
        sharedFormula?: string;
      } | null;
      expect(v && (v.formula ?? v.sharedFormula)).toBeTruthy();
    }
    // Through the adapter: the ownership record is there and the user's view analyses as the original did.
    const again = await loadWorkbook(fs.readFileSync(file));
    const snapshot = snapshotFromWorkbook(again, "annotated.xlsx");
    expect(readOwnership(snapshot)).not.toBeNull();
    const reanalysed = analyzeWorkbook(snapshot, { lang: "id" });
    expect(reanalysed.report.anomalies.map(key).sort()).toEqual(
      expected.report.anomalies.map(key).sort()
    );
  });

  it("opens another .xlsx through the file input (the annotated one) and reports a non-workbook clearly", async () => {
    await page
      .getByTestId(TEST_IDS.workbookFile)
      .setInputFiles(path.join(OUTPUT, "workbench-annotated.xlsx"));
    await expect(page.getByTestId(TEST_IDS.workbenchStatus).textContent()).resolves.toBeTruthy();
    await page.waitForFunction(() =>
      document
        .querySelector(`[data-testid="workbench-status"]`)
        ?.textContent?.includes("annotated")
    );
    await openTab(page, "detect");
    await page.getByTestId(TEST_IDS.detectedTable).first().waitFor();
    await shot(page, "workbench-06-reopened");

    await page.getByTestId(TEST_IDS.workbookFile).setInputFiles({
      name: "bukan.xlsx",
      mimeType: "text/csv",
      buffer: Buffer.from("a;b\n1;2\n"),
    });
    await page.getByTestId(TEST_IDS.loadError).waitFor();
    await shot(page, "workbench-07-load-error");
  });

  it("loads nothing from other origins and violates no Content-Security-Policy", () => {
    expect(watched.foreign).toEqual([]);
    expect(watched.problems).toEqual([]);
  });
});

describe("workbench accessibility and language", () => {
  it("axe-core finds no violations, before and after a run", async () => {
    const p = await context.newPage();
    await p.goto(`${server.url}/workbench.html`);
    await p.getByTestId(TEST_IDS.runAnalysis).waitFor();
    let violations = await axe(p);
    expect(describeViolations(violations)).toBe("");
    await p.getByTestId(TEST_IDS.runAnalysis).click();
    await p.getByTestId(TEST_IDS.anomalyItem).first().waitFor();
    violations = await axe(p);
    expect(describeViolations(violations)).toBe("");
    await p.close();
  });

  it("switches to English in the pane and runs from the keyboard", async () => {
    const p = await context.newPage();
    await p.goto(`${server.url}/workbench.html`);
    await p.getByTestId(TEST_IDS.runAnalysis).waitFor();
    await setLanguage(p, "en");
    await expect(p.getByTestId(TEST_IDS.runAnalysis).textContent()).resolves.toBe("Run analysis");
    await p.getByTestId(TEST_IDS.runAnalysis).focus();
    await p.keyboard.press("Enter");
    await p.getByTestId(TEST_IDS.anomalyItem).first().waitFor();
    await expect(p.getByRole("heading", { name: /^Anomalies/ }).count()).resolves.toBe(1);
    await shot(p, "workbench-08-english");
    await p.close();
  });

  it("picks a table range by hand (click, Shift+click) and keeps it as a manual range", async () => {
    const p = await context.newPage();
    await p.goto(`${server.url}/workbench.html`);
    await p.getByTestId(TEST_IDS.runAnalysis).waitFor();
    const sheet = "Rekap Kasus 2025";
    await p.locator(`[data-testid="sheet-tabs"] [data-sheet="${sheet}"]`).click();
    const grid = p.locator(`[data-testid="sheet-grid"][data-sheet="${sheet}"]`);
    await grid.locator('td[data-cell="A3"]').click();
    await grid.locator('td[data-cell="D16"]').click({ modifiers: ["Shift"] });
    expect(await grid.locator('td[data-selected="true"]').count()).toBe(4 * 14);
    await openTab(p, "detect");
    await expect(p.getByTestId(TEST_IDS.currentSelection).textContent()).resolves.toBe(
      `'${sheet}'!A3:D16`
    );
    await p.getByTestId(TEST_IDS.useSelection).click();
    await expect(p.getByTestId(TEST_IDS.manualRange).textContent()).resolves.toBe(
      `'${sheet}'!A3:D16`
    );
    await p.getByTestId(TEST_IDS.noticeBar).waitFor();
    await shot(p, "workbench-09-manual-range");
    await p.close();
  });
});
