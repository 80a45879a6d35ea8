// Issue 10 item 4, the reviewer's trail, in real Chromium at 320 px: a finding marked "Sudah diperiksa" (the
// reviewer's name typed once) and another "Diterima" with a reason; both survive a re-run; Ringkasan lists them with
// the reviewer's name; the list never scrolls sideways. In the workbench (marks in memory until the file keeps them)
// and in the pane over the fake Office, where the marks go into the document's settings and an edit of an input
// cell reopens the finding on the next run.
import * as fs from "fs";
import * as path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { analyzeWorkbook, parseMarks } from "../../src/core/index";
import type { Analysis } from "../../src/core/types";
import { MARKS_KEY } from "../../src/shared/office-host";
import { TEST_IDS } from "../../src/taskpane/test-ids";
import type { FakeWorkbookSeed } from "../fakes/fake-excel";
import { officeSnapshotOf, sampleSnapshot, seedFromSnapshot, type BrowserSeed } from "./fake-seed";
import {
  assertBuilt,
  axe,
  contextOptions,
  describeViolations,
  DIST,
  launch,
  OFFICE_JS,
  openTab,
  OUTPUT,
  ROOT,
  serveDist,
  type Served,
} from "./helpers";

jest.setTimeout(300_000);

const IKU = "Capaian IKU 2025";
const NAME = "Rina Pemeriksa";
const REASON = "Target direvisi di perjanjian kinerja perubahan";
/** Screenshots for docs/ are refreshed with UPDATE_DOCS_SHOTS=1. */
const DOC_SHOTS =
  process.env.UPDATE_DOCS_SHOTS === "1" ? path.join(ROOT, "docs", "screenshots") : null;

let browser: Browser;
let server: Served;
let seed: FakeWorkbookSeed;
let expected: Analysis;

beforeAll(async () => {
  assertBuilt();
  seed = seedFromSnapshot(await sampleSnapshot());
  expected = analyzeWorkbook(await officeSnapshotOf(seed), { lang: "id" });
  server = await serveDist();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The capaian mismatch of an indicator row (on the IKU sheet, also shown on the budget sheet: one item). */
const item = (page: Page, cell: string) =>
  page.locator(
    `[data-testid="${TEST_IDS.anomalyItem}"][data-rule="CAPAIAN_MISMATCH"][data-sheet="${IKU}"][data-cell="${cell}"]`
  );

async function waitState(page: Page, cell: string, state: string): Promise<void> {
  await page
    .locator(
      `[data-testid="${TEST_IDS.anomalyItem}"][data-rule="CAPAIAN_MISMATCH"][data-cell="${cell}"][data-state="${state}"]`
    )
    .waitFor();
}

/** Mark J6 checked (typing the name, asked this once) and J8 accepted with a reason. */
async function markTwo(page: Page): Promise<void> {
  await item(page, "J6").getByTestId(TEST_IDS.reviewMark).click();
  // The open form (name, buttons, reason) is labelled and passes axe.
  await page.getByTestId(TEST_IDS.reviewName).waitFor();
  expect(describeViolations(await axe(page, `[data-testid="${TEST_IDS.anomalyList}"]`))).toBe("");
  await page.getByTestId(TEST_IDS.reviewName).fill(NAME);
  await page.getByTestId(TEST_IDS.reviewChecked).click();
  await waitState(page, "J6", "checked");
  await item(page, "J8").getByTestId(TEST_IDS.reviewMark).click();
  // The name was typed once: not asked again.
  await page.getByTestId(TEST_IDS.reviewReason).waitFor();
  expect(await page.getByTestId(TEST_IDS.reviewName).count()).toBe(0);
  expect(await page.getByTestId(TEST_IDS.reviewAccept).isDisabled()).toBe(true);
  await page.getByTestId(TEST_IDS.reviewReason).fill(REASON);
  await page.getByTestId(TEST_IDS.reviewAccept).click();
  await waitState(page, "J8", "accepted");
  expect(await item(page, "J8").getByTestId(TEST_IDS.reviewState).getAttribute("title")).toContain(
    REASON
  );
}

async function rerun(page: Page, summary = false): Promise<void> {
  await openTab(page, "run");
  await page.getByTestId(summary ? TEST_IDS.buildSummary : TEST_IDS.runAnalysis).click();
  await page.getByTestId(TEST_IDS.noticeBar).waitFor();
  await openTab(page, "results");
  await page.getByTestId(TEST_IDS.anomalyItem).first().waitFor();
}

/**
 * No horizontal scroll at 320 px: the list and every scrolling box around it are no wider than they show, and no
 * item reaches past the list's right edge (texts cut with an ellipsis clip on purpose and are not scroll boxes).
 */
async function noSideScroll(page: Page): Promise<void> {
  const r = await page.getByTestId(TEST_IDS.anomalyList).evaluate((list) => {
    const boxes: Array<[number, number]> = [[list.scrollWidth, list.clientWidth]];
    for (let e = list.parentElement; e; e = e.parentElement) {
      const o = getComputedStyle(e).overflowX;
      if (o === "auto" || o === "scroll") boxes.push([e.scrollWidth, e.clientWidth]);
    }
    const right = list.getBoundingClientRect().right;
    const past = Array.from(list.querySelectorAll('[data-testid="anomaly-item"] *'))
      .filter((e) => e.getBoundingClientRect().right > right + 0.5)
      .map((e) => e.outerHTML.slice(0, 80));
    return { boxes, past };
  });
  for (const [scroll, client] of r.boxes) expect(scroll).toBeLessThanOrEqual(client);
  expect(r.past).toEqual([]);
}

async function listShot(page: Page, name: string): Promise<void> {
  const list = page.getByTestId(TEST_IDS.anomalyList);
  fs.mkdirSync(path.join(OUTPUT, "screenshots"), { recursive: true });
  await list.screenshot({ path: path.join(OUTPUT, "screenshots", `${name}.png`) });
  if (DOC_SHOTS) await list.screenshot({ path: path.join(DOC_SHOTS, `${name}.png`) });
}

describe.each(["id", "en"] as const)(
  "the reviewer's trail in the workbench at 320 px, %s",
  (lang) => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await browser.newContext({
        ...contextOptions,
        viewport: { width: 1366, height: 1400 },
      });
      page = await context.newPage();
      await page.goto(`${server.url}/workbench.html?paneWidth=320&lang=${lang}`);
      await page.locator(`[data-testid="${TEST_IDS.paneRoot}"][data-ready="true"]`).waitFor();
      await rerun(page);
    });
    afterAll(() => context?.close());

    it("one item per fault, two lines each, grouped with counts, no sideways scroll", async () => {
      // The mismatch on the IKU sheet and on the budget sheet is one item with both cells.
      const cells = await item(page, "J8")
        .getByTestId(TEST_IDS.anomalyCell)
        .evaluateAll((els) =>
          els.map((e) => `${e.getAttribute("data-sheet")}!${e.getAttribute("data-cell")}`)
        );
      expect(cells).toEqual([`${IKU}!J8`, "Anggaran dan Kinerja 2025!I7"]);
      // Two lines: no item is taller than two text lines and its buttons' padding.
      const heights = await page
        .getByTestId(TEST_IDS.anomalyItem)
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
      expect(heights.length).toBeGreaterThan(0);
      expect(Math.max(...heights)).toBeLessThanOrEqual(60);
      expect(await page.getByTestId(TEST_IDS.anomalyGroup).count()).toBeGreaterThan(1);
      await noSideScroll(page);
      // Grouped by indicator: the row's three findings (two mixed units, one mismatch) in one group.
      await page.getByTestId(TEST_IDS.reviewGroupBy).selectOption("indicator");
      const id = await page
        .locator(`[data-testid="${TEST_IDS.anomalyGroup}"]`, { has: item(page, "J6") })
        .getAttribute("data-group");
      const group = page.locator(
        `[data-testid="${TEST_IDS.anomalyGroup}"][data-group=${JSON.stringify(id)}]`
      );
      expect(await group.getByTestId(TEST_IDS.anomalyItem).count()).toBe(3);
      // Collapsing a group hides its items.
      await group.getByTestId(TEST_IDS.anomalyGroupToggle).click();
      expect(await group.getByTestId(TEST_IDS.anomalyItem).count()).toBe(0);
      await group.getByTestId(TEST_IDS.anomalyGroupToggle).click();
      await page.getByTestId(TEST_IDS.reviewGroupBy).selectOption("rule");
    });

    it("marks a finding checked and another accepted with a reason; both survive a re-run", async () => {
      await markTwo(page);
      await noSideScroll(page);
      await listShot(page, `review-320-${lang}`);
      await rerun(page);
      await waitState(page, "J6", "checked");
      await waitState(page, "J8", "accepted");
    });

    it("Ringkasan lists the marks with the reviewer's name", async () => {
      await rerun(page, true);
      const tab = page.locator(`[data-testid="${TEST_IDS.sheetTabs}"] [data-sheet="Ringkasan"]`);
      await tab.click();
      const grid = page.locator(`[data-testid="${TEST_IDS.sheetGrid}"][data-sheet="Ringkasan"]`);
      await grid.waitFor();
      const title = lang === "id" ? "Catatan pemeriksaan" : "Review marks";
      await grid.locator("td", { hasText: title }).first().waitFor();
      const rows = await grid.locator("tr", { hasText: NAME }).allTextContents();
      expect(rows).toHaveLength(2);
      expect(rows.some((r) => r.includes(REASON))).toBe(true);
      expect(
        rows.some((r) => r.includes(`${IKU}!J8`) && r.includes("Anggaran dan Kinerja 2025!I7"))
      ).toBe(true);
    });
  }
);

describe("the reviewer's trail in the pane over the fake Office at 320 px", () => {
  let context: BrowserContext;
  let page: Page;
  let fakeBundle: string;

  beforeAll(async () => {
    fakeBundle = fs.readFileSync(path.join(DIST, "test", "fake-office.js"), "utf8");
    context = await browser.newContext({
      ...contextOptions,
      viewport: { width: 320, height: 1000 },
    });
  });
  afterAll(() => context?.close());

  async function open(settings?: Record<string, unknown>): Promise<Page> {
    const p = await context.newPage();
    await p.route(OFFICE_JS, (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: "/* answered locally */" })
    );
    const s: BrowserSeed = { workbook: seed, office: { displayLanguage: "id-ID", settings } };
    await p.addInitScript((x) => {
      window.__capaianSeed = x;
    }, s);
    await p.addInitScript({ content: fakeBundle });
    await p.goto(`${server.url}/taskpane.html`);
    await p.locator(`[data-testid="${TEST_IDS.paneRoot}"][data-ready="true"]`).waitFor();
    return p;
  }

  it("saves the marks in the document's settings; a new pane on that document reads them", async () => {
    page = await open();
    await rerun(page);
    await markTwo(page);
    await noSideScroll(page);
    const saved = await page.evaluate((k) => window.__fakeOffice.savedSettings()[k], MARKS_KEY);
    const { marks, problems } = parseMarks(JSON.parse(String(saved)));
    expect(problems).toEqual([]);
    expect(marks.map((m) => [m.state, m.by, m.reason ?? ""])).toEqual([
      // Each is one fault on the IKU and on the budget sheet: two findings marked by one click.
      ["checked", NAME, ""],
      ["checked", NAME, ""],
      ["accepted", NAME, REASON],
      ["accepted", NAME, REASON],
    ]);
    // Another pane on the same document (its settings as saved): the marks are there before any run.
    const again = await open(await page.evaluate(() => window.__fakeOffice.savedSettings()));
    await openTab(again, "results");
    await waitState(again, "J6", "checked");
    await waitState(again, "J8", "accepted");
    await again.close();
  });

  it("an edit of the checked finding's input cell reopens it on the next run; the accepted one stays", async () => {
    const ind = expected.report.indicators.find((i) => i.sheet === IKU && i.row === 6)!;
    const target = ind.sources.target!.replace(/\$/g, "");
    await page.evaluate(
      ([s, c]) =>
        window.__fakeExcel.run(async (ctx) => {
          const r = ctx.workbook.worksheets.getItem(s).getRange(c);
          r.values = [[0.6]];
          await ctx.sync();
        }),
      [IKU, target] as const
    );
    await rerun(page);
    await waitState(page, "J6", "reopened");
    await waitState(page, "J8", "accepted");
    const shown = await item(page, "J6").getByTestId(TEST_IDS.reviewState).textContent();
    expect(shown).toBe("Dibuka lagi: sel berubah");
    await page.close();
  });
});
