#!/usr/bin/env node
// Where a 20,000-row workbench run spends its long tasks: a Chrome trace (CDP Tracing, with the V8 sampling
// profiler) of one run at 320 px, each task over 50 ms on the page's thread attributed to what ran inside it
// (script by function, garbage collection, style/layout/paint, message deserialization). A diagnosis tool for
// issue 11, not a measurement the bench records (bench/pane.js measures; this explains).
//
//   npm run build && node bench/profile-run.js FILE.xlsx [--dist=dist] [--trace=out.json] [--cancel]
//
// With a build that has source maps (npx webpack --mode production --devtool source-map --output-path DIR) and
// --dist=DIR, minified function names are mapped back to the source file and line.
"use strict";
const fs = require("fs");
const path = require("path");
const { observeLongTasks, openWorkbenchFile } = require("./pane");

const ROOT = path.join(__dirname, "..");
const args = process.argv.slice(2);
const FILE = args.find((a) => !a.startsWith("--"));
const opt = (name) => (args.find((a) => a.startsWith(`--${name}=`)) || "").slice(name.length + 3);
const DIST = opt("dist") || path.join(ROOT, "dist");
const TRACE_OUT = opt("trace");
const CANCEL = args.includes("--cancel");
/** Without the sampling profiler: the trace's own timings only (starting the profiler costs a long task). */
const NO_SAMPLES = args.includes("--no-samples");
/** CSS added to the page (an experiment: does containing X stop the repaints?). */
const CSS = opt("css");
const LONG = Number(opt("long")) || 50;
const TOP = Number(opt("top")) || 8;

const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "disabled-by-default-devtools.timeline.frame",
  "v8",
  "v8.execute",
  "disabled-by-default-v8.gc",
  "blink",
  "toplevel",
];

/** Source-map lookups for the dist files that have a .map beside them. */
function sourceMapper() {
  let SourceMapConsumer;
  try {
    ({ SourceMapConsumer } = require("source-map"));
  } catch {
    return (frame) => frame;
  }
  const maps = new Map();
  const consumer = (url) => {
    const file = path.join(DIST, new URL(url).pathname);
    if (!maps.has(file)) {
      const map = `${file}.map`;
      maps.set(
        file,
        fs.existsSync(map) ? new SourceMapConsumer(JSON.parse(fs.readFileSync(map, "utf8"))) : null
      );
    }
    return maps.get(file);
  };
  return (frame) => {
    if (!/^https?:/.test(frame.url || "")) return frame;
    const c = consumer(frame.url);
    if (!c) return frame;
    const p = c.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    if (!p.source) return frame;
    const src = p.source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
    return {
      ...frame,
      functionName: p.name || frame.functionName,
      url: src,
      lineNumber: p.line - 1,
    };
  };
}

async function main() {
  const from = opt("from");
  if (from) return report(JSON.parse(fs.readFileSync(from, "utf8")).traceEvents, []);
  if (!FILE) throw new Error("usage: node bench/profile-run.js FILE.xlsx [--dist=DIR]");
  const { chromium } = require("playwright-core");
  const { startServer } = require("../scripts/demo.js");
  const server = await startServer({ root: DIST, port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-sync"],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(observeLongTasks);
    await openWorkbenchFile(page, server.url, FILE, 300000);
    if (CSS) await page.addStyleTag({ content: CSS });
    await page.waitForTimeout(500);
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
    const finished = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
    await cdp.send("Tracing.start", {
      categories: [
        ...CATEGORIES,
        ...(NO_SAMPLES ? [] : ["disabled-by-default-v8.cpu_profiler"]),
      ].join(","),
      transferMode: "ReportEvents",
      options: "sampling-frequency=1000",
    });
    const before = await page.evaluate(() => window.__longTasks.length);
    await page.locator('[data-testid="run-analysis"]').click();
    if (CANCEL) {
      await page.waitForFunction(
        () =>
          Number(document.querySelector('[role="progressbar"]')?.getAttribute("aria-valuenow")) >=
          0.3,
        null,
        { timeout: 300000, polling: 10 }
      );
      await page.locator('[data-testid="cancel-run"]').click();
      await page.waitForFunction(() =>
        /Dibatalkan|Cancelled/.test(
          document.querySelector('[data-testid="notice-bar"]')?.textContent ?? ""
        )
      );
    } else {
      await page.locator('[data-testid="overall-capaian"]').waitFor({ timeout: 300000 });
      await page.locator('[data-testid="notice-bar"]').waitFor({ timeout: 300000 });
    }
    await page.waitForTimeout(1000);
    await cdp.send("Tracing.end");
    await finished;
    const observed = (await page.evaluate(() => window.__longTasks)).slice(before);
    const nodes = await page.evaluate(() => document.getElementsByTagName("*").length);
    process.stdout.write(`elements on the page after the run: ${nodes}\n`);
    if (TRACE_OUT) fs.writeFileSync(TRACE_OUT, JSON.stringify({ traceEvents: events }));
    report(events, observed);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The page's main thread: the renderer's CrRendererMain whose process loaded workbench.html. */
function mainThread(events) {
  const names = events.filter((e) => e.ph === "M" && e.name === "thread_name");
  const mains = names.filter((e) => e.args.name === "CrRendererMain");
  // The busiest renderer main thread is the page's.
  let best = null;
  let bestDur = -1;
  for (const m of mains) {
    const dur = events
      .filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === "X")
      .reduce((n, e) => n + (e.dur || 0), 0);
    if (dur > bestDur) ((best = m), (bestDur = dur));
  }
  return best && { pid: best.pid, tid: best.tid };
}

/** CPU samples on the main thread: [{ ts, frame }] (the leaf frame of each sample). */
function samplesOf(events, thread, map) {
  const profiles = new Map();
  for (const e of events) {
    if (e.name === "Profile" && e.pid === thread.pid && e.tid === thread.tid)
      profiles.set(e.id, { t: e.args.data.startTime, nodes: new Map() });
  }
  const out = [];
  for (const e of events) {
    if (e.name !== "ProfileChunk" || !profiles.has(e.id)) continue;
    const p = profiles.get(e.id);
    const data = e.args.data;
    for (const n of (data.cpuProfile && data.cpuProfile.nodes) || [])
      p.nodes.set(n.id, { ...n, callFrame: map(n.callFrame) });
    const samples = (data.cpuProfile && data.cpuProfile.samples) || [];
    const deltas = data.timeDeltas || [];
    samples.forEach((id, i) => {
      p.t += deltas[i] || 0;
      out.push({ ts: p.t, node: id, nodes: p.nodes });
    });
  }
  return out;
}

function frameName(f) {
  if (!f) return "?";
  const where = f.url ? `${f.url.replace(/^https?:\/\/[^/]+\//, "")}:${f.lineNumber + 1}` : "";
  return `${f.functionName || "(anonymous)"}${where ? ` ${where}` : ""}`;
}

function report(events, observed) {
  const thread = mainThread(events);
  if (!thread) throw new Error("no renderer main thread in the trace");
  const map = sourceMapper();
  const onMain = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
  const tasks = onMain
    .filter(
      (e) => e.ph === "X" && (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask")
    )
    .filter((e) => e.dur / 1000 > LONG)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur)
    // ThreadControllerImpl::RunTask wraps RunTask: keep the outermost only.
    .filter(
      (e, i, all) => !all.some((o, j) => j < i && o.ts <= e.ts && e.ts + e.dur <= o.ts + o.dur)
    );
  const samples = samplesOf(events, thread, map);
  process.stdout.write(
    `long tasks seen by the page's PerformanceObserver: ${observed.map((t) => t.ms).join(", ") || "none"}\n`
  );
  process.stdout.write(`tasks over ${LONG} ms in the trace: ${tasks.length}\n`);
  const sum = (name) =>
    onMain.filter((e) => e.ph === "X" && e.name === name).reduce((n, e) => n + e.dur / 1000, 0);
  process.stdout.write(
    `main thread totals: paint ${sum("Paint").toFixed(0)} ms, layout ${sum("Layout").toFixed(0)} ms, ` +
      `style ${sum("UpdateLayoutTree").toFixed(0)} ms, layerize ${sum("Layerize").toFixed(0)} ms, ` +
      `hit test ${sum("LayoutView::HitTest").toFixed(0)} ms, GC ${(sum("MajorGC") + sum("MinorGC")).toFixed(0)} ms, ` +
      `deserialize ${sum("SerializedScriptValueFactory::deserialize").toFixed(0)} ms, ` +
      `frames ${onMain.filter((e) => e.name === "WebFrameWidgetImpl::UpdateLifecycle").length}\n`
  );
  const totals = new Map();
  for (const task of tasks) {
    const end = task.ts + task.dur;
    process.stdout.write(`\n== task ${(task.dur / 1000).toFixed(0)} ms\n`);
    // What the task did, by trace event (children over 3 ms, two levels).
    const inner = onMain
      .filter((e) => e !== task && e.ph === "X" && e.ts >= task.ts && e.ts + (e.dur || 0) <= end)
      .filter((e) => (e.dur || 0) / 1000 >= 3)
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const stack = [];
    for (const e of inner) {
      while (stack.length && e.ts >= stack[stack.length - 1].ts + stack[stack.length - 1].dur)
        stack.pop();
      if (stack.length < 3) {
        const d = e.args && e.args.data;
        const what =
          d && (d.functionName || d.url)
            ? ` ${frameName(map({ functionName: d.functionName, url: d.url, lineNumber: (d.lineNumber || 1) - 1, columnNumber: (d.columnNumber || 1) - 1 }))}`
            : d && d.type
              ? ` ${d.type}`
              : "";
        process.stdout.write(
          `${"  ".repeat(stack.length + 1)}${e.name}${what} ${(e.dur / 1000).toFixed(1)} ms\n`
        );
      }
      stack.push(e);
    }
    // And by sampled function (self time; the leaf frame), top 8.
    const self = new Map();
    const inclusive = new Map();
    let n = 0;
    for (const s of samples) {
      if (s.ts < task.ts || s.ts > end) continue;
      n++;
      const leaf = s.nodes.get(s.node);
      const name = frameName(leaf && leaf.callFrame);
      self.set(name, (self.get(name) || 0) + 1);
      // Inclusive: every distinct frame on the stack.
      const seen = new Set();
      for (let node = leaf; node; node = node.parent ? s.nodes.get(node.parent) : null) {
        const fn = frameName(node.callFrame);
        if (!seen.has(fn)) (seen.add(fn), inclusive.set(fn, (inclusive.get(fn) || 0) + 1));
      }
    }
    if (n === 0) continue;
    const top = (m) =>
      [...m.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, TOP)
        .map(([k, v]) => `    ${((100 * v) / n).toFixed(0)}% ${k}\n`)
        .join("");
    process.stdout.write(`  samples ${n}; self:\n${top(self)}  inclusive:\n${top(inclusive)}`);
    for (const [k, v] of self) totals.set(k, (totals.get(k) || 0) + v);
  }
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(
    `\n== over all long tasks, self time by function (top 20 of ${all} samples)\n`
  );
  for (const [k, v] of [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20))
    process.stdout.write(`  ${((100 * v) / all).toFixed(1)}% ${k}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
