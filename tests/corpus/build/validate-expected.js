// Checks every recon/<id>.expected.json against the README's schema and against its workbook: sheets exist,
// header rows and value rows hold something, anomaly cells are not blank, rules are known rule ids.
// Run: node tests/corpus/build/validate-expected.js [dir]
"use strict";
const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");

const RULES = new Set(["QUARTER_SUM_MISMATCH", "CAPAIAN_MISMATCH", "AVERAGE_MISMATCH", "ABSORPTION_MISMATCH",
  "TOTAL_MISMATCH", "BUDGET_OVER", "FORMULA_ERROR", "TARGET_ZERO", "MISSING_TARGET", "MISSING_REALISASI",
  "PERCENT_SCALE", "MIXED_UNITS", "CAPAIAN_EXTREME", "DUPLICATE_INDICATOR", "NUMBER_AS_TEXT"]);
const KINDS = new Set(["capaian", "serapan", "efisiensi", "capaianKinerja", "nko"]);
const ORIGINS = new Set(["real", "transcribed", "reconstruction"]);

async function main() {
  const dir = process.argv[2] || path.join(__dirname, "..", "recon");
  const problems = [];
  let files = 0;
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(".expected.json")).sort()) {
    files++;
    const say = (m) => problems.push(`${f}: ${m}`);
    const e = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
    if (e.file !== f.replace(".expected.json", ".xlsx")) say(`file ${e.file}`);
    if (!ORIGINS.has(e.origin)) say(`origin ${e.origin}`);
    if (typeof e.agency !== "string" || !e.agency) say("agency");
    if (!Array.isArray(e.class) || !e.class.length || e.class.some((c) => ![1, 2, 3, 4, 5, 6].includes(c))) say("class");
    for (const k of ["tables", "values", "anomalies", "tolerated"]) if (!Array.isArray(e[k])) say(`${k} not an array`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, e.file));
    const ws = (name) => wb.getWorksheet(name);
    const rowHas = (sheet, row) => {
      const s = ws(sheet);
      if (!s) return false;
      let any = false;
      s.getRow(row).eachCell(() => (any = true));
      return any;
    };
    for (const t of e.tables) {
      if (!ws(t.sheet)) say(`table sheet ${t.sheet}`);
      if (!["indicators", "budget"].includes(t.kind)) say(`table kind ${t.kind}`);
      if (!rowHas(t.sheet, t.headerRow)) say(`header row ${t.sheet}!${t.headerRow} is empty`);
    }
    const seen = new Set();
    for (const v of e.values) {
      if (!KINDS.has(v.kind)) say(`kind ${v.kind}`);
      if (typeof v.value !== "number" || !Number.isFinite(v.value) || v.value < 0 || v.value > 10) say(`value ${JSON.stringify(v)}`);
      if (!rowHas(v.sheet, v.row)) say(`value row ${v.sheet}!${v.row} is empty`);
      const key = `${v.sheet}!${v.row}!${v.kind}`;
      if (seen.has(key)) say(`duplicate value ${key}`);
      seen.add(key);
    }
    for (const a of [...e.anomalies, ...e.tolerated]) {
      if (!ws(a.sheet)) say(`anomaly sheet ${a.sheet}`);
      else {
        const c = ws(a.sheet).getCell(a.cell);
        if (c.value === null || c.value === undefined) say(`anomaly cell ${a.sheet}!${a.cell} is blank`);
      }
      if (!Array.isArray(a.rules) || !a.rules.length || a.rules.some((r) => !RULES.has(r))) say(`rules ${a.rules}`);
    }
    for (const a of e.anomalies) if (!a.why) say(`anomaly ${a.cell} has no why`);
  }
  console.log(`${files} expected files checked, ${problems.length} problem(s)`);
  for (const p of problems) console.log("  " + p);
  process.exit(problems.length ? 1 : 0);
}
main();
