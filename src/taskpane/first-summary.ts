// What the first screen says before anything is written: the tables found and the columns a run will add.
import { colIndex, colLetter, type Analysis, type WritePlan } from "../core";

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

/** "K12" → "K" (an A1 address as the plan writes it: letters, then the row). */
function columnOf(cell: string): string {
  return /^\$?([A-Za-z]+)/.exec(cell)?.[1].toUpperCase() ?? "A";
}

/** The IKU / budget tables found, and per existing sheet the columns the plan writes into. */
export function firstSummary(analysis: Analysis, plan: WritePlan | null): FirstSummary {
  const tables = analysis.tables.filter((t) => t.kind !== "other").length;
  // IKU are the rows of the indicator tables (a budget table's performance columns are not IKU).
  const iku = analysis.report.indicators.filter(
    (i) => analysis.tables[i.tableIndex]?.kind === "indicators"
  ).length;
  const adds: SheetColumns[] = [];
  if (plan) {
    const added = new Set(plan.addSheets);
    // A plan of 20,000 rows has 60,000 cells but a handful of columns: collect the column letters as written
    // (cheap), and turn only the distinct ones into numbers (this runs in a render on the page's thread).
    const bySheet = new Map<string, Set<string>>();
    for (const c of plan.cells) {
      if (added.has(c.sheet)) continue;
      let set = bySheet.get(c.sheet);
      if (!set) bySheet.set(c.sheet, (set = new Set<string>()));
      set.add(columnOf(c.cell));
    }
    for (const [sheet, set] of bySheet)
      adds.push({ sheet, columns: spans([...set].map(colIndex).sort((a, b) => a - b)) });
  }
  return { tables, iku, adds };
}
