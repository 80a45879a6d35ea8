// A 20,000-row run in the workbench (real Chromium, pane at 320 px): the page's thread stays free (long tasks
// seen by a PerformanceObserver), the progress text moves, and Cancel at 30% answers at once and leaves the
// workbook exactly as it was (the download is byte-identical and every cell reads the same).
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { loadWorkbook, snapshotFromWorkbook } from "../../src/adapters/exceljs";
import { TEST_IDS } from "../../src/taskpane/test-ids";
import { makeIkuWorkbook } from "../helpers/make-workbook";
import { assertBuilt, launch, OUTPUT, serveDist, type Served } from "./helpers";

jest.setTimeout(600_000);

const ROWS = 20_000;
const FILE = path.join(OUTPUT, `run-perf-${ROWS}.xlsx`);

let browser: Browser;
let server: Served;
let original: Uint8Array;

beforeAll(async () => {
  assertBuilt();
  // Same shape as the bench's file: 20,000 indicators, 50 per sasaran.
  original = (await makeIkuWorkbook({ rows: ROWS, sasaranRows: 50 })).bytes;
  fs.mkdirSync(OUTPUT, { recursive: true });
  fs.writeFileSync(FILE, original);
  browser = await launch();
  server = await serveDist();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Long tasks on the page's thread, and every text the progress line showed (seen in the page, not polled). */
function observe(): void {
  const w = window as unknown as { __longTasks: number[]; __progress: string[] };
  w.__longTasks = [];
  w.__progress = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push(Math.round(e.duration));
  }).observe({ type: "longtask", buffered: true });
  const seen = () => {
    const text = document.querySelector('[data-testid="run-progress"]')?.textContent;
    if (text && text !== w.__progress[w.__progress.length - 1]) w.__progress.push(text);
  };
  new MutationObserver(seen).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
  });
}

async function openBig(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(observe);
  await page.goto(`${server.url}/workbench.html?paneWidth=320&sample=none`);
  await page.getByTestId(TEST_IDS.workbookFile).setInputFiles(FILE);
  await page.locator('[data-testid="pane-root"][data-ready="true"]').waitFor({ timeout: 300_000 });
  await page.waitForFunction(
    (id) => !(document.querySelector(`[data-testid="${id}"]`) as HTMLButtonElement)?.disabled,
    TEST_IDS.runAnalysis,
    { timeout: 300_000 }
  );
  // Opening the file is not the run: only long tasks from the click on count.
  await page.waitForTimeout(500);
  await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
  return page;
}

interface Figures {
  longTasks: number[];
  progress: string[];
}

let run: Figures | null = null;

/** One whole run, shared by the assertions below (a 20,000-row run takes a while on a shared machine). */
async function wholeRun(): Promise<Figures> {
  if (run) return run;
  const page = await openBig();
  await page.getByTestId(TEST_IDS.runAnalysis).click();
  await page.getByTestId(TEST_IDS.noticeBar).waitFor({ timeout: 300_000 });
  await page.getByTestId(TEST_IDS.overallCapaian).waitFor({ timeout: 300_000 });
  const notice = await page.getByTestId(TEST_IDS.noticeBar).textContent();
  expect(notice).not.toMatch(/Dibatalkan|gagal/i);
  run = await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __progress: string[] };
    return { longTasks: w.__longTasks, progress: w.__progress };
  });
  process.stdout.write(`run-perf: ${JSON.stringify(run)}\n`);
  await page.context().close();
  return run;
}

describe(`a ${ROWS.toLocaleString("id-ID")}-row run in the workbench`, () => {
  it("shows its progress in rows, in Indonesian numbers, and the text keeps moving", async () => {
    const { progress } = await wholeRun();
    expect(progress.some((p) => /baris \d{1,3}(\.\d{3})* dari 20\.\d{3}/.test(p))).toBe(true);
    expect(progress.length).toBeGreaterThanOrEqual(3);
  });

  // The 100 ms targets (no long task, Cancel answered) are measured by `npm run bench` (bench/pane.js), not asserted
  // here: a timed test passes or fails with the machine's load. This one only checks that both were measured.
  it("measures long tasks and the Cancel answer (figures for the bench in tests/output)", async () => {
    const { longTasks } = await wholeRun();
    const { ms } = await cancelled();
    expect(Number.isFinite(ms) && ms >= 0).toBe(true);
    expect(longTasks.every((t) => Number.isFinite(t))).toBe(true);
    fs.mkdirSync(OUTPUT, { recursive: true });
    fs.writeFileSync(
      path.join(OUTPUT, "run-perf.json"),
      JSON.stringify(
        { longTasks: longTasks.length, longest: Math.max(0, ...longTasks), cancelMs: ms },
        null,
        2
      )
    );
  });

  it("Cancel at 30% leaves the workbook unchanged, byte for byte and cell by cell", async () => {
    const { saved } = await cancelled();
    expect(Buffer.compare(Buffer.from(saved), Buffer.from(original))).toBe(0);
    // And read back: every sheet, every cell, as before.
    const before = snapshotFromWorkbook(await loadWorkbook(original));
    const after = snapshotFromWorkbook(await loadWorkbook(saved));
    expect(after.sheets.map((s) => s.values)).toEqual(before.sheets.map((s) => s.values));
    expect(after.sheets.map((s) => s.formulas)).toEqual(before.sheets.map((s) => s.formulas));
  });
});

let cancel: { ms: number; saved: Uint8Array } | null = null;

/** A run cancelled once the bar shows 30%: how long until the pane said so, and the workbook downloaded then. */
async function cancelled(): Promise<{ ms: number; saved: Uint8Array }> {
  if (cancel) return cancel;
  const page = await openBig();
  await page.getByTestId(TEST_IDS.runAnalysis).click();
  await page.waitForFunction(
    () =>
      Number(document.querySelector('[role="progressbar"]')?.getAttribute("aria-valuenow")) >= 0.3,
    null,
    { timeout: 300_000, polling: 10 }
  );
  const ms = await page.evaluate(
    (ids) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        (document.querySelector(`[data-testid="${ids.cancel}"]`) as HTMLButtonElement).click();
        const check = () => {
          const n = document.querySelector(`[data-testid="${ids.notice}"]`);
          if (n && /Dibatalkan/.test(n.textContent ?? "")) resolve(performance.now() - start);
          else requestAnimationFrame(check);
        };
        check();
      }),
    { cancel: TEST_IDS.cancelRun, notice: TEST_IDS.noticeBar }
  );
  process.stdout.write(`run-perf: cancel answered in ${Math.round(ms)} ms\n`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId(TEST_IDS.downloadWorkbook).click(),
  ]);
  const saved = new Uint8Array(fs.readFileSync(await download.path()));
  await page.context().close();
  cancel = { ms, saved };
  return cancel;
}
