// Issue 12, "Done when" (third bullet): between two runs the user inserts and deletes rows and columns, renames a
// sheet and types over cells (ours included), as in Excel, where defined names move with the cells. The
// invariant: no user content is ever lost, neither by the re-run nor by the removal after it.
import fc from "fast-check";
import { analyzeWorkbook } from "../../src/core/analyze/analyze-workbook";
import { a1, parseA1, parseRange, quoteSheet, rangeA1 } from "../../src/core/address";
import { encodeOwnership } from "../../src/core/ownership";
import { buildRemovalPlan, buildWritePlan } from "../../src/core/plan/build-plan";
import type {
  CellValue,
  PlanOptions,
  SheetSnapshot,
  WorkbookSnapshot,
  WritePlan,
} from "../../src/core/types";
import { makeIkuSnapshot } from "../helpers/make-workbook";
import { renameRefersTo, shiftRange, shiftRefersTo, type Axis } from "../helpers/structural-edits";

const OPTIONS: PlanOptions = {
  capabilities: { notes: true, comments: false, charts: false },
  lang: "id",
  summary: true,
  now: "2025-06-30T08:00:00.000Z",
};

type Grid<T> = T[][];

function clone(w: WorkbookSnapshot): WorkbookSnapshot {
  return structuredClone(w);
}

function setCell(
  s: SheetSnapshot,
  row: number,
  col: number,
  v: CellValue,
  f: string | null,
  nf?: string | null
) {
  const grow = <T>(g: Grid<T>, fill: T) => {
    while (g.length <= row) g.push([]);
    const line = g[row] ?? (g[row] = []);
    while (line.length <= col) line.push(fill);
    return line;
  };
  grow(s.values, null)[col] = v;
  grow((s.formulas ??= []) as Grid<string | null>, null)[col] = f;
  if (nf !== undefined) grow((s.numberFormats ??= []) as Grid<string | null>, null)[col] = nf;
}

const abs = (range: string) => range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

/** What an applier does with a plan, on a snapshot (values, formulas, number formats, notes, rules, names, record). */
function apply(w0: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const w = clone(w0);
  const get = (name: string) => w.sheets.find((s) => s.name === name);
  for (const { sheet, range } of plan.remove.ranges) {
    const s = get(sheet);
    if (!s) continue;
    const r = parseRange(range);
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++)
        if (s.values[row] && col < s.values[row].length) setCell(s, row, col, null, null, null);
  }
  for (const n of plan.remove.notes) {
    const s = get(n.sheet);
    if (!s) continue;
    s.notes = (s.notes ?? []).filter((x) => x.cell !== n.cell);
    s.annotated = (s.annotated ?? []).filter((c) => c !== n.cell);
  }
  w.sheets = w.sheets.filter((s) => !plan.remove.sheets.includes(s.name));
  const dropped = new Set(plan.remove.names);
  w.names = (w.names ?? []).filter((n) => !dropped.has(n.name));
  for (const name of plan.addSheets)
    w.sheets.push({ name, values: [], formulas: [], numberFormats: [] });
  for (const c of plan.cells) {
    const s = get(c.sheet) as SheetSnapshot;
    const { row, col } = parseA1(c.cell);
    setCell(
      s,
      row,
      col,
      c.formula ? ((c.result ?? null) as CellValue) : ((c.value ?? null) as CellValue),
      c.formula ?? null,
      c.numFmt
    );
  }
  for (const n of plan.notes) {
    const s = get(n.sheet) as SheetSnapshot;
    s.notes = [
      ...(s.notes ?? []).filter((x) => x.cell !== n.cell),
      { cell: n.cell, text: n.text, kind: n.kind },
    ];
    s.annotated = [...new Set([...(s.annotated ?? []), n.cell])];
  }
  w.names.push(
    ...plan.names.map((n) => ({
      name: n.name,
      refersTo: `${quoteSheet(n.sheet)}!${abs(n.range)}`,
      hidden: true,
    }))
  );
  w.sheets = w.sheets.filter((s) => s.name !== plan.recordSheet);
  if (plan.ownership)
    w.sheets.push({
      name: plan.recordSheet,
      values: encodeOwnership(plan.ownership).map((x) => [x]),
      hidden: true,
    });
  return w;
}

// ---------------------------------------------------------------- the user's edits, as Excel makes them

type Edit =
  | { kind: "lines"; axis: Axis; at: number; count: number }
  | { kind: "set"; row: number; col: number; value: string | number }
  | { kind: "rename" };

function spliceGrid<T>(
  g: Grid<T> | undefined,
  axis: Axis,
  at: number,
  count: number,
  fill: T
): void {
  if (!g) return;
  if (axis === "row") {
    if (count > 0)
      g.splice(Math.min(at, g.length), 0, ...Array.from({ length: count }, () => [] as T[]));
    else g.splice(at, -count);
    return;
  }
  for (const line of g) {
    if (!line || line.length <= at) continue;
    if (count > 0) line.splice(at, 0, ...Array.from({ length: count }, () => fill));
    else line.splice(at, -count);
  }
}

function shiftA1(cell: string, axis: Axis, at: number, count: number): string | null {
  const { row, col } = parseA1(cell);
  const r = shiftRange({ top: row, left: col, bottom: row, right: col }, axis, at, count);
  return r ? a1(r.top, r.left) : null;
}

/** Apply an edit to sheet `name`; `user` (A1 → content) follows it. */
function edit(w: WorkbookSnapshot, name: string, e: Edit, user: Map<string, string>): string {
  const s = w.sheets.find((x) => x.name === name) as SheetSnapshot;
  if (e.kind === "rename") {
    const to = `${name} (baru)`;
    s.name = to;
    w.names = (w.names ?? []).map((n) => ({
      ...n,
      refersTo: renameRefersTo(n.refersTo, name, to),
    }));
    return to;
  }
  if (e.kind === "set") {
    setCell(s, e.row, e.col, e.value, null);
    user.set(a1(e.row, e.col), JSON.stringify([e.value, null]));
    return name;
  }
  const { axis, at, count } = e;
  spliceGrid(s.values, axis, at, count, null);
  spliceGrid(s.formulas, axis, at, count, null);
  spliceGrid(s.numberFormats, axis, at, count, null);
  const cells = (list: string[] | undefined) =>
    list?.map((c) => shiftA1(c, axis, at, count)).filter((c): c is string => c !== null);
  s.annotated = cells(s.annotated);
  s.notes = s.notes
    ?.map((n) => ({ ...n, cell: shiftA1(n.cell, axis, at, count) as string }))
    .filter((n) => n.cell !== null);
  s.merges = s.merges
    ?.map((m) => shiftRange(parseRange(m), axis, at, count))
    .filter((m): m is NonNullable<typeof m> => m !== null)
    .map(rangeA1);
  w.names = (w.names ?? []).map((n) => ({
    ...n,
    refersTo: shiftRefersTo(n.refersTo, name, axis, at, count),
  }));
  const moved = new Map<string, string>();
  for (const [k, v] of user) {
    const k2 = shiftA1(k, axis, at, count);
    if (k2) moved.set(k2, v);
  }
  user.clear();
  for (const [k, v] of moved) user.set(k, v);
  return name;
}

function contentOf(s: SheetSnapshot): Map<string, string> {
  const out = new Map<string, string>();
  s.values.forEach((line, r) =>
    (line ?? []).forEach((v, c) => {
      const f = s.formulas?.[r]?.[c] ?? null;
      if ((v !== null && v !== undefined && v !== "") || f)
        out.set(a1(r, c), JSON.stringify([f ? null : v, f]));
    })
  );
  return out;
}

function lost(user: Map<string, string>, s: SheetSnapshot | undefined): string[] {
  const now = s ? contentOf(s) : new Map<string, string>();
  return [...user]
    .filter(([k, v]) => now.get(k) !== v)
    .map(([k, v]) => `${k}: ${v} → ${now.get(k) ?? "(gone)"}`);
}

const editArb = (rows: number): fc.Arbitrary<Edit> =>
  fc.oneof(
    fc.record({
      kind: fc.constant("lines" as const),
      axis: fc.constantFrom<Axis>("row", "col"),
      at: fc.integer({ min: 0, max: rows + 4 }),
      count: fc.constantFrom(1, 2, -1, -2),
    }),
    fc.record({
      kind: fc.constant("set" as const),
      row: fc.integer({ min: 0, max: rows + 4 }),
      col: fc.integer({ min: 0, max: 18 }),
      value: fc.oneof(
        fc.integer({ min: -5, max: 500 }),
        fc.constantFrom("punya saya", "Catatan", "x")
      ),
    }),
    fc.constant({ kind: "rename" as const })
  );

const scenario = fc
  .record({ rows: fc.integer({ min: 12, max: 24 }), seed: fc.integer({ min: 1, max: 2 ** 30 }) })
  .chain(({ rows, seed }) =>
    fc.record({
      rows: fc.constant(rows),
      seed: fc.constant(seed),
      edits: fc.array(editArb(rows + 6), { minLength: 1, maxLength: 4 }),
    })
  );

test("random inserts/deletes of rows and columns, renames and user edits between runs: no user content is lost", () => {
  fc.assert(
    fc.property(scenario, ({ rows, seed, edits }) => {
      const { snapshot } = makeIkuSnapshot({ rows, seed, budget: false });
      let sheet = snapshot.sheets[0].name;
      const user = contentOf(snapshot.sheets[0]);
      const first = buildWritePlan(analyzeWorkbook(snapshot), OPTIONS);
      let w = apply(snapshot, first);
      for (const e of edits) sheet = edit(w, sheet, e, user);

      const analysis = analyzeWorkbook(w);
      const rerun = buildWritePlan(analysis, { ...OPTIONS, now: "2025-07-01T08:00:00.000Z" });
      const after = apply(w, rerun);
      expect(
        lost(
          user,
          after.sheets.find((s) => s.name === sheet)
        )
      ).toEqual([]);
      // Whatever the re-run writes lands on cells that are not the user's.
      for (const c of rerun.cells.filter((x) => x.sheet === sheet))
        expect(user.has(c.cell)).toBe(false);

      const removed = apply(after, buildRemovalPlan(after));
      expect(
        lost(
          user,
          removed.sheets.find((s) => s.name === sheet)
        )
      ).toEqual([]);
      // Removal right after the edits (no re-run) loses nothing either.
      w = apply(w, buildRemovalPlan(w));
      expect(
        lost(
          user,
          w.sheets.find((s) => s.name === sheet)
        )
      ).toEqual([]);
    }),
    { numRuns: 150, interruptAfterTimeLimit: 60_000, markInterruptAsFailure: false }
  );
}, 120_000);
