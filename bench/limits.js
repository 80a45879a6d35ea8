// Issue 12's limits, measured on the real CLI (each run its own process, peak RSS from bench/rss-hook.js):
//   - 200,000 IKU rows: a bare ExcelJS read (wb.xlsx.load) against `capaian analyze FILE --json` (target: peak RSS
//     ≤ 1 GB, time ≤ 1.5× the bare read), and `capaian analyze FILE --out` (target: ≤ 2× the analysis time);
//   - hostile files: zip bombs (declaring their true size, and lying), a full-column merge, a full-column dropdown:
//     refused or handled in ≤ 2 s and ≤ 300 MB.
// Used by bench/run.js (part "limits"); `node bench/limits.js [--rows=200000] [--no-out]` runs it alone.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn } = require("child_process");
const { performance } = require("perf_hooks");

const ROOT = path.join(__dirname, "..");
const BUILD = path.join(__dirname, ".build");
const BIN = path.join(ROOT, "bin", "capaian.js");
const MB = 1024 * 1024;

function runNode(argv, { timeoutMs = 900_000, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(process.execPath, argv, {
      cwd: ROOT,
      env: { ...process.env, NODE_OPTIONS: "", ...env },
    });
    let out = "";
    let err = "";
    const timer = setTimeout(() => p.kill("SIGKILL"), timeoutMs);
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (err += d));
    p.on("error", reject);
    p.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, out, err, wallMs: performance.now() - t0 });
    });
  });
}

/** `capaian ...args` in its own process: wall time, exit code, peak RSS, first stderr line. */
async function cli(args, opts = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "capaian-limits-"));
  const rssFile = path.join(tmp, "rss.json");
  try {
    const r = await runNode(["-r", path.join(__dirname, "rss-hook.js"), BIN, ...args], {
      ...opts,
      env: { CAPAIAN_BENCH_RSS_FILE: rssFile },
    });
    const usage = fs.existsSync(rssFile) ? JSON.parse(fs.readFileSync(rssFile, "utf8")) : {};
    return {
      exit: r.signal ? r.signal : r.code,
      ms: r.wallMs,
      cpuMs: usage.cpuMs ?? null,
      maxRssMB: usage.maxRssMB ?? null,
      stderr: r.err.trim().split("\n")[0] || "",
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function child(mode, file) {
  const r = await runNode([path.join(__dirname, "child.js"), mode, file]);
  if (r.code !== 0) return { error: r.err.trim().split("\n").pop() };
  return JSON.parse(r.out.trim().split("\n").pop());
}

async function bigFile(gen, rows, log) {
  const file = path.join(BUILD, `iku-${rows}-s50.xlsx`);
  const genFile = path.join(BUILD, "tests/helpers/make-workbook.js");
  if (!fs.existsSync(file) || fs.statSync(file).mtimeMs < fs.statSync(genFile).mtimeMs) {
    const t0 = performance.now();
    const { bytes } = await gen.makeIkuWorkbook({ rows, sasaranRows: 50 });
    fs.writeFileSync(file, bytes);
    log(
      `generated ${path.relative(ROOT, file)} (${(bytes.length / MB).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(0)} s`
    );
  }
  return file;
}

async function hostileFiles(hostile) {
  const dir = path.join(BUILD, "hostile");
  fs.mkdirSync(dir, { recursive: true });
  const files = {};
  const put = (name, bytes) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, bytes);
    files[name] = f;
  };
  put("bomb-1200MB-declared.xlsx", await hostile.bomb(1200, "true"));
  put("bomb-1200MB-lying.xlsx", await hostile.bomb(1200, "lie"));
  const small = await hostile.smallWorkbook();
  put(
    "merge-full-column.xlsx",
    await hostile.withPart(small, "xl/worksheets/sheet1.xml", (x) =>
      hostile.afterSheetData(x, '<mergeCells count="1"><mergeCell ref="H1:H1048576"/></mergeCells>')
    )
  );
  put(
    "merge-whole-sheet.xlsx",
    await hostile.withPart(small, "xl/worksheets/sheet1.xml", (x) =>
      hostile.afterSheetData(
        x,
        '<mergeCells count="1"><mergeCell ref="A5:XFD1048576"/></mergeCells>'
      )
    )
  );
  put(
    "dropdown-full-column.xlsx",
    await hostile.withPart(small, "xl/worksheets/sheet1.xml", (x) =>
      hostile.afterSheetData(
        x,
        '<dataValidations count="1"><dataValidation type="list" sqref="B2:B1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>'
      )
    )
  );
  put("no-shared-strings.xlsx", await hostile.withPart(small, "xl/sharedStrings.xml", () => null));
  return files;
}

const fmt = (n, d = 0) => (typeof n === "number" ? n.toFixed(d) : "–");

async function benchLimits({ gen, hostile, log, table, rows = 200000, withOut = true }) {
  const result = { rows };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "capaian-limits-out-"));
  try {
    // ---- hostile files
    if (hostile) {
      const files = await hostileFiles(hostile);
      result.hostile = [];
      for (const [name, file] of Object.entries(files)) {
        const r = await cli(["analyze", file, "--out", path.join(tmp, "out.xlsx"), "-q"], {
          timeoutMs: 120_000,
        });
        r.file = name;
        // CPU time when known (wall time waits for a core when other work shares them).
        r.withinTarget = (r.cpuMs ?? r.ms) <= 2000 && r.maxRssMB !== null && r.maxRssMB <= 300;
        result.hostile.push(r);
      }
      table(
        "limits: hostile files through `capaian analyze FILE --out OUT` (target ≤ 2 s, ≤ 300 MB; wall time includes Node start-up)",
        ["file", "exit", "ms", "peak RSS MB", "target", "message"],
        result.hostile.map((r) => [
          r.file,
          r.exit,
          fmt(r.ms),
          fmt(r.maxRssMB),
          r.withinTarget ? "met" : "NOT met",
          r.stderr.slice(0, 70),
        ])
      );
    }

    // ---- 200,000 rows
    const file = await bigFile(gen, rows, log);
    result.fileMB = fs.statSync(file).size / MB;
    result.exceljs = await child("exceljs", file);
    result.directPath = await child("direct-path", file);
    result.analyze = await cli(["analyze", file, "--json", path.join(tmp, "r.json"), "-q"]);
    result.analyze.timeRatio = result.analyze.ms / result.exceljs.ms;
    result.analyze.withinTarget =
      result.analyze.exit === 0 &&
      result.analyze.maxRssMB <= 1024 &&
      result.analyze.timeRatio <= 1.5;
    if (withOut) {
      result.out = await cli(["analyze", file, "--out", path.join(tmp, "out.xlsx"), "-q"], {
        timeoutMs: 900_000,
      });
      result.out.ratioToAnalysis = result.out.ms / result.analyze.ms;
      // Read from CPU time when it is known: with other work on the cores, wall time is mostly waiting.
      if (result.out.cpuMs && result.analyze.cpuMs)
        result.out.cpuRatioToAnalysis = result.out.cpuMs / result.analyze.cpuMs;
      result.out.withinTarget =
        result.out.exit === 0 && (result.out.cpuRatioToAnalysis ?? result.out.ratioToAnalysis) <= 2;
    }
    table(
      `limits: ${rows.toLocaleString("en")} IKU rows (${fmt(result.fileMB, 1)} MB file), each in its own process`,
      ["run", "exit", "ms", "peak RSS MB", "detail"],
      [
        [
          "ExcelJS alone (wb.xlsx.load)",
          "",
          fmt(result.exceljs.ms),
          fmt(result.exceljs.maxRssMB),
          result.exceljs.error || "",
        ],
        [
          "direct reader + analyze (in-process)",
          "",
          fmt(result.directPath.ms),
          fmt(result.directPath.maxRssMB),
          `load ${fmt(result.directPath.loadMs)} · analyze ${fmt(result.directPath.analyzeMs)} ms · ${result.directPath.indicators} indicators`,
        ],
        [
          "capaian analyze --json",
          result.analyze.exit,
          fmt(result.analyze.ms),
          fmt(result.analyze.maxRssMB),
          `×${fmt(result.analyze.timeRatio, 2)} the bare read (target ≤ 1.5, ≤ 1024 MB: ${result.analyze.withinTarget ? "met" : "NOT met"})`,
        ],
        ...(result.out
          ? [
              [
                "capaian analyze --out",
                result.out.exit,
                fmt(result.out.ms),
                fmt(result.out.maxRssMB),
                `×${fmt(result.out.ratioToAnalysis, 2)} the analysis (target ≤ 2: ${result.out.withinTarget ? "met" : "NOT met"}) ${result.out.stderr.slice(0, 60)}`,
              ],
            ]
          : []),
      ]
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return result;
}

module.exports = { benchLimits };

if (require.main === module) {
  const args = process.argv.slice(2);
  const rows = Number((args.find((a) => a.startsWith("--rows=")) || "").slice(7)) || 200000;
  const load = (f) => require(path.join(BUILD, f));
  const log = (s = "") => process.stdout.write(s + "\n");
  const table = (title, headers, body) => {
    log(`\n${title}`);
    for (const r of [headers, ...body]) log(r.join(" | "));
  };
  benchLimits({
    gen: load("tests/helpers/make-workbook.js"),
    hostile: load("tests/helpers/hostile-zips.js"),
    log,
    table,
    rows,
    withOut: !args.includes("--no-out"),
  })
    .then((r) => log(JSON.stringify(r, null, 2)))
    .catch((e) => {
      process.stderr.write(`${e.stack || e}\n`);
      process.exit(1);
    });
}
