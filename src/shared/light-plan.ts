// A plan answered without its cells and ownership record (`cells` empty, `ownership` null). The workbench's
// workbook worker builds its plans, keeps them and writes them itself, so 60,000 cells for 20,000 rows never
// cross to the page (copying them, then collecting them, made the page's longest tasks). What the page shows of
// a plan is here; Periksa asks for the whole one (`Engine.wholePlan`). Never applied as it is.
import { parseA1, type WritePlan } from "../core";

/** Per sheet that exists before the plan (not one it adds), the columns it writes into: 0-based, ascending. */
export interface WrittenColumns {
  sheet: string;
  columns: number[];
}

export interface LightPlan extends WritePlan {
  light: { cells: number; written: WrittenColumns[] };
}

export function isLightPlan(plan: WritePlan): plan is LightPlan {
  return "light" in plan;
}

/** How many cells a plan writes, light or whole. */
export function planCellCount(plan: WritePlan): number {
  return isLightPlan(plan) ? plan.light.cells : plan.cells.length;
}

/** The columns a plan writes into on existing sheets (light: as the engine counted them from its cells). */
export function writtenColumns(plan: WritePlan): WrittenColumns[] {
  if (isLightPlan(plan)) return plan.light.written;
  const added = new Set(plan.addSheets);
  const bySheet = new Map<string, Set<number>>();
  for (const c of plan.cells) {
    if (added.has(c.sheet)) continue;
    let set = bySheet.get(c.sheet);
    if (!set) bySheet.set(c.sheet, (set = new Set<number>()));
    set.add(parseA1(c.cell).col);
  }
  return [...bySheet].map(([sheet, set]) => ({ sheet, columns: [...set].sort((a, b) => a - b) }));
}

/** The plan as the page gets it from a worker that keeps (and writes) the whole one. */
export function lightPlan(plan: WritePlan): LightPlan {
  return {
    ...plan,
    cells: [],
    ownership: null,
    light: { cells: plan.cells.length, written: writtenColumns(plan) },
  };
}
