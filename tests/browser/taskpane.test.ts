// The real task pane bundle in Chromium, with a fake Office/Excel injected before its scripts run and the
// office.js CDN request answered locally: the same code path as in Excel, against an in-memory workbook.
import * as fs from "fs";
import * as path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { analyzeWorkbook, buildWritePlan, parseA1 } from "../../src/core/index";
import { META_SHEET, type Analysis, type WritePlan } from "../../src/core/types";
import { SETTINGS_KEY } from "../../src/shared/office-host";
import { formatPercent } from "../../src/taskpane/format";
import type { FakeExcelOptions, FakeWorkbookSeed, WorkbookDump } from "../fakes/fake-excel";
import type { FakeOfficeOptions } from "../fakes/fake-office";
import { officeSnapshotOf, sampleSnapshot, seedFromSnapshot, type BrowserSeed } from "./fake-seed";
import {
  assertBuilt,
  axe,
  contextOptions,
  describeViolations,
  DIST,
  launch,
  OFFICE_JS,
  serveDist,
  shot,
  watch,
  type PageWatch,
  type Served,
  openTab,
} from "./helpers";
import { TEST_IDS } from "../../src/taskpane/test-ids";

jest.setTimeout(120_000);

const key = (a: { rule: string; severity: string; sheet: string; cell: string }) =>
  `${a.rule}|${a.severity}|${a.sheet}|${a.cell}`;

let browser: Browser;
let server: Served;
let context: BrowserContext;
let seed: FakeWorkbookSeed;
let expected: Analysis;
let expectedPlan: WritePlan;
let fakeBundle: string;

interface PaneOptions {
  office?: FakeOfficeOptions;
  excel?: FakeExcelOptions;
  failSync?: BrowserSeed["failSync"];
  page?: string;
}

/** Open a page of dist/ with the fake Office installed and office.js answered locally. */
async function openWithFake(
  opts: PaneOptions = {},
  watched?: (page: Page) => Promise<unknown>
): Promise<Page> {
  const page = await context.newPage();
  if (watched) await watched(page);
  await page.route(OFFICE_JS, (route) =>
    route.fulfill({
      status: 200,
      contentType: "text/javascript",
      body: "/* office.js: answered locally by the test (fake Office installed) */",
    })
  );
  const browserSeed: BrowserSeed = {
    workbook: seed,
    excel: opts.excel,
    office: opts.office,
    failSync: opts.failSync,
  };
  await page.addInitScript((s) => {
    window.__capaianSeed = s;
  }, browserSeed);
  await page.addInitScript({ content: fakeBundle });
  await page.goto(`${server.url}/${opts.page ?? "taskpane.html"}`);
  return page;
}

const dump = (page: Page): Promise<WorkbookDump> =>
  page.evaluate(() => window.__fakeExcel.dump());

function formulasIn(d: WorkbookDump): number {
  let n = 0;
  for (const s of d.sheets) for (const row of s.grid) for (const c of row) if (c?.formula) n++;
  return n;
}

beforeAll(async () => {
  assertBuilt();
  fakeBundle = fs.readFileSync(path.join(DIST, "test", "fake-office.js"), "utf8");
  seed = seedFromSnapshot(await sampleSnapshot());
  expected = analyzeWorkbook(await officeSnapshotOf(seed), { lang: "id" });
  expectedPlan = buildWritePlan(expected, {
    capabilities: { notes: true, comments: true, charts: true },
    lang: "id",
    summary: false,
    now: "2025-01-01T00:00:00Z",
  });
  server = await serveDist();
  browser = await launch();
  // A task pane is narrow: 380 px, as Excel shows it by default.
  context = await browser.newContext({ ...contextOptions, viewport: { width: 380, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("task pane against the fake Excel (sample workbook)", () => {
  let page: Page;
  let before: WorkbookDump;

  it("loads in Bahasa Indonesia without errors, CSP violations or foreign requests", async () => {
    let watched: PageWatch = { problems: [], foreign: [] };
    page = await openWithFake(
      { office: { displayLanguage: "id-ID" } },
      async (p) => (watched = await watch(p, server.url))
    );
    await page.getByTestId(TEST_IDS.runAnalysis).waitFor();
    await expect(page.getByTestId(TEST_IDS.runAnalysis).textContent()).resolves.toBe(
      "Jalankan analisis"
    );
    before = await dump(page);
    await openTab(page, "detect");
    await page.getByTestId(TEST_IDS.detectedTable).first().waitFor();
    expect(await page.getByTestId(TEST_IDS.detectedTable).count()).toBe(expected.tables.length);
    await shot(page, "taskpane-01-detect");
    expect(watched.problems).toEqual([]);
    expect(watched.foreign).toEqual([]);
  });

  it("runs the analysis: the fake workbook gets the computed columns, flags and the ownership record", async () => {
    await openTab(page, "run");
    await page.getByTestId(TEST_IDS.runAnalysis).click();
    await page.getByTestId(TEST_IDS.anomalyItem).first().waitFor();
    const after = await dump(page);
    expect(formulasIn(after)).toBeGreaterThan(formulasIn(before));
    for (const c of expectedPlan.cells.filter(
      (w) => w.formula && !expectedPlan.addSheets.includes(w.sheet)
    )) {
      const sheet = after.sheets.find((s) => s.name === c.sheet);
      const { row, col } = parseA1(c.cell);
      expect(sheet?.grid[row]?.[col]?.formula).toBeTruthy();
    }
    const meta = after.sheets.find((s) => s.name === META_SHEET);
    expect(meta?.visibility).toBe("VeryHidden");
    expect(after.sheets.some((s) => s.conditionalFormats.length > 0)).toBe(true);

    // One item per fault: a fault on two sheets is one item with a link per cell.
    const items = await page.$$eval(`[data-testid="${TEST_IDS.anomalyItem}"]`, (els) =>
      els.flatMap((e) =>
        Array.from(e.querySelectorAll('[data-testid="anomaly-cell"]')).map((c) => ({
          rule: e.getAttribute("data-rule")!,
          severity: e.getAttribute("data-severity")!,
          sheet: c.getAttribute("data-sheet")!,
          cell: c.getAttribute("data-cell")!,
        }))
      )
    );
    expect(items.map(key).sort()).toEqual(expected.report.anomalies.map(key).sort());
    expect((await page.getByTestId(TEST_IDS.overallCapaian).textContent())?.trim()).toBe(
      formatPercent(expected.report.overall.capaian, "id")
    );
    await shot(page, "taskpane-02-results");
  });

  it("follows the selection: clicking an anomaly selects its cell, Periksa explains the cell the user picks", async () => {
    const first = page.getByTestId(TEST_IDS.anomalyItem).first();
    const sheet = (await first.getAttribute("data-sheet"))!;
    const cell = (await first.getAttribute("data-cell"))!;
    await first.click();
    const { row, col } = parseA1(cell);
    await page.waitForFunction(
      ([s, r, c]) => {
        const sel = window.__fakeExcel.workbookState.selection;
        return !!sel && sel.sheet.name === s && sel.rect.top === r && sel.rect.left === c;
      },
      [sheet, row, col] as const
    );
    const target = expectedPlan.cells.find(
      (w) => w.formula && !expectedPlan.addSheets.includes(w.sheet)
    )!;
    await page.evaluate(
      ([s, c]) => window.__fakeExcel.userSelect(s, c),
      [target.sheet, target.cell]
    );
    await openTab(page, "inspect");
    await page.waitForFunction(
      (c) => document.querySelector(`[data-testid="inspect-cell"]`)?.textContent?.endsWith(c),
      target.cell
    );
    await page.getByTestId(TEST_IDS.explanation).waitFor();
    await shot(page, "taskpane-03-inspect");
    // A button per input cell jumps to it.
    const inputs = page.getByTestId(TEST_IDS.inspectInput);
    if ((await inputs.count()) > 0) {
      await inputs.first().click();
      await page.waitForFunction(
        (c) => !document.querySelector(`[data-testid="inspect-cell"]`)?.textContent?.endsWith(c),
        target.cell
      );
    }
  });

  it("saves settings in the document (Office settings, saveAsync)", async () => {
    await openTab(page, "settings");
    await page.getByRole("radio", { name: "100%" }).check();
    await page.getByTestId(TEST_IDS.settingsSave).click();
    await page.waitForFunction(
      (k) => !!window.__fakeOffice.savedSettings()[k],
      SETTINGS_KEY
    );
    const saved = await page.evaluate(
      (k) => String(window.__fakeOffice.savedSettings()[k]),
      SETTINGS_KEY
    );
    expect(JSON.parse(saved).cap).toBe(1);
    await shot(page, "taskpane-04-settings");
  });

  it("builds the Ringkasan sheet", async () => {
    await page.getByTestId(TEST_IDS.buildSummary).click();
    await page.getByTestId(TEST_IDS.noticeBar).waitFor();
    const plan = buildWritePlan(expected, {
      capabilities: { notes: true, comments: true, charts: true },
      lang: "id",
      summary: true,
      now: "x",
    });
    const names = (await dump(page)).sheets.map((s) => s.name);
    for (const s of plan.addSheets) expect(names).toContain(s);
    await shot(page, "taskpane-05-ringkasan");
  });

  it("Hapus hasil (after confirming) restores the workbook exactly", async () => {
    await page.getByTestId(TEST_IDS.removeResults).click();
    await page.getByTestId(TEST_IDS.removeConfirm).waitFor();
    await shot(page, "taskpane-06-remove-dialog");
    await page.getByTestId(TEST_IDS.removeConfirm).click();
    await page.waitForFunction(
      () =>
        !window.__fakeExcel
          .dump()
          .sheets.some((s: { name: string }) => s.name === "CapaianIKU_meta")
    );
    await page.getByTestId(TEST_IDS.noticeBar).waitFor();
    expect(await dump(page)).toEqual(before);
    await shot(page, "taskpane-07-removed");
  });

  it("axe-core finds no violations in the pane (results shown, dialog closed)", async () => {
    await openTab(page, "run");
    await page.getByTestId(TEST_IDS.runAnalysis).click();
    await page.getByTestId(TEST_IDS.anomalyItem).first().waitFor();
    expect(describeViolations(await axe(page))).toBe("");
    for (const tab of ["detect", "settings", "inspect"] as const) {
      await openTab(page, tab);
      expect(describeViolations(await axe(page))).toBe("");
    }
    await page.close();
  });
});

describe("task pane: language, errors and old Excel", () => {
  it("Batalkan (cancel) during a run leaves the workbook untouched and says so", async () => {
    const page = await openWithFake({ office: { displayLanguage: "id-ID" } });
    await page.getByTestId(TEST_IDS.paneRoot).and(page.locator('[data-ready="true"]')).waitFor();
    const untouched = await dump(page);
    // Slow Excel down so the run is still reading when Cancel is clicked.
    await page.evaluate(() => {
      // The fake's Excel.run (fake-office.ts) takes (batch) or (object, batch); each call now waits 400 ms first.
      const run = Excel.run;
      Object.assign(Excel, {
        run: (...args: unknown[]) =>
          new Promise((r) => setTimeout(r, 400)).then(() => Reflect.apply(run, Excel, args)),
      });
    });
    await page.getByTestId(TEST_IDS.runAnalysis).click();
    await page.getByTestId(TEST_IDS.cancelRun).click();
    await shot(page, "taskpane-08-cancelling");
    const notice = page.getByTestId(TEST_IDS.noticeBar);
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain("Dibatalkan");
    expect(await dump(page)).toEqual(untouched);
    await page.close();
  });

  it("is in English when Office's display language is English", async () => {
    const page = await openWithFake({ office: { displayLanguage: "en-US" } });
    await page.getByTestId(TEST_IDS.runAnalysis).waitFor();
    await expect(page.getByTestId(TEST_IDS.runAnalysis).textContent()).resolves.toBe(
      "Run analysis"
    );
    await shot(page, "taskpane-09-english");
    await page.close();
  });

  it("explains a protected sheet (AccessDenied) in the user's language, with what to do next", async () => {
    const page = await openWithFake({ office: { displayLanguage: "id-ID" } });
    await page.getByTestId(TEST_IDS.runAnalysis).waitFor();
    await page.evaluate(() => window.__fakeExcel.protectSheet("Capaian IKU 2025"));
    await page.getByTestId(TEST_IDS.runAnalysis).click();
    const bar = page.getByTestId(TEST_IDS.errorBar);
    await bar.waitFor();
    await expect(bar.getAttribute("data-kind")).resolves.toBe("protected");
    await expect(bar.textContent()).resolves.toContain("Buka Proteksi");
    expect(describeViolations(await axe(page))).toBe("");
    await shot(page, "taskpane-10-protected");
    await page.close();
  });

  it("explains a request that is too large (RequestPayloadSizeLimitExceeded)", async () => {
    const page = await openWithFake({
      office: { displayLanguage: "en-US" },
      excel: { payloadLimitBytes: 200 },
    });
    await page.getByTestId(TEST_IDS.runAnalysis).waitFor();
    await page.getByTestId(TEST_IDS.runAnalysis).click();
    const bar = page.getByTestId(TEST_IDS.errorBar);
    await bar.waitFor();
    await expect(bar.getAttribute("data-kind")).resolves.toBe("tooLarge");
    await shot(page, "taskpane-11-too-large");
    await page.close();
  });

  it("says which Excel is needed below ExcelApi 1.7, and points to the workbench", async () => {
    const page = await openWithFake({
      office: { displayLanguage: "id-ID" },
      excel: { apiVersion: "1.6" },
    });
    const bar = page.getByTestId(TEST_IDS.errorBar);
    await bar.waitFor();
    await expect(bar.getAttribute("data-kind")).resolves.toBe("unsupported");
    await expect(bar.textContent()).resolves.toContain("Excel 2021");
    await expect(
      page.getByRole("link", { name: "Buka Workbench" }).getAttribute("href")
    ).resolves.toBe("workbench.html");
    await shot(page, "taskpane-12-unsupported");
    await page.close();
  });

  it("shows the plain HTML notice in an IE11 (Trident) web view, before any React code", async () => {
    const ie = await browser.newContext({
      ...contextOptions,
      userAgent:
        "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko",
    });
    const page = await ie.newPage();
    await page.route(OFFICE_JS, (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: "" })
    );
    await page.goto(`${server.url}/taskpane.html`);
    const notice = page.getByTestId(TEST_IDS.legacyNotice);
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain("Excel 2021, Microsoft 365");
    await expect(page.locator("#container").isHidden()).resolves.toBe(true);
    await expect(page.locator(`[data-testid="${TEST_IDS.paneRoot}"]`).count()).resolves.toBe(0);
    await shot(page, "taskpane-13-ie11");
    await ie.close();
  });
});

describe("task pane outside Excel", () => {
  it("says it must be opened from Excel and links the workbench when office.js cannot load", async () => {
    const page = await context.newPage();
    await page.route(OFFICE_JS, (route) => route.abort("internetdisconnected"));
    await page.goto(`${server.url}/taskpane.html`);
    const bar = page.getByTestId(TEST_IDS.errorBar);
    await bar.waitFor();
    await expect(bar.getAttribute("data-kind")).resolves.toBe("notInExcel");
    await expect(page.getByRole("link", { name: /Workbench/ }).getAttribute("href")).resolves.toBe(
      "workbench.html"
    );
    expect(describeViolations(await axe(page))).toBe("");
    await shot(page, "taskpane-14-not-in-excel");
    await page.close();
  });
});

describe("ribbon commands (commands.html) against the fake Excel", () => {
  it("runAnalysis and buildSummary write the same output as the pane", async () => {
    const page = await openWithFake({ page: "commands.html" });
    await page.waitForFunction(() => window.__fakeOffice.actions.size === 2);
    const before = await dump(page);
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          window.__fakeOffice.actions.get("runAnalysis")!({ completed: () => resolve() });
        })
    );
    const after = await dump(page);
    expect(formulasIn(after)).toBeGreaterThan(formulasIn(before));
    expect(after.sheets.map((s) => s.name)).toContain(META_SHEET);
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          window.__fakeOffice.actions.get("buildSummary")!({ completed: () => resolve() });
        })
    );
    const plan = buildWritePlan(expected, {
      capabilities: { notes: true, comments: true, charts: true },
      lang: "id",
      summary: true,
      now: "x",
    });
    const names = (await dump(page)).sheets.map((s) => s.name);
    for (const s of plan.addSheets) expect(names).toContain(s);
    await page.close();
  });
});
