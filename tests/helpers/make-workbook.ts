// Builders of realistic SAKIP workbooks for tests and the benchmark: an IKU table in the Indonesian layout
// (title rows, two-row header with "Realisasi" merged over Triwulan I–IV and Tahunan, merged sasaran cells,
// numbers mixing real numbers, % formatted cells and texts like "1.234 orang") with PLANTED problems at
// known rows, and a budget table (pagu / realisasi / % serapan with a Jumlah row) on a second sheet.
//
// Everything is built first as a plain sheet spec (the engine's SheetSnapshot shape plus formulas), so the same
// content is available as an in-memory snapshot (makeIkuSnapshot, fast, for the engine benchmark) and as real
// .xlsx bytes written by ExcelJS (makeIkuWorkbook). No fs: bytes are returned as a Uint8Array.
import ExcelJS from "exceljs";
import type { CellValue, RuleId, SheetSnapshot, WorkbookSnapshot } from "../../src/core/types";

// ---------------------------------------------------------------- options and results

/** The problems makeIkuWorkbook can plant in the IKU table. */
export type IkuPlant =
  | "quarterSum"
  | "capaianMismatch"
  | "targetZero"
  | "missingTarget"
  | "missingRealisasi"
  | "duplicate"
  | "numberAsText"
  | "formulaError"
  | "mixedUnits"
  | "percentScale"
  | "extreme";

export const IKU_PLANTS: IkuPlant[] = [
  "quarterSum",
  "capaianMismatch",
  "targetZero",
  "missingTarget",
  "missingRealisasi",
  "duplicate",
  "numberAsText",
  "formulaError",
  "mixedUnits",
  "percentScale",
  "extreme",
];

/** The problems planted in the budget table. */
export type BudgetPlant = "over" | "absorption" | "total";
export const BUDGET_PLANTS: BudgetPlant[] = ["over", "absorption", "total"];

const RULE_OF: Record<IkuPlant | BudgetPlant, RuleId> = {
  quarterSum: "QUARTER_SUM_MISMATCH",
  capaianMismatch: "CAPAIAN_MISMATCH",
  targetZero: "TARGET_ZERO",
  missingTarget: "MISSING_TARGET",
  missingRealisasi: "MISSING_REALISASI",
  duplicate: "DUPLICATE_INDICATOR",
  numberAsText: "NUMBER_AS_TEXT",
  formulaError: "FORMULA_ERROR",
  mixedUnits: "MIXED_UNITS",
  percentScale: "PERCENT_SCALE",
  extreme: "CAPAIAN_EXTREME",
  over: "BUDGET_OVER",
  absorption: "ABSORPTION_MISMATCH",
  total: "TOTAL_MISMATCH",
};

export interface IkuOptions {
  /** Number of indicator rows in the IKU table. */
  rows: number;
  /**
   * Where to plant problems: a 0-based data-row index per problem (false: do not plant it). Omitted problems
   * are planted at evenly spread default rows; `plant: false` plants nothing (a clean workbook).
   */
  plant?: false | Partial<Record<IkuPlant, number | false>>;
  /** Budget sheet: false for none; lines (default 6); plant per line index (false: not planted). */
  budget?: false | { lines?: number; plant?: false | Partial<Record<BudgetPlant, number | false>> };
  sheetName?: string;
  budgetSheetName?: string;
  /** Indicator rows per sasaran (No and Sasaran merged down over them); default 3. */
  sasaranRows?: number;
  /** PRNG seed: the same options always give the same workbook. */
  seed?: number;
}

export interface Planted {
  rule: RuleId;
  sheet: string;
  cell: string;
  /** What was planted (for messages when a test fails). */
  what: IkuPlant | BudgetPlant;
}

/** A sheet as the engine sees it, plus formulas (values hold the cached results). */
export interface SheetSpec {
  name: string;
  values: CellValue[][];
  formulas: (string | null)[][];
  numberFormats: (string | null)[][];
  merges: string[];
}

export interface IkuBuild {
  sheets: SheetSpec[];
  planted: Planted[];
  /** 1-based sheet rows of the IKU data rows, and of the header. */
  ikuSheet: string;
  budgetSheet: string | null;
  firstDataRow: number;
  lastDataRow: number;
}

// ---------------------------------------------------------------- small utilities

/** Deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function colLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row/col → "A1". */
export function addr(row: number, col: number): string {
  return colLetter(col) + (row + 1);
}

/** Indonesian thousands grouping: 42010 → "42.010". */
export function idInt(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

const round4 = (x: number) => Math.round(x * 10000) / 10000;

class SpecBuilder {
  readonly spec: SheetSpec;
  constructor(name: string) {
    this.spec = { name, values: [], formulas: [], numberFormats: [], merges: [] };
  }
  private ensure(row: number, col: number): void {
    const s = this.spec;
    while (s.values.length <= row) {
      s.values.push([]);
      s.formulas.push([]);
      s.numberFormats.push([]);
    }
    for (const g of [s.values, s.formulas, s.numberFormats] as unknown[][][]) {
      const line = g[row];
      while (line.length <= col) line.push(null);
    }
  }
  set(row: number, col: number, value: CellValue, numFmt?: string, formula?: string): void {
    this.ensure(row, col);
    this.spec.values[row][col] = value;
    if (numFmt) this.spec.numberFormats[row][col] = numFmt;
    if (formula) this.spec.formulas[row][col] = formula.startsWith("=") ? formula : "=" + formula;
  }
  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.spec.merges.push(`${addr(top, left)}:${addr(bottom, right)}`);
  }
}

// ---------------------------------------------------------------- the IKU sheet

// Columns of the IKU table (0-based).
const C = {
  no: 0,
  sasaran: 1,
  indikator: 2,
  satuan: 3,
  target: 4,
  tw1: 5,
  tw2: 6,
  tw3: 7,
  tw4: 8,
  tahunan: 9,
  capaian: 10,
};
const HEADER_ROW = 3; // 0-based: row 4 in Excel
const FIRST_DATA = 5; // 0-based: row 6
const PCT = "0.00%";

const COUNT_UNITS = ["Orang", "Dokumen", "Kasus", "Laporan"];

function defaultPositions(rows: number, kinds: IkuPlant[]): Map<IkuPlant, number> {
  const out = new Map<IkuPlant, number>();
  kinds.forEach((k, i) => out.set(k, Math.floor(((i + 1) * rows) / (kinds.length + 1))));
  return out;
}

function resolvePlants(opts: IkuOptions): Map<number, IkuPlant> {
  const byRow = new Map<number, IkuPlant>();
  if (opts.plant === false) return byRow;
  const given = opts.plant ?? {};
  const auto = IKU_PLANTS.filter((k) => !(k in given));
  if (auto.length > 0 && opts.rows < IKU_PLANTS.length + 1) {
    throw new Error(
      `makeIkuWorkbook: ${opts.rows} rows are too few to plant every problem (need ${IKU_PLANTS.length + 1})`
    );
  }
  const defaults = defaultPositions(opts.rows, IKU_PLANTS);
  for (const k of IKU_PLANTS) {
    const v = k in given ? given[k] : defaults.get(k);
    if (v === false || v === undefined) continue;
    if (!Number.isInteger(v) || v < 0 || v >= opts.rows)
      throw new Error(`makeIkuWorkbook: plant ${k} at row ${v} is outside 0..${opts.rows - 1}`);
    if (k === "duplicate" && v === 0)
      throw new Error("makeIkuWorkbook: the duplicate needs an earlier row (index ≥ 1)");
    if (byRow.has(v))
      throw new Error(`makeIkuWorkbook: ${k} and ${byRow.get(v)} planted on the same row ${v}`);
    byRow.set(v, k);
  }
  if ([...byRow.values()].includes("duplicate") && byRow.has(0))
    throw new Error("makeIkuWorkbook: data row 0 must stay clean (the duplicate copies its name)");
  return byRow;
}

interface Row {
  name: string;
  satuan: string;
  target: CellValue;
  targetFmt?: string;
  q: CellValue[];
  qFmt?: string;
  annual: CellValue;
  annualFmt?: string;
  capaian: CellValue;
  capaianFormula?: string;
}

function countRow(rnd: () => number, i: number, asText: boolean): Row {
  const unit = COUNT_UNITS[i % COUNT_UNITS.length];
  const target = 1000 + Math.floor(rnd() * 9000);
  const ratio = 0.7 + rnd() * 0.6;
  const annual = Math.round(target * ratio);
  const parts = [0.2 + rnd() * 0.1, 0.2 + rnd() * 0.1, 0.2 + rnd() * 0.1];
  const q = parts.map((p) => Math.max(1, Math.floor(annual * p)));
  q.push(annual - q[0] - q[1] - q[2]);
  const lower = unit.toLowerCase();
  // Texts alternate lower and capitalised units, the way staff type them ("9.622 orang", "10.569 Orang").
  const show = (n: number, k: number): CellValue =>
    asText ? `${idInt(n)} ${k % 2 ? unit : lower}` : n;
  return {
    name: `Jumlah ${lower} yang difasilitasi layanan wilayah ${i + 1}`,
    satuan: unit,
    target: show(target, 0),
    targetFmt: asText ? undefined : "#,##0",
    q: q.map((v, k) => show(v, k + 1)),
    qFmt: asText ? undefined : "#,##0",
    annual: show(annual, 1),
    annualFmt: asText ? undefined : "#,##0",
    capaian: round4(annual / target),
  };
}

function percentRow(rnd: () => number, i: number): Row {
  const target = [0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1][Math.floor(rnd() * 7)];
  const q = [0, 1, 2, 3].map(() => Math.round((0.55 + rnd() * 0.45) * 100) / 100);
  return {
    name: `Persentase pengaduan yang ditangani tepat waktu unit ${i + 1}`,
    satuan: "%",
    target,
    targetFmt: "0%",
    q,
    qFmt: PCT,
    annual: q[3],
    annualFmt: PCT,
    capaian: round4(q[3] / target),
  };
}

function cleanRow(rnd: () => number, i: number): Row {
  switch (i % 4) {
    case 0:
      return countRow(rnd, i, false);
    case 1:
      return countRow(rnd, i, true);
    case 2:
      return percentRow(rnd, i);
    default: {
      // A count row mixing numbers and texts.
      const r = countRow(rnd, i, false);
      const unit = r.satuan.toLowerCase();
      r.q = r.q.map((v, k) => (k % 2 === 1 ? `${idInt(v as number)} ${unit}` : v));
      return r;
    }
  }
}

function plantedRow(
  kind: IkuPlant,
  rnd: () => number,
  i: number,
  firstName: string,
  excelRow: number
): Row {
  switch (kind) {
    case "quarterSum": {
      const r = countRow(rnd, i, false);
      const annual = (r.annual as number) + 37;
      return { ...r, annual, capaian: round4(annual / (r.target as number)) };
    }
    case "capaianMismatch": {
      const r = countRow(rnd, i, false);
      return { ...r, capaian: round4((r.capaian as number) + 0.1) };
    }
    case "targetZero":
      return { ...countRow(rnd, i, false), target: 0, capaian: "-" };
    case "missingTarget":
      return { ...countRow(rnd, i, false), target: "-", targetFmt: undefined, capaian: "-" };
    case "missingRealisasi":
      return {
        ...countRow(rnd, i, false),
        q: ["-", "-", "-", "-"],
        qFmt: undefined,
        annual: "-",
        annualFmt: undefined,
        capaian: "-",
      };
    case "duplicate":
      return { ...countRow(rnd, i, false), name: firstName };
    case "numberAsText": {
      const r = countRow(rnd, i, false);
      return { ...r, target: idInt(r.target as number), targetFmt: undefined };
    }
    case "formulaError":
      return {
        ...countRow(rnd, i, false),
        capaian: { error: "#DIV/0!" },
        capaianFormula: `J${excelRow}/0`,
      };
    case "mixedUnits": {
      const r = percentRow(rnd, i);
      const pct = Math.round((r.q[3] as number) * 100);
      const q = [...r.q.slice(0, 3), pct / 100];
      return {
        ...r,
        q,
        annual: `${20 + Math.floor(rnd() * 80)} Kasus ${pct}%`,
        annualFmt: undefined,
        capaian: round4(pct / 100 / (r.target as number)),
      };
    }
    case "percentScale": {
      const r = percentRow(rnd, i);
      const points = Math.round((r.q[3] as number) * 100);
      return {
        ...r,
        annual: points,
        annualFmt: undefined,
        capaian: round4(points / 100 / (r.target as number)),
      };
    }
    case "extreme":
      return {
        name: `Jumlah sosialisasi pencegahan PMI nonprosedural wilayah ${i + 1}`,
        satuan: "Kegiatan",
        target: 100,
        q: [50, 100, 100, 100],
        annual: 350,
        capaian: 3.5,
        capaianFormula: undefined,
      };
  }
}

function plantedCell(kind: IkuPlant, excelRow0: number): string {
  const col: Record<IkuPlant, number> = {
    quarterSum: C.tahunan,
    capaianMismatch: C.capaian,
    targetZero: C.target,
    missingTarget: C.target,
    missingRealisasi: C.tahunan,
    duplicate: C.indikator,
    numberAsText: C.target,
    formulaError: C.capaian,
    mixedUnits: C.tahunan,
    percentScale: C.tahunan,
    extreme: C.tahunan,
  };
  return addr(excelRow0, col[kind]);
}

function ikuSheet(
  opts: IkuOptions,
  rnd: () => number,
  name: string
): { spec: SheetSpec; planted: Planted[] } {
  const b = new SpecBuilder(name);
  const plants = resolvePlants(opts);
  const last = C.capaian;
  b.set(0, 0, "Tabel II.1 Pengukuran Capaian Kinerja Utama");
  b.merge(0, 0, 0, last);
  b.set(1, 0, "Instansi Contoh — Periode Tahun 2025");
  b.merge(1, 0, 1, last);
  const top = [
    "No",
    "Sasaran Strategis",
    "Indikator Kinerja Utama",
    "Satuan",
    "Target",
    "Realisasi",
  ];
  top.forEach((t, c) => b.set(HEADER_ROW, c, t));
  b.set(HEADER_ROW, C.capaian, "Capaian (%)");
  for (const c of [C.no, C.sasaran, C.indikator, C.satuan, C.target, C.capaian])
    b.merge(HEADER_ROW, c, HEADER_ROW + 1, c);
  b.merge(HEADER_ROW, C.tw1, HEADER_ROW, C.tahunan);
  ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV", "Tahunan"].forEach((t, k) =>
    b.set(HEADER_ROW + 1, C.tw1 + k, t)
  );
  // Merged header slaves exist in Excel as empty cells; make the row as wide as the table.
  b.set(HEADER_ROW + 1, C.capaian, null);

  const planted: Planted[] = [];
  let firstName = "";
  let group = 0;
  const groupSize = Math.max(1, Math.floor(opts.sasaranRows ?? 3));
  for (let i = 0; i < opts.rows; i++) {
    const r0 = FIRST_DATA + i;
    const kind = plants.get(i);
    const row = kind ? plantedRow(kind, rnd, i, firstName, r0 + 1) : cleanRow(rnd, i);
    if (i === 0) firstName = row.name;
    // Sasaran groups of `sasaranRows` rows (the last may be shorter): No and Sasaran merged down.
    if (i % groupSize === 0) {
      group++;
      const end = Math.min(i + groupSize - 1, opts.rows - 1);
      b.set(r0, C.no, group);
      b.set(
        r0,
        C.sasaran,
        `Sasaran strategis ${group}: meningkatkan kualitas pelindungan dan pelayanan PMI`
      );
      b.merge(r0, C.no, FIRST_DATA + end, C.no);
      b.merge(r0, C.sasaran, FIRST_DATA + end, C.sasaran);
    }
    b.set(r0, C.indikator, row.name);
    b.set(r0, C.satuan, row.satuan);
    b.set(r0, C.target, row.target, row.targetFmt);
    row.q.forEach((v, k) => b.set(r0, C.tw1 + k, v, typeof v === "number" ? row.qFmt : undefined));
    b.set(r0, C.tahunan, row.annual, typeof row.annual === "number" ? row.annualFmt : undefined);
    b.set(
      r0,
      C.capaian,
      row.capaian,
      typeof row.capaian === "string" ? undefined : PCT,
      row.capaianFormula
    );
    if (kind)
      planted.push({ rule: RULE_OF[kind], sheet: name, cell: plantedCell(kind, r0), what: kind });
  }
  return { spec: b.spec, planted };
}

// ---------------------------------------------------------------- the budget sheet

function budgetSheet(
  lines: number,
  plantOpt: false | Partial<Record<BudgetPlant, number | false>> | undefined,
  rnd: () => number,
  name: string
): { spec: SheetSpec; planted: Planted[] } {
  const b = new SpecBuilder(name);
  b.set(0, 0, "Tabel II.15 Realisasi Anggaran per Kegiatan Tahun 2025");
  b.merge(0, 0, 0, 4);
  b.set(2, 0, "No");
  b.set(2, 1, "Kegiatan");
  b.set(2, 2, "Anggaran (Rp)");
  b.merge(2, 0, 3, 0);
  b.merge(2, 1, 3, 1);
  b.merge(2, 2, 2, 4);
  b.set(3, 2, "Pagu");
  b.set(3, 3, "Realisasi");
  b.set(3, 4, "%");
  const given =
    plantOpt === false
      ? { over: false as const, absorption: false as const, total: false as const }
      : (plantOpt ?? {});
  const over = "over" in given ? given.over : Math.min(1, lines - 1);
  const absorption = "absorption" in given ? given.absorption : Math.min(3, lines - 1);
  const total = "total" in given ? given.total !== false : true;
  if (over !== false && over === absorption)
    throw new Error("makeIkuWorkbook: budget over and absorption planted on the same line");
  const planted: Planted[] = [];
  const first = 4;
  let sumP = 0;
  let sumR = 0;
  for (let k = 0; k < lines; k++) {
    const r0 = first + k;
    const pagu = (100000 + Math.floor(rnd() * 4900000)) * 1000;
    const realisasi =
      k === over ? Math.round(pagu * 1.05) : Math.round(pagu * (0.8 + rnd() * 0.19));
    let serapan = round4(realisasi / pagu);
    if (k === absorption) serapan = round4(serapan - 0.05);
    sumP += pagu;
    sumR += realisasi;
    b.set(r0, 0, k + 1);
    b.set(r0, 1, `Kegiatan dukungan pelayanan penempatan dan pelindungan PMI ${k + 1}`);
    b.set(r0, 2, pagu, "#,##0");
    b.set(r0, 3, realisasi, "#,##0");
    b.set(r0, 4, serapan, PCT);
    if (k === over)
      planted.push({ rule: "BUDGET_OVER", sheet: name, cell: addr(r0, 3), what: "over" });
    if (k === absorption)
      planted.push({
        rule: "ABSORPTION_MISMATCH",
        sheet: name,
        cell: addr(r0, 4),
        what: "absorption",
      });
  }
  const t0 = first + lines;
  const range = (c: number) => `${colLetter(c)}${first + 1}:${colLetter(c)}${t0}`;
  b.set(t0, 0, "Jumlah");
  b.merge(t0, 0, t0, 1);
  if (total) {
    b.set(t0, 2, sumP + 1000000, "#,##0");
    planted.push({ rule: "TOTAL_MISMATCH", sheet: name, cell: addr(t0, 2), what: "total" });
  } else b.set(t0, 2, sumP, "#,##0", `SUM(${range(2)})`);
  b.set(t0, 3, sumR, "#,##0", `SUM(${range(3)})`);
  b.set(t0, 4, round4(sumR / sumP), PCT);
  return { spec: b.spec, planted };
}

// ---------------------------------------------------------------- public builders

export function buildIku(opts: IkuOptions): IkuBuild {
  const rnd = prng(opts.seed ?? 20250101);
  const ikuName = opts.sheetName ?? "Capaian IKU";
  const iku = ikuSheet(opts, rnd, ikuName);
  const sheets = [iku.spec];
  const planted = [...iku.planted];
  let budgetName: string | null = null;
  if (opts.budget !== false) {
    budgetName = opts.budgetSheetName ?? "Anggaran";
    const bo = opts.budget ?? {};
    const budget = budgetSheet(bo.lines ?? 6, bo.plant, rnd, budgetName);
    sheets.push(budget.spec);
    planted.push(...budget.planted);
  }
  return {
    sheets,
    planted,
    ikuSheet: ikuName,
    budgetSheet: budgetName,
    firstDataRow: FIRST_DATA + 1,
    lastDataRow: FIRST_DATA + opts.rows,
  };
}

/** The generated workbook as an in-memory snapshot (what snapshotFromWorkbook would read), no ExcelJS. */
export function makeIkuSnapshot(
  opts: IkuOptions,
  fileName = "generated.xlsx"
): { snapshot: WorkbookSnapshot; planted: Planted[]; build: IkuBuild } {
  const build = buildIku(opts);
  const sheets: SheetSnapshot[] = build.sheets.map((s) => ({
    name: s.name,
    values: s.values,
    formulas: s.formulas,
    numberFormats: s.numberFormats,
    merges: s.merges,
    annotated: [],
    hidden: false,
  }));
  return { snapshot: { fileName, sheets }, planted: build.planted, build };
}

/** An ExcelJS workbook holding the given sheet specs (values, formulas with cached results, formats, merges). */
export function workbookFromSpecs(specs: SheetSpec[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Capaian IKU tests";
  for (const s of specs) {
    const ws = wb.addWorksheet(s.name);
    for (let r = 0; r < s.values.length; r++) {
      const line = s.values[r];
      for (let c = 0; c < line.length; c++) {
        const v = line[c];
        const f = s.formulas[r]?.[c] ?? null;
        const fmt = s.numberFormats[r]?.[c] ?? null;
        if (v === null && !f && !fmt) continue;
        const cell = ws.getCell(r + 1, c + 1);
        if (f)
          cell.value = {
            formula: f.replace(/^=/, ""),
            result: v as ExcelJS.CellFormulaValue["result"],
          } as ExcelJS.CellFormulaValue;
        else if (v !== null) cell.value = v as ExcelJS.CellValue;
        if (fmt) cell.numFmt = fmt;
      }
    }
    for (const m of s.merges) ws.mergeCells(m);
    ws.getColumn(3).width = 48;
  }
  return wb;
}

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buf = (await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer | ArrayBufferView;
  return ArrayBuffer.isView(buf)
    ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)
    : new Uint8Array(buf);
}

/** Real .xlsx bytes of a generated IKU (+ budget) workbook, and the planted problems with their cells. */
export async function makeIkuWorkbook(
  opts: IkuOptions
): Promise<{ bytes: Uint8Array; planted: Planted[]; build: IkuBuild }> {
  const build = buildIku(opts);
  const bytes = await workbookBytes(workbookFromSpecs(build.sheets));
  return { bytes, planted: build.planted, build };
}
