// One IKU per block, read down a column of labels (class 3): TARGET / Realisasi TW I–IV / TOTAL / CAPAIAN, the
// figures in the column beside them. The indicator is named by the title above the block and reported on its
// CAPAIAN row (the target row when there is none).
import { a1 } from "../address";
import type { Grid } from "../grid";
import type { Config, DetectedTable, IndicatorResult } from "../types";
import { annualFromQuarters, capaianOf } from "./capaian";
import type { IndicatorWork } from "./context";
import { aggregationFromUnit } from "./indicator-meta";
import { reportedCapaian } from "./indicators";

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

interface Block {
  label: number;
  value: number;
  target: number;
  quarters: (number | null)[];
  annual: number | null;
  capaian: number | null;
}

/** The block's rows when the table's first column labels TARGET and CAPAIAN/TOTAL rows with figures beside them. */
export function verticalBlock(grid: Grid, t: DetectedTable): Block | null {
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
  const b: Block = {
    label,
    value,
    target,
    quarters: [null, null, null, null],
    annual: null,
    capaian: null,
  };
  for (let r = target + 1; r <= t.lastDataRow; r++) {
    const s = grid.text(r, label);
    if (!s) continue;
    const q = QUARTER.exec(s);
    if (q && /realisasi|capaian|tw|triwulan/i.test(s) && !CAPAIAN.test(s))
      b.quarters[ROMAN[q[1].toLowerCase()]] = r;
    else if (ANNUAL.test(s)) b.annual = r;
    else if (CAPAIAN.test(s)) b.capaian = r;
  }
  if (b.capaian === null && b.annual === null) return null;
  return b;
}

export function readVertical(
  grid: Grid,
  t: DetectedTable,
  b: Block,
  tableIndex: number,
  config: Config
): IndicatorWork {
  const num = (r: number | null) => {
    if (r === null) return null;
    const p = grid.cell(r, b.value);
    return (p.kind === "number" || p.kind === "text-number") && p.value !== null ? p.value : null;
  };
  const at = (r: number | null) => (r === null ? null : a1(r, b.value));
  // The title above the block names the IKU; a "Satuan" row gives its unit.
  let name: string | null = null;
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
  const targetP = grid.cell(b.target, b.value);
  const percent = unit === "%" || targetP.percent;
  const target = num(b.target);
  const quarters = b.quarters.map(num);
  const statedAnnual = num(b.annual);
  const aggregation = aggregationFromUnit(unit, percent, name ?? "");
  const annual = statedAnnual ?? annualFromQuarters(quarters, aggregation);
  const capaian = capaianOf(annual, target, "positive", config.cap);
  const capP = b.capaian === null ? null : grid.cell(b.capaian, b.value);
  const result: IndicatorResult = {
    sheet: grid.name,
    row: (b.capaian ?? b.target) + 1,
    tableIndex,
    sasaran: null,
    name: name ?? grid.text(b.target, b.label) ?? "",
    unit,
    polarity: "positive",
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
      target: at(b.target),
      quarters: b.quarters.map(at),
      annual: at(b.annual),
      capaian: at(b.capaian),
      kinds: {},
    },
  };
  return {
    result,
    table: t,
    nameCell: a1(b.target, b.label),
    mixedCells: [],
    percentScaleCells: [],
    statedQuarters: quarters,
    statedAnnual,
  };
}
