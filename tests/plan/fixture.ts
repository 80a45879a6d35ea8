// A hand-built Analysis standing in for analyzeWorkbook(): an indicators sheet with a two-row header and one
// row per case (numeric, text-sourced, negative polarity, extreme/cappable, percent-scale, missing, derived
// sum, derived last, qualitative), and a budget sheet with a merged kegiatan line. Engine values are computed
// here the way the engine defines them, so they follow the config (cap, missing policy, efficiency method).
import { parseA1 } from "../../src/core/address";
import { defaultConfig } from "../../src/core/config";
import type {
  Analysis,
  Anomaly,
  BudgetResult,
  CellValue,
  Config,
  DetectedTable,
  IndicatorResult,
  SheetSnapshot,
  SourceKind,
  SourceKinds,
} from "../../src/core/types";

export const IKU = "Capaian IKU";
export const BUDGET = "Anggaran dan Kinerja 2025";

export function sheet(
  name: string,
  cells: Record<string, CellValue>,
  extra: Partial<SheetSnapshot> = {}
): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (const [addr, v] of Object.entries(cells)) {
    const { row, col } = parseA1(addr);
    while (values.length <= row) values.push([]);
    values[row][col] = v;
  }
  for (let r = 0; r < values.length; r++)
    for (let c = 0; c < values[r].length; c++) if (values[r][c] === undefined) values[r][c] = null;
  return { name, values, formulas, ...extra };
}

export function setFormula(
  s: SheetSnapshot,
  addr: string,
  formula: string,
  value: CellValue
): void {
  const { row, col } = parseA1(addr);
  const formulas = (s.formulas ??= []);
  while (formulas.length <= row) formulas.push([]);
  formulas[row][col] = formula;
  while (s.values.length <= row) s.values.push([]);
  s.values[row][col] = value;
}

type Kind = "number" | "percent" | "text" | "missing";

interface Row {
  row: number;
  sasaran: string;
  name: string;
  target: CellValue;
  q: CellValue[];
  annual: CellValue;
  stated: CellValue;
  // engine reading
  t: number | null;
  qv: (number | null)[];
  av: number | null;
  derived?: boolean;
  agg?: IndicatorResult["aggregation"];
  polarity?: IndicatorResult["polarity"];
  percent?: boolean;
  qualitative?: number;
}

const kindOf = (raw: CellValue, value: number | null): Kind =>
  value === null
    ? "missing"
    : typeof raw === "number"
      ? "number"
      : typeof raw === "string" && raw.includes("%")
        ? "percent"
        : "text";

export const IKU_ROWS: Row[] = [
  {
    row: 6,
    sasaran: "S1",
    name: "Numeric only",
    target: 100,
    q: [20, 30, 25, 25],
    annual: 100,
    stated: 1.05,
    t: 100,
    qv: [20, 30, 25, 25],
    av: 100,
  },
  {
    row: 7,
    sasaran: "S1",
    name: "Text sourced",
    target: "20 orang",
    q: ["5 orang", "5 orang", "6 orang", "8 orang"],
    annual: "24 orang",
    stated: 1.2,
    t: 20,
    qv: [5, 5, 6, 8],
    av: 24,
  },
  {
    row: 8,
    sasaran: "S2",
    name: "Negative polarity",
    target: 10,
    q: [2, 2, 2, 2],
    annual: 8,
    stated: 1.2,
    t: 10,
    qv: [2, 2, 2, 2],
    av: 8,
    polarity: "negative",
  },
  {
    row: 9,
    sasaran: "S2",
    name: "Extreme",
    target: 50,
    q: [40, 40, 40, 30],
    annual: 150,
    stated: 3,
    t: 50,
    qv: [40, 40, 40, 30],
    av: 150,
  },
  {
    row: 10,
    sasaran: "S3",
    name: "Percent scale",
    target: 0.9,
    q: [0.8, 0.85, 0.9, 0.92],
    annual: 92,
    stated: 1.0222,
    t: 0.9,
    qv: [0.8, 0.85, 0.9, 0.92],
    av: 0.92,
    percent: true,
    agg: "last",
  },
  {
    row: 11,
    sasaran: "S3",
    name: "Missing",
    target: 50,
    q: ["-", "-", "-", "-"],
    annual: "-",
    stated: "-",
    t: 50,
    qv: [null, null, null, null],
    av: null,
  },
  {
    row: 12,
    sasaran: "S4",
    name: "Derived sum",
    target: 20,
    q: [5, 6, "-", 8],
    annual: null,
    stated: null,
    t: 20,
    qv: [5, 6, null, 8],
    av: 19,
    derived: true,
  },
  {
    row: 13,
    sasaran: "S4",
    name: "Derived last",
    target: 40,
    q: [10, 20, 30, "-"],
    annual: null,
    stated: 0.75,
    t: 40,
    qv: [10, 20, 30, null],
    av: 30,
    derived: true,
    agg: "last",
  },
  {
    row: 14,
    sasaran: "S4",
    name: "Qualitative",
    target: "Baik",
    q: ["Baik", "Baik", "Baik", "Baik"],
    annual: "Baik",
    stated: 0.85,
    t: null,
    qv: [null, null, null, null],
    av: null,
    qualitative: 0.85,
  },
];

export const BUDGET_ROWS: Row[] = [
  {
    row: 5,
    sasaran: "K1",
    name: "B percent",
    target: 0.7,
    q: [],
    annual: 0.63,
    stated: 0.9,
    t: 0.7,
    qv: [],
    av: 0.63,
    percent: true,
  },
  {
    row: 6,
    sasaran: "K1",
    name: "B numeric",
    target: 100,
    q: [],
    annual: 110,
    stated: 1.1,
    t: 100,
    qv: [],
    av: 110,
  },
  {
    row: 7,
    sasaran: "K1",
    name: "B text",
    target: "20 Orang",
    q: [],
    annual: "25 Orang",
    stated: 1.25,
    t: 20,
    qv: [],
    av: 25,
  },
  {
    row: 8,
    sasaran: "K2",
    name: "B missing",
    target: 75,
    q: [],
    annual: "-",
    stated: "-",
    t: 75,
    qv: [],
    av: null,
  },
];

export function capaianOf(r: Row, config: Config): number | null {
  if (r.qualitative !== undefined) return r.qualitative;
  if (r.av === null || r.t === null || r.t === 0) return null;
  let c = r.polarity === "negative" ? 2 - r.av / r.t : r.av / r.t;
  if (config.cap !== null) c = Math.min(c, config.cap);
  return c;
}

export function meanPolicy(xs: (number | null)[], policy: Config["missingPolicy"]): number | null {
  if (policy === "zero")
    return xs.length ? xs.reduce<number>((s, x) => s + (x ?? 0), 0) / xs.length : null;
  const got = xs.filter((x): x is number => x !== null);
  return got.length ? got.reduce((s, x) => s + x, 0) / got.length : null;
}

function indicatorResult(
  r: Row,
  s: string,
  tableIndex: number,
  cols: { target: string; q: string[]; annual: string; capaian: string },
  config: Config
): IndicatorResult {
  const target = `${cols.target}${r.row}`;
  const quarters = cols.q.map((c) => `${c}${r.row}`);
  const annual = `${cols.annual}${r.row}`;
  const capaian = `${cols.capaian}${r.row}`;
  const asRole = (k: Kind): SourceKind | undefined =>
    k === "percent" || k === "text" ? k : undefined;
  const kinds: SourceKinds = {};
  const t = asRole(kindOf(r.target, r.t));
  if (t) kinds.target = t;
  const a = asRole(kindOf(r.annual, r.derived ? null : r.av));
  if (a) kinds.annual = a;
  const qk = quarters.map((_, i) => asRole(kindOf(r.q[i], r.qv[i])) ?? null);
  if (qk.some((k) => k !== null)) kinds.quarters = qk;
  const c = asRole(kindOf(r.stated, typeof r.stated === "number" ? r.stated : null));
  if (c) kinds.capaian = c;
  return {
    sheet: s,
    row: r.row,
    tableIndex,
    sasaran: r.sasaran,
    name: r.name,
    unit: null,
    polarity: r.polarity ?? "positive",
    aggregation: r.agg ?? "sum",
    qualitative: r.qualitative !== undefined,
    target: r.t,
    quarters: r.qv,
    annual: r.av,
    annualDerived: !!r.derived,
    capaian: capaianOf(r, config),
    capaianReported: typeof r.stated === "number" ? r.stated : null,
    cumulativeQuarters: false,
    percent: !!r.percent,
    sources: { target, quarters, annual, capaian, kinds },
  };
}

export function ikuSheet(): SheetSnapshot {
  const cells: Record<string, CellValue> = {
    A1: "Tabel II.1 Pengukuran Capaian Kinerja",
    A4: "No",
    B4: "Sasaran",
    C4: "Indikator",
    D4: "Target",
    E4: "Realisasi",
    J4: "Capaian (%)",
    E5: "Triwulan I",
    F5: "Triwulan II",
    G5: "Triwulan III",
    H5: "Triwulan IV",
    I5: "Tahunan",
    B15: "Rata-rata Capaian IKU",
    K20: "Catatan pengguna di bawah tabel",
  };
  IKU_ROWS.forEach((r, i) => {
    cells[`A${r.row}`] = i + 1;
    cells[`B${r.row}`] = r.sasaran;
    cells[`C${r.row}`] = r.name;
    cells[`D${r.row}`] = r.target;
    "EFGH".split("").forEach((c, j) => (cells[`${c}${r.row}`] = r.q[j]));
    cells[`I${r.row}`] = r.annual;
    cells[`J${r.row}`] = r.stated;
  });
  const s = sheet(IKU, cells, {
    merges: ["A1:J1", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:I4", "J4:J5"],
    annotated: ["I11"],
  });
  setFormula(s, "J15", "=AVERAGE(J6:J14)", 1.1);
  return s;
}

export function budgetSheet(): SheetSnapshot {
  const cells: Record<string, CellValue> = {
    A1: "Tabel II.15 Capaian Anggaran dan Kinerja",
    A3: "No",
    B3: "Kegiatan",
    C3: "IKU",
    D3: "Anggaran (Rp)",
    G3: "Kinerja",
    J3: "Rata-rata Capaian",
    D4: "Pagu",
    E4: "Realisasi",
    F4: "%",
    G4: "Target",
    H4: "Realisasi",
    I4: "%",
    A5: 1,
    B5: "Kegiatan satu",
    D5: 1000000,
    E5: 900000,
    F5: 0.9,
    J5: 1.0833,
    A8: 2,
    B8: "Kegiatan dua",
    D8: "Rp 500.000",
    E8: 450000,
    F8: 0.9,
    J8: "-",
    B9: "Jumlah",
  };
  BUDGET_ROWS.forEach((r) => {
    cells[`C${r.row}`] = r.name;
    cells[`G${r.row}`] = r.target;
    cells[`H${r.row}`] = r.annual;
    cells[`I${r.row}`] = r.stated;
  });
  const s = sheet(BUDGET, cells, {
    merges: [
      "A1:J1",
      "D3:F3",
      "G3:I3",
      "A3:A4",
      "B3:B4",
      "C3:C4",
      "J3:J4",
      "A5:A7",
      "B5:B7",
      "D5:D7",
      "E5:E7",
      "F5:F7",
      "J5:J7",
    ],
  });
  setFormula(s, "D9", "=D5+D8", 1000000);
  setFormula(s, "E9", "=E5+E8", 1350000);
  return s;
}

const table = (
  t: Partial<DetectedTable> & Pick<DetectedTable, "sheet" | "kind" | "range">
): DetectedTable => ({
  columns: {},
  headerTop: 0,
  headerBottom: 0,
  firstDataRow: 1,
  lastDataRow: 1,
  firstCol: 0,
  lastCol: 0,
  totalRows: [],
  averageRows: [],
  confidence: 0.9,
  headers: {},
  ...t,
});

export const ANOMALIES: Anomaly[] = [
  {
    rule: "CAPAIAN_MISMATCH",
    severity: "warning",
    sheet: IKU,
    cell: "J6",
    message: "Capaian tertulis 105% ≠ dihitung 100%",
    expected: 1,
    actual: 1.05,
  },
  {
    rule: "NUMBER_AS_TEXT",
    severity: "info",
    sheet: IKU,
    cell: "D7",
    message: "Target ditulis sebagai teks",
  },
  {
    rule: "CAPAIAN_EXTREME",
    severity: "warning",
    sheet: IKU,
    cell: "J9",
    message: "Capaian 300% di atas ambang 200%",
  },
  {
    rule: "CAPAIAN_MISMATCH",
    severity: "error",
    sheet: IKU,
    cell: "J9",
    message: "Capaian tertulis 300% perlu diperiksa",
  },
  {
    rule: "PERCENT_SCALE",
    severity: "warning",
    sheet: IKU,
    cell: "I10",
    message: "92 dibaca sebagai 92%",
  },
  {
    rule: "MISSING_REALISASI",
    severity: "warning",
    sheet: IKU,
    cell: "I11",
    message: "Realisasi kosong",
  },
  {
    rule: "MIXED_UNITS",
    severity: "info",
    sheet: IKU,
    cell: "C14",
    message: '=HYPERLINK("http://contoh","klik")',
  },
  {
    rule: "AVERAGE_MISMATCH",
    severity: "warning",
    sheet: IKU,
    cell: "J15",
    message: "+Rata-rata tertulis 110%",
  },
  {
    rule: "NUMBER_AS_TEXT",
    severity: "info",
    sheet: BUDGET,
    cell: "D8",
    message: "@Pagu ditulis sebagai teks",
  },
  {
    rule: "TOTAL_MISMATCH",
    severity: "warning",
    sheet: BUDGET,
    cell: "D9",
    message: "-Jumlah pagu tidak cocok",
  },
];

export function makeAnalysis(partial: Partial<Config> = {}): Analysis {
  const config: Config = { ...defaultConfig(), ...partial };
  const iku = IKU_ROWS.map((r) =>
    indicatorResult(
      r,
      IKU,
      0,
      { target: "D", q: ["E", "F", "G", "H"], annual: "I", capaian: "J" },
      config
    )
  );
  const bud = BUDGET_ROWS.map((r) =>
    indicatorResult(r, BUDGET, 1, { target: "G", q: [], annual: "H", capaian: "I" }, config)
  );
  for (const b of bud) b.sasaran = null;
  const tables: DetectedTable[] = [
    table({
      sheet: IKU,
      kind: "indicators",
      range: "A4:J15",
      columns: {
        no: "A",
        sasaran: "B",
        indikator: "C",
        target: "D",
        tw1: "E",
        tw2: "F",
        tw3: "G",
        tw4: "H",
        realisasi: "I",
        capaian: "J",
      },
      headerTop: 3,
      headerBottom: 4,
      firstDataRow: 5,
      lastDataRow: 13,
      firstCol: 0,
      lastCol: 9,
      averageRows: [14],
    }),
    table({
      sheet: BUDGET,
      kind: "budget",
      range: "A3:J9",
      columns: {
        no: "A",
        sasaran: "B",
        indikator: "C",
        pagu: "D",
        realisasiAnggaran: "E",
        serapan: "F",
        target: "G",
        realisasi: "H",
        capaian: "I",
        rataCapaian: "J",
      },
      headerTop: 2,
      headerBottom: 3,
      firstDataRow: 4,
      lastDataRow: 7,
      firstCol: 0,
      lastCol: 9,
      totalRows: [8],
    }),
  ];
  const line = (
    row: number,
    lastRow: number,
    name: string,
    pagu: number,
    realisasi: number
  ): BudgetResult => {
    const caps = bud.filter((i) => i.row >= row && i.row <= lastRow).map((i) => i.capaian);
    const ck = meanPolicy(caps, config.missingPolicy);
    const serapan = realisasi / pagu;
    let efisiensi: number | null = null;
    if (ck !== null) {
      if (config.efficiencyMethod === "ratio") efisiensi = ck / serapan;
      else
        efisiensi = Math.max(
          0,
          Math.min(1, 0.5 + ((pagu * ck - realisasi) / (pagu * ck) / 0.2) * 0.5)
        );
    }
    return {
      sheet: BUDGET,
      row,
      lastRow,
      tableIndex: 1,
      name,
      pagu,
      realisasi,
      serapan,
      serapanReported: 0.9,
      capaianKinerja: ck,
      efisiensi,
      pmk214: null,
      band: ck === null ? null : "Sangat Baik",
      sources: { pagu: `D${row}`, realisasi: `E${row}`, serapan: `F${row}` },
    };
  };
  const sasaranNames = ["S1", "S2", "S3", "S4"];
  const caps = iku.map((i) => i.capaian);
  return {
    report: {
      schemaVersion: 1,
      file: "contoh.xlsx",
      config,
      tables: tables.map((t) => ({
        sheet: t.sheet,
        kind: t.kind,
        range: t.range,
        columns: t.columns,
        confidence: t.confidence,
        indicators: 0,
      })),
      indicators: [...iku, ...bud],
      sasaran: sasaranNames.map((name) => {
        const xs = iku.filter((i) => i.sasaran === name).map((i) => i.capaian);
        return {
          name,
          sheet: IKU,
          capaian: meanPolicy(xs, config.missingPolicy),
          counted: xs.filter((x) => x !== null).length,
          total: xs.length,
        };
      }),
      budget: [
        line(5, 7, "Kegiatan satu", 1000000, 900000),
        line(8, 8, "Kegiatan dua", 500000, 450000),
      ],
      overall: {
        capaian: meanPolicy(caps, config.missingPolicy),
        counted: caps.filter((x) => x !== null).length,
        total: caps.length,
        missingPolicy: config.missingPolicy,
      },
      anomalies: ANOMALIES.map((a) => ({ ...a })),
      problems: [],
    },
    tables,
    view: { fileName: "contoh.xlsx", sheets: [ikuSheet(), budgetSheet()] },
    ownership: null,
  };
}

export const OPTIONS = {
  capabilities: { notes: true, comments: true, charts: true },
  lang: "id" as const,
  summary: true,
  now: "2025-12-31T08:00:00.000Z",
  unit: "BP3MI DKI Jakarta",
  timeZone: "Asia/Jakarta",
};
