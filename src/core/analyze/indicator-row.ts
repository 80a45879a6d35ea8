// One indicator row, read in named steps: its cells (values, unit, percent scale), its meta (overrides, polarity,
// aggregation), running-total quarters, the annual realisasi, and its capaian (numeric or qualitative).
import { a1 } from "../address";
import type { Grid } from "../grid";
import type { ParsedCell } from "../parse/cell";
import type {
  Aggregation,
  Config,
  DetectedTable,
  IndicatorOverride,
  IndicatorResult,
  Polarity,
} from "../types";
import { annualFromQuarters, capaianOf, qualitativeCapaian, reportedCapaian } from "./capaian";
import type { IndicatorWork } from "./context";
import { aggregationFrom, aggregationFromUnit, polarityFrom } from "./indicator-meta";
import { repairPercentScale, type ValueCell } from "./percent-points";
import { NONE, RowRead } from "./row-read";
import { isRangeTarget } from "./target-range";

const LOWER_IS_BETTER =
  /kematian|kesakitan|kecelakaan|kebocoran|kehilangan|kemiskinan|pengangguran|waktu|lama\b|durasi|tunggakan|temuan|pelanggaran|keluhan|kerugian|inflasi|stunting|prevalensi|angka kasus|gangguan|menurun|penurunan|turunnya|berkurang|\bufw\b/i;
const NO_OVERRIDE: IndicatorOverride = Object.freeze({});

/** The columns of an indicator table (0-based, null when absent). */
export interface IndicatorCols {
  name: number | null;
  satuan: number | null;
  polaritas: number | null;
  agregasi: number | null;
  target: number | null;
  annual: number | null;
  capaian: number | null;
  quarters: (number | null)[];
}

/** What every row of one table shares. */
export interface IndicatorTable {
  grid: Grid;
  table: DetectedTable;
  tableIndex: number;
  config: Config;
  cols: IndicatorCols;
  /** Quarter columns whose header says "s.d." (running totals). */
  cumulativeCols: ReadonlySet<number>;
  hasOverrides: boolean;
}

/** One row to read. */
export interface RowInput {
  t: IndicatorTable;
  /** 0-based row. */
  row: number;
  name: string;
  sasaran: string | null;
}

/** The row's cells, read and on one percent scale. */
interface RowCells {
  rr: RowRead;
  targetP: ParsedCell | null;
  annualP: ParsedCell | null;
  qParsed: (ParsedCell | null)[];
  capP: ParsedCell | null;
  targetAddr: string | null;
  annualAddr: string | null;
  qAddr: (string | null)[];
  capAddr: string | null;
  target: number | null;
  quarters: (number | null)[];
  annual: number | null;
  percent: boolean;
  unit: string | null;
  percentScaleCells: readonly string[];
  /** The target is a range ("150-250"): no capaian ratio follows from it. */
  rangeTarget: boolean;
}

export function readRow(input: RowInput): IndicatorWork {
  const { t, row, name } = input;
  const cells = readCells(input);
  const { target, quarters: statedQuarters, annual: statedAnnual } = cells;
  const meta = rowMeta(input, cells);
  const cumulativeQuarters = meta.quarterCumulative || runningTotals(statedQuarters, statedAnnual);
  let annual = statedAnnual;
  let annualDerived = false;
  if (annual === null && statedQuarters.some((q) => q !== null)) {
    annual = annualFromQuarters(statedQuarters, cumulativeQuarters ? "last" : meta.aggregation);
    annualDerived = true;
  }
  const cap = rowCapaian(t.config, cells, annual, meta.polarity);
  const inferred = cap.qualitative
    ? null
    : polarityFromStatedCapaian(input, meta, cells, annual, cap);
  const polarity = inferred?.polarity ?? meta.polarity;
  const capaian = inferred?.capaian ?? cap.capaian;
  const capaianReported = inferred?.capaianReported ?? cap.capaianReported;

  const result: IndicatorResult = {
    sheet: t.grid.name,
    row: row + 1,
    tableIndex: t.tableIndex,
    sasaran: input.sasaran,
    name,
    unit: cells.unit,
    polarity,
    aggregation: meta.aggregation,
    qualitative: cap.qualitative,
    target,
    quarters: statedQuarters,
    annual,
    annualDerived,
    capaian,
    capaianReported,
    cumulativeQuarters,
    percent: cells.percent,
    sources: {
      target: cells.targetAddr,
      quarters: cells.qAddr,
      annual: cells.annualAddr,
      capaian: cells.capAddr,
      kinds: cells.rr.kinds,
    },
  };
  return {
    result,
    table: t.table,
    nameCell: t.cols.name !== null ? a1(row, t.cols.name) : null,
    mixedCells: cells.rr.mixedCells,
    percentScaleCells: cells.percentScaleCells,
    statedQuarters,
    statedAnnual,
  };
}

/** Step 1: the values of target, quarters and annual (a mixed cell's right quantity), the unit, the percent scale. */
function readCells({ t, row }: RowInput): RowCells {
  const { grid, cols: c } = t;
  const at = (cc: number | null) => (cc === null ? null : a1(row, cc));
  const parsed = (cc: number | null): ParsedCell | null =>
    cc === null ? null : grid.cell(row, cc);

  const targetP = parsed(c.target);
  const targetIsPercent = !!targetP && (targetP.percent || targetP.unit === "%");
  const satuan = c.satuan !== null ? grid.text(row, c.satuan) : null;
  const unitFromSatuan = satuan ? normalizeUnit(satuan) : null;
  const percent = targetIsPercent || unitFromSatuan === "%";
  const rr = new RowRead(percent, targetP?.unit ?? unitFromSatuan);

  const targetAddr = at(c.target);
  const target: ValueCell = {
    addr: targetAddr,
    parsed: targetP,
    value: rr.pick(targetP, targetAddr, "target"),
  };
  const qAddr = c.quarters.map(at);
  const qParsed = c.quarters.map(parsed);
  const quarters: ValueCell[] = qParsed.map((p, i) => ({
    addr: qAddr[i],
    parsed: p,
    value: rr.pick(p, qAddr[i], i),
  }));
  const annualAddr = at(c.annual);
  const annualP = parsed(c.annual);
  const annual: ValueCell = {
    addr: annualAddr,
    parsed: annualP,
    value: rr.pick(annualP, annualAddr, "annual"),
  };
  const capAddr = at(c.capaian);
  const capP = parsed(c.capaian);
  if (capP && capAddr) rr.setKind("capaian", capP);

  const values = percent
    ? repairPercentScale({ target, quarters, annual })
    : {
        target: target.value,
        quarters: quarters.map((q) => q.value),
        annual: annual.value,
        percentScaleCells: NONE,
      };
  const unit =
    unitFromSatuan ??
    (targetP?.unit && targetP.unit !== "%" ? targetP.unit : null) ??
    (percent ? "%" : firstUnit([annualP, ...qParsed]));
  return {
    rr,
    targetP,
    annualP,
    qParsed,
    capP,
    targetAddr,
    annualAddr,
    qAddr,
    capAddr,
    ...values,
    percent,
    unit,
    rangeTarget: c.target !== null && isRangeTarget(grid.text(row, c.target)),
  };
}

interface RowMeta {
  override: IndicatorOverride;
  polarityText: string | null;
  polarity: Polarity;
  aggregation: Aggregation;
  /** A quarter column's header says "s.d." */
  quarterCumulative: boolean;
}

/** Step 2: polarity and aggregation, from the user's overrides, the row's own columns, else inferred. */
function rowMeta({ t, row, name }: RowInput, cells: RowCells): RowMeta {
  const { grid, cols: c, config } = t;
  const override = t.hasOverrides
    ? (config.indicators[`${grid.name}!${row + 1}`] ?? NO_OVERRIDE)
    : NO_OVERRIDE;
  const polarityText = c.polaritas !== null ? grid.text(row, c.polaritas) : null;
  // A trend table's rows are years: its caption and realisasi header name the indicator.
  const about = t.table.trend ? `${name} ${t.table.title ?? ""} ${realHeader(t)}` : name;
  const polarity = override.polarity ?? polarityFrom(polarityText, about);
  let aggregation =
    override.aggregation ??
    aggregationFrom(c.agregasi !== null ? grid.text(row, c.agregasi) : null) ??
    aggregationFromUnit(cells.unit, cells.percent, name);
  const quarterCumulative = c.quarters.some((q) => q !== null && t.cumulativeCols.has(q));
  if (!override.aggregation && quarterCumulative && aggregation === "sum") aggregation = "last";
  return { override, polarityText, polarity, aggregation, quarterCumulative };
}

/** Step 3: running totals ("s.d. triwulan") without a header saying so: quarters never decrease, the last equals
 *  the annual, and their sum does not. */
function runningTotals(quarters: (number | null)[], annual: number | null): boolean {
  let count = 0;
  let sum = 0;
  let last = 0;
  let nonDecreasing = true;
  for (const q of quarters) {
    if (q === null) continue;
    if (count > 0 && q < last) nonDecreasing = false;
    last = q;
    sum += q;
    count++;
  }
  return (
    count >= 2 && nonDecreasing && annual !== null && close(last, annual) && !close(sum, annual)
  );
}

interface RowCapaian {
  qualitative: boolean;
  capaian: number | null;
  capaianReported: number | null;
}

/** Step 4: the capaian, computed (R/T, 2 − R/T) or qualitative (a category against a category), and the stated one. */
function rowCapaian(
  config: Config,
  cells: RowCells,
  annual: number | null,
  polarity: Polarity
): RowCapaian {
  const { annualP, qParsed, targetP } = cells;
  let lastQ: ParsedCell | null = null;
  for (const p of qParsed) if (p && p.kind !== "missing") lastQ = p;
  const realP = annualP && annualP.kind !== "missing" ? annualP : lastQ;
  const qualitative = !!(realP?.category && targetP?.category && realP.quantities.length === 0);
  let capaian: number | null;
  if (qualitative && realP?.category && targetP?.category) {
    const q = qualitativeCapaian(realP.category.rank, targetP.category.rank);
    capaian = config.cap === null ? q : Math.min(q, config.cap);
  } else if (cells.rangeTarget) capaian = null;
  else capaian = capaianOf(annual, cells.target, polarity, config.cap);
  return { qualitative, capaian, capaianReported: reportedCapaian(cells.capP, capaian) };
}

/**
 * Step 5: nothing states the polarity, but the stated capaian is 2 − R/T and not R/T, and the name is of something
 * better lower (kematian, waktu, kebocoran …): the sheet computed it as a negative-polarity indicator. The name
 * is required because one row's figure alone may be a plain error that happens to equal 2 − R/T.
 */
function polarityFromStatedCapaian(
  { t, name }: RowInput,
  meta: RowMeta,
  cells: RowCells,
  annual: number | null,
  cap: RowCapaian
): { polarity: Polarity; capaian: number; capaianReported: number } | null {
  const { config } = t;
  if (
    !LOWER_IS_BETTER.test(name) ||
    meta.polarity !== "positive" ||
    meta.override.polarity ||
    meta.polarityText ||
    cap.capaian === null ||
    cap.capaianReported === null
  )
    return null;
  const neg = capaianOf(annual, cells.target, "negative", config.cap);
  const stated = reportedCapaian(cells.capP, neg);
  if (
    neg !== null &&
    stated !== null &&
    Math.abs(neg - stated) <= config.tolerance &&
    Math.abs(cap.capaian - cap.capaianReported) > config.tolerance
  )
    return { polarity: "negative", capaian: neg, capaianReported: stated };
  return null;
}

function realHeader(t: IndicatorTable): string {
  return t.cols.annual !== null ? (t.table.headers[t.cols.annual] ?? "") : "";
}

function normalizeUnit(s: string): string {
  const t = s.trim().toLowerCase();
  if (t === "%" || t === "persen" || t === "persentase" || t === "percent") return "%";
  return t;
}

function firstUnit(ps: (ParsedCell | null)[]): string | null {
  for (const p of ps) if (p?.unit && p.unit !== "%") return p.unit;
  return null;
}

export function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
