// One indicator per data row of a table: values read from the user's cells (text quantities included),
// unit, polarity, aggregation, annual realisasi and capaian.
import { a1, colIndex } from "../address";
import type { Grid } from "../grid";
import type { ParsedCell, Quantity } from "../parse/cell";
import type {
  ColumnRole,
  Config,
  DetectedTable,
  IndicatorOverride,
  IndicatorResult,
  SourceKind,
  SourceKinds,
} from "../types";
import { annualFromQuarters, capaianOf, qualitativeCapaian } from "./capaian";
import type { IndicatorWork } from "./context";
import { aggregationFrom, aggregationFromUnit, polarityFrom, sameUnit } from "./indicator-meta";
import { headingRows } from "./heading-rows";

const QUARTERS: ColumnRole[] = ["tw1", "tw2", "tw3", "tw4"];
const LOWER_IS_BETTER =
  /kematian|kesakitan|kecelakaan|kebocoran|kehilangan|kemiskinan|pengangguran|waktu|lama\b|durasi|tunggakan|temuan|pelanggaran|keluhan|kerugian|inflasi|stunting|prevalensi|angka kasus|gangguan|menurun|penurunan|turunnya|berkurang|\bufw\b/i;
/** Shared empty list: most rows have no mixed-unit or percent-scale cell (frozen, so no row can add to it). */
const NONE: string[] = Object.freeze([]) as unknown as string[];
const NO_OVERRIDE: IndicatorOverride = Object.freeze({});
const NO_KINDS: SourceKinds = Object.freeze({}) as SourceKinds;
type Role = "target" | "annual" | "capaian" | number;

export function col(table: DetectedTable, role: ColumnRole): number | null {
  const l = table.columns[role];
  return l ? colIndex(l) : null;
}

/** True when the table carries indicator rows (an indicators table, or a budget table with kinerja columns). */
export function hasIndicatorRows(table: DetectedTable): boolean {
  if (!table.columns.indikator) return false;
  if (table.kind === "indicators") return true;
  return (
    table.kind === "budget" &&
    !!(
      table.columns.target &&
      (table.columns.realisasi || table.columns.capaian || table.columns.tw4)
    )
  );
}

export function readIndicators(
  grid: Grid,
  table: DetectedTable,
  tableIndex: number,
  config: Config
): IndicatorWork[] {
  const out: IndicatorWork[] = [];
  const c = {
    name: col(table, "indikator"),
    sasaran: col(table, "sasaran"),
    satuan: col(table, "satuan"),
    polaritas: col(table, "polaritas"),
    agregasi: col(table, "agregasi"),
    target: col(table, "target"),
    annual: col(table, "realisasi"),
    capaian: col(table, "capaian"),
    quarters: QUARTERS.map((q) => col(table, q)),
    hasOverrides: Object.keys(config.indicators).length > 0,
  };
  if (c.name === null) return out;
  const cumulativeCols = new Set(table.cumulativeCols ?? []);
  const skip = new Set([
    ...table.totalRows,
    ...table.averageRows,
    ...(table.nkoRow !== undefined ? [table.nkoRow] : []),
    ...(table.derivedRows ?? []),
  ]);
  let sasaran: string | null = null;
  // Group headings between indicators (heading-rows.ts) name the indicators under them when no sasaran column does.
  const headings = headingRows(grid, table, c.name);
  for (let r = table.firstDataRow; r <= table.lastDataRow; r++) {
    if (skip.has(r)) continue;
    if (headings.has(r)) {
      if (c.sasaran === null || grid.text(r, c.sasaran) === null) sasaran = grid.text(r, c.name);
      continue;
    }
    // A blank sasaran cell under a filled one continues it (merged or not).
    if (c.sasaran !== null) {
      const s = grid.text(r, c.sasaran);
      if (s !== null) sasaran = s;
    }
    // Only the top-left cell of a merged area holds its value: a name merged down over several rows is one
    // indicator (on its top row), and a label merged across the row ("Predikat kinerja" over A:U) names none.
    if (grid.isMergedSlave(r, c.name)) continue;
    const name = grid.text(r, c.name);
    if (name === null) continue;
    out.push(readRow(grid, table, tableIndex, r, name, sasaran, c, cumulativeCols, config));
  }
  return out;
}

interface Cols {
  name: number | null;
  satuan: number | null;
  polaritas: number | null;
  agregasi: number | null;
  target: number | null;
  annual: number | null;
  capaian: number | null;
  quarters: (number | null)[];
  hasOverrides: boolean;
}

function readRow(
  grid: Grid,
  table: DetectedTable,
  tableIndex: number,
  r: number,
  name: string,
  sasaran: string | null,
  c: Cols,
  cumulativeCols: Set<number>,
  config: Config
): IndicatorWork {
  const at = (cc: number | null) => (cc === null ? null : a1(r, cc));
  const parsed = (cc: number | null): ParsedCell | null => (cc === null ? null : grid.cell(r, cc));

  const targetP = parsed(c.target);
  const targetIsPercent = !!targetP && (targetP.percent || targetP.unit === "%");
  const satuan = c.satuan !== null ? grid.text(r, c.satuan) : null;
  const unitFromSatuan = satuan ? normalizeUnit(satuan) : null;
  const percent = targetIsPercent || unitFromSatuan === "%";
  const rr = new RowRead(percent, targetP?.unit ?? unitFromSatuan);

  const targetAddr = at(c.target);
  let target = rr.pick(targetP, targetAddr, "target");
  const qAddr = c.quarters.map(at);
  const qParsed = c.quarters.map(parsed);
  let quarters = qParsed.map((p, i) => rr.pick(p, qAddr[i], i));
  const annualAddr = at(c.annual);
  const annualP = parsed(c.annual);
  let annual = rr.pick(annualP, annualAddr, "annual");
  const capAddr = at(c.capaian);
  const capP = parsed(c.capaian);
  if (capP && capAddr) rr.setKind("capaian", capP);

  // Percent scale: a % indicator mixing fractions (0,85) and percent points (92). Normalise to fractions.
  let percentScaleCells: string[] = NONE;
  if (percent && mayHavePoints(targetP, target, qParsed, quarters, annualP, annual)) {
    const plain: Array<{
      key: "target" | number | "annual";
      addr: string;
      v: number;
      fromPercent: boolean;
      text: boolean;
    }> = [];
    const consider = (
      key: "target" | number | "annual",
      addr: string | null,
      p: ParsedCell | null,
      v: number | null
    ) => {
      if (addr === null || p === null || v === null || v === 0) return;
      const fromPercent = p.percent || (p.quantities.length > 1 ? true : p.unit === "%");
      plain.push({ key, addr, v, fromPercent, text: p.kind !== "number" });
    };
    consider("target", targetAddr, targetP, target);
    quarters.forEach((q, i) => consider(i, qAddr[i], qParsed[i], q));
    consider("annual", annualAddr, annualP, annual);
    const points = plain.filter((x) => !x.fromPercent && Math.abs(x.v) > 1.5);
    const fractions = plain.filter((x) => x.fromPercent || Math.abs(x.v) <= 1.5);
    if (points.length > 0) {
      // Mixed scales: flag the minority (ties: the percent-point cells).
      // A target typed as the text "100 %" beside plain 35, 60, 85 is one scale (points, the % written once);
      // only stored fractions (0,85 or a %-formatted cell) beside points mix scales in the sheet.
      if (fractions.some((x) => !x.text)) {
        // Cells formatted as % are fractions for sure, so only plain cells can be the odd ones.
        const plainFractions = fractions.filter((x) => !x.fromPercent);
        const odd =
          points.length <= fractions.length || plainFractions.length === 0
            ? points
            : plainFractions;
        percentScaleCells = odd.map((o) => o.addr);
      }
      for (const p of points) {
        if (p.key === "target") target = p.v / 100;
        else if (p.key === "annual") annual = p.v / 100;
        else quarters = quarters.map((q, i) => (i === p.key ? p.v / 100 : q));
      }
    }
  }

  // Nothing changes the quarters after this point: the stated ones are the same array.
  const statedQuarters = quarters;
  const statedAnnual = annual;
  const unit =
    unitFromSatuan ??
    (targetP?.unit && targetP.unit !== "%" ? targetP.unit : null) ??
    (percent ? "%" : firstUnit([annualP, ...qParsed]));
  const override = c.hasOverrides
    ? (config.indicators[`${grid.name}!${r + 1}`] ?? NO_OVERRIDE)
    : NO_OVERRIDE;
  const polarityText = c.polaritas !== null ? grid.text(r, c.polaritas) : null;
  let polarity = override.polarity ?? polarityFrom(polarityText, name);
  let aggregation =
    override.aggregation ??
    aggregationFrom(c.agregasi !== null ? grid.text(r, c.agregasi) : null) ??
    aggregationFromUnit(unit, percent, name);
  const quarterCumulative = c.quarters.some((q) => q !== null && cumulativeCols.has(q));
  if (!override.aggregation && quarterCumulative && aggregation === "sum") aggregation = "last";

  // Running totals ("s.d. triwulan"): quarters never decrease and the last equals the annual.
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
  const cumulativeQuarters =
    quarterCumulative ||
    (count >= 2 && nonDecreasing && annual !== null && close(last, annual) && !close(sum, annual));

  let annualDerived = false;
  if (annual === null && count > 0) {
    annual = annualFromQuarters(quarters, cumulativeQuarters ? "last" : aggregation);
    annualDerived = true;
  }

  // Qualitative: a category realisasi against a category target.
  let lastQ: ParsedCell | null = null;
  for (const p of qParsed) if (p && p.kind !== "missing") lastQ = p;
  const realP = annualP && annualP.kind !== "missing" ? annualP : lastQ;
  const qualitative = !!(realP?.category && targetP?.category && realP.quantities.length === 0);
  let capaian: number | null;
  if (qualitative && realP?.category && targetP?.category) {
    const q = qualitativeCapaian(realP.category.rank, targetP.category.rank);
    capaian = config.cap === null ? q : Math.min(q, config.cap);
  } else capaian = capaianOf(annual, target, polarity, config.cap);

  let capaianReported = reportedCapaian(capP, capaian);
  // Nothing states the polarity, but the stated capaian is 2 − R/T and not R/T, and the name is of something
  // better lower (kematian, waktu, kebocoran …): the sheet computed it as a negative-polarity indicator. The name
  // is required because one row's figure alone may be a plain error that happens to equal 2 − R/T.
  if (
    !qualitative &&
    LOWER_IS_BETTER.test(name) &&
    polarity === "positive" &&
    !override.polarity &&
    !polarityText &&
    capaian !== null &&
    capaianReported !== null
  ) {
    const neg = capaianOf(annual, target, "negative", config.cap);
    const stated = reportedCapaian(capP, neg);
    if (
      neg !== null &&
      stated !== null &&
      Math.abs(neg - stated) <= config.tolerance &&
      Math.abs(capaian - capaianReported) > config.tolerance
    ) {
      polarity = "negative";
      capaian = neg;
      capaianReported = stated;
    }
  }

  const result: IndicatorResult = {
    sheet: grid.name,
    row: r + 1,
    tableIndex,
    sasaran,
    name,
    unit,
    polarity,
    aggregation,
    qualitative,
    target,
    quarters,
    annual,
    annualDerived,
    capaian,
    capaianReported,
    cumulativeQuarters,
    percent,
    sources: {
      target: targetAddr,
      quarters: qAddr,
      annual: annualAddr,
      capaian: capAddr,
      kinds: rr.kinds,
    },
  };
  return {
    result,
    table,
    nameCell: c.name !== null ? a1(r, c.name) : null,
    mixedCells: rr.mixedCells,
    percentScaleCells,
    statedQuarters,
    statedAnnual,
  };
}

/** What reading one row's cells gathers: how each cell was read, and the cells holding several quantities. */
class RowRead {
  // Only text and percent cells are recorded, by role: most rows share one empty object.
  kinds: SourceKinds = NO_KINDS;
  mixedCells: string[] = NONE;

  constructor(
    private readonly percent: boolean,
    private readonly targetUnit: string | null
  ) {}

  /** role: "target" | "annual" | "capaian", or the quarter index 0–3. */
  setKind(role: Role, p: ParsedCell): void {
    const kind: SourceKind | null =
      p.kind === "missing" ? null : p.kind === "number" ? (p.percent ? "percent" : null) : "text";
    if (kind === null) return;
    if (this.kinds === NO_KINDS) this.kinds = {};
    if (typeof role === "number") {
      if (!this.kinds.quarters) this.kinds.quarters = [null, null, null, null];
      this.kinds.quarters[role] = kind;
    } else this.kinds[role] = kind;
  }

  /** The cell's value; in a cell with several quantities, the one whose unit matches the target's. */
  pick(p: ParsedCell | null, address: string | null, role: Role): number | null {
    if (!p || address === null) return null;
    this.setKind(role, p);
    if (p.quantities.length > 1 && new Set(p.quantities.map((q) => q.unit ?? "")).size > 1) {
      if (this.mixedCells === NONE) this.mixedCells = [];
      this.mixedCells.push(address);
      const q: Quantity =
        p.quantities.find((x) =>
          this.percent ? x.unit === "%" : sameUnit(x.unit, this.targetUnit)
        ) ?? p.quantities[0];
      return q.value;
    }
    return p.kind === "category" && p.quantities.length === 0 ? null : p.value;
  }
}

/** True when a value of a % indicator is not from a %-formatted cell or "%" text and above 1.5 (92 meaning 92%). */
function mayHavePoints(
  targetP: ParsedCell | null,
  target: number | null,
  qParsed: (ParsedCell | null)[],
  quarters: (number | null)[],
  annualP: ParsedCell | null,
  annual: number | null
): boolean {
  const points = (p: ParsedCell | null, v: number | null) =>
    p !== null &&
    v !== null &&
    Math.abs(v) > 1.5 &&
    !p.percent &&
    p.unit !== "%" &&
    p.quantities.length <= 1;
  if (points(targetP, target) || points(annualP, annual)) return true;
  for (let i = 0; i < quarters.length; i++) if (points(qParsed[i], quarters[i])) return true;
  return false;
}

/** The stated capaian as a ratio; a plain 51.43 next to a computed 0.5143 is read as percent points. */
export function reportedCapaian(p: ParsedCell | null, computed: number | null): number | null {
  if (!p || p.value === null || (p.kind !== "number" && p.kind !== "text-number")) return null;
  const v = p.value;
  if (p.percent || p.unit === "%") return v;
  if (
    Math.abs(v) > 3 &&
    (computed === null || Math.abs(v / 100 - computed) < Math.abs(v - computed))
  )
    return v / 100;
  return v;
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
