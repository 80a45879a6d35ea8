// What the analysis passes to the anomaly rules: the parsed tables, indicators and budget lines.
import type { Grid } from "../grid";
import type { BudgetResult, Config, DetectedTable, IndicatorResult } from "../types";

export interface IndicatorWork {
  result: IndicatorResult;
  table: DetectedTable;
  /** A1 of the indicator's name cell. */
  nameCell: string | null;
  /** Cells holding several quantities ("75 Kasus 36%"). */
  mixedCells: readonly string[];
  /** Cells on the other percent scale than the rest (92 among 0,85-style fractions). */
  percentScaleCells: readonly string[];
  /** Stated quarter values (null when missing), for the sum check. */
  statedQuarters: (number | null)[];
  statedAnnual: number | null;
}

export interface BudgetWork {
  result: BudgetResult;
  table: DetectedTable;
  /** Indicators inside this line (rows row..lastRow of a budget table with kinerja columns). */
  indicators: IndicatorWork[];
  /** Stated rata-rata capaian for the line, and its cell. */
  statedAverage: { value: number; cell: string } | null;
}

/** A stated average: a "Rata-rata …" row, and the indicators it covers. */
export interface AverageWork {
  sheet: string;
  cell: string;
  value: number;
  indicators: IndicatorWork[];
}

export interface RuleContext {
  config: Config;
  grids: Map<string, Grid>;
  tables: DetectedTable[];
  indicators: IndicatorWork[];
  budget: BudgetWork[];
  averages: AverageWork[];
  /** Weighted NKO per table with a weight column. */
  nko?: import("./nko").NkoWork[];
}
