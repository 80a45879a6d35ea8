// Read-only access to one sheet snapshot, with merged areas resolved to their top-left cell.
import { parseRange } from "./address";
import { parseCell, type ParsedCell } from "./parse/cell";
import type { CellValue, SheetSnapshot } from "./types";

export class Grid {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly sheet: SheetSnapshot;
  /** "r,c" of a merged slave → its master [row, col]. */
  private readonly mergeMaster = new Map<number, [number, number]>();

  constructor(sheet: SheetSnapshot) {
    this.sheet = sheet;
    this.name = sheet.name;
    this.rowCount = sheet.values.length;
    let cols = 0;
    for (const row of sheet.values) if (row && row.length > cols) cols = row.length;
    this.colCount = cols;
    for (const m of sheet.merges ?? []) {
      let r;
      try {
        r = parseRange(m);
      } catch {
        continue;
      }
      // Huge merges (whole rows/columns) carry no table meaning; skip them to stay linear.
      if ((r.bottom - r.top + 1) * (r.right - r.left + 1) > 100000) continue;
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++)
          if (row !== r.top || col !== r.left)
            this.mergeMaster.set(this.key(row, col), [r.top, r.left]);
    }
  }

  private key(r: number, c: number): number {
    return r * 16384 + c;
  }

  /** The raw value at (r, c); merged slaves read as empty (as Excel stores them). */
  raw(r: number, c: number): CellValue {
    const row = this.sheet.values[r];
    if (!row) return null;
    const v = row[c];
    return v === undefined || v === "" ? null : v;
  }

  /** The value at (r, c), a merged slave reading its master's. */
  value(r: number, c: number): CellValue {
    const m = this.mergeMaster.get(this.key(r, c));
    return m ? this.raw(m[0], m[1]) : this.raw(r, c);
  }

  isMergedSlave(r: number, c: number): boolean {
    return this.mergeMaster.has(this.key(r, c));
  }

  /** The merge master of (r, c), or (r, c) itself. */
  master(r: number, c: number): [number, number] {
    return this.mergeMaster.get(this.key(r, c)) ?? [r, c];
  }

  numFmt(r: number, c: number): string | null {
    const row = this.sheet.numberFormats?.[r];
    return (row && row[c]) || null;
  }

  formula(r: number, c: number): string | null {
    const row = this.sheet.formulas?.[r];
    return (row && row[c]) || null;
  }

  isEmpty(r: number, c: number): boolean {
    return this.raw(r, c) === null && !this.formula(r, c);
  }

  /**
   * The parsed cell, merged slaves empty. Not cached here: texts are cached by their string in parseCell, and a
   * number parses in a few operations, while holding 240,000 parsed cells would cost more in garbage collection.
   */
  cell(r: number, c: number): ParsedCell {
    return parseCell(this.raw(r, c), this.numFmt(r, c));
  }

  text(r: number, c: number): string | null {
    const v = this.value(r, c);
    if (v === null || typeof v === "object") return null;
    const s = String(v).trim();
    return s === "" ? null : s;
  }

  /** Calls `visit` for every non-empty raw value, row by row (merged slaves are empty as stored). */
  forEachRaw(visit: (v: Exclude<CellValue, null>, r: number, c: number) => void): void {
    const rows = this.sheet.values;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v !== null && v !== undefined && v !== "") visit(v, r, c);
      }
    }
  }

  rowIsEmpty(r: number, from: number, to: number): boolean {
    const row = this.sheet.values[r];
    if (!row) return true;
    const end = Math.min(to, row.length - 1);
    for (let c = from; c <= end; c++) if (!this.isEmpty(r, c)) return false;
    return true;
  }

  /** Last non-empty column of a row, or -1. */
  lastCol(r: number): number {
    const row = this.sheet.values[r];
    if (!row) return -1;
    for (let c = row.length - 1; c >= 0; c--) if (!this.isEmpty(r, c)) return c;
    return -1;
  }
}
