// One measured run in a fresh process (so peak RSS is this run's alone), started by bench/run.js:
//   node bench/child.js exceljs FILE      ExcelJS alone: wb.xlsx.load(bytes)
//   node bench/child.js cli-path FILE     ExcelJS path (as `capaian analyze --out`): loadWorkbook + snapshotFromWorkbook + analyzeWorkbook
//   node bench/child.js direct-path FILE  what `capaian analyze` without --out does: loadSnapshot + analyzeWorkbook
// Prints one JSON line: { mode, ms, maxRssMB, ... }. Modules are required before the clock starts in both modes.
"use strict";
const fs = require("fs");
const path = require("path");
const { performance } = require("perf_hooks");

const ROOT = path.join(__dirname, "..");

async function main() {
  const [mode, file] = process.argv.slice(2);
  if (!mode || !file)
    throw new Error("usage: node bench/child.js exceljs|cli-path|direct-path FILE");
  const out = { mode };
  if (mode === "exceljs") {
    const ExcelJS = require("exceljs");
    const t0 = performance.now();
    const bytes = fs.readFileSync(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    out.ms = performance.now() - t0;
    out.sheets = wb.worksheets.length;
  } else if (mode === "cli-path") {
    const { loadWorkbook, snapshotFromWorkbook } = require(path.join(ROOT, "lib/adapters/exceljs"));
    const { analyzeWorkbook } = require(path.join(ROOT, "lib/core"));
    const bytes = fs.readFileSync(file);
    const t0 = performance.now();
    // As `capaian analyze` without --out: a read-only analysis skips the write-back repairs of loadWorkbook.
    const wb = await loadWorkbook(bytes, { repair: false });
    const t1 = performance.now();
    const snapshot = snapshotFromWorkbook(wb, path.basename(file));
    const t2 = performance.now();
    const analysis = analyzeWorkbook(snapshot, {});
    const t3 = performance.now();
    out.ms = t3 - t0;
    out.loadMs = t1 - t0;
    out.snapshotMs = t2 - t1;
    out.analyzeMs = t3 - t2;
    out.indicators = analysis.report.indicators.length;
    out.anomalies = analysis.report.anomalies.length;
  } else if (mode === "direct-path") {
    const { loadSnapshot } = require(path.join(ROOT, "lib/adapters/exceljs"));
    const { analyzeWorkbook } = require(path.join(ROOT, "lib/core"));
    const bytes = fs.readFileSync(file);
    const t0 = performance.now();
    const snapshot = await loadSnapshot(bytes, path.basename(file));
    const t1 = performance.now();
    const analysis = analyzeWorkbook(snapshot, {});
    const t2 = performance.now();
    out.ms = t2 - t0;
    out.loadMs = t1 - t0;
    out.analyzeMs = t2 - t1;
    out.indicators = analysis.report.indicators.length;
    out.anomalies = analysis.report.anomalies.length;
  } else throw new Error(`unknown mode ${mode}`);
  // maxRSS is in kilobytes (Linux, macOS reports bytes before Node 20 normalised it).
  out.maxRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify(out) + "\n");
}

main().catch((e) => {
  process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
