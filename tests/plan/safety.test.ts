// The planner never writes over the user's cells, never turns sheet text into a formula, and flags/notes the
// anomaly cells as specified.
import { parseA1, parseRange } from "../../src/core/address";
import { Grid } from "../../src/core/plan/grid";
import { buildWritePlan } from "../../src/core/plan/build-plan";
import { FLAG_TAG, NOTE_PREFIX } from "../../src/core/types";
import { evaluatePlan } from "../helpers/evaluate-plan";
import { ANOMALIES, BUDGET, IKU, makeAnalysis, OPTIONS } from "./fixture";
import { mustCell, planFor } from "./helpers";

describe("user cells", () => {
  test.each([[{}], [{ cap: 1.2 as const }], [{ efficiencyMethod: "pmk214" as const }]])(
    "no cell write lands on a non-empty user cell (%j)",
    (config) => {
      const { analysis, plan } = planFor(config);
      const byName = new Map(analysis.view.sheets.map((s) => [s.name, s]));
      const onUser = plan.cells.filter((c) => byName.has(c.sheet));
      expect(onUser.length).toBeGreaterThan(50);
      const targets = [...onUser.map((c) => ({ sheet: c.sheet, cell: c.cell }))];
      for (const t of targets) {
        const s = byName.get(t.sheet)!;
        const { row, col } = parseA1(t.cell);
        const inMerge = (s.merges ?? []).some((m) => {
          const r = parseRange(m);
          return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
        });
        const occupied =
          (s.values[row]?.[col] ?? null) !== null || !!s.formulas?.[row]?.[col] || inMerge;
        expect([t.sheet, t.cell, occupied]).toEqual([t.sheet, t.cell, false]);
      }
    }
  );

  test("merged header cells and values count as occupied", () => {
    const grid = new Grid(makeAnalysis().view);
    expect(grid.userOccupied(IKU, 4, 0)).toBe(true); // A5, inside the A4:A5 merge, holds no value
    expect(grid.userOccupied(IKU, 14, 9)).toBe(true); // J15, a formula
    expect(grid.userOccupied(IKU, 5, 10)).toBe(false); // K6
  });

  test("no plan cell is written twice", () => {
    const { plan } = planFor();
    const keys = plan.cells.map((c) => `${c.sheet}!${c.cell}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("literal text", () => {
  const { analysis, plan } = planFor();

  test('anomaly text starting with "=", "+", "-" or "@" is a value, never a formula', () => {
    expect(mustCell(plan, IKU, "N14")).toEqual({
      sheet: IKU,
      cell: "N14",
      value: '=HYPERLINK("http://contoh","klik")',
      style: "computed",
    });
    expect(mustCell(plan, IKU, "N15").formula).toBeUndefined();
    expect(mustCell(plan, BUDGET, "P8").value).toMatch(/^@Pagu/);
    expect(mustCell(plan, BUDGET, "P9").value).toBe("-Jumlah pagu tidak cocok");
    const summaryMessage = plan.cells.find(
      (c) => c.sheet === "Ringkasan" && c.value === '=HYPERLINK("http://contoh","klik")'
    );
    expect(summaryMessage?.formula).toBeUndefined();
  });

  test("no formula contains sheet text (messages, names, raw cell text)", () => {
    const texts = [
      ...ANOMALIES.map((a) => a.message),
      ...analysis.report.indicators.map((i) => i.name),
      "20 orang",
      "Baik",
    ];
    for (const c of plan.cells) {
      if (!c.formula) continue;
      expect(c.formula.startsWith("=")).toBe(true);
      for (const t of texts) expect(c.formula.includes(t)).toBe(false);
      expect(c.result).not.toBeUndefined();
      expect(c.value).toBeUndefined();
    }
  });

  test("HyperFormula reads the literal as text", () => {
    const ev = evaluatePlan(analysis.view, plan);
    expect(ev.valueAt(IKU, "N14")).toBe('=HYPERLINK("http://contoh","klik")');
  });
});

describe("flags and notes", () => {
  test("one flag per anomaly cell, the most severe wins, tagged and always true", () => {
    const { analysis, plan } = planFor();
    const cells = new Set(ANOMALIES.map((a) => `${a.sheet}!${a.cell}`));
    const anomalyFlags = plan.flags.filter((f) => !f.band);
    expect(anomalyFlags.map((f) => `${f.sheet}!${f.range}`).sort()).toEqual([...cells].sort());
    expect(plan.flags.find((f) => f.range === "J9")?.severity).toBe("error");
    expect(plan.flags.find((f) => f.range === "D7")?.severity).toBe("info");
    for (const f of plan.flags) expect(f.formula).toContain(FLAG_TAG);
    const ev = evaluatePlan(analysis.view, {
      ...plan,
      cells: [...plan.cells, { sheet: IKU, cell: "Z1", formula: plan.flags[0].formula }],
    });
    expect(ev.valueAt(IKU, "Z1")).toBe(true);
  });

  test("notes carry the prefix and every message of the cell; the user's own note is left alone", () => {
    const { plan } = planFor();
    const j9 = plan.notes.find((n) => n.cell === "J9");
    expect(j9).toEqual({
      sheet: IKU,
      cell: "J9",
      kind: "note",
      text: `${NOTE_PREFIX}Capaian 300% di atas ambang 200%\nCapaian tertulis 300% perlu diperiksa`,
    });
    expect(plan.notes.find((n) => n.sheet === IKU && n.cell === "I11")).toBeUndefined(); // annotated by the user
    expect(plan.flags.find((f) => f.sheet === IKU && f.range === "I11")).toBeDefined();
    expect(mustCell(plan, IKU, "N11").value).toBe("Realisasi kosong"); // the Anomali column still says it
    expect(plan.notes.every((n) => n.text.startsWith(NOTE_PREFIX))).toBe(true);
  });

  test("comments when the host has no notes; none when it has neither", () => {
    const comments = planFor(
      {},
      { capabilities: { notes: false, comments: true, charts: true } }
    ).plan;
    expect(comments.notes.length).toBeGreaterThan(0);
    expect(comments.notes.every((n) => n.kind === "comment")).toBe(true);
    expect(comments.ownership?.notes.every((n) => n.kind === "comment")).toBe(true);
    const none = planFor(
      {},
      { capabilities: { notes: false, comments: false, charts: false } }
    ).plan;
    expect(none.notes).toEqual([]);
    expect(none.flags.length).toBe(comments.flags.length);
  });

  test("our own note from the previous run does not count as the user's", () => {
    const analysis = makeAnalysis();
    analysis.ownership = {
      version: 2,
      blocks: [],
      sheets: [],
      notes: [{ sheet: IKU, cell: "I11", kind: "note", text: `${NOTE_PREFIX}Realisasi kosong` }],
      flags: [],
      writtenAt: "x",
    };
    const plan = buildWritePlan(analysis, OPTIONS);
    expect(plan.remove.notes).toEqual([{ sheet: IKU, cell: "I11", kind: "note" }]);
    expect(plan.notes.find((n) => n.cell === "I11")?.text).toBe(`${NOTE_PREFIX}Realisasi kosong`);
  });
});
