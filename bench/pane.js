// Task-pane measurements, independent of the tests: the initial JavaScript of taskpane.html (raw and gzip) and
// the time until the pane is usable in Chromium (fake Office injected, office.js answered locally).
//   const { measurePane } = require("./bench/pane"); await measurePane()      or      node bench/pane.js
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const ROOT = path.join(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const SAMPLE = path.join(ROOT, "assets", "samples", "lkj-bp3mi-jakarta-2025.xlsx");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
/** The budget the team set for the pane's initial JavaScript. */
const BUDGET_GZIP_BYTES = 250 * 1024;

/** Local scripts taskpane.html loads at start (office.js from the CDN excluded). */
function initialScripts(distDir = DIST) {
  const html = fs.readFileSync(path.join(distDir, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
}

/** Raw and gzip (level 9) sizes of the initial task-pane JavaScript. */
function measurePaneBundle(distDir = DIST) {
  const files = initialScripts(distDir).map((src) => {
    const bytes = fs.readFileSync(path.join(distDir, src));
    return { file: src, bytes: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  });
  const gzip = files.reduce((n, f) => n + f.gzip, 0);
  return {
    files,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    gzip,
    budgetGzip: BUDGET_GZIP_BYTES,
    withinBudget: gzip <= BUDGET_GZIP_BYTES,
  };
}

/** The sample workbook as a fake-Excel seed (values, formulas, number formats), read with ExcelJS. */
async function sampleSeed() {
  const ExcelJS = require("exceljs");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const sheets = wb.worksheets.map((ws) => {
    const values = [];
    const formulas = [];
    const numberFormats = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      values[r - 1] = [];
      formulas[r - 1] = [];
      numberFormats[r - 1] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        let v = cell.value;
        if (v && typeof v === "object") {
          if ("formula" in v || "sharedFormula" in v) {
            formulas[r - 1][c - 1] = `=${v.formula || v.sharedFormula}`;
            v = v.result === undefined ? null : v.result;
          } else if ("richText" in v) v = v.richText.map((t) => t.text).join("");
          else if (v instanceof Date) v = v.getTime() / 86400000 + 25569;
          else if ("text" in v) v = v.text;
          else if ("error" in v) v = { error: v.error };
        }
        if (v && typeof v === "object" && !("error" in v)) v = String(v);
        values[r - 1][c - 1] = v;
        if (cell.numFmt) numberFormats[r - 1][c - 1] = cell.numFmt;
      });
    });
    const fill = (a) => Array.from({ length: a.length }, (_, i) => a[i] || []);
    return {
      name: ws.name,
      values: fill(values),
      formulas: fill(formulas),
      numberFormats: fill(numberFormats),
      hidden: ws.state !== "visible",
    };
  });
  return { sheets };
}

/**
 * Time to interactive of the pane in headless Chromium, median of `runs` cold loads: from navigation start to the
 * pane ready (settings loaded, workbook read and analysed, tables detected) with "Jalankan analisis" enabled.
 */
async function measurePaneInteractive({
  distDir = DIST,
  runs = 5,
  executablePath = CHROMIUM,
} = {}) {
  const { chromium } = require("playwright-core");
  const { startServer } = require("../scripts/demo.js");
  const fakeBundle = fs.readFileSync(path.join(distDir, "test", "fake-office.js"), "utf8");
  const seed = { workbook: await sampleSeed(), office: { displayLanguage: "id-ID" } };
  const server = await startServer({ root: distDir, port: 0 });
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const samples = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
      const page = await context.newPage();
      await page.route(OFFICE_JS, (r) =>
        r.fulfill({ status: 200, contentType: "text/javascript", body: "" })
      );
      await page.addInitScript((s) => {
        window.__capaianSeed = s;
      }, seed);
      await page.addInitScript({ content: fakeBundle });
      await page.goto(`${server.url}/taskpane.html`, { waitUntil: "commit" });
      const interactive = await (
        await page.waitForFunction(
          () => {
            const pane = document.querySelector('[data-testid="pane-root"][data-ready="true"]');
            const run = document.querySelector('[data-testid="run-analysis"]');
            return pane && run && !run.disabled ? performance.now() : null;
          },
          null,
          { polling: 5, timeout: 30000 }
        )
      ).jsonValue();
      const nav = await page.evaluate(() => {
        const n = performance.getEntriesByType("navigation")[0];
        return { domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd };
      });
      samples.push({ interactive, ...nav });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)];
  };
  return {
    runs,
    interactiveMs: Math.round(median(samples.map((s) => s.interactive))),
    domContentLoadedMs: Math.round(median(samples.map((s) => s.domContentLoaded))),
    samples: samples.map((s) => Math.round(s.interactive)),
  };
}

/**
 * A run on a big workbook in the workbench at 320 px: long tasks on the page's thread (PerformanceObserver
 * "longtask"), how the progress text moved, and how fast Cancel answers when clicked during the analysis.
 */
/** Put in a page with addInitScript: every long task is recorded in window.__longTasks (start, ms). */
function observeLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__longTasks.push({ start: Math.round(e.startTime), ms: Math.round(e.duration) });
  }).observe({ type: "longtask", buffered: true });
}

/** The workbench at 320 px with `file` opened, once the pane is ready and Run can be clicked. */
async function openWorkbenchFile(page, serverUrl, file, timeout) {
  await page.goto(`${serverUrl}/workbench.html?paneWidth=320&sample=none`);
  await page.locator('[data-testid="workbook-file"]').setInputFiles(file);
  await page.locator('[data-testid="pane-root"][data-ready="true"]').waitFor({ timeout });
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="run-analysis"]')?.disabled,
    null,
    { timeout }
  );
}

async function measureRunLongTasks({
  file,
  distDir = DIST,
  executablePath = CHROMIUM,
  cancelRuns = 3,
} = {}) {
  const { chromium } = require("playwright-core");
  const { startServer } = require("../scripts/demo.js");
  const server = await startServer({ root: distDir, port: 0 });
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-sync"],
  });
  const open = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(observeLongTasks);
    await openWorkbenchFile(page, server.url, file, 120000);
    await page.waitForTimeout(500);
    return { context, page };
  };
  try {
    // (1) a whole run
    const { context, page } = await open();
    const beforeRun = await page.evaluate(() => window.__longTasks.length);
    const t0 = Date.now();
    await page.locator('[data-testid="run-analysis"]').click();
    const progress = [];
    const poll = setInterval(() => {
      page
        .evaluate(() => document.querySelector('[data-testid="run-progress"]')?.textContent ?? null)
        .then((t) => t && progress.push({ ms: Date.now() - t0, text: t }))
        .catch(() => undefined);
    }, 50);
    await page.locator('[data-testid="overall-capaian"]').waitFor({ timeout: 300000 });
    await page.locator('[data-testid="notice-bar"]').waitFor({ timeout: 300000 });
    clearInterval(poll);
    const runMs = Date.now() - t0;
    const tasks = (await page.evaluate(() => window.__longTasks)).slice(beforeRun);
    await context.close();

    // (2) Cancel during the analysis: time until the pane says it stopped
    const cancels = [];
    for (let i = 0; i < cancelRuns; i++) {
      const { context: c, page: p } = await open();
      await p.locator('[data-testid="run-analysis"]').click();
      await p.locator('[data-testid="cancel-run"]').waitFor();
      await p.waitForFunction(() =>
        /Menganalisis|Analysing/.test(
          document.querySelector('[data-testid="run-progress"]')?.textContent ?? ""
        )
      );
      const ms = await p.evaluate(
        () =>
          new Promise((resolve) => {
            const start = performance.now();
            document.querySelector('[data-testid="cancel-run"]').click();
            const check = () => {
              const n = document.querySelector('[data-testid="notice-bar"]');
              if (n && /Dibatalkan|Cancelled/.test(n.textContent))
                resolve(performance.now() - start);
              else requestAnimationFrame(check);
            };
            check();
          })
      );
      cancels.push(Math.round(ms));
      await c.close();
    }
    const distinct = [...new Set(progress.map((p) => p.text))];
    return {
      file: path.basename(file),
      runMs,
      longTasks: {
        count: tasks.length,
        maxMs: tasks.reduce((m, t) => Math.max(m, t.ms), 0),
        totalMs: tasks.reduce((n, t) => n + t.ms, 0),
        over100: tasks.filter((t) => t.ms > 100).map((t) => t.ms),
      },
      progressTexts: distinct,
      cancelMs: cancels,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function measurePane(options = {}) {
  return {
    bundle: measurePaneBundle(options.distDir),
    timeToInteractive: await measurePaneInteractive(options),
  };
}

if (require.main === module) {
  // `node bench/pane.js --run=FILE.xlsx [--cancels=3]`: only the run's long tasks and Cancel (as bench/run.js
  // measures them for run20000), e.g. to measure a change without the whole bench.
  const arg = (name) =>
    (process.argv.find((a) => a.startsWith(`--${name}=`)) || "").slice(name.length + 3);
  if (arg("run")) {
    measureRunLongTasks({ file: path.resolve(arg("run")), cancelRuns: Number(arg("cancels")) || 3 })
      .then((r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`))
      .catch((err) => {
        process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
        process.exit(1);
      });
  } else
    measurePane().then(
      (r) => {
        process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
        process.exit(r.bundle.withinBudget ? 0 : 1);
      },
      (err) => {
        process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
        process.exit(1);
      }
    );
}

module.exports = {
  measurePane,
  measurePaneBundle,
  measurePaneInteractive,
  measureRunLongTasks,
  observeLongTasks,
  openWorkbenchFile,
  initialScripts,
  BUDGET_GZIP_BYTES,
};
