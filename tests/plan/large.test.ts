// A large workbook: 20,000 indicator rows under ~6,700 sasaran (3 rows each, No and Sasaran merged) still gets a
// complete plan. The planner groups by row, sasaran and sheet once, so its time grows linearly (see the bench).
import { analyzeWorkbook, buildWritePlan } from "../../src/core/index";
import { parseA1 } from "../../src/core/address";
import type { CellWrite } from "../../src/core/types";
import { makeIkuSnapshot } from "../helpers/make-workbook";
import { OPTIONS } from "./fixture";

const ROWS = 20_000;

test("a 20,000-row IKU table with many sasaran gets every computed cell and a full Ringkasan", () => {
  const { snapshot } = makeIkuSnapshot({ rows: ROWS, sasaranRows: 3 }, "iku-20000.xlsx");
  const analysis = analyzeWorkbook(snapshot);
  const iku = analysis.tables.find((t) => t.kind === "indicators");
  expect(iku).toBeDefined();
  const sheet = iku!.sheet;
  const inds = analysis.report.indicators.filter((i) => i.sheet === sheet);
  expect(inds).toHaveLength(ROWS);
  expect(analysis.report.sasaran.length).toBeGreaterThan(6_000);

  const plan = buildWritePlan(analysis, { ...OPTIONS, summary: true });
  const onSheet = plan.cells.filter((c) => c.sheet === sheet);
  const header = (text: string): number => {
    const h = onSheet.find((c) => c.style === "header" && c.value === text);
    expect(h).toBeDefined();
    return parseA1(h!.cell).col;
  };
  const inColumn = (col: number): CellWrite[] =>
    onSheet.filter((c) => c.style !== "header" && parseA1(c.cell).col === col);
  // One Realisasi, Capaian and Status cell per indicator row; Status is always a live formula.
  expect(inColumn(header("Realisasi (dihitung)"))).toHaveLength(ROWS);
  expect(inColumn(header("Capaian (dihitung)"))).toHaveLength(ROWS);
  const status = inColumn(header("Status"));
  expect(status).toHaveLength(ROWS);
  expect(status.every((c) => c.formula?.startsWith("=IF("))).toBe(true);

  // Ringkasan: a row per sasaran (its name, then its capaian), the last one included.
  const summary = plan.cells.filter((c) => c.sheet === plan.addSheets[0]);
  const last = analysis.report.sasaran[analysis.report.sasaran.length - 1];
  const names = new Set(summary.filter((c) => c.cell.startsWith("A")).map((c) => c.value));
  expect(analysis.report.sasaran.every((s) => names.has(s.name))).toBe(true);
  expect(names.has(last.name)).toBe(true);

  // Everything written into the user's sheets is in the ownership record.
  expect(plan.ownership?.blocks.some((b) => b.sheet === sheet)).toBe(true);
  expect(plan.cells.length).toBeGreaterThan(4 * ROWS);
}, 120_000);
