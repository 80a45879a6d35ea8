// The user's cells (analysis.view) plus what the plan has decided so far, for placement and formula checks.
import { a1, parseA1, parseRange, type RangeRef } from "../address";
import { parseAreas } from "../areas";
import type { CellValue, Scalar, SheetSnapshot, WorkbookSnapshot } from "../types";
import type { CellLookup, XlValue } from "./expr";

/** Rows per bucket of the merged-area index. */
const MERGE_BUCKET = 64;

export class Grid {
  private readonly sheets = new Map<string, SheetSnapshot>();
  private readonly merges = new Map<string, RangeRef[]>();
  /** Per sheet, bucket of MERGE_BUCKET rows → the merged areas reaching into it (built on first use). */
  private readonly mergeIndex = new Map<string, Map<number, RangeRef[]>>();
  /**
   * Per sheet, planned cells by row, then column (a hole: not planned). Not one Map keyed by row * 16384 + col:
   * past row 131,072 such a key is no longer a small integer, and a 200,000-row plan spent seconds boxing and
   * hashing them.
   */
  private readonly planned = new Map<string, Array<XlValue[] | undefined>>();

  constructor(view: WorkbookSnapshot) {
    for (const s of view.sheets) {
      if (this.sheets.has(s.name)) continue;
      this.sheets.set(s.name, s);
      this.merges.set(s.name, obstacles(s));
    }
  }

  sheet(name: string): SheetSnapshot | undefined {
    return this.sheets.get(name);
  }

  /** The user's value as read (null when absent). */
  userValue(sheet: string, row: number, col: number): CellValue {
    const v = this.sheets.get(sheet)?.values[row]?.[col];
    return v === undefined ? null : v;
  }

  userValueAt(sheet: string, addr: string): CellValue {
    const { row, col } = parseA1(addr);
    return this.userValue(sheet, row, col);
  }

  /**
   * Occupied by the user: any value (even ""), any formula, or any cell of a merged area, of a data validation,
   * of a conditional format, or one carrying a note (the view holds only the user's: ours are stripped).
   */
  userOccupied(sheet: string, row: number, col: number): boolean {
    const s = this.sheets.get(sheet);
    if (!s) return false;
    const v = s.values[row]?.[col];
    if (v !== null && v !== undefined) return true;
    const f = s.formulas?.[row]?.[col];
    if (f !== null && f !== undefined && f !== "") return true;
    const near = this.mergesByBucket(sheet).get(Math.floor(row / MERGE_BUCKET)) ?? [];
    return near.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }

  /** The sheet's merged areas by row bucket: a lookup scans the few areas near the row, not all of them. */
  private mergesByBucket(sheet: string): Map<number, RangeRef[]> {
    let index = this.mergeIndex.get(sheet);
    if (index) return index;
    index = new Map();
    // A whole-column rule reaches row 1,048,576: only rows up to just below the data can take a block.
    const limit = (this.sheets.get(sheet)?.values.length ?? 0) + MERGE_BUCKET;
    for (const m of this.merges.get(sheet) ?? []) {
      if (m.bottom < m.top) continue; // covers no row
      const last = Math.floor(Math.min(m.bottom, limit) / MERGE_BUCKET);
      for (let b = Math.floor(m.top / MERGE_BUCKET); b <= last; b++) {
        const list = index.get(b);
        if (list) list.push(m);
        else index.set(b, [m]);
      }
    }
    this.mergeIndex.set(sheet, index);
    return index;
  }

  /** Record a planned cell's value ("" written as a value is an empty cell in Excel). */
  plan(sheet: string, addr: string, value: Scalar | undefined, isFormula: boolean): void {
    const { row, col } = parseA1(addr);
    let v: XlValue = value === undefined ? null : value;
    if (!isFormula && v === "") v = null;
    let rows = this.planned.get(sheet);
    if (!rows) this.planned.set(sheet, (rows = []));
    const cells = rows[row] ?? (rows[row] = []);
    cells[col] = v;
  }

  readonly lookup: CellLookup = (sheet, row, col) => {
    const cells = this.planned.get(sheet)?.[row];
    if (cells !== undefined) {
      const v = cells[col];
      if (v !== undefined) return v;
    }
    const v = this.userValue(sheet, row, col);
    if (v !== null && typeof v === "object") return { err: v.error };
    return v;
  };

  /** Text shown for a user cell in messages and explanations. */
  display(sheet: string, addr: string): string {
    const v = this.userValueAt(sheet, addr);
    if (v === null) return "";
    if (typeof v === "object") return v.error;
    return String(v);
  }

  static addr(row: number, col: number): string {
    return a1(row, col);
  }
}

/** Areas a block must not cover: merges, the user's validations and conditional formats, cells with a note. */
function obstacles(s: SheetSnapshot): RangeRef[] {
  const out: RangeRef[] = [];
  for (const m of s.merges ?? []) {
    try {
      out.push(parseRange(m));
    } catch {
      // an unreadable merge address: nothing to avoid
    }
  }
  for (const v of s.validations ?? []) out.push(...parseAreas(v));
  for (const cf of s.conditionalFormats ?? []) out.push(...parseAreas(cf.range));
  for (const n of s.notes ?? []) out.push(...parseAreas(n.cell));
  for (const c of s.annotated ?? []) out.push(...parseAreas(c));
  return out;
}
