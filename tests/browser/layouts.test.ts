// Issue 8's "Layouts we read": one corpus workbook per class opened in the workbench (pane at 320 px, id and en). The
// pane must find the table a person would read on it; with UPDATE_DOCS_SHOTS=1 the screenshots go to
// docs/img/layouts/ for docs/id/tata-letak.md and docs/en/layouts.md.
import * as fs from "fs";
import * as path from "path";
import type { Browser, BrowserContext } from "playwright-core";
import type { Lang } from "../../src/core/types";
import { TEST_IDS } from "../../src/taskpane/test-ids";
import {
  assertBuilt,
  contextOptions,
  launch,
  openTab,
  ROOT,
  serveDist,
  SHOTS,
  type Served,
} from "./helpers";

jest.setTimeout(300_000);

const CORPUS = path.join(ROOT, "tests", "corpus");
const DOC_SHOTS =
  process.env.UPDATE_DOCS_SHOTS === "1" ? path.join(ROOT, "docs", "img", "layouts") : null;

/** The classes 1–6, each by a workbook of the corpus (its expected.json names the class). */
const CLASSES: Array<{ n: number; file: string }> = [
  { n: 1, file: "recon/hierarki-realisasi-disdik-2024.xlsx" },
  { n: 2, file: "recon/sipd-lra-dinkes-2024.xlsx" },
  { n: 3, file: "recon/iku-ptn-capaian-header-2024.xlsx" },
  { n: 4, file: "recon/e81-evaluasi-renja-dinas-pupr-2023.xlsx" },
  { n: 5, file: "recon/sample-style-bp3mi-sukamaju-2025.xlsx" },
  { n: 6, file: "recon/rounded-iku-anggaran-bappeda-2024.xlsx" },
];

let browser: Browser;
let server: Served;
let context: BrowserContext;

beforeAll(async () => {
  assertBuilt();
  server = await serveDist();
  browser = await launch();
  context = await browser.newContext({ ...contextOptions, viewport: { width: 1100, height: 640 } });
  fs.mkdirSync(SHOTS, { recursive: true });
  if (DOC_SHOTS) fs.mkdirSync(DOC_SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("every class's workbook is found in the corpus and names that class", () => {
  for (const c of CLASSES) {
    const expected = JSON.parse(
      fs.readFileSync(path.join(CORPUS, c.file.replace(/\.xlsx$/, ".expected.json")), "utf8")
    ) as { class: number[] };
    expect(expected.class).toContain(c.n);
  }
});

describe.each(["id", "en"] as Lang[])("workbench, %s", (lang) => {
  test.each(CLASSES)("class $n: $file is read as a table", async ({ n, file }) => {
    const page = await context.newPage();
    await page.goto(`${server.url}/workbench.html?paneWidth=320&lang=${lang}`);
    await page.locator(`[data-testid="${TEST_IDS.paneRoot}"][data-ready="true"]`).waitFor();
    const name = path.basename(file);
    await openTab(page, "detect");
    await page.getByTestId(TEST_IDS.detectedTable).first().waitFor();
    // What the bundled sample gave: the new file's detection must replace it before anything is judged.
    const before = await page.getByTestId(TEST_IDS.detectedTable).first().textContent();
    await page.getByTestId(TEST_IDS.workbookFile).setInputFiles(path.join(CORPUS, file));
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="workbench-status"]')?.textContent?.includes(n),
      name
    );
    await page.waitForFunction(
      ({ root, card, before }) => {
        const pane = document.querySelector(`[data-testid="${root}"]`);
        const first = pane?.querySelector(`[data-testid="${card}"]`);
        return !!first && first.textContent !== before && !pane?.querySelector('[role="progressbar"]');
      },
      { root: TEST_IDS.paneRoot, card: TEST_IDS.detectedTable, before }
    );
    expect(await page.getByTestId(TEST_IDS.detectedTable).count()).toBeGreaterThan(0);
    const shot = `layout-${n}-${lang}.png`;
    await page.screenshot({ path: path.join(SHOTS, shot) });
    if (DOC_SHOTS) fs.copyFileSync(path.join(SHOTS, shot), path.join(DOC_SHOTS, shot));
    await page.close();
  });
});
