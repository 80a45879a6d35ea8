// Small lookups over a plan for the tests.
import { buildWritePlan } from "../../src/core/plan/build-plan";
import type { Analysis, CellWrite, Config, PlanOptions, WritePlan } from "../../src/core/types";
import { makeAnalysis, OPTIONS } from "./fixture";

export function cellAt(plan: WritePlan, sheet: string, cell: string): CellWrite | undefined {
  return plan.cells.find((c) => c.sheet === sheet && c.cell === cell);
}

export function mustCell(plan: WritePlan, sheet: string, cell: string): CellWrite {
  const c = cellAt(plan, sheet, cell);
  if (!c) throw new Error(`no planned cell ${sheet}!${cell}`);
  return c;
}

export function planFor(
  config: Partial<Config> = {},
  options: Partial<PlanOptions> = {}
): { analysis: Analysis; plan: WritePlan } {
  const analysis = makeAnalysis(config);
  return { analysis, plan: buildWritePlan(analysis, { ...OPTIONS, ...options }) };
}
