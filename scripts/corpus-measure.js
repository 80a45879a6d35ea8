// Scores the engine against the corpus (tests/corpus/README.md defines the figures). Plain CommonJS with the engine
// passed in, so `npm run corpus` can use the compiled lib/ and the jest test the TypeScript sources, one scorer for both.
"use strict";
const fs = require("fs");
const path = require("path");

const CORPUS = path.resolve(__dirname, "../tests/corpus");
const PARTS = ["real", "recon"];
const DEFAULT_TOL = 0.00005;
const LOUD = ["warning", "error"];

/** Every `<id>.expected.json` under tests/corpus/{real,recon}, sorted, with its workbook path. */
function corpusFiles(root = CORPUS) {
  const out = [];
  for (const part of PARTS) {
    const dir = path.join(root, part);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      if (!name.endsWith(".expected.json")) continue;
      const expectedPath = path.join(dir, name);
      const expected = JSON.parse(fs.readFileSync(expectedPath, "utf8"));
      const file = path.join(dir, expected.file || name.replace(/\.expected\.json$/, ".xlsx"));
      out.push({ id: `${part}/${name.replace(/\.expected\.json$/, "")}`, part, file, expected });
    }
  }
  return out;
}

const sameSheet = (a, b) => String(a) === String(b);

/**
 * An expected table is found when a detected table has its sheet and kind and its header rows meet the expected
 * ones: headerRow, or headerRow..headerBottom when the file's header spans several rows (merged group headers).
 */
function tableFound(t, tables) {
  const top = t.headerRow;
  const bottom = t.headerBottom == null ? top : t.headerBottom;
  return tables.some(
    (d) =>
      sameSheet(d.sheet, t.sheet) &&
      d.kind === t.kind &&
      top <= d.headerBottom + 1 &&
      d.headerTop + 1 <= bottom
  );
}

/** The engine's figure for an expected value, or undefined when it reports none for that line. */
function engineValue(v, report) {
  if (v.kind === "capaian") {
    const ind = report.indicators.find((i) => sameSheet(i.sheet, v.sheet) && i.row === v.row);
    return ind ? ind.capaian : undefined;
  }
  if (v.kind === "serapan" || v.kind === "efisiensi" || v.kind === "capaianKinerja") {
    const line = report.budget.find(
      (b) => sameSheet(b.sheet, v.sheet) && v.row >= b.row && v.row <= (b.lastRow || b.row)
    );
    return line ? line[v.kind] : undefined;
  }
  if (v.kind === "nko") {
    // The report has no NKO field yet (issue 8 asks for one): accept `report.nko` as a list of
    // { sheet, row?, value } or a table entry carrying `nko`, whichever the engine adds.
    const list = Array.isArray(report.nko) ? report.nko : [];
    const hit = list.find((n) => sameSheet(n.sheet, v.sheet) && (n.row == null || n.row === v.row));
    if (hit) return hit.value;
    const t = (report.tables || []).find((x) => sameSheet(x.sheet, v.sheet) && typeof x.nko === "number");
    return t ? t.nko : undefined;
  }
  return undefined;
}

// A tolerated entry without a cell accepts its rules anywhere on its sheet.
const matchesFinding = (e, a) =>
  sameSheet(e.sheet, a.sheet) &&
  (e.cell == null || String(e.cell).toUpperCase() === String(a.cell).toUpperCase()) &&
  (!e.rules || e.rules.length === 0 || e.rules.includes(a.rule));

/** Scores one analysis against one expected file. */
function scoreFile(expected, analysis) {
  const report = analysis.report;
  const tables = (expected.tables || []).map((t) => ({ ...t, found: tableFound(t, analysis.tables) }));
  const values = (expected.values || []).map((v) => {
    const got = engineValue(v, report);
    const tol = v.tol == null ? DEFAULT_TOL : v.tol;
    const right = typeof got === "number" && Number.isFinite(got) && Math.abs(got - v.value) <= tol;
    return { ...v, got: got === undefined ? null : got, right };
  });
  const loud = report.anomalies.filter((a) => LOUD.includes(a.severity));
  const anomalies = (expected.anomalies || []).map((e) => ({
    ...e,
    found: loud.some((a) => matchesFinding(e, a)),
  }));
  const accepted = [...(expected.anomalies || []), ...(expected.tolerated || [])];
  const unexpected = loud.filter((a) => !accepted.some((e) => matchesFinding(e, a)));
  return {
    tables: { found: tables.filter((t) => t.found).length, expected: tables.length },
    values: { right: values.filter((v) => v.right).length, expected: values.length },
    recall: { found: anomalies.filter((a) => a.found).length, expected: anomalies.length },
    precision: { ok: loud.length - unexpected.length, reported: loud.length },
    detail: {
      tablesMissed: tables.filter((t) => !t.found),
      valuesWrong: values.filter((v) => !v.right),
      anomaliesMissed: anomalies.filter((a) => !a.found),
      unexpected: unexpected.map((a) => ({ sheet: a.sheet, cell: a.cell, rule: a.rule, severity: a.severity })),
      detected: analysis.tables.map((t) => ({
        sheet: t.sheet,
        kind: t.kind,
        headerRow: t.headerTop + 1,
        range: t.range,
        confidence: t.confidence,
      })),
    },
  };
}

const ratio = (n, d) => (d === 0 ? null : n / d);

/** Sums the per-file counts and turns them into the four ratios (null when there is nothing to count). */
function totalsOf(results) {
  const sum = (f) => results.reduce((s, r) => s + (r.error ? 0 : f(r)), 0);
  const t = {
    files: results.length,
    failed: results.filter((r) => r.error).length,
    tablesFound: sum((r) => r.tables.found),
    tablesExpected: sum((r) => r.tables.expected),
    valuesRight: sum((r) => r.values.right),
    valuesExpected: sum((r) => r.values.expected),
    anomaliesFound: sum((r) => r.recall.found),
    anomaliesExpected: sum((r) => r.recall.expected),
    findingsOk: sum((r) => r.precision.ok),
    findingsReported: sum((r) => r.precision.reported),
  };
  // A file that failed to load counts everything it expected as missed.
  for (const r of results.filter((x) => x.error)) {
    t.tablesExpected += (r.expected.tables || []).length;
    t.valuesExpected += (r.expected.values || []).length;
    t.anomaliesExpected += (r.expected.anomalies || []).length;
  }
  t.tables = ratio(t.tablesFound, t.tablesExpected);
  t.values = ratio(t.valuesRight, t.valuesExpected);
  t.recall = ratio(t.anomaliesFound, t.anomaliesExpected);
  t.precision = ratio(t.findingsOk, t.findingsReported);
  return t;
}

/**
 * Runs the engine on every corpus file. `engine` = { loadWorkbook, snapshotFromWorkbook, analyzeWorkbook } from
 * the ExcelJS adapter and the core (compiled or TypeScript).
 */
async function measureCorpus(engine, root = CORPUS) {
  const results = [];
  for (const f of corpusFiles(root)) {
    const started = Date.now();
    const base = { id: f.id, file: path.relative(root, f.file), expected: f.expected };
    try {
      const wb = await engine.loadWorkbook(fs.readFileSync(f.file));
      const analysis = engine.analyzeWorkbook(
        engine.snapshotFromWorkbook(wb, path.basename(f.file)),
        { lang: "id" }
      );
      results.push({ ...base, ...scoreFile(f.expected, analysis), ms: Date.now() - started });
    } catch (e) {
      results.push({ ...base, error: String((e && e.message) || e), ms: Date.now() - started });
    }
  }
  const byPart = {};
  for (const part of PARTS) byPart[part] = totalsOf(results.filter((r) => r.id.startsWith(`${part}/`)));
  return { results, totals: totalsOf(results), byPart };
}

const pct = (x) => (x == null ? "   n/a" : `${(100 * x).toFixed(1).padStart(5)}%`);
const frac = (n, d) => `${n}/${d}`.padStart(9);

/** The table `npm run corpus` prints. */
function formatCorpus({ results, totals, byPart }) {
  const w = Math.max(24, ...results.map((r) => r.id.length));
  const lines = [
    `${"file".padEnd(w)}    tables     values   recall   precision`,
  ];
  for (const r of results) {
    if (r.error) {
      lines.push(`${r.id.padEnd(w)}  FAILED: ${r.error}`);
      continue;
    }
    lines.push(
      `${r.id.padEnd(w)} ${frac(r.tables.found, r.tables.expected)} ${frac(r.values.right, r.values.expected)} ` +
        `${frac(r.recall.found, r.recall.expected)} ${frac(r.precision.ok, r.precision.reported)}`
    );
  }
  const t = totals;
  lines.push(
    `${"TOTAL".padEnd(w)} ${frac(t.tablesFound, t.tablesExpected)} ${frac(t.valuesRight, t.valuesExpected)} ` +
      `${frac(t.anomaliesFound, t.anomaliesExpected)} ${frac(t.findingsOk, t.findingsReported)}`,
    `${"".padEnd(w)} ${pct(t.tables).padStart(9)} ${pct(t.values).padStart(9)} ${pct(t.recall).padStart(9)} ` +
      `${pct(t.precision).padStart(9)}`,
    `files: ${t.files}${t.failed ? `, failed to load: ${t.failed}` : ""}`
  );
  for (const [part, p] of Object.entries(byPart || {})) {
    if (!p.files) continue;
    lines.push(
      `  ${part}: tables ${pct(p.tables).trim()}, values ${pct(p.values).trim()}, recall ${pct(p.recall).trim()}, ` +
        `precision ${pct(p.precision).trim()} (${p.files} files)`
    );
  }
  return lines.join("\n");
}

module.exports = { CORPUS, corpusFiles, scoreFile, totalsOf, measureCorpus, formatCorpus };
