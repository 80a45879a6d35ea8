// The planner over the real engine's analysis of the shipped sample (LKj BP3MI DKI Jakarta 2025), read through
// the file as the CLI reads it: formulas agree with the engine, user cells stay untouched, a second run (after
// the package writer wrote the first) is identical.
import * as fs from "fs";
import * as path from "path";
import { parseA1 } from "../../src/core/address";
import { analyzeWorkbook } from "../../src/core/analyze/analyze-workbook";
import { buildWritePlan } from "../../src/core/plan/build-plan";
import type {
  Analysis,
  CellWrite,
  Config,
  WorkbookSnapshot,
  WritePlan,
} from "../../src/core/types";
import { loadSnapshot } from "../../src/adapters/exceljs";
import { applyPlanToPackage } from "../../src/adapters/xlsx";
import { encodeOwnership } from "../../src/core/ownership";
import { evaluatePlan, sameValue } from "../helpers/evaluate-plan";
import { OPTIONS } from "./fixture";
import { mustCell } from "./helpers";

/** The Ringkasan cell right of a label in column A. */
function besideLabel(plan: WritePlan, text: string): CellWrite {
  const label = plan.cells.find(
    (c) => c.sheet === "Ringkasan" && c.value === text && /^A\d+$/.test(c.cell)
  );
  if (!label) throw new Error(`no label ${text}`);
  return mustCell(plan, "Ringkasan", `B${label.cell.slice(1)}`);
}

const SAMPLE = path.join(__dirname, "../../assets/samples/lkj-bp3mi-jakarta-2025.xlsx");
const IKU = "Capaian IKU 2025";
const BUDGET = "Anggaran dan Kinerja 2025";

const FILE = "lkj-bp3mi-jakarta-2025.xlsx";

/** As the CLI reads a file it may write back. */
function snapshot(
  bytes: Uint8Array = new Uint8Array(fs.readFileSync(SAMPLE))
): Promise<WorkbookSnapshot> {
  return loadSnapshot(bytes, FILE, { placement: true });
}

let snap: WorkbookSnapshot;
beforeAll(async () => {
  snap = await snapshot();
});

describe.each<Partial<Config>>([
  {},
  { cap: 1.2 },
  { efficiencyMethod: "pmk214" },
  { missingPolicy: "zero" },
])("sample, config %j", (config) => {
  let analysis: Analysis;
  beforeAll(() => {
    analysis = analyzeWorkbook(snap, config);
  });

  test("every formula evaluates to the engine's value; capaian cells equal IndicatorResult.capaian", () => {
    const plan = buildWritePlan(analysis, OPTIONS);
    const ev = evaluatePlan(analysis.view, plan);
    expect(ev.results.length).toBeGreaterThan(60);
    expect(ev.results.filter((r) => !sameValue(r.expected, r.actual))).toEqual([]);
    for (const ind of analysis.report.indicators.filter((i) => i.sheet === IKU)) {
      const got = ev.valueAt(IKU, `L${ind.row}`);
      if (ind.capaian === null) expect(got).toBeNull();
      else expect(sameValue(got, ind.capaian)).toBe(true);
    }
    expect(
      sameValue(
        ev.valueAt("Ringkasan", besideLabel(plan, "Capaian IKU keseluruhan").cell),
        analysis.report.overall.capaian
      )
    ).toBe(true);
  });

  test("no write on a non-empty user cell", () => {
    const plan = buildWritePlan(analysis, OPTIONS);
    for (const c of plan.cells) {
      const s = analysis.view.sheets.find((x) => x.name === c.sheet);
      if (!s) continue;
      const { row, col } = parseA1(c.cell);
      expect([c.sheet, c.cell, s.values[row]?.[col] ?? null]).toEqual([c.sheet, c.cell, null]);
    }
  });
});

test("the sample's key formulas", () => {
  const analysis = analyzeWorkbook(snap);
  const plan = buildWritePlan(analysis, OPTIONS);
  expect(mustCell(plan, IKU, "K7").formula).toBe("=I7");
  expect(mustCell(plan, IKU, "K6")).toMatchObject({ value: 0.36 }); // "75 Kasus 36%"
  expect(mustCell(plan, IKU, "N6").value).toContain('dibaca dari teks: I6 "75 Kasus 36%" → 36%');
  // D12 holds the text "42.010 orang": the formula reads it (issue 10 item 5).
  expect(mustCell(plan, IKU, "L12").formula).toBe(
    '=IFERROR(K12/VALUE(SUBSTITUTE(LEFT(D12,FIND(" ",D12)-1),".","")),"")'
  );
  expect(mustCell(plan, BUDGET, "N5").formula).toBe('=IFERROR(E5/D5,"")');
  expect(mustCell(plan, BUDGET, "O5").formula).toBe('=IFERROR(AVERAGE(L5:L15)/N5,"")');
  expect(mustCell(plan, BUDGET, "O16").formula).toBe('=IFERROR(AVERAGE(L16:L17)/N16,"")');
  expect(besideLabel(plan, "Capaian IKU keseluruhan").formula).toBe(
    "=AVERAGE('Capaian IKU 2025'!L6:L18)"
  );
  // The Perjanjian Kinerja's pagu-only list has no realisasi anggaran: no computed columns beside it.
  expect(plan.cells.filter((c) => c.sheet === "Perjanjian Kinerja 2025")).toEqual([]);
});

test("written by the package writer and read again, the plan is the same (re-run replaces exactly its own output)", async () => {
  const analysis = analyzeWorkbook(snap);
  const plan = buildWritePlan(analysis, OPTIONS);
  const bytes = new Uint8Array(fs.readFileSync(SAMPLE));
  const written = applyPlanToPackage(bytes, plan, encodeOwnership(plan.ownership!));
  const again = analyzeWorkbook(await snapshot(written));
  expect(again.ownership).toEqual(plan.ownership);
  const rerun = buildWritePlan(again, OPTIONS);
  expect(rerun.cells).toEqual(plan.cells);
  // Our notes now show as annotated cells: they are ours (found by their text), so they are written again.
  expect(rerun.notes).toEqual(plan.notes);
  expect(rerun.notes.length).toBeGreaterThan(0);
  expect(rerun.kept).toEqual([]);
  expect(rerun.remove.sheets).toEqual(plan.ownership!.sheets.map((s) => s.name));
  expect(rerun.remove.notes).toEqual(
    plan.notes.map((n) => ({ sheet: n.sheet, cell: n.cell, kind: n.kind }))
  );
  expect(rerun.remove.flags).toEqual(
    plan.flags.map((f) => ({ sheet: f.sheet, formula: f.formula }))
  );
});
