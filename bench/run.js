#!/usr/bin/env node
// Capaian IKU benchmark (run after `npm run build`, so lib/ exists; `npm run bench` does both).
//
//   (a) engine alone: analyzeWorkbook (lib/core) on in-memory snapshots of 1,000 / 10,000 / 100,000 indicator rows
//       — ms and µs per row (per-row time should stay flat), and buildWritePlan on the same analysis;
//   (b) a generated 20,000-row workbook file: ExcelJS alone reading it (wb.xlsx.load) against the CLI path
//       (load + snapshot + analyze), each in a child process, median of 3: time ratio (target ≤ 1.5) and peak RSS;
//       plus the real CLI (`node bin/capaian.js analyze FILE --json …`) wall time and peak RSS;
//   (c) through the fake Excel (tests/fakes/fake-excel.ts + src/adapters/office, compiled to bench/.build with
//       `npx tsc -p bench/tsconfig.json`): syncs and largest request bytes to read, and to apply the plan, for the
//       sample and for 20,000 rows;
//   (c') through Microsoft's office.js (tests/officejs/large.test.ts in Chromium): real serialized request sizes for
//       20,000 rows, read and apply (none may exceed 4 MB);
//   (d) bench/pane.js, when present and dist/ is built: initial task-pane JS (gzip) and time to interactive;
//   (e) bench/limits.js: 200,000 IKU rows through the real CLI (analysis against a bare ExcelJS read, and --out),
//       and hostile files (zip bombs, full-column merges and dropdowns) — issue 12's limits.
//
// Prints a table and writes bench/results.json.
//   node bench/run.js [--quick] [--only=engine,file,office,officejs,pane,limits] [--runs=3] [--plan-all]
//                     [--merge-heavy] [--limits-rows=200000] [--no-out]
"use strict";
const { execFileSync, spawn } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { performance } = require("perf_hooks");

const ROOT = path.join(__dirname, "..");
const LIB = path.join(ROOT, "lib");
const BUILD = path.join(__dirname, ".build");
const SAMPLE = path.join(ROOT, "assets", "samples", "lkj-bp3mi-jakarta-2025.xlsx");
const RESULTS = path.join(__dirname, "results.json");
const NOW = "2025-06-30T08:00:00.000Z";
const CAPS = { notes: true, comments: false, charts: true };
/**
 * Indicator rows per sasaran in generated workbooks (No and Sasaran merged down over them). 50 keeps the number of
 * merged areas realistic for a large table; ExcelJS's own reading time grows quadratically with merged areas, so
 * `--merge-heavy` adds a run with one sasaran per 3 rows (as in the sample) to show that case.
 */
const SASARAN_ROWS = 50;
/** Excel on the web: request and response payloads are limited to 5 MB. */
const LIMIT_5MB = 5 * 1024 * 1024;

const args = process.argv.slice(2);
const QUICK = args.includes("--quick");
const ONLY = (args.find((a) => a.startsWith("--only=")) || "").slice(7).split(",").filter(Boolean);
const PLAN_ALL = args.includes("--plan-all");
const MERGE_HEAVY = args.includes("--merge-heavy");
const RUNS = Number((args.find((a) => a.startsWith("--runs=")) || "").slice(7)) || 3;
const want = (part) => ONLY.length === 0 || ONLY.includes(part);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? NaN
    : s.length % 2
      ? s[(s.length - 1) / 2]
      : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (n, d = 0) =>
  n === null || n === undefined || Number.isNaN(n) ? "–" : Number(n).toFixed(d);
const log = (s = "") => process.stdout.write(s + "\n");

function table(title, headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c)));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  log(`\n${title}`);
  log(line(cells[0]));
  log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of cells.slice(1)) log(line(r));
}

// ---------------------------------------------------------------- preparation

function newestMtime(p) {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let n = 0;
  for (const e of fs.readdirSync(p)) n = Math.max(n, newestMtime(path.join(p, e)));
  return n;
}

function requireLib() {
  if (
    !fs.existsSync(path.join(LIB, "core", "index.js")) ||
    !fs.existsSync(path.join(LIB, "adapters", "exceljs", "index.js"))
  ) {
    process.stderr.write(
      "bench: lib/ is missing; run `npm run build` first (or `npx tsc -p tsconfig.cli.json`).\n"
    );
    process.exit(2);
  }
  const stale = newestMtime(path.join(ROOT, "src", "core")) > newestMtime(path.join(LIB, "core"));
  if (stale)
    log(
      "note: lib/core is older than src/core — the figures are for the last build (`npm run build`)."
    );
  return {
    core: require(path.join(LIB, "core")),
    exceljs: require(path.join(LIB, "adapters", "exceljs")),
  };
}

/** Compiles the generator, the fake Excel and the Office adapter to bench/.build when missing or out of date. */
function ensureBenchBuild() {
  const outputs = [
    "tests/helpers/make-workbook.js",
    "tests/helpers/hostile-zips.js",
    "tests/fakes/fake-excel.js",
    "src/adapters/office/index.js",
  ].map((f) => path.join(BUILD, f));
  const sources = ["tests/helpers", "tests/fakes", "src/adapters/office", "src/core"]
    .map((d) => path.join(ROOT, d))
    .filter((d) => fs.existsSync(d));
  const newestSource = Math.max(
    ...sources.map(newestMtime),
    fs.statSync(path.join(__dirname, "tsconfig.json")).mtimeMs
  );
  const fresh = outputs.every((o) => fs.existsSync(o) && fs.statSync(o).mtimeMs >= newestSource);
  if (!fresh) {
    log("compiling the generator, the fake Excel and the Office adapter to bench/.build …");
    try {
      execFileSync(
        process.platform === "win32" ? "npx.cmd" : "npx",
        ["tsc", "-p", path.join(__dirname, "tsconfig.json")],
        { cwd: ROOT, stdio: "pipe" }
      );
    } catch (e) {
      // Type errors elsewhere in the tree do not stop tsc from emitting; a missing output is handled by the caller.
      const out = String((e.stdout || "") + (e.stderr || ""))
        .trim()
        .split("\n")
        .slice(0, 3)
        .join("\n");
      if (out) log(`(tsc reported type errors; continuing with what it emitted)\n${out}`);
    }
    const now = new Date();
    for (const o of outputs) if (fs.existsSync(o)) fs.utimesSync(o, now, now);
  }
  const load = (f) => (fs.existsSync(path.join(BUILD, f)) ? require(path.join(BUILD, f)) : null);
  return {
    gen: load("tests/helpers/make-workbook.js"),
    hostile: load("tests/helpers/hostile-zips.js"),
    fake: load("tests/fakes/fake-excel.js"),
    fakeOffice: load("tests/fakes/fake-office.js"),
    office: load("src/adapters/office/index.js"),
  };
}

// ---------------------------------------------------------------- (a) engine alone

function benchEngine({ core }, gen) {
  const sizes = QUICK ? [1000, 10000] : [1000, 10000, 100000];
  const rows = [];
  for (const n of sizes) {
    const { snapshot, planted } = gen.makeIkuSnapshot(
      { rows: n, budget: { lines: 6 }, sasaranRows: SASARAN_ROWS },
      `iku-${n}.xlsx`
    );
    const reps = n <= 1000 ? 9 : n <= 10000 ? 5 : 3;
    if (n <= 10000) core.analyzeWorkbook(snapshot, {}); // warm-up (JIT)
    const times = [];
    let analysis;
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      analysis = core.analyzeWorkbook(snapshot, {});
      times.push(performance.now() - t0);
    }
    const ms = median(times);
    let planMs = null;
    let planCells = null;
    // buildWritePlan grows faster than linearly at the time of writing (see the report); beyond 20,000 rows it is
    // measured only with --plan-all so the bench stays within a few minutes.
    if (typeof core.buildWritePlan === "function" && (n <= 20000 || PLAN_ALL)) {
      const pt = [];
      for (let i = 0; i < Math.min(reps, 3); i++) {
        const t0 = performance.now();
        const plan = core.buildWritePlan(analysis, {
          capabilities: CAPS,
          lang: "id",
          summary: true,
          now: NOW,
        });
        pt.push(performance.now() - t0);
        planCells = plan.cells.length;
      }
      planMs = median(pt);
    }
    const found = new Set(analysis.report.anomalies.map((a) => `${a.rule} ${a.sheet}!${a.cell}`));
    rows.push({
      rows: n,
      analyzeMs: ms,
      usPerRow: (ms * 1000) / n,
      planMs,
      planUsPerRow: planMs === null ? null : (planMs * 1000) / n,
      planCells,
      indicators: analysis.report.indicators.length,
      anomalies: analysis.report.anomalies.length,
      plantedFound: planted.every((p) => found.has(`${p.rule} ${p.sheet}!${p.cell}`)),
      runs: reps,
    });
  }
  table(
    "(a) engine alone — analyzeWorkbook on an in-memory snapshot (median)",
    [
      "indicator rows",
      "analyze ms",
      "µs/row",
      "plan ms",
      "plan µs/row",
      "anomalies",
      "planted found",
    ],
    rows.map((r) => [
      r.rows.toLocaleString("en"),
      fmt(r.analyzeMs, 1),
      fmt(r.usPerRow, 2),
      fmt(r.planMs, 1),
      fmt(r.planUsPerRow, 2),
      r.anomalies,
      r.plantedFound ? "yes" : "NO",
    ])
  );
  const growth = (k) => {
    const xs = rows.filter((r) => r[k] !== null);
    return xs.length < 2
      ? null
      : { from: xs[0].rows, to: xs[xs.length - 1].rows, factor: xs[xs.length - 1][k] / xs[0][k] };
  };
  const analyzeGrowth = growth("usPerRow");
  const planGrowth = growth("planUsPerRow");
  for (const [what, g] of [
    ["analyze", analyzeGrowth],
    ["plan", planGrowth],
  ]) {
    if (g)
      log(
        `${what}: per-row time at ${g.to.toLocaleString("en")} rows is ×${fmt(g.factor, 2)} the time at ${g.from.toLocaleString("en")} rows (flat ≈ 1; > 2 means worse than linear)`
      );
  }
  return {
    sizes: rows,
    perRowGrowth: analyzeGrowth && analyzeGrowth.factor,
    planPerRowGrowth: planGrowth && planGrowth.factor,
  };
}

// ---------------------------------------------------------------- (b) the 20,000-row file

function runChild(argv, env = {}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(process.execPath, argv, {
      cwd: ROOT,
      env: { ...process.env, NODE_OPTIONS: "", ...env },
    });
    let out = "";
    let err = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (err += d));
    p.on("error", reject);
    p.on("close", (code) => resolve({ code, out, err, wallMs: performance.now() - t0 }));
  });
}

async function generatedFile(gen, rows, sasaranRows) {
  const file = path.join(BUILD, `iku-${rows}-s${sasaranRows}.xlsx`);
  const genFile = path.join(BUILD, "tests/helpers/make-workbook.js");
  if (!fs.existsSync(file) || fs.statSync(file).mtimeMs < fs.statSync(genFile).mtimeMs) {
    const t0 = performance.now();
    const { bytes } = await gen.makeIkuWorkbook({ rows, sasaranRows });
    fs.writeFileSync(file, bytes);
    log(
      `generated ${path.relative(ROOT, file)} (${(bytes.length / 1024).toFixed(0)} KB) in ${fmt(performance.now() - t0)} ms`
    );
  }
  return file;
}

async function benchFile(gen, sasaranRows = SASARAN_ROWS, runs = RUNS) {
  const rows = 20000;
  const file = await generatedFile(gen, rows, sasaranRows);
  const samples = { exceljs: [], "cli-path": [], cli: [] };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "capaian-bench-"));
  try {
    for (let i = 0; i < runs; i++) {
      for (const mode of ["exceljs", "cli-path"]) {
        const r = await runChild([path.join(__dirname, "child.js"), mode, file]);
        if (r.code !== 0) throw new Error(`child ${mode} failed: ${r.err.trim().split("\n")[0]}`);
        samples[mode].push(JSON.parse(r.out.trim().split("\n").pop()));
      }
      const rssFile = path.join(tmp, `rss-${i}.json`);
      const json = path.join(tmp, `report-${i}.json`);
      const r = await runChild(
        [
          "-r",
          path.join(__dirname, "rss-hook.js"),
          path.join(ROOT, "bin", "capaian.js"),
          "analyze",
          file,
          "--json",
          json,
          "-q",
        ],
        {
          CAPAIAN_BENCH_RSS_FILE: rssFile,
        }
      );
      if (r.code !== 0 && r.code !== 1)
        throw new Error(`the CLI failed (exit ${r.code}): ${r.err.trim().split("\n")[0]}`);
      const rss = fs.existsSync(rssFile)
        ? JSON.parse(fs.readFileSync(rssFile, "utf8")).maxRssMB
        : null;
      samples.cli.push({ ms: r.wallMs, maxRssMB: rss });
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const m = (mode, k) =>
    median(samples[mode].map((s) => s[k]).filter((x) => typeof x === "number"));
  const result = {
    rows,
    sasaranRows,
    mergedAreas: 2 * Math.ceil(rows / sasaranRows),
    fileKB: fs.statSync(file).size / 1024,
    runs,
    exceljs: { ms: m("exceljs", "ms"), maxRssMB: m("exceljs", "maxRssMB") },
    cliPath: {
      ms: m("cli-path", "ms"),
      loadMs: m("cli-path", "loadMs"),
      snapshotMs: m("cli-path", "snapshotMs"),
      analyzeMs: m("cli-path", "analyzeMs"),
      maxRssMB: m("cli-path", "maxRssMB"),
      anomalies: samples["cli-path"][0].anomalies,
    },
    cli: { wallMs: m("cli", "ms"), maxRssMB: m("cli", "maxRssMB") },
  };
  result.timeRatio = result.cliPath.ms / result.exceljs.ms;
  result.memoryRatio = result.cliPath.maxRssMB / result.exceljs.maxRssMB;
  result.target = 1.5;
  result.withinTarget = result.timeRatio <= result.target;
  table(
    `(b) ${rows.toLocaleString("en")}-row workbook file (${fmt(result.fileKB)} KB, one sasaran per ${sasaranRows} rows: ${result.mergedAreas.toLocaleString("en")} merged areas), each run in its own process, median of ${runs}`,
    ["path", "ms", "peak RSS MB", "detail"],
    [
      ["ExcelJS alone (wb.xlsx.load)", fmt(result.exceljs.ms), fmt(result.exceljs.maxRssMB, 1), ""],
      [
        "CLI path (load + snapshot + analyze)",
        fmt(result.cliPath.ms),
        fmt(result.cliPath.maxRssMB, 1),
        `load ${fmt(result.cliPath.loadMs)} · snapshot ${fmt(result.cliPath.snapshotMs)} · analyze ${fmt(result.cliPath.analyzeMs)} ms`,
      ],
      [
        "capaian analyze --json (whole process)",
        fmt(result.cli.wallMs),
        fmt(result.cli.maxRssMB, 1),
        "wall time incl. Node start-up",
      ],
    ]
  );
  log(
    `time ratio CLI path / ExcelJS: ${fmt(result.timeRatio, 2)} (target ≤ ${result.target}: ${result.withinTarget ? "met" : "NOT met"}); memory ratio ${fmt(result.memoryRatio, 2)}`
  );
  return result;
}

// ---------------------------------------------------------------- (c) through the fake Excel

function seedFromSnapshot(s) {
  return {
    sheets: s.sheets.map((sh) => ({
      name: sh.name,
      values: sh.values,
      formulas: (sh.formulas || []).map((row) =>
        (row || []).map((f) => (typeof f === "string" && f.startsWith("=") ? f : null))
      ),
      numberFormats: sh.numberFormats,
      hidden: sh.hidden,
    })),
  };
}

async function officeRun(label, snapshot, { core }, built) {
  const { createFakeExcel } = built.fake;
  const { installFakeOffice } = built.fakeOffice;
  const { readWorkbook, applyPlan, detectCapabilities } = built.office;
  const fake = createFakeExcel(seedFromSnapshot(snapshot), { apiVersion: "1.18" });
  const installed = installFakeOffice(globalThis, fake, { requirementSets: "1.18" });
  try {
    const caps = detectCapabilities({
      context: { requirements: { isSetSupported: (n, v) => fake.isSetSupported(n, v) } },
    });
    const since = (n) => fake.requestLog.filter((e) => e.sync > n);
    const largest = (entries, k) => entries.reduce((m, e) => Math.max(m, e[k] || 0), 0);

    let s0 = fake.syncCount;
    let t0 = performance.now();
    const read = await fake.run((ctx) => readWorkbook(ctx, caps));
    const readMs = performance.now() - t0;
    const readLog = since(s0);
    const readSyncs = fake.syncCount - s0;

    t0 = performance.now();
    const analysis = core.analyzeWorkbook(read.snapshot, {});
    const plan = core.buildWritePlan(analysis, {
      capabilities: caps,
      lang: "id",
      summary: true,
      now: NOW,
    });
    const computeMs = performance.now() - t0;

    s0 = fake.syncCount;
    t0 = performance.now();
    const applied = await fake.run((ctx) =>
      applyPlan(ctx, plan, caps, {
        snapshotSheetNames: read.snapshot.sheets.map((s) => s.name),
        annotations: read.annotations,
      })
    );
    const applyMs = performance.now() - t0;
    const applyLog = since(s0);
    return {
      label,
      cells: plan.cells.length,
      read: {
        syncs: readSyncs,
        largestRequestBytes: largest(readLog, "bytes"),
        largestResponseBytes: largest(readLog, "responseBytes"),
        ms: readMs,
      },
      apply: {
        syncs: fake.syncCount - s0,
        largestRequestBytes: largest(applyLog, "bytes"),
        estimatedLargestRequestBytes: applied.largestRequestBytes,
        chunks: applied.chunks,
        ms: applyMs,
      },
      computeMs,
      failedSyncs: fake.requestLog.filter((e) => !e.ok).length,
    };
  } finally {
    installed.uninstall();
  }
}

async function benchOffice(libs, built) {
  if (
    !built.fake ||
    !built.fakeOffice ||
    !built.office ||
    typeof libs.core.buildWritePlan !== "function"
  ) {
    // TODO(bench): the fake Excel (tests/fakes/fake-excel.ts), its Office globals (tests/fakes/fake-office.ts) or the
    // Office adapter (src/adapters/office) did not compile to bench/.build; section (c) is skipped until they do.
    log(
      "\n(c) fake Excel: TODO — tests/fakes/fake-excel.ts, tests/fakes/fake-office.ts or src/adapters/office not available; skipped"
    );
    return { skipped: "fake Excel or Office adapter not available" };
  }
  const sample = libs.exceljs.snapshotFromWorkbook(
    await libs.exceljs.loadWorkbook(fs.readFileSync(SAMPLE)),
    path.basename(SAMPLE)
  );
  const big = built.gen.makeIkuSnapshot(
    { rows: 20000, sasaranRows: SASARAN_ROWS },
    "iku-20000.xlsx"
  ).snapshot;
  const runs = [
    await officeRun("sample (lkj-bp3mi-jakarta-2025)", sample, libs, built),
    await officeRun("20,000 indicator rows", big, libs, built),
  ];
  table(
    "(c) through the fake Excel (Office.js adapter): syncs and largest payloads (Excel on the web refuses 5 MB requests and responses)",
    [
      "workbook",
      "read syncs",
      "read max req B",
      "read max resp B",
      "apply syncs",
      "apply max req B",
      "plan cells",
      "read+apply ms",
    ],
    runs.map((r) => [
      r.label,
      r.read.syncs,
      r.read.largestRequestBytes.toLocaleString("en"),
      r.read.largestResponseBytes.toLocaleString("en") +
        (r.read.largestResponseBytes > LIMIT_5MB ? " (> 5 MB!)" : ""),
      r.apply.syncs,
      r.apply.largestRequestBytes.toLocaleString("en") +
        (r.apply.largestRequestBytes > LIMIT_5MB ? " (> 5 MB!)" : ""),
      r.cells.toLocaleString("en"),
      fmt(r.read.ms + r.apply.ms),
    ])
  );
  for (const r of runs) {
    r.withinPayloadLimit =
      r.read.largestRequestBytes <= LIMIT_5MB &&
      r.read.largestResponseBytes <= LIMIT_5MB &&
      r.apply.largestRequestBytes <= LIMIT_5MB;
    if (!r.withinPayloadLimit)
      log(`${r.label}: a payload exceeds 5 MB — this run would fail in Excel on the web`);
  }
  return { limitBytes: LIMIT_5MB, runs };
}

// ---------------------------------------------------------------- (c') through Microsoft's office.js

/**
 * Request sizes as Microsoft's office.js really serializes them: runs tests/officejs/large.test.ts (20,000 rows read,
 * analysed and written in Chromium through office.js against the RichApi host) and quotes the figures it writes.
 * The fake-Excel sizes in (c) are our own serialization; these are the client's.
 */
function benchOfficeJs() {
  if (!fs.existsSync(path.join(ROOT, "dist", "test", "office-adapter.js"))) {
    log("\n(c') office.js: dist/ not built (npm run build); skipped");
    return { skipped: "dist/ not built" };
  }
  const out = path.join(os.tmpdir(), `capaian-officejs-bench-${process.pid}.json`);
  try {
    execFileSync(
      process.execPath,
      [
        require.resolve("jest/bin/jest"),
        "--selectProjects",
        "browser",
        "--testPathPattern",
        "tests/officejs/large",
      ],
      { cwd: ROOT, env: { ...process.env, OFFICEJS_BENCH_OUT: out }, stdio: "pipe" }
    );
  } catch (e) {
    if (!fs.existsSync(out)) {
      log(`\n(c') office.js: the run failed: ${String(e && e.stderr ? e.stderr : e).slice(0, 400)}`);
      return { skipped: "run failed" };
    }
  }
  const r = JSON.parse(fs.readFileSync(out, "utf8"));
  fs.unlinkSync(out);
  table("(c') through Microsoft's office.js (real serialized requests; limit 4 MB per request)", [
    "workbook",
    "read requests",
    "read max req B",
    "apply requests",
    "apply max req B",
    "apply est. max B",
    "refused",
  ], [
    [
      `${r.rows.toLocaleString("en")} indicator rows`,
      r.read.requests,
      r.read.largestRequestBytes.toLocaleString("en"),
      r.apply.requests,
      r.apply.largestRequestBytes.toLocaleString("en"),
      r.apply.estimatedLargestRequestBytes.toLocaleString("en"),
      r.refused.length,
    ],
  ]);
  r.within4MB = Math.max(r.read.largestRequestBytes, r.apply.largestRequestBytes) <= 4_000_000;
  return r;
}

// ---------------------------------------------------------------- (d) the task pane

async function benchPane(built) {
  const pane = path.join(__dirname, "pane.js");
  if (!fs.existsSync(pane)) {
    log("\n(d) task pane: bench/pane.js not present; skipped");
    return { skipped: "bench/pane.js not present" };
  }
  if (!fs.existsSync(path.join(ROOT, "dist", "taskpane.html"))) {
    log("\n(d) task pane: dist/ not built (npm run build); skipped");
    return { skipped: "dist/ not built" };
  }
  const { measurePane, measurePaneBundle, measureRunLongTasks } = require(pane);
  let result;
  try {
    result = await measurePane({ runs: QUICK ? 1 : 3 });
  } catch (e) {
    // No Chromium (or the page did not get ready): keep the bundle size, report why TTI is missing.
    result = {
      bundle: measurePaneBundle(),
      timeToInteractive: { error: String((e && e.message) || e).split("\n")[0] },
    };
  }
  if (built.gen && measureRunLongTasks) {
    try {
      const file = await generatedFile(built.gen, 20000, SASARAN_ROWS);
      result.run20000 = await measureRunLongTasks({ file, cancelRuns: QUICK ? 1 : 3 });
    } catch (e) {
      result.run20000 = { error: String((e && e.message) || e).split("\n")[0] };
    }
  }
  const b = result.bundle;
  const tti = result.timeToInteractive || {};
  const r = result.run20000 || {};
  table(
    "(d) task pane",
    ["measure", "value"],
    [
      ["initial JS (raw)", `${fmt(b.bytes / 1024, 1)} KB`],
      [
        "initial JS (gzip -9)",
        `${fmt(b.gzip / 1024, 1)} KB (budget ${fmt(b.budgetGzip / 1024)} KB: ${b.withinBudget ? "within" : "OVER"})`,
      ],
      [
        "time to interactive (median)",
        tti.error
          ? `not measured: ${tti.error}`
          : `${tti.interactiveMs} ms (runs ${tti.runs}; DOMContentLoaded ${tti.domContentLoadedMs} ms)`,
      ],
      [
        "20,000-row run in the workbench (320 px)",
        r.error
          ? `not measured: ${r.error}`
          : `${r.runMs} ms; long tasks ${r.longTasks.count}, longest ${r.longTasks.maxMs} ms, over 100 ms: ${r.longTasks.over100.length ? r.longTasks.over100.join(", ") + " ms" : "none"}`,
      ],
      [
        "Cancel during the analysis → pane says stopped",
        r.error || !r.cancelMs ? "not measured" : `${r.cancelMs.join(", ")} ms`,
      ],
    ]
  );
  return result;
}

// ---------------------------------------------------------------- main

async function main() {
  const started = performance.now();
  const libs = requireLib();
  const built = ensureBenchBuild();
  if (!built.gen) throw new Error("tests/helpers/make-workbook.ts did not compile to bench/.build");
  log(
    `Capaian IKU bench — Node ${process.version}, ${os.cpus()[0] ? os.cpus()[0].model : "?"} ×${os.cpus().length}, ${process.platform}${QUICK ? " (quick)" : ""}`
  );
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${os.arch()}`,
    cpu: os.cpus()[0] ? os.cpus()[0].model : null,
    cpus: os.cpus().length,
    quick: QUICK,
  };
  if (want("engine")) results.engine = benchEngine(libs, built.gen);
  if (want("file")) results.file = await benchFile(built.gen);
  if (want("file") && MERGE_HEAVY) results.fileMergeHeavy = await benchFile(built.gen, 3, 1);
  if (want("office")) results.office = await benchOffice(libs, built);
  if (want("office") || want("officejs")) results.officejs = benchOfficeJs();
  if (want("pane")) results.pane = await benchPane(built);
  if (want("limits")) {
    const { benchLimits } = require(path.join(__dirname, "limits.js"));
    const rowsArg = Number((args.find((a) => a.startsWith("--limits-rows=")) || "").slice(14));
    results.limits = await benchLimits({
      gen: built.gen,
      hostile: built.hostile,
      log,
      table,
      rows: rowsArg || (QUICK ? 50000 : 200000),
      withOut: !args.includes("--no-out"),
    });
  }
  results.totalSeconds = (performance.now() - started) / 1000;
  // A partial run (--only=…) updates its parts and keeps the others' last figures.
  let previous = {};
  if (ONLY.length > 0 && fs.existsSync(RESULTS)) {
    try {
      previous = JSON.parse(fs.readFileSync(RESULTS, "utf8"));
    } catch {
      previous = {};
    }
    results.partial = ONLY;
  }
  fs.writeFileSync(RESULTS, JSON.stringify({ ...previous, ...results }, null, 2) + "\n");
  log(`\nwrote ${path.relative(ROOT, RESULTS)} (${fmt(results.totalSeconds, 1)} s)`);
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
