// `capaian analyze --out` and `capaian remove`: the annotated workbook keeps every user cell, a second run on it
// changes no cell, its formulas compute what the engine computed (checked with HyperFormula), and removal gives
// back the user's workbook exactly.
import * as fs from "fs";
import * as path from "path";
import { HyperFormula } from "hyperformula";
import {
  META_SHEET,
  type Report,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../../src/core/types";
import { makeIkuWorkbook } from "../helpers/make-workbook";
import {
  cellDiff,
  cleanupTmp,
  ensureBuilt,
  normalizeSheet,
  ROOT,
  runCli,
  SAMPLE,
  snapshotOfFile,
  tmpDir,
} from "./cli-helpers";

jest.setTimeout(180_000);

const HAS_PLAN = fs.existsSync(path.join(ROOT, "src/core/plan/build-plan.ts"));

beforeAll(() => {
  if (HAS_PLAN) ensureBuilt();
});
afterAll(() => cleanupTmp());

/** Cells (0-based) holding a value or a formula. */
function filled(s: SheetSnapshot): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  s.values.forEach((row, r) =>
    (row ?? []).forEach((v, c) => {
      if ((v !== null && v !== undefined && v !== "") || s.formulas?.[r]?.[c]) out.push([r, c]);
    })
  );
  return out;
}

/** Recomputes every formula of the workbook with HyperFormula; returns the cells whose cached result differs. */
function recomputeMismatches(
  w: WorkbookSnapshot,
  only: (sheet: string, r: number, c: number) => boolean
): string[] {
  const data: Record<string, unknown[][]> = {};
  for (const s of w.sheets) {
    data[s.name] = s.values.map((row, r) =>
      (row ?? []).map((v, c) => {
        const f = s.formulas?.[r]?.[c];
        if (f) return f;
        if (v === null || v === undefined) return null;
        if (typeof v === "object") return v.error;
        // An apostrophe keeps texts such as "1.234" texts, as they are in Excel.
        return typeof v === "string" ? "'" + v : v;
      })
    );
  }
  const hf = HyperFormula.buildFromSheets(data as never, { licenseKey: "gpl-v3" });
  const bad: string[] = [];
  try {
    for (const s of w.sheets) {
      const sheet = hf.getSheetId(s.name) as number;
      s.formulas?.forEach((row, r) =>
        (row ?? []).forEach((f, c) => {
          if (!f || !only(s.name, r, c)) return;
          const got = hf.getCellValue({ sheet, row: r, col: c });
          const cached = s.values[r]?.[c] ?? null;
          const same =
            typeof got === "number" && typeof cached === "number"
              ? Math.abs(got - cached) <= 1e-9 * Math.max(1, Math.abs(cached))
              : (got === "" || got === null) && (cached === "" || cached === null)
                ? true
                : got === cached;
          if (!same)
            bad.push(
              `${s.name}!R${r + 1}C${c + 1} ${f}: Excel-like ${JSON.stringify(got)} vs cached ${JSON.stringify(cached)}`
            );
        })
      );
    }
  } finally {
    hf.destroy();
  }
  return bad;
}

interface Case {
  name: string;
  make(dir: string): Promise<string>;
  lang: "id" | "en";
}

const CASES: Case[] = [
  { name: "the sample", make: async () => SAMPLE, lang: "id" },
  {
    name: "a generated workbook with unicode sheet names",
    lang: "en",
    make: async (dir) => {
      const { bytes } = await makeIkuWorkbook({
        rows: 30,
        sheetName: "Capaian 'IKU' — 2025 ✓",
        budgetSheetName: "Anggaran & Realisasi ½",
      });
      const f = path.join(dir, "buatan ✓.xlsx");
      fs.writeFileSync(f, bytes);
      return f;
    },
  },
];

(HAS_PLAN ? describe.each(CASES) : describe.skip.each(CASES))("--out and remove on $name", (c) => {
  let dir: string;
  let orig: WorkbookSnapshot;
  let out: WorkbookSnapshot;
  let out2: WorkbookSnapshot;
  let clean: WorkbookSnapshot;
  let sameName: WorkbookSnapshot;
  let r1: Report;
  let r2: Report;
  const runs: Record<string, Awaited<ReturnType<typeof runCli>>> = {};

  beforeAll(async () => {
    dir = tmpDir();
    const file = await c.make(dir);
    const P = (n: string) => path.join(dir, n);
    const lang = c.lang === "en" ? ["--lang", "en"] : [];
    runs.first = await runCli([
      "analyze",
      file,
      "--out",
      P("out.xlsx"),
      "--json",
      P("r1.json"),
      ...lang,
    ]);
    runs.second = await runCli([
      "analyze",
      P("out.xlsx"),
      "--out",
      P("out2.xlsx"),
      "--json",
      P("r2.json"),
      "-q",
      ...lang,
    ]);
    // The same re-run, on a copy of OUT that carries the original file's name.
    const base = path.basename(file);
    fs.mkdirSync(P("again"));
    fs.mkdirSync(P("again2"));
    fs.copyFileSync(P("out.xlsx"), path.join(P("again"), base));
    runs.sameName = await runCli([
      "analyze",
      path.join(P("again"), base),
      "--out",
      path.join(P("again2"), base),
      "-q",
      ...lang,
    ]);
    runs.remove = await runCli(["remove", P("out.xlsx"), "--out", P("clean.xlsx"), ...lang]);
    runs.removeAgain = await runCli([
      "remove",
      P("clean.xlsx"),
      "--out",
      P("clean2.xlsx"),
      ...lang,
    ]);
    orig = await snapshotOfFile(file);
    out = await snapshotOfFile(P("out.xlsx"));
    out2 = await snapshotOfFile(P("out2.xlsx"));
    clean = await snapshotOfFile(P("clean.xlsx"));
    sameName = await snapshotOfFile(path.join(P("again2"), base));
    r1 = JSON.parse(fs.readFileSync(P("r1.json"), "utf8"));
    r2 = JSON.parse(fs.readFileSync(P("r2.json"), "utf8"));
  });

  test("every run exits 0 without stderr", () => {
    for (const [k, r] of Object.entries(runs)) {
      expect({ run: k, code: r.code, stderr: r.stderr }).toEqual({ run: k, code: 0, stderr: "" });
    }
    expect(runs.first.stdout).toMatch(
      c.lang === "en"
        ? /Annotated workbook written: .*out\.xlsx/
        : /Buku kerja beranotasi ditulis: .*out\.xlsx/
    );
    expect(runs.remove.stdout).toMatch(
      c.lang === "en"
        ? /All Capaian IKU output removed: .*clean\.xlsx/
        : /Semua hasil Capaian IKU dihapus: .*clean\.xlsx/
    );
    expect(runs.removeAgain.stdout).toMatch(
      c.lang === "en" ? /No Capaian IKU output in/ : /Tidak ada hasil Capaian IKU di/
    );
  });

  test("--out writes a workbook with the add-in's output: computed cells, a summary sheet, the hidden record", () => {
    const names = orig.sheets.map((s) => s.name);
    expect(out.sheets.slice(0, names.length).map((s) => s.name)).toEqual(names);
    const added = out.sheets.slice(names.length);
    expect(added.length).toBeGreaterThanOrEqual(1);
    const meta = out.sheets.find((s) => s.name === META_SHEET);
    expect(meta?.hidden).toBe(true);
    let newCells = 0;
    for (const s of orig.sheets) {
      const o = out.sheets.find((x) => x.name === s.name) as SheetSnapshot;
      newCells += filled(o).length - filled(s).length;
    }
    expect(newCells).toBeGreaterThan(0);
    // Notes on the anomaly cells.
    const notes =
      out.sheets.reduce((n, s) => n + (s.annotated?.length ?? 0), 0) -
      orig.sheets.reduce((n, s) => n + (s.annotated?.length ?? 0), 0);
    expect(notes).toBeGreaterThan(0);
  });

  test("no user cell is changed by --out", () => {
    const changed: string[] = [];
    for (const s of orig.sheets) {
      const o = out.sheets.find((x) => x.name === s.name) as SheetSnapshot;
      for (const [r, col] of filled(s)) {
        const a = JSON.stringify([s.values[r]?.[col] ?? null, s.formulas?.[r]?.[col] ?? null]);
        const b = JSON.stringify([o.values[r]?.[col] ?? null, o.formulas?.[r]?.[col] ?? null]);
        if (a !== b) changed.push(`${s.name}!R${r + 1}C${col + 1}: ${a} → ${b}`);
      }
      expect([...(o.merges ?? [])].sort()).toEqual(expect.arrayContaining([...(s.merges ?? [])]));
    }
    expect(changed).toEqual([]);
  });

  test("the written formulas compute what the engine computed (HyperFormula)", () => {
    const origFormula = (sheet: string, r: number, col: number) =>
      !!orig.sheets.find((s) => s.name === sheet)?.formulas?.[r]?.[col];
    expect(recomputeMismatches(out, (sheet, r, col) => !origFormula(sheet, r, col))).toEqual([]);
  });

  test("running again on a copy of OUT named like the original changes no cell", () => {
    const diffs = out.sheets.flatMap((s, i) => cellDiff(s, sameName.sheets[i]));
    expect(diffs).toEqual([]);
    expect(sameName.sheets.map(normalizeSheet)).toEqual(out.sheets.map(normalizeSheet));
  });

  test("running again on OUT.xlsx changes no cell", () => {
    expect(out2.sheets.map((s) => s.name)).toEqual(out.sheets.map((s) => s.name));
    const diffs = out.sheets.flatMap((s, i) => cellDiff(s, out2.sheets[i]));
    expect(diffs).toEqual([]);
    expect(out2.sheets.map(normalizeSheet)).toEqual(out.sheets.map(normalizeSheet));
  });

  test("the annotated workbook is analysed exactly like the original", () => {
    const strip = (r: Report) => ({ ...r, file: null });
    expect(strip(r2)).toEqual(strip(r1));
  });

  test("remove restores every user cell of the original", () => {
    expect(clean.sheets.map((s) => s.name)).toEqual(orig.sheets.map((s) => s.name));
    const diffs = orig.sheets.flatMap((s, i) => cellDiff(s, clean.sheets[i]));
    expect(diffs).toEqual([]);
    expect(clean.sheets.map(normalizeSheet)).toEqual(orig.sheets.map(normalizeSheet));
  });
});
