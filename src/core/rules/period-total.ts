// A row's period total: a "Total"/"Jumlah" column beside the twelve months (Jan..Des, bulan1..bulan12) or the four
// quarters (TW 1–4), as in the SIPD RAK (anggaran kas) and monthly realisation sheets. It must equal the months'
// sum, the quarters' sum and the line's "Nilai Rincian"/pagu. Where two of those agree with each other and the
// total differs from both, the total is wrong even when it is wrong on every row (a pasted-over Total RAK); with
// one reference only, the column must hold it on most rows before a break is named. Reported as the quarter-sum
// rule: the year's figure is not the sum of its periods.
import { a1 } from "../address";
import { amount } from "../detect/hierarchy";
import type { Grid } from "../grid";
import { fmtNumber } from "../i18n/format";
import type { DetectedTable, Lang } from "../types";
import type { Finding } from "./rule";

const MONTHS = [
  /^jan(uari|uary)?$/,
  /^feb(ruari|ruary)?$/,
  /^mar(et|ch)?$/,
  /^apr(il)?$/,
  /^(mei|may)$/,
  /^jun[ie]?$/,
  /^jul[iy]?$/,
  /^(agu(stus)?|agt|aug(ust)?)$/,
  /^sep(t(ember)?)?$/,
  /^(okt(ober)?|oct(ober)?)$/,
  /^nov(ember)?$/,
  /^(des(ember)?|dec(ember)?)$/,
];
const ROMAN = ["i", "ii", "iii", "iv"];

/** 1..12 for a month header ("bulan3", "Maret", "Mar"), else null. */
function monthOf(h: string): number | null {
  const s = h.trim().toLowerCase();
  const m = /^bulan\s*(\d{1,2})$/.exec(s);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12 ? Number(m[1]) : null;
  const i = MONTHS.findIndex((re) => re.test(s));
  return i < 0 ? null : i + 1;
}

/** 1..4 for a quarter header ("TW 1", "Triwulan II", "TRIWULAN / III", "Q4"), else null. */
function quarterOf(h: string): number | null {
  const parts = h.toLowerCase().split(" / ");
  const leaf = parts[parts.length - 1].trim();
  const m = /^(?:tw|triwulan|trw|q)\s*\.?\s*([1-4]|iv|i{1,3})$/.exec(leaf);
  const under = parts.length > 1 && /triwulan|\btw\b/.test(parts[parts.length - 2]);
  const n = m ? m[1] : under ? leaf : null;
  if (n === null) return null;
  if (/^[1-4]$/.test(n)) return Number(n);
  const r = ROMAN.indexOf(n);
  return r < 0 ? null : r + 1;
}

interface Layout {
  total: number;
  months: number[];
  quarters: number[];
  pagu: number | null;
}

/** The table's period columns, or null when it has no total beside a full set of months or quarters. */
function layoutOf(t: DetectedTable): Layout | null {
  const months = new Map<number, number>();
  const quarters = new Map<number, number>();
  let total: number | null = null;
  let pagu: number | null = null;
  for (let c = t.firstCol; c <= t.lastCol; c++) {
    const h = t.headers[c] ?? "";
    const leaf = h.split(" / ").pop()!.trim();
    const m = monthOf(leaf);
    const q = m === null ? quarterOf(h) : null;
    if (m !== null && !months.has(m)) months.set(m, c);
    else if (q !== null && !quarters.has(q)) quarters.set(q, c);
    else if (total === null && /^(total|jumlah)\b/i.test(leaf) && !/%|s\.?\s*d\b|s\/d/i.test(h))
      total = c;
    else if (pagu === null && /^(nilai rincian|pagu)\b/i.test(leaf)) pagu = c;
  }
  if (total === null || (months.size < 12 && quarters.size < 4)) return null;
  return {
    total,
    months: months.size === 12 ? [...months.values()] : [],
    quarters: quarters.size === 4 ? [...quarters.values()] : [],
    pagu,
  };
}

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(2, Math.abs(a) * 1e-9);

/** Σ of the cells (blank = 0), null when none holds a figure. */
function sumOf(g: Grid, r: number, cols: number[]): number | null {
  let s = 0;
  let any = false;
  for (const c of cols) {
    const v = amount(g, r, c);
    if (v !== null) {
      s += v;
      any = true;
    }
  }
  return any ? s : null;
}

export function periodTotalChecks(g: Grid, t: DetectedTable, lang: Lang): Finding[] {
  const l = layoutOf(t);
  // A total the row-sum check already reads (it holds on most rows) is reported there.
  if (!l || (t.rowSums ?? []).some((s) => s.col === l.total)) return [];
  const rows: number[] = [];
  for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
    if (!t.totalRows.includes(r) && !t.averageRows.includes(r)) rows.push(r);
  const refsOf = (r: number) =>
    [
      l.months.length ? sumOf(g, r, l.months) : null,
      l.quarters.length ? sumOf(g, r, l.quarters) : null,
      l.pagu !== null ? amount(g, r, l.pagu) : null,
    ].filter((v): v is number => v !== null);
  // One reference only: the column must keep it on most rows (≥ 3, ≥ 70%) before a break means something.
  let kept = 0;
  let seen = 0;
  for (const r of rows) {
    const v = amount(g, r, l.total);
    const refs = refsOf(r);
    if (v === null || v === 0 || refs.length === 0) continue;
    seen++;
    if (close(refs[0], v)) kept++;
  }
  const columnHolds = seen >= 3 && kept >= 3 && kept >= seen * 0.7;
  const out: Finding[] = [];
  for (const r of rows) {
    const stated = amount(g, r, l.total);
    if (stated === null || stated === 0) continue;
    const refs = refsOf(r);
    if (refs.length === 0 || refs.some((v) => close(v, stated))) continue;
    const agreed = refs.length >= 2 && refs.every((v) => close(v, refs[0]));
    if (!agreed && !columnHolds) continue;
    // An unlabelled sum row (the export's grand total above the lines) that adds the column up is not a line.
    if (addsUpColumn(g, rows, r, l.total, stated)) continue;
    out.push({
      sheet: t.sheet,
      cell: a1(r, l.total),
      params: {
        name: `${t.headers[l.total] ?? ""}, ${rowName(g, t, r)}`,
        actual: fmtNumber(stated, lang),
        expected: fmtNumber(refs[0], lang),
      },
      expected: refs[0],
      actual: stated,
    });
  }
  return out;
}

function addsUpColumn(g: Grid, rows: number[], r: number, c: number, stated: number): boolean {
  let s = 0;
  for (const o of rows) if (o !== r) s += amount(g, o, c) ?? 0;
  return close(s, stated);
}

/** The row's most specific label: the last text cell left of the figures. */
function rowName(g: Grid, t: DetectedTable, r: number): string {
  let name = "";
  for (let c = t.firstCol; c <= t.lastCol; c++) {
    const p = g.cell(r, c);
    if (p.kind === "text" && typeof p.raw === "string") name = p.raw.trim();
    if (p.kind === "number" && name !== "") break;
  }
  return name;
}
