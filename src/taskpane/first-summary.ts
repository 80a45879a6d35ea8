// What the first screen says before anything is written: the tables found and the columns a run will add.
import { colLetter, type Analysis, type WritePlan } from "../core";
import { writtenColumns } from "../shared/light-plan";

export interface SheetColumns {
  sheet: string;
  /** "K–N", or "K, M" when not adjacent. */
  columns: string;
}

export interface FirstSummary {
  tables: number;
  iku: number;
  adds: SheetColumns[];
}

function spans(cols: number[]): string {
  const out: string[] = [];
  let start = cols[0];
  let prev = cols[0];
  for (const c of [...cols.slice(1), Number.NaN]) {
    if (c === prev + 1) {
      prev = c;
      continue;
    }
    out.push(start === prev ? colLetter(start) : `${colLetter(start)}–${colLetter(prev)}`);
    start = prev = c;
  }
  return out.join(", ");
}

/** The IKU / budget tables found, and per existing sheet the columns the plan writes into. */
export function firstSummary(analysis: Analysis, plan: WritePlan | null): FirstSummary {
  const tables = analysis.tables.filter((t) => t.kind !== "other").length;
  // IKU are the rows of the indicator tables (a budget table's performance columns are not IKU).
  const iku = analysis.report.indicators.filter(
    (i) => analysis.tables[i.tableIndex]?.kind === "indicators"
  ).length;
  // Light plans (the workbench) carry their columns: their cells stayed in the worker.
  const adds: SheetColumns[] = plan
    ? writtenColumns(plan).map((w) => ({ sheet: w.sheet, columns: spans(w.columns) }))
    : [];
  return { tables, iku, adds };
}
