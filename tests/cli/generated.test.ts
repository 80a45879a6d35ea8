// `capaian analyze` on workbooks generated with planted problems: the report names every planted problem at
// its cell, and nothing else; sheet names with spaces, apostrophes and unicode work the same.
import * as fs from "fs";
import * as path from "path";
import type { Report } from "../../src/core/types";
import { makeIkuWorkbook, type IkuOptions, type Planted } from "../helpers/make-workbook";
import { cleanupTmp, ensureBuilt, lines, runCli, tmpDir } from "./cli-helpers";

jest.setTimeout(120_000);

beforeAll(() => ensureBuilt());
afterAll(() => cleanupTmp());

const key = (a: { rule: string; sheet: string; cell: string }) => `${a.rule} ${a.sheet}!${a.cell}`;

async function analyzeGenerated(
  opts: IkuOptions,
  extra: string[] = []
): Promise<{ report: Report; planted: Planted[]; stdout: string; stderr: string; code: number }> {
  const dir = tmpDir();
  const { bytes, planted } = await makeIkuWorkbook(opts);
  const file = path.join(dir, "iku buatan.xlsx");
  fs.writeFileSync(file, bytes);
  const json = path.join(dir, "laporan.json");
  const r = await runCli(["analyze", file, "--json", json, ...extra]);
  const report = fs.existsSync(json)
    ? (JSON.parse(fs.readFileSync(json, "utf8")) as Report)
    : (null as unknown as Report);
  return { report, planted, ...r };
}

describe("generated IKU + budget workbook with planted problems", () => {
  let run: Awaited<ReturnType<typeof analyzeGenerated>>;
  beforeAll(async () => {
    run = await analyzeGenerated({ rows: 40 });
  });

  test("every kind of problem is planted", () => {
    expect(new Set(run.planted.map((p) => p.rule)).size).toBe(14);
  });

  test("the report names every planted problem at its cell", () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const found = new Set(run.report.anomalies.map(key));
    const missing = run.planted
      .filter((p) => !found.has(key(p)))
      .map((p) => `${p.what}: ${key(p)}`);
    expect(missing).toEqual([]);
  });

  test("and nothing else: the clean rows raise no anomaly", () => {
    const planted = new Set(run.planted.map(key));
    expect(
      run.report.anomalies.filter((a) => !planted.has(key(a))).map((a) => `${key(a)}: ${a.message}`)
    ).toEqual([]);
  });

  test("the printed summary lists each planted problem with its sheet!cell", () => {
    for (const p of run.planted) expect(run.stdout).toContain(`${p.rule} ${p.sheet}!${p.cell}: `);
    expect(run.stdout).toContain(`Anomali: ${run.planted.length}\n`);
  });

  test("the tables, indicators and budget lines are all read", () => {
    const iku = run.report.tables.find((t) => t.kind === "indicators");
    expect(iku).toMatchObject({ sheet: "Capaian IKU", range: "A4:K45", indicators: 40 });
    expect(run.report.tables.find((t) => t.kind === "budget")).toMatchObject({
      sheet: "Anggaran",
      range: "A3:E11",
    });
    // Six kegiatan lines and the Jumlah line (a parent: its serapan is the table's, not counted again).
    expect(run.report.budget).toHaveLength(7);
    expect(run.report.budget.filter((b) => b.parent).map((b) => b.name)).toEqual(["Jumlah"]);
    // 40 indicators; target 0, missing target and missing realisasi have no capaian.
    expect(run.report.overall).toMatchObject({ total: 40, counted: 37 });
  });

  test("--fail-on: error exits 1; a warning-only workbook exits 0 under error and 1 under warning; a clean one exits 0", async () => {
    const fail = await analyzeGenerated({ rows: 20 }, ["--fail-on", "error", "-q"]);
    expect(fail.code).toBe(1);
    const warnOnly = await analyzeGenerated(
      {
        rows: 20,
        plant: {
          quarterSum: false,
          capaianMismatch: false,
          targetZero: false,
          formulaError: false,
          numberAsText: false,
        },
        budget: false,
      },
      ["--fail-on", "error", "-q"]
    );
    expect(warnOnly.report.anomalies.length).toBeGreaterThan(0);
    expect(warnOnly.report.anomalies.every((a) => a.severity === "warning")).toBe(true);
    expect(warnOnly.code).toBe(0);
    const warnOnlyW = await analyzeGenerated(
      {
        rows: 20,
        plant: {
          quarterSum: false,
          capaianMismatch: false,
          targetZero: false,
          formulaError: false,
          numberAsText: false,
        },
        budget: false,
      },
      ["--fail-on", "warning", "-q"]
    );
    expect(warnOnlyW.code).toBe(1);
    const clean = await analyzeGenerated({ rows: 25, plant: false, budget: { plant: false } }, [
      "--fail-on",
      "warning",
      "-q",
    ]);
    expect(clean.report.anomalies.map((a) => `${key(a)}: ${a.message}`)).toEqual([]);
    expect(clean.code).toBe(0);
  });

  test("a planted problem moved to another row is found at the new row", async () => {
    const moved = await analyzeGenerated(
      {
        rows: 15,
        plant: {
          quarterSum: 14,
          capaianMismatch: 1,
          extreme: 3,
          targetZero: 5,
          missingTarget: 6,
          missingRealisasi: 7,
          duplicate: 8,
          numberAsText: 9,
          formulaError: 10,
          mixedUnits: 11,
          percentScale: 12,
        },
      },
      ["-q"]
    );
    expect(moved.planted.find((p) => p.what === "quarterSum")?.cell).toBe("J20");
    expect(moved.report.anomalies.map(key).sort()).toEqual(moved.planted.map(key).sort());
  });
});

describe("sheet names with spaces, apostrophes and unicode", () => {
  const IKU = "Capaian 'IKU' — 2025 ✓";
  const BUDGET = "Anggaran & Realisasi (Rp) ½";
  let run: Awaited<ReturnType<typeof analyzeGenerated>>;
  beforeAll(async () => {
    run = await analyzeGenerated({ rows: 30, sheetName: IKU, budgetSheetName: BUDGET }, [
      "--lang",
      "en",
    ]);
  });

  test("analyse fine", () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.report.tables.map((t) => t.sheet)).toEqual([IKU, BUDGET]);
    // Each table says how sure the reading is, what each column was taken to be, and the arithmetic behind it.
    expect(lines(run.stdout)).toContain(`  ${IKU}!A4:K35 (IKU, 30 indicators; confidence 93.00%)`);
    expect(lines(run.stdout)).toContain(
      "    columns: A=No., B=objective/programme, C=indicator, D=unit, E=target, F=Quarter I, G=Quarter II, H=Quarter III, I=Quarter IV, J=realisation, K=achievement"
    );
  });

  test("the anomaly cells are right, on the right sheets", () => {
    expect(run.planted.some((p) => p.sheet === IKU)).toBe(true);
    expect(run.planted.some((p) => p.sheet === BUDGET)).toBe(true);
    expect(run.report.anomalies.map(key).sort()).toEqual(run.planted.map(key).sort());
    for (const a of run.report.anomalies)
      expect(run.stdout).toContain(`${a.rule} ${a.sheet}!${a.cell}: ${a.message}`);
  });
});
