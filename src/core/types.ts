// Shared data shapes of the engine. Pure data: no Office, DOM or Node types here.
// Rows and columns inside the engine are 0-based; A1 addresses and report `row` fields are 1-based.
import type { ReviewMark } from "./review/types";

// ---------------------------------------------------------------- snapshot (what adapters read)

/** An Excel error value such as #DIV/0!. */
export interface CellError {
  error: string;
}
export type CellValue = number | string | boolean | CellError | null;

export interface SheetSnapshot {
  name: string;
  /** values[r][c] is the cell at row r+1, column c+1 (A1 origin). Rows may be ragged or missing. */
  values: CellValue[][];
  /** Same shape; "=SUM(A1:A3)" where the cell holds a formula, else null/undefined. */
  formulas?: (string | null | undefined)[][];
  /** Same shape; Excel number format code ("0.00%", "#,##0", "General"). */
  numberFormats?: (string | null | undefined)[][];
  /** Merged areas in A1 notation ("A4:A5"), when the source knows them. Only the top-left cell holds the value. */
  merges?: string[];
  /** A1 addresses of cells that already carry a note or comment (the user's or ours). */
  annotated?: string[];
  /** Sheet visibility as the host reports it. */
  hidden?: boolean;
  /** Formatting of cells that hold no value but carry the user's formatting (bounded: used range + 16 columns). */
  formats?: Record<string /* A1 */, CellFormat>;
  /** A1 ranges that carry data validation (the user's). */
  validations?: string[];
  /**
   * Conditional formats of the sheet: range and, for custom-formula rules, the formula ("=…"), else null; `fill`
   * ("#RRGGBB"), the rule's solid fill when the host reports it (the workbench colours the add-in's flags with it).
   */
  conditionalFormats?: Array<{ range: string; formula: string | null; fill?: string }>;
  /** Notes/comments with their text (matching ours is by content, not by address). */
  notes?: Array<{ cell: string; text: string; kind: "note" | "comment" }>;
}

/** A workbook-level defined name as the host reports it. */
export interface DefinedName {
  name: string;
  /** "'Capaian IKU 2025'!$K$5:$N$20", or a formula/"#REF!" when Excel could not keep the reference. */
  refersTo: string;
  hidden: boolean;
}

/** A cell's own formatting in host-neutral terms: enough to put it back exactly on removal. */
export interface CellFormat {
  numFmt?: string;
  /** "#RRGGBB" solid fill; absent = none. */
  fill?: string;
  font?: {
    bold?: boolean;
    italic?: boolean;
    underline?: boolean;
    color?: string;
    size?: number;
    name?: string;
  };
  border?: Partial<Record<"top" | "left" | "bottom" | "right", { style: string; color?: string }>>;
  alignment?: { horizontal?: string; vertical?: string; wrapText?: boolean };
}

export interface WorkbookSnapshot {
  fileName?: string;
  sheets: SheetSnapshot[];
  /** Workbook-level defined names (absent = unknown: the host could not read them). */
  names?: DefinedName[];
}

// ---------------------------------------------------------------- configuration

export type Lang = "id" | "en";
export type Polarity = "positive" | "negative";
export type Aggregation = "sum" | "last" | "average";
export type MissingPolicy = "exclude" | "zero";
export type EfficiencyMethod = "ratio" | "pmk214";

export interface IndicatorOverride {
  polarity?: Polarity;
  aggregation?: Aggregation;
}

/** Column roles a header can map to. */
export type ColumnRole =
  | "no"
  | "sasaran"
  | "indikator"
  | "satuan"
  | "polaritas"
  | "agregasi"
  | "target"
  | "tw1"
  | "tw2"
  | "tw3"
  | "tw4"
  | "realisasi"
  | "capaian"
  | "pagu"
  | "realisasiAnggaran"
  | "serapan"
  | "rataCapaian"
  | "keterangan"
  | "bobot";

/** A user's correction of detection for one table: the table is named by sheet and header row (1-based). */
export interface TableOverride {
  sheet: string;
  headerRow: number;
  /** role -> column letter; an empty string removes the role. */
  columns: Partial<Record<ColumnRole, string>>;
}

export interface Config {
  /** Upper cap on capaian (ratio). null = no cap. */
  cap: null | 1 | 1.1 | 1.2;
  /** How missing capaian enter averages. */
  missingPolicy: MissingPolicy;
  efficiencyMethod: EfficiencyMethod;
  /** CAPAIAN_EXTREME fires above this ratio (2 = 200%). */
  extremeThreshold: number;
  /** Mismatch tolerance as a ratio (0.0005 = 0.05 percentage points). */
  tolerance: number;
  lang: Lang;
  /** Per indicator overrides, keyed by `${sheet}!${row}` (1-based row). */
  indicators: Record<string, IndicatorOverride>;
  /** Per table column mapping corrections. */
  tables: TableOverride[];
  /** A manual table range ("Sheet1!A4:J19") when detection finds nothing the user wants. */
  manualRanges: string[];
  /** Colour bands of a capaian (ratios): ≥ good green, ≥ fair yellow, below red. */
  bands: Bands;
}

/** Thresholds of the capaian colour bands, as ratios (1 = 100%); 0 ≤ fair ≤ good. */
export interface Bands {
  good: number;
  fair: number;
}

export type CapaianBand = "good" | "fair" | "poor";

// ---------------------------------------------------------------- detection

export type TableKind = "indicators" | "budget" | "other";

export interface DetectedTable {
  sheet: string;
  kind: TableKind;
  /** A1 range of the whole table, header included. */
  range: string;
  /** role -> column letter. */
  columns: Partial<Record<ColumnRole, string>>;
  /** 0-based indices. */
  headerTop: number;
  headerBottom: number;
  firstDataRow: number;
  lastDataRow: number;
  firstCol: number;
  lastCol: number;
  /** 0-based rows labelled Jumlah/Total, and rows labelled Rata-rata (inside the table range). */
  totalRows: number[];
  averageRows: number[];
  /** Detection confidence 0..1: low values make the pane offer the column mapping editor. */
  confidence: number;
  /** Header texts per column (0-based column -> text as read, parent and child joined by " / "). */
  headers: Record<number, string>;
  /** Why the columns were read as they were (headers, arithmetic), worded by `tableReasonText`. */
  reasons?: TableReason[];
  /** Further Anggaran / Realisasi / % groups in the same row (per year or per source), beyond `columns`. */
  budgetGroups?: BudgetGroup[];
  /** Budget hierarchy: parent row (0-based) -> the rows of the level below it whose sum it is. */
  children?: Record<number, number[]>;
  /** Columns whose header mentions "s.d." (running totals), 0-based. */
  cumulativeCols?: number[];
  /** 0-based row labelled "NKO" / "Nilai Kinerja Organisasi" (a weighted score, not an indicator). */
  nkoRow?: number;
  /** 0-based rows derived from totals (Surplus / (Defisit), Pembiayaan Netto): neither data nor a sum of rows. */
  derivedRows?: number[];
  /** Columns that equal the sum of a run of neighbouring columns on most rows (Total RAK = Jan..Des; s.d. bulan
   *  ini = s.d. bulan lalu + bulan ini): 0-based column and the run's first and last column. */
  rowSums?: Array<{ col: number; from: number; to: number }>;
  /** One IKU read down a column of labels (TARGET / Realisasi TW I–IV / TOTAL / CAPAIAN), not one per row. */
  vertical?: boolean;
  /** The caption above a table whose rows name no indicator (a one-IKU line, or a trend table by year). */
  title?: string;
  /** One IKU followed down the years: each row is a period (Tahun), not an indicator of its own. */
  trend?: boolean;
}

export interface BudgetGroup {
  /** Column letters. */
  pagu: string;
  realisasiAnggaran?: string;
  serapan?: string;
  /** The group's header ("Belanja Operasi", "2024"). */
  label?: string;
}

/** One piece of evidence for a table's reading. */
export interface TableReason {
  kind:
    | "header" // role read from the header text
    | "ratio" // column = x / y on most rows (header agreed or said nothing)
    | "ratioOverHeader" // column = x / y on most rows, whatever its header said
    | "ratioBroken" // a ratio column whose header promised a ratio the rows do not hold
    | "capaianHoldsRealisasi" // a column headed capaian whose values are the realisation (over the target ~100%)
    | "hierarchy" // parent rows equal the sum of the rows below them
    | "budgetGroups"; // several Anggaran/Realisasi/% groups in one row
  role?: ColumnRole;
  /** Column letters: the column, and for ratios its numerator and denominator. */
  column?: string;
  of?: [string, string];
  /** Rows where the relation holds, of the rows where it can be checked. */
  matched?: number;
  rows?: number;
  /** Negative polarity rows (2 − R/T) among the matches. */
  negative?: number;
}

// ---------------------------------------------------------------- report (issue 2's JSON, schemaVersion 1)

export type Severity = "error" | "warning" | "info";

export type RuleId =
  | "QUARTER_SUM_MISMATCH"
  | "CAPAIAN_MISMATCH"
  | "AVERAGE_MISMATCH"
  | "ABSORPTION_MISMATCH"
  | "TOTAL_MISMATCH"
  | "BUDGET_OVER"
  | "FORMULA_ERROR"
  | "TARGET_ZERO"
  | "MISSING_TARGET"
  | "MISSING_REALISASI"
  | "PERCENT_SCALE"
  | "MIXED_UNITS"
  | "CAPAIAN_EXTREME"
  | "DUPLICATE_INDICATOR"
  | "NUMBER_AS_TEXT";

export interface Anomaly {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the rule names. */
  cell: string;
  message: string;
  expected?: number | string | null;
  actual?: number | string | null;
}

/** Where an indicator's numbers came from, for formulas and explanations. 0-based column, null when absent. */
/** "percent": a number formatted as %; "text": parsed from text ("42.010 orang"). */
export type SourceKind = "percent" | "text";

/** How each source cell was read; a role not listed is a plain number formulas can reference, or empty. */
export interface SourceKinds {
  target?: SourceKind;
  quarters?: (SourceKind | null)[];
  annual?: SourceKind;
  capaian?: SourceKind;
}

export interface SourceCells {
  target: string | null;
  quarters: (string | null)[];
  annual: string | null;
  capaian: string | null;
  /** How the cells were read, by role (see SourceKinds). */
  kinds: SourceKinds;
}

export interface IndicatorResult {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  tableIndex: number;
  sasaran: string | null;
  name: string;
  unit: string | null;
  polarity: Polarity;
  aggregation: Aggregation;
  /** True when realisasi is qualitative (a category such as "Baik"). */
  qualitative: boolean;
  target: number | null;
  quarters: (number | null)[];
  annual: number | null;
  /** True when the annual was derived from the quarters. */
  annualDerived: boolean;
  capaian: number | null;
  capaianReported: number | null;
  /** Quarters are running totals ("s.d. triwulan"). */
  cumulativeQuarters: boolean;
  /** The quantity is a percentage (values are ratios, 1 = 100%). */
  percent: boolean;
  sources: SourceCells;
}

export interface SasaranResult {
  name: string;
  sheet: string;
  capaian: number | null;
  counted: number;
  total: number;
}

export interface BudgetResult {
  sheet: string;
  /** 1-based top row of the (merged) budget line. */
  row: number;
  /** 1-based last row of the line. */
  lastRow: number;
  tableIndex: number;
  name: string;
  pagu: number | null;
  realisasi: number | null;
  serapan: number | null;
  serapanReported: number | null;
  /** Average capaian of the line's indicators (or the stated one when the line has none). */
  capaianKinerja: number | null;
  /** capaian kinerja / serapan under the ratio method, or NE under PMK 214/2017. */
  efisiensi: number | null;
  /** PMK 214/2017 figures, always computed when possible. */
  pmk214: { e: number; ne: number } | null;
  /** NKA band (PMK 62/2023) of the efficiency or capaian figure in points. */
  band: string | null;
  sources: { pagu: string | null; realisasi: string | null; serapan: string | null };
  /** A parent or total line: the sum of the lines below it (not counted again in totals). */
  parent?: boolean;
  /** The group's header when a row carries several Anggaran/Realisasi/% groups. */
  group?: string;
}

export interface NkoResult {
  sheet: string;
  tableIndex: number;
  /** 1-based row of a stated NKO ("NKO", "Nilai Kinerja Organisasi"), else the row after the table's last. */
  row: number;
  value: number | null;
  reported: number | null;
  /** Indicators with both a weight and a capaian, of all with a weight. */
  counted: number;
  total: number;
}

export interface OverallResult {
  capaian: number | null;
  counted: number;
  total: number;
  missingPolicy: MissingPolicy;
}

export interface Report {
  schemaVersion: 1;
  file: string | null;
  config: Config;
  tables: Array<
    Pick<DetectedTable, "sheet" | "kind" | "range" | "columns"> & {
      confidence: number;
      indicators: number;
      /** What each column was taken to be and why, in the report's language. */
      reasons?: string[];
    }
  >;
  /** Nilai Kinerja Organisasi (Kemenkeu): Σ bobot × min(capaian, 120%) / Σ bobot, per table with a weight column. */
  nko?: NkoResult[];
  indicators: IndicatorResult[];
  sasaran: SasaranResult[];
  budget: BudgetResult[];
  overall: OverallResult;
  anomalies: Anomaly[];
  /** Problems that stopped part of the analysis, in the user's language (partial results are still given). */
  problems: string[];
}

// ---------------------------------------------------------------- write plan (what adapters apply)

export type Scalar = number | string | boolean | null;

export type CellStyle =
  "header" | "computed" | "summaryTitle" | "summaryLabel" | "summaryValue" | "link";

export interface CellWrite {
  sheet: string;
  /** A1 address. */
  cell: string;
  /** A literal value. Strings are always written as text, never parsed as formulas. */
  value?: Scalar;
  /** A formula starting with "=". Only the planner produces these; sheet text never ends up here. */
  formula?: string;
  /** The value the formula evaluates to, as the engine computed it (adapters may cache it, tests compare it). */
  result?: Scalar;
  numFmt?: string;
  style?: CellStyle;
  /** Internal hyperlink target ("'Sheet 1'!J6"). */
  link?: string;
}

export interface ConditionalFlag {
  sheet: string;
  /** A1 range the flag colours. */
  range: string;
  severity: Severity;
  /**
   * Set on the capaian colour bands: the rule holds only when the row's capaian is in this band, and the band's
   * colours (BAND_COLORS) are used instead of the severity's.
   */
  band?: CapaianBand;
  /** A custom-formula rule that always holds, carrying the add-in's tag so it can be found and removed. */
  formula: string;
}

export interface NoteWrite {
  sheet: string;
  cell: string;
  text: string;
  /** note (ExcelApi 1.18), comment (1.10); the planner picks by host capability. */
  kind: "note" | "comment";
}

export interface ChartSpec {
  sheet: string;
  title: string;
  /** Category labels range and value ranges, A1 on `sheet`. */
  categories: string;
  series: Array<{ name: string; values: string }>;
  /** Top-left and bottom-right anchor cells. */
  from: string;
  to: string;
}

/** One computed block the add-in wrote into a user sheet, found again through its hidden defined name. */
export interface OwnedBlock {
  /** Hidden workbook-level defined name, "_CapaianIKU_b<n>"; Excel moves it with inserted/deleted rows and columns
   *  and renamed sheets (in Office.js and in the file), so the block is found where it is now. */
  name: string;
  /** Where the block was written (for messages only: the location used is always the name's). */
  sheet: string;
  range: string;
  /** Fingerprint of each cell as written (fingerprintCell), row-major over the range ("" = not written). */
  cells: string[];
  /** The user's formatting of cells the block landed on, before it was written (offset "r,c" within the range). */
  prior?: Record<string, CellFormat>;
  /** Read from a version 1 record: absolute range, no name, no fingerprints (see locate-ownership.ts). */
  legacy?: boolean;
}

/** What the add-in owns in a workbook: stored in a very hidden sheet so re-runs and removal find it. */
export interface Ownership {
  version: 2;
  blocks: OwnedBlock[];
  /** Sheets the add-in created, each marked by a hidden defined name pointing at its A1 (follows renames). */
  sheets: Array<{ name: string; definedName: string }>;
  /** Notes/comments the add-in added: found again by exact text (the cell may have moved). */
  notes: Array<{ sheet: string; cell: string; kind: "note" | "comment"; text: string }>;
  /** Conditional formats the add-in added: found again by exact formula (each carries a unique token). */
  flags: Array<{ sheet: string; range: string; formula: string }>;
  /** ISO time of the run (so a re-run on an unchanged workbook keeps it). */
  writtenAt: string;
  /** The file name Ringkasan shows, kept so a re-run on the annotated copy changes nothing. */
  file?: string | null;
}

/** The record written by version 1 (absolute addresses); still read from old files, never written. */
export interface OwnershipV1 {
  version: 1;
  ranges: Array<{ sheet: string; range: string }>;
  sheets: string[];
  notes: Array<{ sheet: string; cell: string; kind: "note" | "comment" }>;
  flaggedSheets: string[];
  writtenAt: string;
  file?: string | null;
}

/** Why a cell of the previous output, or a place the plan wanted, was left alone. */
export type KeptReason = "edited" | "name-missing" | "sheet-missing" | "occupied";

export interface WritePlan {
  version: 2;
  /** Step 1: remove the previous run's output, only where it is still exactly what the add-in wrote. */
  remove: {
    /** Cells to clear: values, formulas, number formats, fills/fonts/borders, hyperlinks. Compact A1 ranges. */
    ranges: Array<{ sheet: string; range: string }>;
    /** After clearing: put the user's formatting back on these cells. */
    restoreFormats: Array<{ sheet: string; cell: string; format: CellFormat }>;
    /** Sheets to delete (ours, verified). A very hidden sheet is made hidden first (Office requires it). */
    sheets: string[];
    /** Our notes/comments to delete, where they are now. */
    notes: Array<{ sheet: string; cell: string; kind: "note" | "comment" }>;
    /** Our conditional formats to delete: exact formula match on that sheet, nothing else. */
    flags: Array<{ sheet: string; formula: string }>;
    /** Defined names to delete. */
    names: string[];
  };
  /** What was left alone and why, for the pane/CLI ("L9 diubah pengguna: dibiarkan"). Nothing to apply. */
  kept: Array<{ sheet: string; cell: string; reason: KeptReason }>;
  /** Step 2: new sheets to add (in order), after the last sheet. */
  addSheets: string[];
  /** Step 3: cells (values first, then formats). */
  cells: CellWrite[];
  columnWidths: Array<{ sheet: string; column: string; width: number }>;
  flags: ConditionalFlag[];
  notes: NoteWrite[];
  charts: ChartSpec[];
  /** Hidden workbook-level defined names to add (or replace): blocks, created sheets, the record. */
  names: Array<{ name: string; sheet: string; range: string }>;
  /** The record sheet's name (chosen by the planner, never a user's sheet). */
  recordSheet: string;
  /** Step 4: the new ownership record (null for a pure removal, which deletes the record sheet). */
  ownership: Ownership | null;
}

/** Host capabilities that decide how a plan is written. */
export interface HostCapabilities {
  notes: boolean;
  comments: boolean;
  charts: boolean;
}

/** Default name of the very hidden sheet that stores the Ownership record (another is picked if a user sheet has it). */
export const META_SHEET = "CapaianIKU_meta";
/** Hidden defined name that points at the record sheet's A1 (follows a rename). */
export const RECORD_NAME = "_CapaianIKU_record";
/** Prefix of every defined name the add-in writes. */
export const NAME_PREFIX = "_CapaianIKU_";
/** First cell of the record: only a sheet whose A1 holds exactly this is read as the record. */
export const RECORD_SIGNATURE = "capaian-iku-ownership:v2";
/** Tag inside every conditional-format formula the add-in writes (followed by a token unique to the rule). */
export const FLAG_TAG = "CapaianIKU";
/** Prefix of every note/comment the add-in writes. */
export const NOTE_PREFIX = "[Capaian IKU] ";

// ---------------------------------------------------------------- engine results

/** What analyzeWorkbook returns: the JSON report plus the detected tables the planner needs. */
export interface Analysis {
  report: Report;
  tables: DetectedTable[];
  /** The snapshot the analysis saw (the user's cells only: the add-in's own output stripped). */
  view: WorkbookSnapshot;
  ownership: Ownership | null;
  /** Where the previous run's output is now, decided cell by cell (see src/core/ownership.ts). */
  located?: LocatedOwnership;
  /** The problems (also in report.problems) that stopped part of the analysis: a sheet or a rule that failed. */
  stopped?: string[];
}

/** The previous record resolved against the workbook as it is now. */
export interface LocatedOwnership {
  /** The record sheet's name now (null when none was found). */
  recordSheet: string | null;
  /** Cells still holding exactly what the add-in wrote, per sheet, with the user's prior format to restore. */
  owned: Array<{ sheet: string; row: number; col: number; prior?: CellFormat }>;
  /** Cells left alone and why. */
  kept: Array<{ sheet: string; cell: string; reason: KeptReason }>;
  /** Our sheets, under their current names. */
  sheets: string[];
  /** Defined names of the previous record that exist now (to delete or replace). */
  names: string[];
  /** Our notes/comments where they are now (found by exact text). */
  notes: Array<{ sheet: string; cell: string; kind: "note" | "comment" }>;
  /** Our conditional formats, by exact formula, on the sheets' current names. */
  flags: Array<{ sheet: string; formula: string }>;
}

export interface PlanOptions {
  capabilities: HostCapabilities;
  lang: Lang;
  /** Build (or refresh) the Ringkasan summary sheet. */
  summary: boolean;
  /** ISO timestamp written into Ringkasan and the ownership record (injected so tests are reproducible). */
  now: string;
  /** Name of the unit (instansi) for Ringkasan, when known. */
  unit?: string;
  /** IANA time zone the Ringkasan date is shown in ("1 Desember 2026 10.47 WIB"); default: the machine's. */
  timeZone?: string;
  /** The reviewer's marks (issue 10): when given and non-empty, Ringkasan lists them (who, when, why). */
  marks?: ReviewMark[];
}
