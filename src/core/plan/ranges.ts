// Compact rectangles covering exactly the cells the plan writes into user sheets: the ownership record must
// not claim a cell the add-in did not write, or a later run would treat the user's entry there as its own.
import { parseA1, rangeA1 } from "../address";

export function compactRanges(
  cells: Array<{ sheet: string; cell: string }>
): Array<{ sheet: string; range: string }> {
  const sheets: string[] = [];
  const bySheet = new Map<string, Map<number, Set<number>>>();
  for (const c of cells) {
    if (!bySheet.has(c.sheet)) {
      bySheet.set(c.sheet, new Map());
      sheets.push(c.sheet);
    }
    const { row, col } = parseA1(c.cell);
    const cols = bySheet.get(c.sheet) as Map<number, Set<number>>;
    cols.set(col, (cols.get(col) ?? new Set()).add(row));
  }
  const out: Array<{ sheet: string; range: string }> = [];
  for (const sheet of sheets) {
    const cols = bySheet.get(sheet) as Map<number, Set<number>>;
    // Vertical runs per column, then runs with the same rows in adjacent columns merge sideways.
    const runs: Array<{ top: number; bottom: number; left: number; right: number }> = [];
    // Runs by "top:bottom:right", so the run to extend is found without scanning them all.
    const open = new Map<string, (typeof runs)[number]>();
    for (const col of [...cols.keys()].sort((a, b) => a - b)) {
      const rows = [...(cols.get(col) as Set<number>)].sort((a, b) => a - b);
      let top = rows[0];
      for (let i = 1; i <= rows.length; i++) {
        if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
        const bottom = rows[i - 1];
        const prevKey = `${top}:${bottom}:${col - 1}`;
        const prev = open.get(prevKey);
        let run;
        if (prev) {
          open.delete(prevKey);
          prev.right = col;
          run = prev;
        } else {
          run = { top, bottom, left: col, right: col };
          runs.push(run);
        }
        open.set(`${top}:${bottom}:${col}`, run);
        top = rows[i];
      }
    }
    runs.sort((a, b) => a.left - b.left || a.top - b.top);
    for (const r of runs) out.push({ sheet, range: rangeA1(r) });
  }
  return out;
}
