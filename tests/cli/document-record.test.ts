// `capaian analyze FILE` reads the workbook's own record (issue 10 item 6): the settings and review marks the pane
// saved in the file's add-in part. --config overrides its settings key by key, --marks replaces its marks, and
// --out copies the record untouched.
import * as fs from "fs";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { rawEntries } from "../../src/adapters/xlsx/zip-entries";
import type { ReviewedReport } from "../../src/cli/review";
import { ADDIN_ID, MARKS_KEY, SETTINGS_KEY, storedFromSetting, type Report } from "../../src/core";
import { OTHER_ADDIN, withWebextensions } from "../xlsx/webextension-parts";
import { cleanupTmp, ensureBuilt, lines, runCli, SAMPLE, tmpDir } from "./cli-helpers";

jest.setTimeout(120_000);

const AT = "2026-01-02T03:04:05.000Z";
let dir: string;
/** The sample analysed with defaults, and with the workbook's settings given as --config: its findings' keys. */
let plain: ReviewedReport;
let capped: ReviewedReport;
const SAVED = { cap: 1, tolerance: 0.001 };

/** The sample with our record (settings and marks as the pane stores them) beside another add-in's. */
function workbookWith(name: string, settings: unknown, marks: unknown): string {
  const props: Record<string, string> = {};
  if (settings !== undefined) props[SETTINGS_KEY] = storedFromSetting(JSON.stringify(settings));
  if (marks !== undefined) props[MARKS_KEY] = storedFromSetting(JSON.stringify(marks));
  const bytes = withWebextensions(new Uint8Array(fs.readFileSync(SAMPLE)), [
    { addinId: OTHER_ADDIN, props: { "other.key": storedFromSetting("keep") } },
    { addinId: ADDIN_ID, storeType: "Registry", props },
  ]);
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

async function analyze(
  args: string[]
): Promise<{ code: number; stderr: string; report: ReviewedReport }> {
  const json = path.join(dir, `out-${Math.random().toString(36).slice(2)}.json`);
  const r = await runCli(["analyze", ...args, "--json", json, "-q"]);
  const report = fs.existsSync(json) ? JSON.parse(fs.readFileSync(json, "utf8")) : null;
  return { code: r.code, stderr: r.stderr, report };
}

const errorKeys = (r: Report) =>
  (r as ReviewedReport).anomalies.filter((a) => a.severity === "error").map((a) => a.review.key);
const accept = (keys: string[]): { version: 1; marks: Array<Record<string, string>> } => ({
  version: 1,
  marks: keys.map((key) => ({
    key,
    state: "accepted",
    reason: "Sudah dikonfirmasi",
    by: "Rina",
    at: AT,
  })),
});

beforeAll(async () => {
  ensureBuilt();
  dir = tmpDir();
  const empty = path.join(dir, "empty.json");
  fs.writeFileSync(empty, JSON.stringify({ version: 1, marks: [] }));
  const r = await analyze([SAMPLE, "--marks", empty]);
  expect(r.code).toBe(0);
  plain = r.report;
  const config = path.join(dir, "saved.json");
  fs.writeFileSync(config, JSON.stringify(SAVED));
  const c = await analyze([SAMPLE, "--marks", empty, "--config", config]);
  expect(c.code).toBe(0);
  capped = c.report;
  expect(errorKeys(capped).length).toBeGreaterThan(1);
});
afterAll(() => cleanupTmp());

test("the workbook's cap and marks apply: the report shows the cap, the marked finding's state, --fail-on passes", async () => {
  const file = workbookWith("record.xlsx", SAVED, accept(errorKeys(capped)));
  const r = await analyze([file, "--fail-on", "error"]);
  expect(r.code).toBe(0);
  expect(r.report.config.cap).toBe(1);
  expect(r.report.config.tolerance).toBe(0.001);
  // The cap changes the headline: no indicator counts above 100%.
  expect(plain.overall.capaian).toBeGreaterThan(1);
  expect(r.report.overall.capaian).toBeLessThanOrEqual(1);
  const accepted = r.report.anomalies.filter((a) => a.review.state === "accepted");
  expect(accepted.map((a) => a.review.key).sort()).toEqual(errorKeys(capped).sort());
  expect(accepted[0].review.mark).toMatchObject({ by: "Rina", reason: "Sudah dikonfirmasi" });
  expect(r.report.review.kept).toHaveLength(errorKeys(capped).length);
  expect(lines(r.stderr)).toEqual([
    `${errorKeys(capped).length} temuan berstatus diterima diabaikan oleh --fail-on`,
  ]);
});

test("--fail-on error still fails on an error that is only checked, not accepted", async () => {
  const [first, ...rest] = errorKeys(capped);
  const marks = accept(rest);
  marks.marks.push({ key: first, state: "checked", by: "Rina", at: AT });
  const file = workbookWith("one-open.xlsx", SAVED, marks);
  const r = await analyze([file, "--fail-on", "error"]);
  expect(r.code).toBe(1);
  expect(r.report.anomalies.find((a) => a.review.key === first)?.review.state).toBe("checked");
});

test("--config overrides the workbook's settings key by key; --marks replaces its marks", async () => {
  const file = workbookWith(
    "override.xlsx",
    { cap: 1, tolerance: 0.001 },
    accept(errorKeys(capped))
  );
  const config = path.join(dir, "config.json");
  fs.writeFileSync(config, JSON.stringify({ cap: 1.2 }));
  const empty = path.join(dir, "none.json");
  fs.writeFileSync(empty, JSON.stringify({ version: 1, marks: [] }));
  const r = await analyze([file, "--config", config, "--marks", empty, "--fail-on", "error"]);
  expect(r.report.config.cap).toBe(1.2);
  expect(r.report.config.tolerance).toBe(0.001);
  expect(r.report.anomalies.every((a) => a.review.state === "open")).toBe(true);
  expect(r.code).toBe(1);
});

test("invalid saved values are named on one line each and ignored; the rest applies", async () => {
  const file = workbookWith(
    "invalid.xlsx",
    { cap: 5, tolerance: 0.001 },
    { version: 1, marks: [{ key: "x" }] }
  );
  const r = await analyze([file, "--lang", "en"]);
  expect(r.code).toBe(0);
  expect(r.report.config.cap).toBeNull();
  expect(r.report.config.tolerance).toBe(0.001);
  const [settingsLine, marksLine, ...more] = lines(r.stderr);
  expect(settingsLine.startsWith(`${file}, settings saved in the workbook: `)).toBe(true);
  expect(settingsLine).toMatch(/\bcap\b.*\b5\b/);
  expect(marksLine).toBe(
    `${file}, review marks saved in the workbook: review mark 1: state missing or invalid`
  );
  expect(more).toEqual([]);
});

test("--out keeps the web-extension parts byte for byte (ours and the other add-in's)", async () => {
  const file = workbookWith("keep.xlsx", SAVED, accept(errorKeys(capped).slice(0, 1)));
  const out = path.join(dir, "keep.capaian.xlsx");
  const r = await runCli(["analyze", file, "--out", out, "-q"]);
  expect(r.code).toBe(0);
  const before = rawEntries(new Uint8Array(fs.readFileSync(file)))!;
  const after = rawEntries(new Uint8Array(fs.readFileSync(out)))!;
  const parts = [...before.keys()].filter((n) => n.startsWith("xl/webextensions/"));
  expect(parts).toHaveLength(4);
  for (const p of parts)
    expect([p, after.get(p)?.compressed]).toEqual([p, before.get(p)?.compressed]);
  // Its root relationship and content types are still declared.
  const files = unzipSync(new Uint8Array(fs.readFileSync(out)));
  const text = (n: string) => strFromU8(files[n]);
  expect(text("_rels/.rels")).toContain("webextensiontaskpanes");
  expect(text("[Content_Types].xml")).toContain("application/vnd.ms-office.webextension+xml");
  // Ringkasan lists the workbook's marks (who, why), as a run in the pane does; the input names no reviewer.
  const cellText = (parts: Record<string, Uint8Array>) =>
    Object.keys(parts)
      .filter((n) => /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(n))
      .map((n) => strFromU8(parts[n]))
      .join("");
  expect(cellText(unzipSync(new Uint8Array(fs.readFileSync(file))))).not.toContain("Rina");
  const written = cellText(files);
  expect(written).toContain("Catatan pemeriksaan");
  expect(written).toContain("Sudah dikonfirmasi");
  expect(written).toContain("Rina");
});
