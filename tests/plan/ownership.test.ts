// What the plan records as its own (blocks named by hidden defined names, a fingerprint per cell), what it
// removes (only what is still exactly ours), and that the same input always gives the same plan.
import { a1, parseA1, parseRange } from "../../src/core/address";
import { analyzeWorkbook } from "../../src/core/analyze/analyze-workbook";
import { fingerprintCell, formulaShape } from "../../src/core/fingerprint";
import { userView } from "../../src/core/locate-ownership";
import { decodeOwnership, encodeOwnership, V1_SIGNATURE } from "../../src/core/ownership";
import { buildRemovalPlan, buildWritePlan } from "../../src/core/plan/build-plan";
import {
  META_SHEET,
  RECORD_NAME,
  RECORD_SIGNATURE,
  type DefinedName,
  type WorkbookSnapshot,
  type WritePlan,
} from "../../src/core/types";
import { makeAnalysis, OPTIONS } from "./fixture";
import { planFor } from "./helpers";

test("each block's fingerprints cover exactly the cells written into user sheets", () => {
  const { analysis, plan } = planFor();
  const userSheets = new Set(analysis.view.sheets.map((s) => s.name));
  const written = new Set(
    plan.cells.filter((c) => userSheets.has(c.sheet)).map((c) => `${c.sheet}!${c.cell}`)
  );
  const owned = new Set<string>();
  for (const b of plan.ownership!.blocks) {
    const g = parseRange(b.range);
    const width = g.right - g.left + 1;
    expect(b.cells).toHaveLength(width * (g.bottom - g.top + 1));
    b.cells.forEach((fp, i) => {
      if (fp !== "") owned.add(`${b.sheet}!${a1(g.top + Math.floor(i / width), g.left + (i % width))}`);
    });
  }
  expect(owned).toEqual(written);
  // One block per table, each with its hidden name.
  expect(plan.ownership!.blocks.map((b) => [b.name, b.sheet])).toEqual([
    ["_CapaianIKU_b1", "Capaian IKU"],
    ["_CapaianIKU_b2", "Anggaran dan Kinerja 2025"],
  ]);
});

test("the record lists created sheets with their names, notes with their text, flags with exact formulas", () => {
  const { plan } = planFor();
  const o = plan.ownership!;
  expect(o.version).toBe(2);
  expect(o.writtenAt).toBe(OPTIONS.now);
  expect(o.sheets).toEqual([{ name: "Ringkasan", definedName: "_CapaianIKU_s1" }]);
  expect(o.notes).toEqual(plan.notes.map((n) => ({ sheet: n.sheet, cell: n.cell, kind: n.kind, text: n.text })));
  expect(o.flags).toEqual(plan.flags.map((f) => ({ sheet: f.sheet, range: f.range, formula: f.formula })));
  // Every flag formula is unique (a token per rule): removal matches it exactly, never a substring.
  expect(new Set(o.flags.map((f) => f.formula)).size).toBe(o.flags.length);
  // Anomaly flags always hold; band rules hold on their band only, and both carry the tag and token.
  for (const f of plan.flags)
    expect(f.formula).toMatch(
      f.band ? /^=AND\(.*,ISTEXT\("CapaianIKU:[0-9a-z]+"\)\)$/ : /^=ISTEXT\("CapaianIKU:[0-9a-z]+"\)$/
    );
  expect(plan.names).toEqual([
    ...o.blocks.map((b) => ({ name: b.name, sheet: b.sheet, range: b.range })),
    { name: "_CapaianIKU_s1", sheet: "Ringkasan", range: "A1" },
    { name: RECORD_NAME, sheet: META_SHEET, range: "A1" },
  ]);
  expect(plan.recordSheet).toBe(META_SHEET);
});

/** Write a plan into a snapshot the way an adapter would: cells, notes, names and the record sheet. */
function applyPlan(view: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const sheets = view.sheets.map((s) => ({
    ...s,
    values: s.values.map((r) => [...(r ?? [])]),
    formulas: (s.formulas ?? []).map((r) => [...(r ?? [])]),
    numberFormats: (s.numberFormats ?? []).map((r) => [...(r ?? [])]),
    notes: [...(s.notes ?? [])],
  }));
  for (const name of plan.addSheets) sheets.push({ name, values: [], formulas: [], numberFormats: [], notes: [] });
  for (const c of plan.cells) {
    const s = sheets.find((x) => x.name === c.sheet)!;
    const { row, col } = parseA1(c.cell);
    while (s.values.length <= row) s.values.push([]);
    while (s.formulas.length <= row) s.formulas.push([]);
    while (s.numberFormats.length <= row) s.numberFormats.push([]);
    s.values[row][col] = c.formula ? (c.result as never) : (c.value as never);
    s.formulas[row][col] = c.formula ?? null;
    if (c.numFmt) s.numberFormats[row][col] = c.numFmt;
  }
  for (const n of plan.notes) sheets.find((x) => x.name === n.sheet)!.notes.push({ cell: n.cell, text: n.text, kind: n.kind });
  sheets.push({
    name: plan.recordSheet,
    values: encodeOwnership(plan.ownership!).map((x) => [x]),
    formulas: [],
    numberFormats: [],
    notes: [],
    hidden: true,
  });
  const abs = (r: string) => r.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  const names: DefinedName[] = plan.names.map((n) => ({
    name: n.name,
    refersTo: `'${n.sheet}'!${abs(n.range)}`,
    hidden: true,
  }));
  return { ...view, sheets, names };
}

test("a re-run removes exactly the previous output that is still ours, and plans the same cells", () => {
  const a = makeAnalysis();
  const first = buildWritePlan(a, OPTIONS);
  const written = applyPlan(a.view, first);
  const again = analyzeWorkbook(written, a.report.config);
  expect(again.ownership).toEqual(first.ownership);
  expect(again.located!.kept).toEqual([]);
  const rerun = buildWritePlan({ ...a, view: again.view, ownership: again.ownership, located: again.located }, OPTIONS);
  expect(rerun.cells).toEqual(first.cells);
  expect(rerun.notes).toEqual(first.notes);
  const cleared = new Set<string>();
  for (const r of rerun.remove.ranges) {
    const g = parseRange(r.range);
    for (let row = g.top; row <= g.bottom; row++)
      for (let col = g.left; col <= g.right; col++) cleared.add(`${r.sheet}!${a1(row, col)}`);
  }
  const userSheets = new Set(a.view.sheets.map((s) => s.name));
  // Cells written as "" read back empty: cleared too (nothing of the user's there).
  expect(cleared).toEqual(new Set(first.cells.filter((c) => userSheets.has(c.sheet)).map((c) => `${c.sheet}!${c.cell}`)));
  expect(rerun.remove.sheets).toEqual(["Ringkasan"]);
  expect(rerun.remove.flags).toEqual(first.flags.map((f) => ({ sheet: f.sheet, formula: f.formula })));
  expect(rerun.remove.notes).toEqual(first.notes.map((n) => ({ sheet: n.sheet, cell: n.cell, kind: n.kind })));
  expect(new Set(rerun.remove.names)).toEqual(new Set(first.names.map((n) => n.name)));
  expect(rerun.kept).toEqual([]);
});

test("a cell the user changed is kept and reported; a block whose name is gone is reported, never guessed", () => {
  const a = makeAnalysis();
  const first = buildWritePlan(a, OPTIONS);
  const written = applyPlan(a.view, first);
  const iku = written.sheets.find((s) => s.name === "Capaian IKU")!;
  const target = first.cells.find((c) => c.sheet === "Capaian IKU" && c.formula)!;
  const { row, col } = parseA1(target.cell);
  iku.values[row][col] = 0.5;
  iku.formulas![row][col] = null;
  const removal = buildRemovalPlan(written);
  expect(removal.kept).toEqual([{ sheet: "Capaian IKU", cell: target.cell, reason: "edited" }]);
  expect(removal.remove.ranges.some((r) => r.sheet === "Capaian IKU" && parseRangeHas(r.range, row, col))).toBe(false);

  const noName = { ...written, names: written.names!.filter((n) => n.name !== "_CapaianIKU_b2") };
  const r2 = buildRemovalPlan(noName);
  expect(r2.kept).toContainEqual({ sheet: "Anggaran dan Kinerja 2025", cell: first.ownership!.blocks[1].range, reason: "name-missing" });
  expect(r2.remove.ranges.some((r) => r.sheet === "Anggaran dan Kinerja 2025")).toBe(false);

  const ref = { ...written, names: written.names!.map((n) => (n.name === "_CapaianIKU_b1" ? { ...n, refersTo: "#REF!" } : n)) };
  expect(buildRemovalPlan(ref).kept).toContainEqual({ sheet: "Capaian IKU", cell: first.ownership!.blocks[0].range, reason: "name-missing" });
});

function parseRangeHas(range: string, row: number, col: number): boolean {
  const g = parseRange(range);
  return row >= g.top && row <= g.bottom && col >= g.left && col <= g.right;
}

test("a user sheet with the record's name is never read as the record, and the record goes elsewhere", () => {
  const a = makeAnalysis();
  const user = { name: META_SHEET, values: [["catatan pengguna"]] };
  a.view = { ...a.view, sheets: [...a.view.sheets, user] };
  const plan = buildWritePlan(a, OPTIONS);
  expect(plan.recordSheet).toBe(`${META_SHEET}2`);
  const snapshot = { ...a.view, names: [] };
  const removal = buildRemovalPlan(snapshot);
  expect(removal.recordSheet).not.toBe(META_SHEET);
  expect(removal.remove.sheets).toEqual([]);
});

test("a version 1 record: a column is cleared only while its header is still ours", () => {
  const a = makeAnalysis();
  const first = buildWritePlan(a, OPTIONS);
  const written = applyPlan(a.view, first);
  const range = first.ownership!.blocks[0].range; // the IKU block, header row included
  const v1 = {
    version: 1,
    ranges: [{ sheet: "Capaian IKU", range }],
    sheets: ["Ringkasan"],
    notes: [],
    flaggedSheets: ["Capaian IKU"],
    writtenAt: "2024-01-01T00:00:00.000Z",
  };
  const sheets = written.sheets.filter((s) => s.name !== META_SHEET);
  sheets.push({ name: META_SHEET, values: [[V1_SIGNATURE], [JSON.stringify(v1)]], formulas: [], numberFormats: [], notes: [], hidden: true });
  // The user replaced the first column's header (it is theirs now).
  const g = parseRange(range);
  const iku = sheets.find((s) => s.name === "Capaian IKU")!;
  iku.values[g.top][g.left] = "Catatan saya";
  const snapshot = { ...written, sheets, names: undefined };
  const removal = buildRemovalPlan(snapshot);
  const cleared = removal.remove.ranges.filter((r) => r.sheet === "Capaian IKU").map((r) => parseRange(r.range));
  // In the column whose header is the user's now, only empty cells are cleared (nothing of theirs to lose).
  for (const r of cleared)
    for (let row = r.top; row <= r.bottom; row++)
      if (r.left <= g.left && g.left <= r.right) {
        expect(["", null]).toContain(iku.values[row]?.[g.left] ?? null);
        expect(iku.formulas?.[row]?.[g.left] ?? null).toBeNull();
      }
  expect(cleared.some((r) => r.right === g.right && r.top === g.top)).toBe(true);
  expect(removal.kept.some((k) => k.cell === a1(g.top, g.left) && k.reason === "edited")).toBe(true);
  expect(removal.remove.sheets).toEqual(["Ringkasan"]);
  expect(removal.remove.flags).toEqual([{ sheet: "Capaian IKU", formula: '=ISTEXT("CapaianIKU")' }]);
});

test("fingerprints: references do not count (Excel moves them), values, literals and formats do", () => {
  expect(formulaShape("=IFERROR(L6/E6,\"\")")).toBe(formulaShape("=IFERROR(M7/$F$7,\"\")"));
  expect(formulaShape("='Capaian IKU'!J6")).toBe(formulaShape("=Sheet2!K9"));
  expect(formulaShape('=ISTEXT("A1")')).not.toBe(formulaShape('=ISTEXT("B2")'));
  expect(formulaShape("=LOG10(A1)")).toBe("LOG10(§)");
  expect(fingerprintCell("=J6", 5, null)).toBe(fingerprintCell("=K7", 8, "General"));
  expect(fingerprintCell(null, 0.5, "0.00%")).not.toBe(fingerprintCell(null, 0.5, null));
  expect(fingerprintCell(null, 0.5, null)).not.toBe(fingerprintCell(null, 0.51, null));
  expect(fingerprintCell(null, "", null)).toBe(fingerprintCell(null, null, null));
});

test("the record round-trips (runs of equal fingerprints packed) and a damaged one is dropped, not trusted", () => {
  const { plan } = planFor();
  const cells = encodeOwnership(plan.ownership!);
  expect(cells[0]).toBe(RECORD_SIGNATURE);
  expect(decodeOwnership(cells)).toEqual(plan.ownership);
  expect(decodeOwnership(["not ours", ...cells.slice(1)])).toBeNull();
  const o = JSON.parse(cells.slice(1).join(""));
  o.blocks[0].cells = ["x*2"]; // wrong count for its range
  const damaged = decodeOwnership([RECORD_SIGNATURE, JSON.stringify(o)])!;
  expect(damaged.blocks.map((b) => b.name)).toEqual(["_CapaianIKU_b2"]);
});

test("userView strips only what is still ours", () => {
  const a = makeAnalysis();
  const first = buildWritePlan(a, OPTIONS);
  const written = applyPlan(a.view, first);
  const view = userView(written, first.ownership);
  expect(view.sheets.map((s) => s.name)).toEqual(a.view.sheets.map((s) => s.name));
  const iku = view.sheets.find((s) => s.name === "Capaian IKU")!;
  for (const c of first.cells.filter((x) => x.sheet === "Capaian IKU")) {
    const { row, col } = parseA1(c.cell);
    expect(iku.values[row]?.[col] ?? null).toBeNull();
  }
});

test("deterministic: same analysis and options, same plan", () => {
  const one = buildWritePlan(makeAnalysis(), OPTIONS);
  const two = buildWritePlan(makeAnalysis(), OPTIONS);
  expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  expect(
    JSON.stringify(buildWritePlan(makeAnalysis(), { ...OPTIONS, now: "2026-01-01T00:00:00.000Z" }))
  ).not.toBe(JSON.stringify(one));
});
