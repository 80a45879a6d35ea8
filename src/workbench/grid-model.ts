// Pure helpers for the read-only grid: what each cell shows and how it is marked.
import {
  a1,
  colIndex,
  parseA1,
  parseRange,
  readBandFormula,
  type CapaianBand,
  type CellValue,
  type Severity,
  type SheetSnapshot,
} from "../core";
import type { GridFlag } from "./workbench-host";

export const MAX_ROWS = 400;
export const MAX_COLS = 40;

const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

function decimalsOf(format: string): number {
  const m = /0\.(0+)/.exec(format);
  return m ? m[1].length : 0;
}

/** Number formats are costly to make and the grid shows thousands of cells: one per kind, made once. */
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat("id-ID", options)));
  return f;
}

/**
 * The formatter of one Excel number format, looked up by the format's text: the grid formats a thousand cells a
 * render, and deciding the options (and their key) per cell was most of a render after a run.
 */
const byFormat = new Map<string, Intl.NumberFormat>();
function formatterOf(f: string): Intl.NumberFormat {
  let fmt = byFormat.get(f);
  if (!fmt) byFormat.set(f, (fmt = decideFormat(f)));
  return fmt;
}

/** A cell's text as Excel would roughly show it, with Indonesian number conventions. */
export function displayValue(
  value: CellValue | undefined,
  format: string | null | undefined,
  formula?: string | null
): string {
  if (value === null || value === undefined) return formula ? formula : "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  return formatterOf(format ?? "").format(value);
}

function decideFormat(f: string): Intl.NumberFormat {
  if (f.includes("%")) {
    const d = decimalsOf(f);
    return numberFormat({
      style: "percent",
      minimumFractionDigits: d,
      maximumFractionDigits: d,
    });
  }
  if (/[#0]/.test(f) && f !== "General") {
    const d = decimalsOf(f);
    return numberFormat({
      minimumFractionDigits: d,
      maximumFractionDigits: d,
      useGrouping: f.includes(","),
    });
  }
  return numberFormat({ maximumFractionDigits: 4, useGrouping: false });
}

export interface SheetLayout {
  rows: number;
  cols: number;
  truncated: boolean;
  /** "r,c" of the top-left of a merge -> spans; covered cells are listed in `covered`. */
  spans: Map<string, { rowSpan: number; colSpan: number }>;
  covered: Set<string>;
}

export function layoutOf(sheet: SheetSnapshot): SheetLayout {
  let rows = sheet.values.length;
  let cols = 0;
  for (const row of sheet.values) if (row && row.length > cols) cols = row.length;
  for (const row of sheet.formulas ?? []) if (row && row.length > cols) cols = row.length;
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const m of sheet.merges ?? []) {
    const r = parseRange(m);
    rows = Math.max(rows, r.bottom + 1);
    cols = Math.max(cols, r.right + 1);
    // Only what the grid shows (MAX_ROWS × MAX_COLS): the merges of a 20,000-row sheet, walked cell by cell,
    // were most of the grid's render after a run.
    if (r.top >= MAX_ROWS || r.left >= MAX_COLS) continue;
    spans.set(`${r.top},${r.left}`, {
      rowSpan: r.bottom - r.top + 1,
      colSpan: r.right - r.left + 1,
    });
    for (let y = r.top; y <= Math.min(r.bottom, MAX_ROWS - 1); y++)
      for (let x = r.left; x <= Math.min(r.right, MAX_COLS - 1); x++)
        if (y !== r.top || x !== r.left) covered.add(`${y},${x}`);
  }
  const truncated = rows > MAX_ROWS || cols > MAX_COLS;
  return {
    rows: Math.min(rows, MAX_ROWS),
    cols: Math.min(Math.max(cols, 1), MAX_COLS),
    truncated,
    spans,
    covered,
  };
}

/** Worst flag severity per cell ("r,c") on one sheet. */
export function severityMap(
  flags: GridFlag[],
  sheet: string,
  layout: SheetLayout
): Map<string, Severity> {
  const out = new Map<string, Severity>();
  for (const f of flags) {
    if (f.sheet !== sheet || f.band) continue;
    const r = parseRange(f.range);
    for (let y = r.top; y <= Math.min(r.bottom, layout.rows - 1); y++) {
      for (let x = r.left; x <= Math.min(r.right, layout.cols - 1); x++) {
        const k = `${y},${x}`;
        const prev = out.get(k);
        if (!prev || SEVERITY_RANK[f.severity] > SEVERITY_RANK[prev]) out.set(k, f.severity);
      }
    }
  }
  return out;
}

/**
 * The capaian band each cell shows ("r,c"), as Excel evaluates our band rules: the rule's capaian cell on the same
 * row (relative to the range's top row) is a number within the band's bounds, rounded as the rule rounds.
 */
export function bandMap(
  flags: GridFlag[],
  sheet: SheetSnapshot,
  layout: SheetLayout
): Map<string, CapaianBand> {
  const out = new Map<string, CapaianBand>();
  for (const f of flags) {
    if (f.sheet !== sheet.name || !f.band || !f.formula) continue;
    const rule = readBandFormula(f.formula);
    if (!rule) continue;
    const r = parseRange(f.range);
    const capCol = colIndex(rule.col);
    for (let y = r.top; y <= Math.min(r.bottom, layout.rows - 1); y++) {
      const v = sheet.values[rule.top - 1 + (y - r.top)]?.[capCol];
      if (typeof v !== "number") continue;
      const x9 = Math.round(v * 1e9) / 1e9;
      if ((rule.min !== null && x9 < rule.min) || (rule.below !== null && x9 >= rule.below))
        continue;
      for (let x = r.left; x <= Math.min(r.right, layout.cols - 1); x++)
        out.set(`${y},${x}`, f.band);
    }
  }
  return out;
}

/** Cells on one sheet inside the add-in's owned ranges ("r,c"). */
export function ownedSet(
  owned: Array<{ sheet: string; range: string }>,
  sheet: string,
  layout: SheetLayout
): Set<string> {
  const out = new Set<string>();
  for (const o of owned) {
    if (o.sheet !== sheet) continue;
    const r = parseRange(o.range);
    for (let y = r.top; y <= Math.min(r.bottom, layout.rows - 1); y++)
      for (let x = r.left; x <= Math.min(r.right, layout.cols - 1); x++) out.add(`${y},${x}`);
  }
  return out;
}

/** Is (row, col) inside the selected address (cell or range)? */
export function inSelection(address: string | undefined, row: number, col: number): boolean {
  if (!address) return false;
  try {
    const r = parseRange(address.replace(/\$/g, ""));
    return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
  } catch {
    return false;
  }
}

/** Top-left cell of a selection, 0-based. */
export function anchorOf(address: string): { row: number; col: number } {
  return parseA1(address.replace(/\$/g, "").split(":")[0]);
}

export { a1 };
