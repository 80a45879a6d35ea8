// Inputs built to hurt: zip bombs, a package missing the shared strings its cells use, a full-column merge, and a
// table long enough that any call spread over its rows would overflow the stack. Each is refused with exit 2 and
// one line, or handled quickly; a problem that stops the analysis exits non-zero.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { performance } from "perf_hooks";
import * as annotateModule from "../../src/cli/annotate";
import { main } from "../../src/cli/main";
import { afterSheetData, bomb, smallWorkbook, withPart } from "../helpers/hostile-zips";
import {
  cleanupTmp,
  ensureBuilt,
  lines,
  ROOT,
  runCli,
  SAMPLE,
  snapshotOfFile,
  tmpDir,
} from "./cli-helpers";

jest.setTimeout(120_000);

beforeAll(() => ensureBuilt());
afterAll(() => cleanupTmp());

async function refused(
  bytes: Uint8Array,
  name: string,
  lang: "id" | "en",
  re: RegExp
): Promise<number> {
  const dir = tmpDir();
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  const out = path.join(dir, "hasil.xlsx");
  const json = path.join(dir, "laporan.json");
  const t0 = performance.now();
  const r = await runCli(["analyze", file, "--out", out, "--json", json, "--lang", lang]);
  const ms = performance.now() - t0;
  expect(r.code).toBe(2);
  expect(lines(r.stderr)).toEqual([expect.stringMatching(re)]);
  expect(r.stderr).not.toMatch(/ at |Error:/);
  expect(r.stdout).toBe("");
  expect(fs.readdirSync(dir)).toEqual([name]);
  return ms;
}

describe("refused packages", () => {
  test("a 1.2 MB zip bomb that lies about its size: exit 2, one line, quickly", async () => {
    const ms = await refused(
      await bomb(1200, "lie"),
      "bom.xlsx",
      "id",
      /^.*bom\.xlsx: berkas terlalu besar setelah dibuka .*bom zip/
    );
    // Node's start-up included; the loader alone is held to 2 s in tests/exceljs/package-limits.test.ts.
    expect(ms).toBeLessThan(10_000);
  });

  test("the same bomb declaring its true size (English)", async () => {
    await refused(
      await bomb(1200, "true"),
      "bomb.xlsx",
      "en",
      /bomb\.xlsx: the file is too large once unpacked .*zip bomb/
    );
  });

  test("text cells without sharedStrings.xml: exit 2, one line", async () => {
    const pkg = await withPart(await smallWorkbook(), "xl/sharedStrings.xml", () => null);
    await refused(pkg, "tanpa-teks.xlsx", "id", /tanpa-teks\.xlsx: berkas rusak: sel teks merujuk/);
    await refused(
      pkg,
      "no-strings.xlsx",
      "en",
      /no-strings\.xlsx: the file is damaged: text cells refer/
    );
  });
});

test("a full-column merge: analysed and annotated (--out) quickly, user cells intact", async () => {
  const dir = tmpDir();
  const file = path.join(dir, "gabung.xlsx");
  const pkg = await withPart(await smallWorkbook(), "xl/worksheets/sheet1.xml", (x) =>
    afterSheetData(x, '<mergeCells count="1"><mergeCell ref="H1:H1048576"/></mergeCells>')
  );
  fs.writeFileSync(file, pkg);
  const out = path.join(dir, "hasil.xlsx");
  const t0 = performance.now();
  const r = await runCli(["analyze", file, "--out", out, "-q"]);
  expect(performance.now() - t0).toBeLessThan(10_000);
  expect(r.code).toBe(0);
  const before = (await snapshotOfFile(file)).sheets[0].values;
  const after = (await snapshotOfFile(out)).sheets[0].values;
  for (let row = 0; row < before.length; row++)
    for (let col = 0; col < before[row].length; col++)
      expect(after[row][col]).toEqual(before[row][col]);
});

describe("no spread or recursion over rows (a 200 KB stack)", () => {
  // A call spread (push(...rows), Math.max(...rows)) puts every element on the stack: 40,000 rows need ~320 KB and
  // overflow a 200 KB stack, which the engine's ordinary work fits in. So does a recursion over a formula built
  // row by row (ROWS(a)+ROWS(b)+… over 5,000 separate runs of rows).
  const script = `
    const core = require(process.argv[1] + "/lib/core");
    const n = Number(process.argv[2]);
    const gaps = process.argv[3] === "gaps";
    const values = [["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"]];
    for (let i = 1; i <= n; i++) {
      values.push([i, "Indikator " + i, 100, 90 + (i % 7), (90 + (i % 7)) / 100]);
      if (gaps && i % 2 === 0) values.push([null, "Subtotal " + i]);
    }
    const a = core.analyzeWorkbook({ sheets: [{ name: "IKU", values }] }, { missingPolicy: gaps ? "zero" : "exclude" });
    const plan = core.buildWritePlan(a, { capabilities: { notes: true, comments: false, charts: true },
      lang: "id", summary: true, now: "2025-06-30T08:00:00.000Z" });
    process.stdout.write(JSON.stringify({ indicators: a.report.indicators.length,
      problems: a.report.problems, cells: plan.cells.length }));`;
  const run = (n: number, layout: string) =>
    JSON.parse(
      execFileSync(process.execPath, ["--stack-size=200", "-e", script, ROOT, String(n), layout], {
        encoding: "utf8",
        env: { ...process.env, NODE_OPTIONS: "" },
      })
    );

  test("40,000 contiguous rows analysed and planned", () => {
    const r = run(40000, "contiguous");
    expect(r.problems).toEqual([]);
    expect(r.indicators).toBe(40000);
    expect(r.cells).toBeGreaterThan(40000);
  });

  test("10,000 rows in 5,000 runs, missing values counted as zero (a long ROWS(…)+ROWS(…) chain)", () => {
    const r = run(10000, "gaps");
    expect(r.problems).toEqual([]);
    expect(r.indicators).toBe(10000);
  });
});

describe("--out on a long table under a 200 KB stack", () => {
  // The write path has row-sized arrays of its own (owned block bounds, the sheet's <dimension>, total checks): a
  // spread there overflowed the stack on 200,000 rows in npm run bench, and on 40,000 rows under a 200 KB stack.
  test("40,000 rows annotated with --out: exit 0 and the copy is written", async () => {
    ensureBuilt();
    const dir = tmpDir();
    const input = path.join(dir, "iku-40000.xlsx");
    const output = path.join(dir, "iku-40000-out.xlsx");
    const { makeIkuWorkbook } = await import("../helpers/make-workbook");
    fs.writeFileSync(input, (await makeIkuWorkbook({ rows: 40000, sasaranRows: 50 })).bytes);
    const cli = path.join(ROOT, "bin", "capaian.js");
    const r = (() => {
      try {
        execFileSync(
          process.execPath,
          ["--stack-size=200", cli, "analyze", input, "--out", output, "-q"],
          {
            encoding: "utf8",
            env: { ...process.env, NODE_OPTIONS: "" },
            stdio: "pipe",
          }
        );
        return { code: 0, err: "" };
      } catch (e) {
        const x = e as { status: number; stderr: string };
        return { code: x.status, err: x.stderr };
      }
    })();
    expect(r).toEqual({ code: 0, err: "" });
    expect(fs.statSync(output).size).toBeGreaterThan(fs.statSync(input).size);
  });
});

describe("a problem that stops the analysis", () => {
  test("analyzeWorkbook lists it in stopped (a config problem is not one)", () => {
    const { analyzeWorkbook } = require("../../src/core");
    const broken: unknown[] = [["No", "Indikator"]];
    Object.defineProperty(broken, 1, {
      get() {
        throw new Error("baris tidak terbaca");
      },
    });
    broken.length = 3;
    const a = analyzeWorkbook({ sheets: [{ name: "IKU", values: broken }] }, { cap: 7 });
    expect(a.report.problems).toHaveLength(2);
    expect(a.stopped).toEqual([expect.stringMatching(/IKU.*baris tidak terbaca/)]);
  });

  test("the CLI exits 2 with one line and writes no annotated workbook", async () => {
    const spy = jest.spyOn(annotateModule, "analyzeSnapshot").mockImplementation((snap, cfg) => {
      spy.mockRestore();
      const a = annotateModule.analyzeSnapshot(snap, cfg);
      return {
        ...a,
        stopped: ['Lembar "X" tidak dapat dibaca seluruhnya: Maximum call stack size exceeded'],
      };
    });
    const dir = tmpDir();
    const out = path.join(dir, "hasil.xlsx");
    const err: string[] = [];
    const std: string[] = [];
    const code = await main(["analyze", SAMPLE, "--out", out, "-q"], {
      out: (l) => std.push(l),
      err: (l) => err.push(l),
    });
    expect(code).toBe(2);
    expect(err).toEqual([expect.stringMatching(/analisis tidak selesai.*Maximum call stack/)]);
    expect(fs.existsSync(out)).toBe(false);
  });
});
