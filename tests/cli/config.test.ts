// `--config` is validated once at the edge: each invalid value gets one line in the chosen language and is
// ignored; the analysis runs as without it (issue 13.5).
import * as fs from "fs";
import * as path from "path";
import { cleanupTmp, ensureBuilt, lines, runCli, SAMPLE, tmpDir } from "./cli-helpers";

jest.setTimeout(120_000);

beforeAll(() => ensureBuilt());
afterAll(() => cleanupTmp());

function configFile(body: unknown): string {
  const file = path.join(tmpDir(), "bad.json");
  fs.writeFileSync(file, JSON.stringify(body));
  return file;
}

test('{"lang":"fr","cap":"x","tables":7}: exit 0, one Indonesian line per ignored value, the normal analysis', async () => {
  const bad = configFile({ lang: "fr", cap: "x", tables: 7 });
  const plain = await runCli(["analyze", SAMPLE]);
  const r = await runCli(["analyze", SAMPLE, "--config", bad]);
  expect(r.code).toBe(0);
  const err = lines(r.stderr);
  expect(err).toHaveLength(3);
  expect(err[0]).toMatch(
    /bad\.json: pengaturan cap = "x" diabaikan; yang berlaku: null, 1, 1\.1 atau 1\.2$/
  );
  expect(err[1]).toMatch(/pengaturan lang = "fr" diabaikan; yang berlaku: "id" atau "en"$/);
  expect(err[2]).toMatch(/pengaturan tables = 7 diabaikan; yang berlaku: daftar/);
  expect(r.stderr).not.toMatch(/Cannot read|undefined|    at /);
  // The analysis is the one without a config (Indonesian, defaults).
  expect(r.stdout).toBe(plain.stdout);
});

test("with --lang en the same problems are in English and the analysis in English", async () => {
  const bad = configFile({ lang: "fr", cap: "x", tables: 7 });
  const r = await runCli(["analyze", SAMPLE, "--config", bad, "--lang", "en"]);
  expect(r.code).toBe(0);
  const err = lines(r.stderr);
  expect(err).toEqual([
    expect.stringMatching(/setting cap = "x" ignored; allowed: null, 1, 1\.1 or 1\.2$/),
    expect.stringMatching(/setting lang = "fr" ignored; allowed: "id" or "en"$/),
    expect.stringMatching(/setting tables = 7 ignored; allowed: a list/),
  ]);
  expect(r.stdout).toMatch(/^Tables found: 6$/m);
});

test("valid values in the same file still apply: lang en from the file, a bad cap ignored", async () => {
  const cfg = configFile({ lang: "en", cap: 5, missingPolicy: "zero" });
  const r = await runCli(["analyze", SAMPLE, "--config", cfg]);
  expect(r.code).toBe(0);
  expect(lines(r.stderr)).toEqual([
    expect.stringMatching(/setting cap = 5 ignored; allowed: null, 1, 1\.1 or 1\.2$/),
  ]);
  expect(r.stdout).toMatch(/missing values counted as 0\)/);
});

test("a config that is not an object is one line and the defaults", async () => {
  const cfg = configFile([1, 2]);
  const r = await runCli(["analyze", SAMPLE, "--config", cfg]);
  expect(r.code).toBe(0);
  expect(lines(r.stderr)).toEqual([
    expect.stringMatching(/bad\.json: isi pengaturan bukan objek JSON/),
  ]);
});
