// All tables of the workbook: detected ones, corrected by the user's column overrides and manual ranges.
import { colIndex, parseRange, splitSheetRef } from "../address";
import { confidenceOf, findTables, kindOf, tableInRange } from "../detect/find-tables";
import type { Grid } from "../grid";
import type { Config, DetectedTable } from "../types";

export function tablesOf(grid: Grid, config: Config): DetectedTable[] {
  const manual: DetectedTable[] = [];
  for (const ref of config.manualRanges) {
    const { sheet, range } = splitSheetRef(ref);
    if (sheet !== grid.name) continue;
    try {
      const t = tableInRange(grid, parseRange(range));
      if (t) manual.push(t);
    } catch {
      // An unreadable range is reported by the caller as a problem; detection goes on.
    }
  }
  const overlaps = (a: DetectedTable, b: DetectedTable) =>
    a.headerTop <= b.lastDataRow &&
    b.headerTop <= a.lastDataRow &&
    a.firstCol <= b.lastCol &&
    b.firstCol <= a.lastCol;
  const detected = findTables(grid).filter((t) => !manual.some((m) => overlaps(m, t)));
  const tables = [...manual, ...detected].sort(
    (a, b) => a.headerTop - b.headerTop || a.firstCol - b.firstCol
  );
  for (const t of tables) applyOverride(t, config);
  return tables;
}

function applyOverride(t: DetectedTable, config: Config): void {
  const o = config.tables.find((x) => x.sheet === t.sheet && x.headerRow === t.headerTop + 1);
  if (!o) return;
  for (const [role, letter] of Object.entries(o.columns)) {
    const key = role as keyof DetectedTable["columns"];
    if (!letter) delete t.columns[key];
    else if (/^[A-Z]{1,3}$/i.test(letter)) {
      // A column can have one role only: drop the role that held it before.
      for (const [r2, l2] of Object.entries(t.columns))
        if (l2 === letter.toUpperCase()) delete t.columns[r2 as keyof DetectedTable["columns"]];
      t.columns[key] = letter.toUpperCase();
      t.lastCol = Math.max(t.lastCol, colIndex(letter));
      t.firstCol = Math.min(t.firstCol, colIndex(letter));
    }
  }
  t.kind = kindOf(t.columns);
  t.confidence = Math.max(confidenceOf(t.kind, t.columns), 0.99);
}
