// One IKU per block, read down a column of labels (class 3): TARGET / Realisasi TW I–IV / TOTAL / CAPAIAN, the
// figures in the column beside them, or — the Kemenkeu manual-IKU grid (./period-grid) — across period columns
// (Q1 | Q2 | Sm. I | Q3 | s.d. Q3 | Q4 | Y-23). The indicator is named by the title above the block and reported on
// its CAPAIAN row (the target row when there is none), or on the grid's name row.
import { a1 } from "../address";
import type { Grid } from "../grid";
import type { Aggregation, Config, DetectedTable, IndicatorResult, Polarity } from "../types";
import { annualFromQuarters, capaianOf, reportedCapaian } from "./capaian";
import type { IndicatorWork } from "./context";
import { aggregationFromUnit } from "./indicator-meta";
import { periodGrid } from "./period-grid";

const TARGET = /^target\b/i;
const QUARTER = /\b(?:tw|triwulan|trw|q)\s*\.?\s*(iv|i{1,3}|[1-4])\b/i;
const ANNUAL = /^(total|jumlah|realisasi(\s+(tahunan|s\.?\s*d\.?.*|\d{4}))?)\s*:?$/i;
const CAPAIAN = /^(capaian|persentase capaian|% capaian)\b/i;
const ROMAN: Record<string, number> = {
  i: 0,
  ii: 1,
  iii: 2,
  iv: 3,
  "1": 0,
  "2": 1,
  "3": 2,
  "4": 3,
};

/** A cell of the block: 0-based row and column. */
export type At = readonly [number, number];

export interface Block {
  /** The cell labelling the target ("TARGET", "Target"). */
  label: At;
  target: At;
  quarters: (At | null)[];
  annual: At | null;
  capaian: At | null;
  /** Set by a layout that knows better than the title search (the grid's "Nama IKU" row). */
  name?: { row: number; text: string };
  polarity?: Polarity;
  aggregation?: Aggregation;
}

/** The block's cells when the table's first column labels TARGET and CAPAIAN/TOTAL rows with figures beside them. */
export function verticalBlock(grid: Grid, t: DetectedTable): Block | null {
  const fromGrid = periodGrid(grid, t);
  if (fromGrid) return fromGrid;
  const label = t.firstCol;
  let target: number | null = null;
  let value = -1;
  for (let r = t.firstDataRow; r <= t.lastDataRow && target === null; r++) {
    const s = grid.text(r, label);
    if (!s || !TARGET.test(s)) continue;
    for (let c = label + 1; c <= t.lastCol; c++) {
      const p = grid.cell(r, c);
      if ((p.kind === "number" || p.kind === "text-number") && p.value !== null) {
        target = r;
        value = c;
        break;
      }
    }
  }
  if (target === null) return null;
  const quarters: (number | null)[] = [null, null, null, null];
  let annual: number | null = null;
  let capaian: number | null = null;
  for (let r = target + 1; r <= t.lastDataRow; r++) {
    const s = grid.text(r, label);
    if (!s) continue;
    const q = QUARTER.exec(s);
    if (q && /realisasi|capaian|tw|triwulan/i.test(s) && !CAPAIAN.test(s))
      quarters[ROMAN[q[1].toLowerCase()]] = r;
    else if (ANNUAL.test(s)) annual = r;
    else if (CAPAIAN.test(s)) capaian = r;
  }
  if (capaian === null && annual === null) return null;
  const cell = (r: number | null): At | null => (r === null ? null : [r, value]);
  const block: Block = {
    label: [target, label],
    target: [target, value],
    quarters: quarters.map(cell),
    annual: cell(annual),
    capaian: cell(capaian),
  };
  // "TARGET IKU 2": the target line names the IKU, and the IKU is reported there.
  const named = /^target\s+(.*\S)/i.exec(grid.text(target, label) ?? "");
  if (named) block.name = { row: target, text: named[1] };
  return block;
}

export function readVertical(
  grid: Grid,
  t: DetectedTable,
  b: Block,
  tableIndex: number,
  config: Config
): IndicatorWork {
  const num = (at: At | null) => {
    if (at === null) return null;
    const p = grid.cell(at[0], at[1]);
    return (p.kind === "number" || p.kind === "text-number") && p.value !== null ? p.value : null;
  };
  const addr = (at: At | null) => (at === null ? null : a1(at[0], at[1]));
  // The title above the block names the IKU; a "Satuan" row gives its unit.
  let name: string | null = b.name?.text ?? null;
  let unit: string | null = null;
  for (let r = t.headerTop - 1; r >= Math.max(0, t.headerTop - 6); r--) {
    const s = grid.text(r, t.firstCol);
    if (!s) continue;
    if (/^satuan\b/i.test(s)) {
      unit = grid.text(r, t.firstCol + 1)?.toLowerCase() ?? null;
      continue;
    }
    if (name === null || /^(indikator kinerja|iku)\b/i.test(name)) name = name ?? s;
    if (name !== null) break;
  }
  const targetP = grid.cell(b.target[0], b.target[1]);
  const percent = unit === "%" || targetP.percent;
  const target = num(b.target);
  const quarters = b.quarters.map(num);
  const statedAnnual = num(b.annual);
  const polarity = b.polarity ?? "positive";
  const aggregation = b.aggregation ?? aggregationFromUnit(unit, percent, name ?? "");
  const annual = statedAnnual ?? annualFromQuarters(quarters, aggregation);
  const capaian = capaianOf(annual, target, polarity, config.cap);
  const capP = b.capaian === null ? null : grid.cell(b.capaian[0], b.capaian[1]);
  const result: IndicatorResult = {
    sheet: grid.name,
    row: (b.name?.row ?? b.capaian?.[0] ?? b.target[0]) + 1,
    tableIndex,
    sasaran: null,
    name: name ?? grid.text(b.label[0], b.label[1]) ?? "",
    unit,
    polarity,
    aggregation,
    qualitative: false,
    target,
    quarters,
    annual,
    annualDerived: statedAnnual === null && annual !== null,
    capaian,
    capaianReported: reportedCapaian(capP, capaian),
    cumulativeQuarters: false,
    percent,
    sources: {
      target: addr(b.target),
      quarters: b.quarters.map(addr),
      annual: addr(b.annual),
      capaian: addr(b.capaian),
      kinds: {},
    },
  };
  return {
    result,
    table: t,
    nameCell: a1(b.label[0], b.label[1]),
    mixedCells: [],
    percentScaleCells: [],
    statedQuarters: quarters,
    statedAnnual,
  };
}
