// `capaian analyze --marks MARKS.json`: review states in --json, and --fail-on ignoring accepted findings.
import * as fs from "fs";
import * as path from "path";
import type { ReviewedReport } from "../../src/cli/review";
import { cleanupTmp, ensureBuilt, lines, runCli, SAMPLE, tmpDir } from "./cli-helpers";

jest.setTimeout(120_000);

beforeAll(() => ensureBuilt());
afterAll(() => cleanupTmp());

const AT = "2026-01-02T03:04:05.000Z";
let dir: string;
let open: ReviewedReport;

function writeMarks(name: string, marks: unknown): string {
  const f = path.join(dir, name);
  fs.writeFileSync(f, JSON.stringify(marks));
  return f;
}

beforeAll(async () => {
  dir = tmpDir();
  const empty = writeMarks("empty.json", { version: 1, marks: [] });
  const r = await runCli([
    "analyze",
    SAMPLE,
    "--marks",
    empty,
    "--json",
    path.join(dir, "open.json"),
    "-q",
  ]);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe("");
  open = JSON.parse(fs.readFileSync(path.join(dir, "open.json"), "utf8"));
});

const errors = () => open.anomalies.filter((a) => a.severity === "error");
const accept = (keys: string[]) =>
  keys.map((key) => ({ key, state: "accepted", reason: "Sudah dikonfirmasi", by: "Rina", at: AT }));

test("with an empty marks file every anomaly is open and carries its key", () => {
  // 20 since NUMBER_AS_TEXT is one finding per column (issue 8), not one per cell.
  expect(open.anomalies).toHaveLength(20);
  for (const a of open.anomalies)
    expect(a.review).toEqual({
      key: expect.stringMatching(/^[A-Z_]+\|.+#[0-9a-f]{16}$/),
      state: "open",
    });
  expect(open.review).toEqual({ kept: [], reopened: [], orphaned: [], problems: [] });
  expect(errors()).toHaveLength(4);
});

test("--fail-on error passes when every error is accepted, and says how many it ignored", async () => {
  const marks = writeMarks("all.json", {
    version: 1,
    marks: accept(errors().map((a) => a.review.key)),
  });
  const json = path.join(dir, "all-out.json");
  const r = await runCli([
    "analyze",
    SAMPLE,
    "--marks",
    marks,
    "--fail-on",
    "error",
    "--json",
    json,
  ]);
  expect(r.code).toBe(0);
  expect(lines(r.stderr)).toEqual([
    "Tanda tinjauan: 4 berlaku, 0 dibuka lagi (sel sumber berubah), 0 temuannya sudah tidak ada",
    "4 temuan berstatus diterima diabaikan oleh --fail-on",
  ]);
  const out: ReviewedReport = JSON.parse(fs.readFileSync(json, "utf8"));
  const accepted = out.anomalies.filter((a) => a.review.state === "accepted");
  expect(accepted.map((a) => `${a.sheet}!${a.cell}`)).toEqual([
    "Capaian IKU 2025!J6",
    "Capaian IKU 2025!J8",
    "Anggaran dan Kinerja 2025!I5",
    "Anggaran dan Kinerja 2025!I7",
  ]);
  expect(accepted[0].review.mark).toEqual({
    key: accepted[0].review.key,
    state: "accepted",
    reason: "Sudah dikonfirmasi",
    by: "Rina",
    at: AT,
  });
  // Warnings are not accepted: --fail-on warning still fails.
  const w = await runCli([
    "analyze",
    SAMPLE,
    "--marks",
    marks,
    "--fail-on",
    "warning",
    "-q",
    "--lang",
    "en",
  ]);
  expect(w.code).toBe(1);
  expect(lines(w.stderr)).toEqual(["4 accepted findings ignored by --fail-on"]);
});

test("one error left open still fails; 'checked' is not 'accepted'; unknown keys are orphaned", async () => {
  const keys = errors().map((a) => a.review.key);
  const marks = writeMarks("three.json", {
    version: 1,
    marks: [
      ...accept(keys.slice(0, 3)),
      { key: keys[3], state: "checked", by: "Rina", at: AT },
      {
        key: "CAPAIAN_MISMATCH|Capaian IKU 2025|baris lama|capaian#0123456789abcdef",
        state: "checked",
        by: "Rina",
        at: AT,
      },
    ],
  });
  const json = path.join(dir, "three-out.json");
  const r = await runCli([
    "analyze",
    SAMPLE,
    "--marks",
    marks,
    "--fail-on",
    "error",
    "--json",
    json,
    "-q",
  ]);
  expect(r.code).toBe(1);
  expect(lines(r.stderr)).toEqual(["3 temuan berstatus diterima diabaikan oleh --fail-on"]);
  const out: ReviewedReport = JSON.parse(fs.readFileSync(json, "utf8"));
  expect(out.anomalies.filter((a) => a.review.state === "checked")).toHaveLength(1);
  expect(out.review.orphaned.map((m) => m.key)).toEqual([
    "CAPAIAN_MISMATCH|Capaian IKU 2025|baris lama|capaian#0123456789abcdef",
  ]);
  expect(out.review.kept).toHaveLength(4);
});

test("--json - --quiet with --marks prints only the JSON", async () => {
  const marks = writeMarks("one.json", { version: 1, marks: accept([errors()[0].review.key]) });
  const r = await runCli(["analyze", SAMPLE, "--marks", marks, "--json", "-", "--quiet"]);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe("");
  const out: ReviewedReport = JSON.parse(r.stdout);
  expect(out.review.kept).toHaveLength(1);
});

test("a marks file that cannot be used: one clear line, exit 2", async () => {
  const missing = await runCli(["analyze", SAMPLE, "--marks", path.join(dir, "nope.json")]);
  expect(missing.code).toBe(2);
  expect(lines(missing.stderr)).toEqual([
    `Berkas tanda tinjauan tidak dapat dipakai: ${path.join(dir, "nope.json")} (ENOENT)`,
  ]);
  const bad = writeMarks("bad.json", "x");
  fs.writeFileSync(bad, "{ not json");
  const b = await runCli(["analyze", SAMPLE, "--marks", bad, "--lang", "en"]);
  expect(b.code).toBe(2);
  expect(lines(b.stderr)[0]).toMatch(/^The review marks file cannot be used: .*bad\.json \(/);
  // Some invalid marks: the valid ones are used and the others named.
  const mixed = writeMarks("mixed.json", {
    version: 1,
    marks: [
      ...accept([errors()[0].review.key]),
      { key: "x", state: "accepted", by: "Rina", at: AT },
    ],
  });
  const m = await runCli(["analyze", SAMPLE, "--marks", mixed, "-q", "--fail-on", "error"]);
  expect(m.code).toBe(1);
  expect(lines(m.stderr)).toEqual([
    "Masalah: tanda tinjauan 2: reason tidak ada atau tidak sah",
    "1 temuan berstatus diterima diabaikan oleh --fail-on",
  ]);
});

test("--marks without a value is an unknown option", async () => {
  const r = await runCli(["analyze", SAMPLE, "--marks"]);
  expect(r.code).toBe(2);
});
