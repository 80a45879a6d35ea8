// What the plan records as its own, what it removes, and that the same input always gives the same plan.
import { a1, parseA1, parseRange } from "../../src/core/address";
import { userView } from "../../src/core/ownership";
import { buildRemovalPlan, buildWritePlan } from "../../src/core/plan/build-plan";
import type { Ownership, WorkbookSnapshot, WritePlan } from "../../src/core/types";
import { makeAnalysis, OPTIONS } from "./fixture";
import { planFor } from "./helpers";

const PREVIOUS: Ownership = {
  version: 1,
  ranges: [{ sheet: "Capaian IKU", range: "K4:N15" }],
  sheets: ["Ringkasan"],
  notes: [{ sheet: "Capaian IKU", cell: "J6", kind: "comment" }],
  flaggedSheets: ["Capaian IKU"],
  writtenAt: "2025-01-01T00:00:00.000Z",
};

test("ownership ranges cover exactly the cells written into user sheets", () => {
  const { analysis, plan } = planFor();
  const userSheets = new Set(analysis.view.sheets.map((s) => s.name));
  const written = new Set(
    plan.cells.filter((c) => userSheets.has(c.sheet)).map((c) => `${c.sheet}!${c.cell}`)
  );
  const owned = new Set<string>();
  for (const r of plan.ownership!.ranges) {
    const g = parseRange(r.range);
    for (let row = g.top; row <= g.bottom; row++)
      for (let col = g.left; col <= g.right; col++) owned.add(`${r.sheet}!${a1(row, col)}`);
  }
  expect(owned).toEqual(written);
  expect(plan.ownership!.ranges).toContainEqual({ sheet: "Capaian IKU", range: "K6:M14" }); // compact, not cell by cell
  expect(plan.ownership!.ranges.length).toBeLessThan(15);
});

test("ownership lists the sheet, notes and flagged sheets the plan adds, stamped with options.now", () => {
  const { plan } = planFor();
  expect(plan.ownership).toMatchObject({
    version: 1,
    sheets: ["Ringkasan"],
    flaggedSheets: ["Capaian IKU", "Anggaran dan Kinerja 2025"],
    writtenAt: OPTIONS.now,
  });
  expect(plan.ownership!.notes).toEqual(
    plan.notes.map((n) => ({ sheet: n.sheet, cell: n.cell, kind: n.kind }))
  );
});

test("the previous run's output is removed first", () => {
  const a = makeAnalysis();
  a.ownership = PREVIOUS;
  const plan = buildWritePlan(a, OPTIONS);
  expect(plan.remove).toEqual({
    ranges: PREVIOUS.ranges,
    sheets: PREVIOUS.sheets,
    notes: PREVIOUS.notes,
    flaggedSheets: PREVIOUS.flaggedSheets,
  });
  expect(planFor().plan.remove).toEqual({ ranges: [], sheets: [], notes: [], flaggedSheets: [] });
});

test("removal plan mirrors the ownership record and deletes it", () => {
  const plan = buildRemovalPlan(PREVIOUS);
  expect(plan).toEqual({
    version: 1,
    remove: {
      ranges: PREVIOUS.ranges,
      sheets: PREVIOUS.sheets,
      notes: PREVIOUS.notes,
      flaggedSheets: PREVIOUS.flaggedSheets,
    },
    addSheets: [],
    cells: [],
    columnWidths: [],
    flags: [],
    notes: [],
    charts: [],
    ownership: null,
  });
  expect(plan.remove.ranges).not.toBe(PREVIOUS.ranges); // a copy: adapters may mutate plans
  expect(buildRemovalPlan(null).remove).toEqual({
    ranges: [],
    sheets: [],
    notes: [],
    flaggedSheets: [],
  });
});

test("deterministic: same analysis and options, same plan", () => {
  const one = buildWritePlan(makeAnalysis(), OPTIONS);
  const two = buildWritePlan(makeAnalysis(), OPTIONS);
  expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  const a = makeAnalysis();
  expect(JSON.stringify(buildWritePlan(a, OPTIONS))).toBe(
    JSON.stringify(buildWritePlan(a, OPTIONS))
  );
  expect(
    JSON.stringify(buildWritePlan(a, { ...OPTIONS, now: "2026-01-01T00:00:00.000Z" }))
  ).not.toBe(JSON.stringify(one));
});

/** Write a plan's cells into a snapshot the way an adapter would (values and formulas, no evaluation). */
function applyCells(view: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const sheets = view.sheets.map((s) => ({
    ...s,
    values: s.values.map((r) => [...r]),
    formulas: (s.formulas ?? []).map((r) => [...(r ?? [])]),
  }));
  for (const c of plan.cells) {
    const s = sheets.find((x) => x.name === c.sheet);
    if (!s) continue;
    const { row, col } = parseA1(c.cell);
    while (s.values.length <= row) s.values.push([]);
    while (s.formulas.length <= row) s.formulas.push([]);
    s.values[row][col] = c.formula ? (c.result as never) : (c.value as never);
    s.formulas[row][col] = c.formula ?? null;
  }
  return { ...view, sheets };
}

test("a re-run over the workbook with our output in it (through userView) plans the same cells", () => {
  const a = makeAnalysis();
  const first = buildWritePlan(a, OPTIONS);
  const written = applyCells(a.view, first);
  const rerun = buildWritePlan(
    { ...a, view: userView(written, first.ownership), ownership: first.ownership },
    OPTIONS
  );
  expect(rerun.cells).toEqual(first.cells);
  expect(rerun.remove.ranges).toEqual(first.ownership!.ranges);
  expect(rerun.notes).toEqual(first.notes);
});
