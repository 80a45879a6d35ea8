// Periksa, worked (issue 10 item 3), in the workbench at 320 px in real Chromium: on a capaian, a serapan, an
// efisiensi, an average and a total cell, the substituted arithmetic (`periksa-arithmetic`), redone by an
// independent calculator from its own text, gives the result it displays, and that result is the engine's value
// (computed in Node from the same file) as displayed. Screenshots in id and en for the guide.
import * as fs from "fs";
import * as path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { loadWorkbook, snapshotFromWorkbook } from "../../src/adapters/exceljs";
import { analyzeWorkbook } from "../../src/core/index";
import type { Analysis, Lang } from "../../src/core/types";
import { TEST_IDS } from "../../src/taskpane/test-ids";
import { display, readLine } from "../explain/calc";
import {
  assertBuilt,
  contextOptions,
  launch,
  openTab,
  ROOT,
  SAMPLE,
  SAMPLE_NAME,
  serveDist,
  shot,
  type Served,
} from "./helpers";

jest.setTimeout(180_000);

const IKU = "Capaian IKU 2025";
const BUD = "Anggaran dan Kinerja 2025";
/** Screenshots for docs/ are refreshed with UPDATE_DOCS_SHOTS=1. */
const DOC_SHOTS =
  process.env.UPDATE_DOCS_SHOTS === "1" ? path.join(ROOT, "docs", "screenshots") : null;

let browser: Browser;
let server: Served;
let context: BrowserContext;
const engine: Partial<Record<Lang, Analysis>> = {};

beforeAll(async () => {
  assertBuilt();
  const wb = await loadWorkbook(fs.readFileSync(SAMPLE));
  const snap = snapshotFromWorkbook(wb, SAMPLE_NAME);
  for (const lang of ["id", "en"] as const) engine[lang] = analyzeWorkbook(snap, { lang });
  server = await serveDist();
  browser = await launch();
  context = await browser.newContext(contextOptions);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The engine's number behind each cell, from the Node analysis of the same file. */
const CASES: Array<{ kind: string; sheet: string; cell: string; value: (a: Analysis) => number }> =
  [
    {
      kind: "capaian",
      sheet: IKU,
      cell: "L9",
      value: (a) => a.report.indicators.find((i) => i.sheet === IKU && i.row === 9)!.capaian!,
    },
    {
      kind: "serapan",
      sheet: BUD,
      cell: "N5",
      value: (a) => a.report.budget.find((b) => b.sheet === BUD && b.row === 5)!.serapan!,
    },
    {
      kind: "efisiensi",
      sheet: BUD,
      cell: "O5",
      value: (a) => a.report.budget.find((b) => b.sheet === BUD && b.row === 5)!.efisiensi!,
    },
    {
      kind: "average",
      sheet: IKU,
      cell: "J19",
      value: (a) => a.report.overall.capaian!,
    },
    {
      kind: "total",
      sheet: BUD,
      cell: "D18",
      value: (a) => a.report.budget.filter((b) => b.sheet === BUD).reduce((s, b) => s + b.pagu!, 0),
    },
  ];

async function openRun(lang: Lang): Promise<Page> {
  const page = await context.newPage();
  // Tall enough for a whole worked card in the screenshots.
  await page.setViewportSize({ width: 1366, height: 2600 });
  await page.goto(`${server.url}/workbench.html?paneWidth=320&lang=${lang}`);
  await page.locator(`[data-testid="${TEST_IDS.paneRoot}"][data-ready="true"]`).waitFor();
  await openTab(page, "run");
  await page.getByTestId(TEST_IDS.runAnalysis).click();
  await page.getByTestId(TEST_IDS.anomalyItem).first().waitFor();
  return page;
}

async function selectCell(page: Page, sheet: string, cell: string): Promise<void> {
  await page.locator(`[data-testid="${TEST_IDS.sheetTabs}"] [data-sheet="${sheet}"]`).click();
  await page
    .locator(`[data-testid="${TEST_IDS.sheetGrid}"][data-sheet="${sheet}"] td[data-cell="${cell}"]`)
    .click();
  await page.waitForFunction(
    (c) => document.querySelector(`[data-testid="inspect-cell"]`)?.textContent?.endsWith(c),
    cell
  );
}

describe.each(["id", "en"] as const)("Periksa at 320 px (%s)", (lang) => {
  let page: Page;
  beforeAll(async () => {
    page = await openRun(lang);
    await openTab(page, "inspect");
  });
  afterAll(() => page?.close());

  it.each(CASES.map((c) => [c.kind, c] as const))(
    "%s: the substituted arithmetic redoes the engine's value",
    async (_kind, c) => {
      await selectCell(page, c.sheet, c.cell);
      const card = page.getByTestId(TEST_IDS.explanation);
      await card.waitFor();
      expect(await page.getByTestId(TEST_IDS.inspectError).count()).toBe(0);
      const text = (await page.getByTestId(TEST_IDS.periksaArithmetic).textContent())!.trim();
      const { left, right } = readLine(text, lang);
      // The line's own numbers give its result, and that result is the engine's value as displayed.
      expect(display(left, right, lang)).toBe(right);
      expect(display(c.value(engine[lang]!), right, lang)).toBe(right);
      // Every value is formatted: no raw ratios such as 0,36 or 1.4836 anywhere in the card.
      const all = (await card.textContent())!;
      expect(all).not.toMatch(lang === "id" ? /(^|[\s(])0,\d{3,}/ : /(^|[\s(])0\.\d{3,}/);
      const fits = await page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1
      );
      expect(fits).toBe(true);
      await shot(page, `periksa-320-${lang}-${c.kind}`);
      if (DOC_SHOTS && (c.kind === "capaian" || c.kind === "efisiensi")) {
        await card.screenshot({ path: path.join(DOC_SHOTS, `periksa-320-${lang}-${c.kind}.png`) });
      }
    }
  );

  it("a capaian read from text is marked so, with the text it was read from", async () => {
    await selectCell(page, IKU, "L9");
    const badge = page.getByTestId(TEST_IDS.periksaTextSourced);
    expect(await badge.count()).toBeGreaterThan(0);
    const inputs = (await page.getByTestId(TEST_IDS.explanation).textContent())!;
    expect(inputs).toContain(lang === "id" ? 'teks "20 orang" → 20' : 'text "20 orang" → 20');
  });
});
