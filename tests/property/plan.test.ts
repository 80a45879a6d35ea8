// Properties of the WritePlan (buildWritePlan) on random layouts:
// - cells are written only into cells that are empty in the user's view (no value, no formula, not merged), or on
//   the add-in's own new sheets; every one of them is recorded in the ownership record;
// - flags and notes go only on cells an anomaly names (never on other user cells), notes never over a user's note;
// - no text from the sheet ever ends up in a `formula` (texts carry a marker "ʘ"; string literals are compared),
//   and every formula is valid Excel syntax (HyperFormula's parser), sheet names quoted correctly;
// - applying the plan and analysing again sees exactly the user's cells and the same anomalies, and the second
//   plan writes the same cells (what makes re-runs no-ops).
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { analyzeWorkbook } from "../../src/core/analyze/analyze-workbook";
import { parseA1, parseRange, sheetRef, type RangeRef } from "../../src/core/address";
import { encodeOwnership } from "../../src/core/ownership";
import {
  FLAG_TAG,
  META_SHEET,
  NOTE_PREFIX,
  type Analysis,
  type CellValue,
  type HostCapabilities,
  type PlanOptions,
  type SheetSnapshot,
  type WorkbookSnapshot,
  type WritePlan,
} from "../../src/core/types";
import { makeIkuSnapshot } from "../helpers/make-workbook";
import { CELL_TEXTS, HEADER_WORDS, tableSheetArb } from "./arbitraries";

jest.setTimeout(120_000);

const PLAN_FILE = path.join(__dirname, "../../src/core/plan/build-plan.ts");
type PlanModule = { buildWritePlan(a: Analysis, o: PlanOptions): WritePlan };
function loadPlanModule(): PlanModule | null {
  if (!fs.existsSync(PLAN_FILE)) return null;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(PLAN_FILE) as PlanModule;
}
const planModule = loadPlanModule();
const describePlan =
  planModule && typeof planModule.buildWritePlan === "function" ? describe : describe.skip;

const MARK = "ʘ";
const LIMIT = { interruptAfterTimeLimit: 50_000, markInterruptAsFailure: false };
const KNOWN = new Set([...HEADER_WORDS, ...CELL_TEXTS]);

/** Free texts get the marker; header words and the realistic cell texts keep their meaning (checked as literals). */
function markTexts(s: SheetSnapshot): SheetSnapshot {
  return {
    ...s,
    name: s.name.split(MARK).join(""),
    values: s.values.map((row) =>
      (row ?? []).map((v) =>
        typeof v === "string" && v.trim() !== "" && !KNOWN.has(v) ? v + MARK : v
      )
    ),
  };
}

function uniqueSheets(sheets: SheetSnapshot[]): SheetSnapshot[] {
  const seen = new Set<string>([META_SHEET]);
  return sheets.filter((s) => !seen.has(s.name) && (seen.add(s.name), true));
}

const capsArb: fc.Arbitrary<HostCapabilities> = fc.record({
  notes: fc.boolean(),
  comments: fc.boolean(),
  charts: fc.boolean(),
});
const optionsArb: fc.Arbitrary<PlanOptions> = fc.record({
  capabilities: capsArb,
  lang: fc.constantFrom<"id" | "en">("id", "en"),
  summary: fc.boolean(),
  now: fc.constant("2025-06-30T08:00:00.000Z"),
});

/** Random table layouts (free texts marked), 1–3 sheets. */
const randomLayout: fc.Arbitrary<WorkbookSnapshot> = fc
  .array(tableSheetArb, { minLength: 1, maxLength: 3 })
  .map((sheets) => ({ fileName: "acak.xlsx", sheets: uniqueSheets(sheets.map(markTexts)) }));

/** The generated IKU + budget workbook with marked names, random size, user notes on some cells, junk beside it. */
const ikuLayout: fc.Arbitrary<WorkbookSnapshot> = fc
  .record({
    rows: fc.integer({ min: 12, max: 60 }),
    seed: fc.integer({ min: 1, max: 2 ** 30 }),
    sheetName: fc.constantFrom(
      "Capaian IKU",
      "Capaian 'IKU' — 2025 ✓",
      "IKU",
      "A1",
      "Sheet 1",
      "Ringkasan"
    ),
    notes: fc.array(fc.tuple(fc.nat(60), fc.nat(14)), { maxLength: 6 }),
    besides: fc.array(
      fc.tuple(
        fc.nat(60),
        fc.integer({ min: 11, max: 18 }),
        fc.constantFrom("catatan" + MARK, 1, "x" + MARK)
      ),
      { maxLength: 5 }
    ),
  })
  .map(({ rows, seed, sheetName, notes, besides }) => {
    const { snapshot, planted } = makeIkuSnapshot({ rows, seed, sheetName });
    const sheets = snapshot.sheets.map((s) => markTexts(s));
    // User notes: on some planted cells (the add-in must not add its own there) and at random places.
    sheets[0].annotated = [
      ...planted.filter((p, i) => p.sheet === sheets[0].name && i % 3 === 0).map((p) => p.cell),
      ...notes.map(([r, c]) => `${String.fromCharCode(65 + c)}${r + 1}`),
    ];
    // Cells the user filled to the right of the table: the computed block must go around them.
    for (const [r, c, v] of besides) {
      const line = sheets[0].values[r] ?? (sheets[0].values[r] = []);
      while (line.length <= c) line.push(null);
      line[c] = v as CellValue;
    }
    for (let r = 0; r < sheets[0].values.length; r++)
      if (!sheets[0].values[r]) sheets[0].values[r] = [];
    return { fileName: "iku.xlsx", sheets };
  });

function isEmptyValue(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

function merged(s: SheetSnapshot): RangeRef[] {
  const out: RangeRef[] = [];
  for (const m of s.merges ?? []) {
    try {
      out.push(parseRange(m));
    } catch {
      /* nonsense merge strings are ignored by everyone */
    }
  }
  return out;
}

const inside = (r: RangeRef, row: number, col: number) =>
  row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

/** Every user text of the view (trimmed, non-blank). */
function userTexts(view: WorkbookSnapshot): Set<string> {
  const out = new Set<string>();
  for (const s of view.sheets)
    for (const row of s.values)
      for (const v of row ?? []) if (typeof v === "string" && v.trim()) out.add(v.trim());
  return out;
}

function stringLiterals(formula: string): string[] {
  return [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
}

const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });

/**
 * Excel syntax, by HyperFormula's parser. HyperFormula is stricter than Excel about unquoted sheet names with a
 * period ("Sheet.1!A1", which Excel accepts, as Apache POI's SheetNameFormatter documents): such names are quoted
 * before a second try. Names with spaces, apostrophes or other characters must be quoted by the planner itself.
 */
function validSyntax(formula: string): boolean {
  if (hf.validateFormula(formula)) return true;
  const requoted = formula.replace(
    /(^|[^A-Za-z0-9_.'!])([A-Za-z_][A-Za-z0-9_.]*)!/g,
    (_m, pre: string, name: string) => `${pre}'${name}'!`
  );
  return requoted !== formula && hf.validateFormula(requoted);
}
afterAll(() => hf.destroy());

/** All the plan properties for one analysis; returns nothing, throws on the first broken one. */
function checkPlan(
  input: WorkbookSnapshot,
  analysis: Analysis,
  plan: WritePlan,
  options: PlanOptions
): void {
  const view = analysis.view;
  const userSheets = new Map(view.sheets.map((s) => [s.name, s]));
  const allNames = new Set(input.sheets.map((s) => s.name));
  const added = new Set(plan.addSheets);
  const anomalyCells = new Set(analysis.report.anomalies.map((a) => `${a.sheet}\u0000${a.cell}`));
  const texts = userTexts(view);
  const problems: string[] = [];

  for (const name of plan.addSheets) {
    if (
      name === META_SHEET ||
      (allNames.has(name) && !(analysis.ownership?.sheets ?? []).some((s) => s.name === name))
    )
      problems.push(`addSheets reuses an existing sheet name "${name}"`);
  }
  if (
    userSheets.has(plan.recordSheet) ||
    (allNames.has(plan.recordSheet) && plan.recordSheet !== analysis.located?.recordSheet)
  )
    problems.push(`the record goes to a user's sheet "${plan.recordSheet}"`);
  const owned = (plan.ownership?.blocks ?? []).map((b) => ({
    sheet: b.sheet,
    ref: parseRange(b.range),
  }));
  for (const w of plan.cells) {
    const where = `${w.sheet}!${w.cell}`;
    if (!/^[A-Z]{1,3}[1-9]\d*$/.test(w.cell)) problems.push(`bad address ${where}`);
    if (w.formula !== undefined && w.value !== undefined)
      problems.push(`${where} has both a value and a formula`);
    if (w.formula !== undefined) {
      if (!w.formula.startsWith("=")) problems.push(`${where} formula without "=": ${w.formula}`);
      if (w.formula.includes(MARK))
        problems.push(`${where} formula carries sheet text: ${w.formula}`);
      for (const lit of stringLiterals(w.formula))
        if (lit.trim() && texts.has(lit.trim()) && !KNOWN_LABELS.has(lit))
          problems.push(`${where} formula quotes the sheet's text "${lit}": ${w.formula}`);
      if (!validSyntax(w.formula))
        problems.push(`${where} formula is not valid syntax: ${w.formula}`);
    }
    if (added.has(w.sheet)) continue;
    const s = userSheets.get(w.sheet);
    if (!s) {
      problems.push(`${where}: a sheet that is neither the user's nor added by the plan`);
      continue;
    }
    const { row, col } = parseA1(w.cell);
    const v = s.values[row]?.[col];
    const f = s.formulas?.[row]?.[col];
    if (!isEmptyValue(v))
      problems.push(`${where} overwrites the user's value ${JSON.stringify(v)}`);
    else if (f) problems.push(`${where} overwrites the user's formula ${f}`);
    else if (merged(s).some((m) => inside(m, row, col)))
      problems.push(`${where} writes into a merged area`);
    if (!owned.some((o) => o.sheet === w.sheet && inside(o.ref, row, col)))
      problems.push(`${where} is not recorded in the ownership blocks`);
  }
  for (const f of plan.flags) {
    if (f.band) {
      // A capaian colour band colours the add-in's own computed cells, never the user's.
      const r = parseRange(f.range);
      if (
        !owned.some(
          (o) =>
            o.sheet === f.sheet && inside(o.ref, r.top, r.left) && inside(o.ref, r.bottom, r.right)
        )
      )
        problems.push(`band colour on ${f.sheet}!${f.range}, outside the add-in's blocks`);
    } else if (!anomalyCells.has(`${f.sheet}\u0000${f.range}`))
      problems.push(`flag on ${f.sheet}!${f.range}, a cell no anomaly names`);
    if (!f.formula.includes(FLAG_TAG)) problems.push(`flag without the tag: ${f.formula}`);
    if (!validSyntax(f.formula)) problems.push(`flag formula is not valid syntax: ${f.formula}`);
  }
  const kind = options.capabilities.notes
    ? "note"
    : options.capabilities.comments
      ? "comment"
      : null;
  for (const n of plan.notes) {
    const where = `${n.sheet}!${n.cell}`;
    if (!anomalyCells.has(`${n.sheet}\u0000${n.cell}`))
      problems.push(`note on ${where}, a cell no anomaly names`);
    const ours = (analysis.ownership?.notes ?? []).some(
      (o) => o.sheet === n.sheet && o.cell === n.cell
    );
    if (!ours && (userSheets.get(n.sheet)?.annotated ?? []).includes(n.cell))
      problems.push(`note over the user's own note at ${where}`);
    if (!n.text.startsWith(NOTE_PREFIX)) problems.push(`note without the prefix at ${where}`);
    if (n.kind !== kind)
      problems.push(
        `note kind ${n.kind} with capabilities ${JSON.stringify(options.capabilities)}`
      );
  }
  if (plan.ownership) {
    expect(plan.ownership.sheets.map((s) => s.name)).toEqual(plan.addSheets);
    expect(plan.ownership.writtenAt).toBe(options.now);
  }
  expect(problems).toEqual([]);
}

/** Labels the planner itself writes in formulas (status words); a sheet may hold the same words. */
const KNOWN_LABELS = new Set([
  "Tercapai",
  "Belum tercapai",
  "Tidak dapat dihitung",
  "Achieved",
  "Not achieved",
  "Cannot be computed",
]);

/** Applies a plan's cells, sheets and ownership record to a snapshot (what an adapter does, minus formatting). */
function applyToSnapshot(input: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  let sheets: SheetSnapshot[] = structuredClone(input.sheets).map((s) => ({
    ...s,
    values: Array.from({ length: s.values.length }, (_, r) => s.values[r] ?? []),
    formulas: Array.from({ length: s.values.length }, (_, r) => s.formulas?.[r] ?? []),
    numberFormats: Array.from({ length: s.values.length }, (_, r) => s.numberFormats?.[r] ?? []),
  }));
  const get = (name: string) => sheets.find((s) => s.name === name);
  for (const { sheet, range } of plan.remove.ranges) {
    const s = get(sheet);
    if (!s) continue;
    const r = parseRange(range);
    for (let row = r.top; row <= Math.min(r.bottom, s.values.length - 1); row++)
      for (let col = r.left; col <= r.right; col++) {
        if (s.values[row] && col < s.values[row].length) s.values[row][col] = null;
        if (s.formulas?.[row] && col < (s.formulas[row] as unknown[]).length)
          (s.formulas[row] as unknown[])[col] = null;
      }
  }
  sheets = sheets.filter(
    (s) => !plan.remove.sheets.includes(s.name) && s.name !== plan.recordSheet
  );
  for (const name of plan.addSheets)
    sheets.push({ name, values: [], formulas: [], numberFormats: [] });
  for (const w of plan.cells) {
    const s = get(w.sheet) as SheetSnapshot;
    const { row, col } = parseA1(w.cell);
    while (s.values.length <= row) s.values.push([]);
    const formulas = s.formulas as (string | null)[][];
    while (formulas.length <= row) formulas.push([]);
    const line = s.values[row] ?? (s.values[row] = []);
    while (line.length <= col) line.push(null);
    const fline = formulas[row] ?? (formulas[row] = []);
    while (fline.length <= col) fline.push(null);
    line[col] =
      w.formula !== undefined
        ? ((w.result ?? null) as CellValue)
        : ((w.value ?? null) as CellValue);
    fline[col] = w.formula ?? null;
    if (w.numFmt !== undefined) {
      const nfs = (s.numberFormats ?? (s.numberFormats = [])) as (string | null)[][];
      while (nfs.length <= row) nfs.push([]);
      const nline = nfs[row] ?? (nfs[row] = []);
      while (nline.length <= col) nline.push(null);
      nline[col] = w.numFmt;
    }
  }
  for (const n of plan.notes) {
    const s = get(n.sheet);
    if (s) {
      s.annotated = [...new Set([...(s.annotated ?? []), n.cell])];
      s.notes = [
        ...(s.notes ?? []).filter((x) => x.cell !== n.cell),
        { cell: n.cell, text: n.text, kind: n.kind },
      ];
    }
  }
  if (plan.ownership)
    sheets.push({
      name: plan.recordSheet,
      values: encodeOwnership(plan.ownership).map((x) => [x]),
      hidden: true,
    });
  const dropped = new Set(plan.remove.names);
  const names = [
    ...(input.names ?? []).filter((n) => !dropped.has(n.name)),
    ...plan.names.map((n) => ({
      name: n.name,
      refersTo: sheetRef(n.sheet, n.range),
      hidden: true,
    })),
  ];
  return { ...input, sheets, names };
}

function trimmed(s: SheetSnapshot) {
  const grid = (g: unknown[][] | undefined) => {
    const rows = (g ?? []).map((row) => {
      const r = [...(row ?? [])].map((v) => (v === undefined || v === "" ? null : v));
      while (r.length && r[r.length - 1] === null) r.pop();
      return r;
    });
    while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
    return rows;
  };
  return { name: s.name, values: grid(s.values), formulas: grid(s.formulas) };
}

describePlan("buildWritePlan on random layouts", () => {
  const build = (a: Analysis, o: PlanOptions) =>
    (planModule as NonNullable<typeof planModule>).buildWritePlan(a, o);

  const property = (wb: WorkbookSnapshot, options: PlanOptions) => {
    const before = structuredClone(wb);
    const analysis = analyzeWorkbook(wb, { lang: options.lang });
    const plan = build(analysis, options);
    checkPlan(wb, analysis, plan, options);
    // Pure: same analysis, same options → same plan; the analysis is left alone.
    expect(build(analysis, options)).toEqual(plan);
    expect(wb).toEqual(before);

    // Apply, analyse again: the add-in's output is invisible to the analysis, and the new plan is the same.
    const after = applyToSnapshot(wb, plan);
    const again = analyzeWorkbook(after, { lang: options.lang });
    expect(again.ownership).toEqual(plan.ownership);
    expect(again.view.sheets.map(trimmed)).toEqual(analysis.view.sheets.map(trimmed));
    expect(again.report.anomalies).toEqual(analysis.report.anomalies);
    const plan2 = build(again, options);
    checkPlan(after, again, plan2, options);
    // Exactly the cells written into user sheets are cleared again (still ours).
    const cellsOf = (ranges: Array<{ sheet: string; range: string }>) => {
      const out = new Set<string>();
      for (const r of ranges) {
        const g = parseRange(r.range);
        for (let row = g.top; row <= g.bottom; row++)
          for (let col = g.left; col <= g.right; col++) out.add(`${r.sheet}!${row},${col}`);
      }
      return out;
    };
    const userNames = new Set(analysis.view.sheets.map((s) => s.name));
    expect(cellsOf(plan2.remove.ranges)).toEqual(
      cellsOf(
        plan.cells
          .filter((c) => userNames.has(c.sheet))
          .map((c) => ({ sheet: c.sheet, range: c.cell }))
      )
    );
    expect(plan2.kept).toEqual([]);
    expect(plan2.cells).toEqual(plan.cells);
    expect(plan2.addSheets).toEqual(plan.addSheets);
  };

  test("random table layouts: 1,500 runs", () => {
    fc.assert(fc.property(randomLayout, optionsArb, property), { numRuns: 1500, ...LIMIT });
  });

  test("generated IKU + budget workbooks with user notes and cells beside the table: 300 runs", () => {
    fc.assert(fc.property(ikuLayout, optionsArb, property), { numRuns: 300, ...LIMIT });
  });

  test("the sample-like layout keeps its computed block right of every user cell", () => {
    const { snapshot } = makeIkuSnapshot({ rows: 20, seed: 7 });
    const analysis = analyzeWorkbook(snapshot);
    const plan = build(analysis, {
      capabilities: { notes: true, comments: false, charts: true },
      lang: "id",
      summary: true,
      now: "2025-06-30T08:00:00.000Z",
    });
    const ikuWrites = plan.cells.filter((w) => w.sheet === snapshot.sheets[0].name);
    expect(ikuWrites.length).toBeGreaterThan(20);
    // The IKU table spans A..K: every computed cell is in column L or further right.
    for (const w of ikuWrites) expect(parseA1(w.cell).col).toBeGreaterThanOrEqual(11);
    expect(plan.flags.filter((f) => !f.band).length).toBe(
      new Set(analysis.report.anomalies.map((a) => `${a.sheet}!${a.cell}`)).size
    );
  });
});
