// The pane at 320 px (Excel's narrowest), in the workbench (?paneWidth=320): every tab, menu and dialog fits
// without a horizontal scroll, no text is cut by overflow: hidden, axe finds nothing; after a language switch
// no string of the other language is left on the page (issue 11).
import * as fs from "fs";
import * as path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { allPacks } from "../../src/core/i18n/messages";
import type { Lang } from "../../src/core/types";
import { TEST_IDS, type PaneTab } from "../../src/taskpane/test-ids";
import { makeIkuWorkbook } from "../helpers/make-workbook";
import {
  assertBuilt,
  axe,
  contextOptions,
  describeViolations,
  launch,
  openTab,
  OUTPUT,
  ROOT,
  serveDist,
  setLanguage,
  type Served,
} from "./helpers";

jest.setTimeout(300_000);

const WIDTH = 320;
const TABS: PaneTab[] = ["run", "results", "detect", "settings", "inspect"];
/** Screenshots for docs/ are refreshed with UPDATE_DOCS_SHOTS=1. */
const DOC_SHOTS =
  process.env.UPDATE_DOCS_SHOTS === "1" ? path.join(ROOT, "docs", "screenshots") : null;

let browser: Browser;
let server: Served;
let context: BrowserContext;
let big: string;

beforeAll(async () => {
  assertBuilt();
  server = await serveDist();
  browser = await launch();
  context = await browser.newContext(contextOptions);
  // 20,000 indicator rows (and the default budget table), written as a real .xlsx.
  const { bytes } = await makeIkuWorkbook({ rows: 20_000, seed: 11 });
  big = path.join(OUTPUT, "iku-20000.xlsx");
  fs.mkdirSync(OUTPUT, { recursive: true });
  fs.writeFileSync(big, bytes);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPane(lang: Lang): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}/workbench.html?paneWidth=${WIDTH}&lang=${lang}`);
  await page.locator(`[data-testid="${TEST_IDS.paneRoot}"][data-ready="true"]`).waitFor();
  return page;
}

/** Everything that does not fit: the pane wider than its box, elements past its right edge, clipped text. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate((rootId) => {
    const out: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.getAttribute("data-testid") ? `[${el.getAttribute("data-testid")}]` : ""}` +
      ` "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    const root = document.querySelector(`[data-testid="${rootId}"]`) as HTMLElement;
    const box = root.parentElement as HTMLElement;
    for (const el of [root, box])
      if (el.scrollWidth > el.clientWidth)
        out.push(`${name(el)}: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
    const right = box.getBoundingClientRect().right;
    const layers = [
      root,
      ...Array.from(
        document.querySelectorAll('[role="dialog"], [role="menu"], [role="alertdialog"]')
      ),
    ];
    for (const layer of layers) {
      for (const el of [layer, ...Array.from(layer.querySelectorAll("*"))]) {
        if (!(el instanceof HTMLElement) || el.getClientRects().length === 0) continue;
        const text = (el.textContent ?? "").trim();
        const cs = getComputedStyle(el);
        if (layer === root && el.getBoundingClientRect().right > right + 0.5)
          out.push(
            `${name(el)} sticks out by ${Math.round(el.getBoundingClientRect().right - right)} px`
          );
        if (!text) continue;
        // Shortened on purpose (issue 10: two-line anomaly items, the indicator's name with an ellipsis): the whole
        // text is in its own or its button's title.
        if (el.closest("[title]")?.getAttribute("title")?.includes(text)) continue;
        const clipX =
          cs.overflowX === "hidden" || cs.overflowX === "clip" || cs.textOverflow === "ellipsis";
        const clipY = cs.overflowY === "hidden" || cs.overflowY === "clip";
        if (clipX && el.scrollWidth > el.clientWidth + 1)
          out.push(`${name(el)}: text cut (scrollWidth ${el.scrollWidth} > ${el.clientWidth})`);
        if (clipY && el.scrollHeight > el.clientHeight + 1)
          out.push(`${name(el)}: text cut (scrollHeight ${el.scrollHeight} > ${el.clientHeight})`);
      }
    }
    return out;
  }, TEST_IDS.paneRoot);
}

async function check(page: Page, what: string, shotName?: string): Promise<void> {
  await page.waitForTimeout(150); // Overflow measures after a frame
  expect({ what, problems: await layoutProblems(page) }).toEqual({ what, problems: [] });
  expect(`${what}: ${describeViolations(await axe(page))}`).toBe(`${what}: `);
  if (shotName) {
    const pane = page.locator("aside").first();
    fs.mkdirSync(path.join(OUTPUT, "screenshots"), { recursive: true });
    await pane.screenshot({ path: path.join(OUTPUT, "screenshots", `${shotName}.png`) });
    if (DOC_SHOTS) {
      fs.mkdirSync(DOC_SHOTS, { recursive: true });
      await pane.screenshot({ path: path.join(DOC_SHOTS, `${shotName}.png`) });
    }
  }
}

async function run(page: Page): Promise<void> {
  await openTab(page, "run");
  await page.getByTestId(TEST_IDS.runAnalysis).click();
  await page.getByTestId(TEST_IDS.overallCapaian).waitFor({ timeout: 120_000 });
}

async function everyTab(page: Page, lang: Lang, prefix: string): Promise<void> {
  for (const tab of TABS) {
    await openTab(page, tab);
    if (tab === "detect") {
      const others = page.getByTestId(TEST_IDS.otherTables);
      if (await others.count()) await others.locator("summary").click();
      await page.getByTestId(TEST_IDS.detectedTable).first().getByRole("button").first().click();
    }
    if (tab === "inspect") {
      const item = page.getByTestId(TEST_IDS.anomalyItem).first();
      if (await item.count()) {
        await openTab(page, "results");
        await item.click();
        await openTab(page, "inspect");
      }
    }
    await check(page, `${prefix} ${lang} ${tab}`, `${prefix}-${lang}-${tab}`);
  }
}

describe.each(["id", "en"] as const)("pane at 320 px, %s", (lang) => {
  it("sample: every tab, the menus and the remove dialog fit and pass axe", async () => {
    const page = await openPane(lang);
    await check(page, `sample ${lang} first screen`, `pane-320-${lang}-first`);
    await run(page);
    await everyTab(page, lang, "pane-320");
    // The tab overflow menu, the language menu and the confirm dialog.
    const more = page.getByTestId(TEST_IDS.tabOverflow);
    if (await more.isVisible()) {
      await more.click();
      await check(page, `sample ${lang} tab menu`);
      await page.keyboard.press("Escape");
    }
    await page.getByTestId(TEST_IDS.langMenu).click();
    await check(page, `sample ${lang} language menu`);
    await page.keyboard.press("Escape");
    await page.getByTestId(TEST_IDS.removeResults).click();
    await page.getByTestId(TEST_IDS.removeConfirm).waitFor();
    await check(page, `sample ${lang} remove dialog`, `pane-320-${lang}-remove-dialog`);
    await page.keyboard.press("Escape");
    await page.close();
  });
});

it("a 20,000-row workbook: results and detection fit at 320 px", async () => {
  const page = await openPane("id");
  await page.getByTestId(TEST_IDS.workbookFile).setInputFiles(big);
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="workbench-status"]')?.textContent?.includes("iku-20000")
  );
  await page.locator(`[data-testid="${TEST_IDS.paneRoot}"][data-ready="true"]`).waitFor();
  await run(page);
  for (const tab of ["results", "detect", "run"] as const) {
    await openTab(page, tab);
    await check(page, `20000 rows ${tab}`);
  }
  await page.close();
});

/** The literal parts of a pack's strings that the other pack does not have (placeholders cut out). */
function foreignFragments(from: Lang, to: Lang): string[] {
  const flat = (o: unknown): string[] =>
    typeof o === "string" ? [o] : o && typeof o === "object" ? Object.values(o).flatMap(flat) : [];
  const mine = flat(allPacks()[to]).join("\n");
  return [
    ...new Set(
      flat(allPacks()[from])
        .flatMap((s) => s.split(/\{\w+\}/))
        .map((s) => s.trim())
        .filter((s) => s.length >= 12 && !mine.includes(s))
    ),
  ];
}

describe.each([
  ["id", "en"],
  ["en", "id"],
] as const)("after a run in %s, switching to %s", (from, to) => {
  it("leaves no string of the first language on the page", async () => {
    const page = await openPane(from);
    await run(page);
    await setLanguage(page, to);
    await page.waitForTimeout(300);
    const fragments = foreignFragments(from, to);
    expect(fragments.length).toBeGreaterThan(50);
    for (const tab of TABS) {
      await openTab(page, tab);
      // The page's own words (the workbench header and the pane), not the workbook's cells: what the add-in
      // wrote stays in the language it was written in.
      const text = [
        await page.locator("header").first().innerText(),
        await page.getByTestId(TEST_IDS.paneRoot).innerText(),
      ].join("\n");
      expect({ tab, left: fragments.filter((f) => text.includes(f)) }).toEqual({ tab, left: [] });
    }
    await page.close();
  });
});
