// `capaian analyze` on the shipped sample (LKj BP3MI DKI Jakarta 2025), run as a child process.
import * as fs from "fs";
import * as path from "path";
import type { Report } from "../../src/core/types";
import { cleanupTmp, ensureBuilt, lines, runCli, SAMPLE, tmpDir } from "./cli-helpers";
import { RULE_IDS } from "../helpers/rule-ids";

jest.setTimeout(120_000);

beforeAll(() => ensureBuilt());
afterAll(() => cleanupTmp());

const RULES = RULE_IDS;

describe("capaian analyze <sample>", () => {
  let dir: string;
  let id: Awaited<ReturnType<typeof runCli>>;
  let en: Awaited<ReturnType<typeof runCli>>;
  let report: Report;
  let reportEn: Report;

  beforeAll(async () => {
    dir = tmpDir();
    [id, en] = await Promise.all([
      runCli(["analyze", SAMPLE, "--json", path.join(dir, "id.json")]),
      runCli(["analyze", SAMPLE, "--lang", "en", "--json", path.join(dir, "en.json")]),
    ]);
    report = JSON.parse(fs.readFileSync(path.join(dir, "id.json"), "utf8"));
    reportEn = JSON.parse(fs.readFileSync(path.join(dir, "en.json"), "utf8"));
  });

  test("exits 0 with nothing on stderr", () => {
    expect(id.stderr).toBe("");
    expect(id.code).toBe(0);
    expect(en.code).toBe(0);
    expect(en.stderr).toBe("");
  });

  test("the summary is in Indonesian by default", () => {
    const out = lines(id.stdout);
    expect(out[0]).toMatch(/^Tabel ditemukan: \d+$/);
    expect(id.stdout).toMatch(
      /^Capaian keseluruhan: [\d.]+,\d\d% \(\d+ dari \d+ indikator, nilai kosong tidak dihitung\)$/m
    );
    expect(id.stdout).toMatch(/^Anomali: \d+$/m);
    expect(id.stdout).toMatch(/^ {2}galat \d+ · peringatan \d+ · info \d+$/m);
    expect(id.stdout).toContain("Laporan JSON ditulis:");
    // No English leaks into the Indonesian summary.
    expect(id.stdout).not.toMatch(
      /Tables found|Overall achievement|Anomalies:|Stated achievement|absorption/
    );
  });

  test("--lang en gives the summary and the anomaly messages in English", () => {
    const out = lines(en.stdout);
    expect(out[0]).toMatch(/^Tables found: \d+$/);
    expect(en.stdout).toMatch(
      /^Overall achievement: [\d,]+\.\d\d% \(\d+ of \d+ indicators, missing values excluded\)$/m
    );
    expect(en.stdout).toMatch(/^Anomalies: \d+$/m);
    expect(en.stdout).toContain("JSON report written:");
    expect(en.stdout).toMatch(/CAPAIAN_MISMATCH .*Stated achievement 36\.00%, computed 51\.43%/);
    expect(en.stdout).not.toMatch(
      /Tabel ditemukan|Capaian keseluruhan|Anomali:|Capaian tertulis|seharusnya/
    );
    for (const a of reportEn.anomalies)
      expect(a.message).not.toMatch(/seharusnya|tertulis|kosong|Beberapa besaran/);
    expect(reportEn.config.lang).toBe("en");
    expect(report.config.lang).toBe("id");
  });

  test("--json writes the schemaVersion 1 report with the fields issue 2 fixes", () => {
    expect(report.schemaVersion).toBe(1);
    expect(report.file).toBe("lkj-bp3mi-jakarta-2025.xlsx");
    for (const k of ["tables", "indicators", "sasaran", "budget", "anomalies", "problems"] as const)
      expect(Array.isArray(report[k])).toBe(true);
    expect(report.overall).toEqual(
      expect.objectContaining({
        counted: expect.any(Number),
        total: expect.any(Number),
        missingPolicy: "exclude",
      })
    );
    expect(report.overall.counted).toBeLessThanOrEqual(report.overall.total);
    expect(typeof report.overall.capaian).toBe("number");
    // The sample holds one IKU table (13 indicators) and one budget table on the expected sheets.
    const iku = report.tables.find((t) => t.sheet === "Capaian IKU 2025");
    expect(iku).toMatchObject({ kind: "indicators", indicators: 13 });
    expect(iku?.columns).toMatchObject({
      indikator: "C",
      target: "D",
      tw1: "E",
      tw4: "H",
      realisasi: "I",
      capaian: "J",
    });
    expect(
      report.tables.some((t) => t.sheet === "Anggaran dan Kinerja 2025" && t.kind === "budget")
    ).toBe(true);
    expect(report.indicators.length).toBe(report.tables.reduce((n, t) => n + t.indicators, 0));
    for (const i of report.indicators) {
      expect(i).toEqual(
        expect.objectContaining({
          sheet: expect.any(String),
          row: expect.any(Number),
          name: expect.any(String),
        })
      );
      if (i.capaian !== null) expect(Number.isFinite(i.capaian)).toBe(true);
    }
    for (const s of report.sasaran) expect(s.counted).toBeLessThanOrEqual(s.total);
    for (const b of report.budget) {
      expect(b.sources.pagu).toMatch(/^[A-Z]+\d+$/);
      if (b.pagu && b.realisasi !== null) expect(b.serapan).toBeCloseTo(b.realisasi / b.pagu, 12);
    }
    // Budget line 1 of the sample: 6.738.712.639 / 7.022.542.000 = 95,96 %.
    const line = report.budget.find((b) => b.sheet === "Anggaran dan Kinerja 2025" && b.row === 5);
    expect(line?.pagu).toBe(7022542000);
    expect(line?.serapan).toBeCloseTo(6738712639 / 7022542000, 12);
    for (const a of report.anomalies) {
      expect(RULES).toContain(a.rule);
      expect(["error", "warning", "info"]).toContain(a.severity);
      expect(a.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
      expect(a.message.length).toBeGreaterThan(5);
    }
  });

  test("the JSON and the printed summary tell the same story", () => {
    expect(id.stdout).toContain(`Tabel ditemukan: ${report.tables.length}\n`);
    expect(id.stdout).toContain(`Anomali: ${report.anomalies.length}\n`);
    const n = (s: string) => report.anomalies.filter((a) => a.severity === s).length;
    expect(id.stdout).toContain(
      `galat ${n("error")} · peringatan ${n("warning")} · info ${n("info")}`
    );
    for (const a of report.anomalies)
      expect(id.stdout).toContain(`[${a.severity}] ${a.rule} ${a.sheet}!${a.cell}: ${a.message}`);
    // English and Indonesian runs find the same anomalies at the same cells.
    const key = (r: Report) => r.anomalies.map((a) => `${a.rule} ${a.sheet}!${a.cell}`);
    expect(key(reportEn)).toEqual(key(report));
  });

  test("known problems of the sample are reported at their cells", () => {
    const has = (rule: string, sheet: string, cell: string) =>
      report.anomalies.some((a) => a.rule === rule && a.sheet === sheet && a.cell === cell);
    // "75 Kasus 36%" in the annual column: two quantities in one cell, and 36% stated where 36/70 = 51,43%.
    expect(has("MIXED_UNITS", "Capaian IKU 2025", "I6")).toBe(true);
    expect(has("CAPAIAN_MISMATCH", "Capaian IKU 2025", "J6")).toBe(true);
    const j6 = report.anomalies.find(
      (a) => a.rule === "CAPAIAN_MISMATCH" && a.cell === "J6" && a.sheet === "Capaian IKU 2025"
    );
    expect(j6?.expected as number).toBeCloseTo(0.36 / 0.7, 9);
    expect(j6?.actual).toBeCloseTo(0.36, 9);
    // A clean indicator (row 7: 100% of 100%) is not flagged anywhere.
    expect(
      report.anomalies.filter((a) => a.sheet === "Capaian IKU 2025" && /^[A-Z]+7$/.test(a.cell))
    ).toEqual([]);
  });

  test("--fail-on error exits 1 (the sample has errors) and still writes the report", async () => {
    const json = path.join(dir, "fail.json");
    const r = await runCli(["analyze", SAMPLE, "--fail-on", "error", "--json", json, "--quiet"]);
    expect(report.anomalies.some((a) => a.severity === "error")).toBe(true);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(JSON.parse(fs.readFileSync(json, "utf8")).schemaVersion).toBe(1);
    const w = await runCli(["analyze", SAMPLE, "--fail-on=warning", "-q"]);
    expect(w.code).toBe(1);
    expect(w.stdout).toBe("");
  });

  test("--json - --quiet prints only the JSON on stdout", async () => {
    const r = await runCli(["analyze", SAMPLE, "--json", "-", "--quiet", "--lang", "en"]);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout) as Report;
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.anomalies.map((a) => a.cell)).toEqual(reportEn.anomalies.map((a) => a.cell));
  });

  test("help and version", async () => {
    const h = await runCli(["--help"]);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/^Pemakaian:/);
    const he = await runCli(["--help", "--lang", "en"]);
    expect(he.stdout).toMatch(/^Usage:/);
    const v = await runCli(["--version"]);
    expect(v.stdout.trim()).toMatch(/^capaian \d+\.\d+\.\d+$/);
  });
});
