// Pure helpers that turn a plan's cell list into rectangular blocks, so a block is written with one 2-D array.
import { parseA1, type CellWrite } from "../../core";

export interface Block<T> {
  sheet: string;
  top: number;
  left: number;
  /** cells[r][c] is the cell at (top + r, left + c); every position is filled. */
  cells: T[][];
}

interface Placed<T> {
  row: number;
  col: number;
  item: T;
}

/**
 * Group items into rectangles: vertical runs of consecutive rows per column, then neighbouring columns whose run
 * spans the same rows are joined. A table's computed columns become one block; a label/value list two.
 */
export function groupIntoBlocks<T>(
  items: Array<{ sheet: string; row: number; col: number; item: T }>
): Block<T>[] {
  const bySheet = new Map<string, Map<string, Placed<T>>>();
  for (const it of items) {
    const cells = bySheet.get(it.sheet) ?? new Map<string, Placed<T>>();
    cells.set(`${it.row}:${it.col}`, { row: it.row, col: it.col, item: it.item }); // a later write of a cell wins
    bySheet.set(it.sheet, cells);
  }
  const blocks: Block<T>[] = [];
  for (const [sheet, cells] of bySheet) {
    const byCol = new Map<number, Placed<T>[]>();
    for (const p of cells.values()) {
      const list = byCol.get(p.col);
      if (list) list.push(p);
      else byCol.set(p.col, [p]);
    }
    const runs: Array<{ col: number; top: number; items: Placed<T>[] }> = [];
    for (const [col, list] of byCol) {
      list.sort((a, b) => a.row - b.row);
      let run: Placed<T>[] = [];
      for (const p of list) {
        if (run.length > 0 && p.row !== run[run.length - 1].row + 1) {
          runs.push({ col, top: run[0].row, items: run });
          run = [];
        }
        run.push(p);
      }
      if (run.length) runs.push({ col, top: run[0].row, items: run });
    }
    runs.sort((a, b) => a.top - b.top || a.items.length - b.items.length || a.col - b.col);
    let current: Block<T> | null = null;
    let lastCol = -2;
    for (const run of runs) {
      const fits =
        current &&
        current.top === run.top &&
        current.cells.length === run.items.length &&
        run.col === lastCol + 1;
      if (!fits || !current) {
        current = { sheet, top: run.top, left: run.col, cells: run.items.map(() => []) };
        blocks.push(current);
      }
      run.items.forEach((p, r) => (current as Block<T>).cells[r].push(p.item));
      lastCol = run.col;
    }
  }
  return blocks;
}

export function cellBlocks(cells: CellWrite[]): Block<CellWrite>[] {
  return groupIntoBlocks(
    cells.map((c) => {
      const { row, col } = parseA1(c.cell);
      return { sheet: c.sheet, row, col, item: c };
    })
  );
}

export type Input = string | number | boolean | null;

/**
 * What goes into `range.formulas` for a cell: the formula; a literal string behind an apostrophe, so Excel stores
 * it as text even when it reads "=1+1", "+62…", "-", "@x", "007" or "12%"; null (leave unchanged) for a
 * format-only write; "" to empty the cell.
 */
export function formulaInput(c: CellWrite): Input {
  if (typeof c.formula === "string" && c.formula.startsWith("=")) return c.formula;
  const v = c.value;
  if (v === undefined) return null;
  if (v === null || v === "") return "";
  if (typeof v === "string") return `'${v}`;
  if (typeof v === "number") return Number.isFinite(v) ? v : "";
  return v;
}

/**
 * The number format sent before the values: the plan's, else General for formulas and numbers (so a cell the
 * user formatted as Text "@" does not swallow our formula as text); strings keep theirs (the apostrophe suffices).
 */
export function numberFormatInput(c: CellWrite): string | null {
  if (c.numFmt) return c.numFmt;
  const isFormula = typeof c.formula === "string" && c.formula.startsWith("=");
  if (isFormula || typeof c.value === "number" || typeof c.value === "boolean") return "General";
  return null;
}

/** Split a block into bands of rows whose JSON stays under `maxBytes` (one row may exceed it alone). */
export function splitRows<T>(
  block: Block<T>,
  rowBytes: (row: T[]) => number,
  maxBytes: number
): Block<T>[] {
  const out: Block<T>[] = [];
  let start = 0;
  let size = 0;
  block.cells.forEach((row, r) => {
    const b = rowBytes(row);
    if (r > start && size + b > maxBytes) {
      out.push({
        sheet: block.sheet,
        top: block.top + start,
        left: block.left,
        cells: block.cells.slice(start, r),
      });
      start = r;
      size = 0;
    }
    size += b;
  });
  if (start < block.cells.length)
    out.push({
      sheet: block.sheet,
      top: block.top + start,
      left: block.left,
      cells: block.cells.slice(start),
    });
  return out;
}
