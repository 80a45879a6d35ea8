// Issue 2's acceptance figures on the real sample workbook.
import { analyzeWorkbook } from "../../src/core";
import type { Analysis } from "../../src/core/types";
import { sampleSnapshot } from "../helpers/sample";

let analysis: Analysis;
beforeAll(async () => {
  analysis = analyzeWorkbook(await sampleSnapshot());
});

const IKU = "Capaian IKU 2025";
const BUDGET = "Anggaran dan Kinerja 2025";

const ofRule = (rule: string, sheet = IKU) =>
  analysis.report.anomalies
    .filter((a) => a.rule === rule && a.sheet === sheet)
    .map((a) => a.cell)
    .sort();

test("Capaian IKU 2025 yields 13 indicators with their sasaran", () => {
  const iku = analysis.report.indicators.filter((i) => i.sheet === IKU);
  expect(iku).toHaveLength(13);
  expect(iku.map((i) => i.row)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
  // Merged sasaran B9:B11 continues down.
  expect(iku[2].sasaran).toBe(
    "Meningkatkan Penguatan Kerjasama dalam rangka Penempatan dan Pelindungan PMI"
  );
  expect(new Set(iku.slice(3, 6).map((i) => i.sasaran)).size).toBe(1);
  expect(iku[3].sasaran).toMatch(/^Mewujudkan Optimalisasi/);
  expect(iku[12].sasaran).toBe("Membangun Sistem Anggaran yang Optimal");
  expect(analysis.report.tables.find((t) => t.sheet === IKU)).toMatchObject({
    kind: "indicators",
    range: "A4:J19",
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
  });
});

test("capaian per indicator as issue 2 lists them", () => {
  const byRow = new Map(
    analysis.report.indicators.filter((i) => i.sheet === IKU).map((i) => [i.row, i.capaian])
  );
  const expected: Array<[number, number | null]> = [
    [6, 0.5143],
    [7, 1],
    [8, 1.25],
    [9, 5.05],
    [10, 1],
    [11, 2.3991],
    [12, 0.9892],
    [13, 1],
    [14, 1.905],
    [15, 3.744],
    [16, null],
    [17, null],
    [18, 1],
  ];
  for (const [row, c] of expected) {
    const got = byRow.get(row);
    if (c === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(c, 4);
  }
});

test("values typed as text are read: 42.010 orang, 75 Kasus 36%", () => {
  const r12 = analysis.report.indicators.find((i) => i.sheet === IKU && i.row === 12)!;
  expect(r12.target).toBe(42010);
  expect(r12.annual).toBe(41555);
  expect(r12.quarters).toEqual([9622, 10569, 11194, 10170]);
  expect(r12.unit).toBe("orang");
  expect(r12.aggregation).toBe("sum");
  const r6 = analysis.report.indicators.find((i) => i.sheet === IKU && i.row === 6)!;
  expect(r6.annual).toBeCloseTo(0.36, 10);
  expect(r6.quarters[3]).toBeCloseTo(0.5, 10);
  expect(r6.percent).toBe(true);
  expect(r6.aggregation).toBe("last");
  expect(r6.capaianReported).toBeCloseTo(0.36, 10);
});

test("anomalies on the IKU table sit at the cells issue 2 names", () => {
  expect(ofRule("CAPAIAN_MISMATCH")).toEqual(["J6", "J8"]);
  expect(ofRule("MIXED_UNITS")).toEqual(["H6", "I6"]);
  expect(ofRule("CAPAIAN_EXTREME")).toEqual(["I11", "I15", "I9"]);
  expect(ofRule("AVERAGE_MISMATCH")).toEqual(["J19"]);
  expect(ofRule("QUARTER_SUM_MISMATCH")).toEqual([]);
  expect(ofRule("TOTAL_MISMATCH")).toEqual([]);
  const avg = analysis.report.anomalies.find(
    (a) => a.rule === "AVERAGE_MISMATCH" && a.sheet === IKU
  )!;
  expect(avg.actual).toBeCloseTo(1.4836, 4);
  expect(avg.expected).toBeCloseTo(1.8047, 4);
});

test("overall capaian excludes the two empty indicators by default, counts them as 0 on request", () => {
  expect(analysis.report.overall).toMatchObject({
    counted: 11,
    total: 13,
    missingPolicy: "exclude",
  });
  expect(analysis.report.overall.capaian).toBeCloseTo(19.8516 / 11, 3);
  const zero = analyzeWorkbook(analysis.view, { missingPolicy: "zero" });
  expect(zero.report.overall.capaian).toBeCloseTo(19.8516 / 13, 3);
  expect(zero.report.overall.missingPolicy).toBe("zero");
});

test("Anggaran dan Kinerja 2025: serapan 95,96% and 97,20%, merged budget lines", () => {
  const lines = analysis.report.budget.filter((b) => b.sheet === BUDGET);
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatchObject({ row: 5, lastRow: 15, pagu: 7022542000, realisasi: 6738712639 });
  expect(lines[1]).toMatchObject({ row: 16, lastRow: 17, pagu: 3796417000, realisasi: 3690261342 });
  expect(lines[0].serapan).toBeCloseTo(0.9596, 4);
  expect(lines[1].serapan).toBeCloseTo(0.972, 4);
  expect(ofRule("ABSORPTION_MISMATCH", BUDGET)).toEqual([]);
  expect(ofRule("TOTAL_MISMATCH", BUDGET)).toEqual([]);
  expect(ofRule("BUDGET_OVER", BUDGET)).toEqual([]);
  // Efficiency = capaian kinerja / serapan by default.
  expect(lines[0].efisiensi).toBeCloseTo(lines[0].capaianKinerja! / lines[0].serapan!, 10);
});

test("Rekap Kasus, Kepulangan and Perjanjian Kinerja raise no false error", () => {
  for (const sheet of ["Rekap Kasus 2025", "Kepulangan 2025", "Perjanjian Kinerja 2025"]) {
    const errors = analysis.report.anomalies.filter(
      (a) => a.sheet === sheet && a.severity !== "info"
    );
    expect(errors).toEqual([]);
    expect(analysis.report.tables.some((t) => t.sheet === sheet)).toBe(true);
  }
  // The Perjanjian Kinerja total Rp14.107.139.000,- equals its two lines.
  const pk = analysis.report.budget.filter((b) => b.sheet === "Perjanjian Kinerja 2025");
  expect(pk.map((b) => b.pagu)).toEqual([9365037000, 4742102000]);
});

test("the report has the fixed schema", () => {
  const r = analysis.report;
  expect(r.schemaVersion).toBe(1);
  expect(r.file).toBe("lkj-bp3mi-jakarta-2025.xlsx");
  const i = r.indicators[0];
  for (const k of [
    "sheet",
    "row",
    "sasaran",
    "name",
    "unit",
    "polarity",
    "aggregation",
    "target",
    "quarters",
    "annual",
    "capaian",
    "capaianReported",
  ])
    expect(i).toHaveProperty(k);
  expect(i.quarters).toHaveLength(4);
  for (const k of ["name", "capaian", "counted", "total"]) expect(r.sasaran[0]).toHaveProperty(k);
  for (const k of [
    "sheet",
    "row",
    "name",
    "pagu",
    "realisasi",
    "serapan",
    "serapanReported",
    "capaianKinerja",
    "efisiensi",
  ])
    expect(r.budget[0]).toHaveProperty(k);
  for (const a of r.anomalies) {
    expect(a.cell).toMatch(/^[A-Z]{1,3}\d+$/);
    expect(a.message.length).toBeGreaterThan(5);
  }
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
});

test("English messages with lang en", () => {
  const en = analyzeWorkbook(analysis.view, { lang: "en" });
  const m = en.report.anomalies.find((a) => a.rule === "CAPAIAN_MISMATCH")!;
  expect(m.message).toContain("Stated achievement 36.00%, computed 51.43%");
});
