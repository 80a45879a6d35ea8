// The plan under construction: cell writes in order, each also recorded in the grid so later formulas that
// reference it (Capaian -> Realisasi (dihitung), Efisiensi -> Serapan (dihitung)) can be checked.
import type { CellStyle, CellWrite, Scalar } from "../types";
import { FORMULA_TEXT_MAX } from "./cell-text";
import { evaluate, formula, sameNumber, type Expr, type XlValue } from "./expr";
import type { Grid } from "./grid";

export interface CellExtras {
  numFmt?: string;
  style?: CellStyle;
  link?: string;
}

export class Draft {
  readonly cells: CellWrite[] = [];
  constructor(readonly grid: Grid) {}

  /** A literal: strings stay text whatever they start with ("=", "+", "-", "@"). */
  value(sheet: string, cell: string, value: Scalar, extras: CellExtras = {}): CellWrite {
    const w: CellWrite = { sheet, cell, value, ...clean(extras) };
    this.cells.push(w);
    this.grid.plan(sheet, cell, value, false);
    return w;
  }

  /** A planner-made formula with the value it is known to produce. */
  rawFormula(
    sheet: string,
    cell: string,
    text: string,
    result: Scalar,
    extras: CellExtras = {}
  ): CellWrite {
    const w: CellWrite = { sheet, cell, formula: text, result, ...clean(extras) };
    this.cells.push(w);
    this.grid.plan(sheet, cell, result, true);
    return w;
  }

  /**
   * The first candidate whose value equals the engine's `expected` becomes a live formula; when none does (or
   * there is nothing to compute with), the engine's number is written as a constant. `expected === null` → blank.
   */
  computed(
    sheet: string,
    cell: string,
    candidates: Expr[],
    expected: number | null,
    extras: CellExtras = {}
  ): CellWrite {
    // NaN/Infinity cannot be written to a cell: treat them as missing.
    if (expected === null || !Number.isFinite(expected)) return this.value(sheet, cell, "", extras);
    for (const c of candidates) {
      if (c.k === "num") continue; // a bare constant is better written as a value
      const v: XlValue = evaluate(c, this.grid.lookup);
      if (!sameNumber(v, expected)) continue;
      const text = formula(c, sheet);
      // Excel refuses a longer formula (a mean over thousands of separate row runs): the value is written.
      if (text.length <= FORMULA_TEXT_MAX)
        return this.rawFormula(sheet, cell, text, expected, extras);
    }
    return this.value(sheet, cell, expected, extras);
  }

  /** The value a planned or user cell holds now (formula results included). */
  valueAt(sheet: string, row: number, col: number): XlValue {
    return this.grid.lookup(sheet, row, col);
  }
}

function clean(extras: CellExtras): CellExtras {
  const out: CellExtras = {};
  if (extras.numFmt !== undefined) out.numFmt = extras.numFmt;
  if (extras.style !== undefined) out.style = extras.style;
  if (extras.link !== undefined) out.link = extras.link;
  return out;
}
