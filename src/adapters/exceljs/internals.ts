// ExcelJS's internal objects, typed in one place. ExcelJS 4.x keeps rows, cells, merges, conditional formats and
// sheet order in fields its typings do not declare; reading them directly lets us visit only the cells that exist
// (instead of creating every cell of a range).
import type ExcelJS from "exceljs";

export interface RawCell extends ExcelJS.Cell {
  _comment?: { note?: unknown };
  _value?: { model?: { comment?: unknown } };
}
export interface RawRow {
  style?: Partial<ExcelJS.Style>;
  _cells: (RawCell | undefined)[];
}
export interface RawRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
export interface RawCfRule {
  type: string;
  priority?: number;
  formulae?: unknown[];
  [k: string]: unknown;
}
export interface RawCf {
  ref: string;
  rules: RawCfRule[];
}
export interface RawSheet {
  _rows: (RawRow | undefined)[];
  _columns?: ({ style?: Partial<ExcelJS.Style> } | undefined)[];
  _merges: Record<string, RawRange | { model: RawRange }>;
  dataValidations?: { model?: Record<string, unknown> };
  conditionalFormattings?: RawCf[];
  /** The sheet's position in the workbook. */
  orderNo: number;
}

/** The worksheet's internals. The one cast into ExcelJS's undeclared fields (stable in exceljs 4.x). */
export function rawSheet(ws: ExcelJS.Worksheet): RawSheet {
  return ws as unknown as RawSheet;
}

/** The defined names' internal map (ExcelJS keeps names it read there and writes them back at save). */
export function definedNamesMap(wb: ExcelJS.Workbook): Record<string, unknown> | undefined {
  return (wb.definedNames as { matrixMap?: Record<string, unknown> }).matrixMap;
}
