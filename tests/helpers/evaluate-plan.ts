// Evaluate a WritePlan's formulas with HyperFormula over the user's cells: load the view's values (cached results,
// not the user's formulas) and the plan's cells into one workbook, then read every formula cell back.
import { HyperFormula, DetailedCellError } from "hyperformula";
import { a1, parseA1, parseRange } from "../../src/core/address";
import type { CellValue, Scalar, WorkbookSnapshot, WritePlan } from "../../src/core/types";

type Raw = string | number | boolean | null;

/** HyperFormula input for a literal: strings get the apostrophe prefix so "=1+1" or "42" stay text. */
function literal(v: CellValue | Scalar | undefined): Raw {
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "object") return v.error;
  if (typeof v === "string") return `'${v}`;
  return v;
}

export interface FormulaResult {
  sheet: string;
  cell: string;
  formula: string;
  expected: Scalar | undefined;
  actual: Scalar;
}

export interface Evaluated {
  hf: HyperFormula;
  results: FormulaResult[];
  valueAt(sheet: string, cell: string): Scalar;
}

function toScalar(v: unknown): Scalar {
  if (v instanceof DetailedCellError) return `#ERROR:${v.value}`;
  if (v === undefined) return null;
  return v as Scalar;
}

export function evaluatePlan(view: WorkbookSnapshot, plan: WritePlan): Evaluated {
  const removed = new Set(plan.remove.sheets);
  const grids = new Map<string, Raw[][]>();
  for (const s of view.sheets) {
    if (removed.has(s.name)) continue;
    grids.set(
      s.name,
      s.values.map((row) => (row ?? []).map((v) => literal(v)))
    );
  }
  for (const name of plan.addSheets) grids.set(name, []);
  const put = (sheet: string, cell: string, v: Raw) => {
    const grid = grids.get(sheet);
    if (!grid) throw new Error(`plan writes to unknown sheet ${sheet}`);
    const { row, col } = parseA1(cell);
    while (grid.length <= row) grid.push([]);
    grid[row][col] = v;
  };
  for (const r of plan.remove.ranges) {
    const g = parseRange(r.range);
    for (let row = g.top; row <= g.bottom; row++)
      for (let col = g.left; col <= g.right; col++)
        if (grids.has(r.sheet)) put(r.sheet, a1(row, col), null);
  }
  for (const c of plan.cells) put(c.sheet, c.cell, c.formula ? c.formula : literal(c.value));
  const sheets: Record<string, Raw[][]> = {};
  for (const [name, grid] of grids)
    sheets[name] = grid.map((row) => Array.from(row, (v) => (v === undefined ? null : v)));
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
  const valueAt = (sheet: string, cell: string): Scalar => {
    const id = hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`no sheet ${sheet}`);
    const { row, col } = parseA1(cell);
    return toScalar(hf.getCellValue({ sheet: id, row, col }));
  };
  const results = plan.cells
    .filter((c) => c.formula)
    .map((c) => ({
      sheet: c.sheet,
      cell: c.cell,
      formula: c.formula as string,
      expected: c.result,
      actual: valueAt(c.sheet, c.cell),
    }));
  return { hf, results, valueAt };
}

/** Same value: numbers within 1e-9 (relative for large amounts), anything else exactly. */
export function sameValue(a: Scalar | undefined, b: Scalar | undefined): boolean {
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return (a ?? null) === (b ?? null);
}
