// Each anomaly rule, firing and not firing, on small grids.
import { analyzeWorkbook } from "../../src/core";
import type { CellValue, Config, RuleId, WorkbookSnapshot } from "../../src/core/types";
import { book, ikuTable, sheet } from "../helpers/grid";

const cells = (snap: WorkbookSnapshot, rule: RuleId, config: Partial<Config> = {}) =>
  analyzeWorkbook(snap, config)
    .report.anomalies.filter((a) => a.rule === rule)
    .map((a) => a.cell);

// No | Sasaran | Indikator | Target | TW I..IV | Realisasi | Capaian
const row = (
  name: string,
  target: CellValue,
  q: CellValue[],
  annual: CellValue,
  capaian: CellValue = null
): CellValue[] => [1, "S1", name, target, ...q, annual, capaian];

test("QUARTER_SUM_MISMATCH fires on the annual of a summed indicator, not on running totals or levels", () => {
  const snap = ikuTable([
    row(
      "Jumlah layanan",
      "100 orang",
      ["20 orang", "30 orang", "25 orang", "30 orang"],
      "100 orang"
    ),
    row("Jumlah data", "100 data", [10, 20, 30, 40], 100),
    row("Kumulatif", "100 data", [10, 30, 60, 100], 100),
    row("Indeks kepuasan", 3, [3, 3.1, 3.2, 3.3], 3.3),
  ]);
  expect(cells(snap, "QUARTER_SUM_MISMATCH")).toEqual(["I2"]);
  const a = analyzeWorkbook(snap).report;
  expect(a.indicators[2].cumulativeQuarters).toBe(true);
  expect(a.indicators[3].aggregation).toBe("last");
});

test("CAPAIAN_MISMATCH beyond 0.05 pp only", () => {
  const snap = ikuTable([
    row("A", 100, [null, null, null, null], 50, 0.5),
    row("B", 100, [null, null, null, null], 50, 0.5004),
    row("C", 100, [null, null, null, null], 50, 0.51),
    row("D", 100, [null, null, null, null], 50, "50,00%"),
    row("E", 100, [null, null, null, null], 50, 50),
  ]);
  expect(cells(snap, "CAPAIAN_MISMATCH")).toEqual(["J4"]);
});

test("negative polarity: 2 − R/T (PermenPAN-RB 8/2021)", () => {
  const snap = book(
    sheet("IKU", [
      ["Indikator", "Polaritas", "Target", "Realisasi", "Capaian"],
      ["Angka kasus", "Negatif", 10, 8, 1.2],
      ["Angka layanan", "Positif", 10, 8, 0.8],
      ["Waktu tunggu", "semakin kecil semakin baik", 10, 12, 0.8],
    ])
  );
  const r = analyzeWorkbook(snap).report;
  expect(r.indicators.map((i) => i.polarity)).toEqual(["negative", "positive", "negative"]);
  expect(r.indicators[0].capaian).toBeCloseTo(1.2, 10);
  expect(r.indicators[2].capaian).toBeCloseTo(0.8, 10);
  expect(r.anomalies.filter((a) => a.rule === "CAPAIAN_MISMATCH")).toEqual([]);
  // An override from the pane wins over the column.
  const o = analyzeWorkbook(snap, { indicators: { "IKU!2": { polarity: "positive" } } }).report;
  expect(o.indicators[0].capaian).toBeCloseTo(0.8, 10);
});

test("cap limits capaian to 100/110/120%", () => {
  const snap = ikuTable([row("A", 10, [null, null, null, null], 15)]);
  expect(analyzeWorkbook(snap).report.indicators[0].capaian).toBeCloseTo(1.5, 10);
  expect(analyzeWorkbook(snap, { cap: 1.2 }).report.indicators[0].capaian).toBe(1.2);
  expect(analyzeWorkbook(snap, { cap: 1 }).report.indicators[0].capaian).toBe(1);
  expect(analyzeWorkbook(snap, { cap: 1.1 }).report.indicators[0].capaian).toBe(1.1);
});

test("qualitative: category at or above the target's is 100%", () => {
  const snap = ikuTable([
    row("NKA", "Baik (88)", ["Baik", "Baik", "Baik", "Baik"], "Baik"),
    row("Opini", "Sangat Baik", [null, null, null, null], "Baik"),
    row("Maturitas", "Cukup", [null, null, null, null], "Sangat Baik"),
  ]);
  const r = analyzeWorkbook(snap).report;
  expect(r.indicators.map((i) => i.qualitative)).toEqual([true, true, true]);
  expect(r.indicators.map((i) => i.capaian)).toEqual([1, 0.8, 1]);
});

test("AVERAGE_MISMATCH under both missing-value policies", () => {
  const rows = [
    row("A", 100, [null, null, null, null], 100),
    row("B", 100, [null, null, null, null], 50),
    row("C", 100, [null, null, null, null], "-"),
  ];
  // Stated 50% = (100% + 50% + 0) / 3: right under "zero", wrong under "exclude" (75%).
  const snap = ikuTable([
    ...rows,
    ["Rata-rata capaian", null, null, null, null, null, null, null, null, 0.5],
  ]);
  expect(cells(snap, "AVERAGE_MISMATCH")).toEqual(["J5"]);
  expect(cells(snap, "AVERAGE_MISMATCH", { missingPolicy: "zero" })).toEqual([]);
  const ok = ikuTable([
    ...rows,
    ["Rata-rata capaian", null, null, null, null, null, null, null, null, 0.75],
  ]);
  expect(cells(ok, "AVERAGE_MISMATCH")).toEqual([]);
});

const budget = (lines: CellValue[][]): WorkbookSnapshot =>
  book(
    sheet(
      "Anggaran",
      [
        ["Rincian anggaran"],
        [],
        ["No", "Kegiatan", "Anggaran (Rp)", null, null],
        [null, null, "Pagu", "Realisasi", "%"],
        ...lines,
      ],
      {
        numberFormats: [
          [],
          [],
          [],
          [],
          ...lines.map(() => [null, null, "#,##0", "#,##0", "0.00%"]),
        ],
      }
    )
  );

test("ABSORPTION_MISMATCH, BUDGET_OVER and TOTAL_MISMATCH on a budget table", () => {
  const snap = budget([
    [1, "Kegiatan A", 1000, 900, 0.9],
    [2, "Kegiatan B", 1000, 1100, 1.1],
    [3, "Kegiatan C", 2000, 1000, 0.6],
    ["Jumlah", null, 4000, 3000, 0.75],
  ]);
  const r = analyzeWorkbook(snap).report;
  expect(r.tables[0]).toMatchObject({
    kind: "budget",
    columns: { pagu: "C", realisasiAnggaran: "D", serapan: "E" },
  });
  expect(cells(snap, "ABSORPTION_MISMATCH")).toEqual(["E7"]);
  expect(cells(snap, "BUDGET_OVER")).toEqual(["D6"]);
  expect(cells(snap, "TOTAL_MISMATCH")).toEqual([]);
  const wrong = budget([
    [1, "Kegiatan A", 1000, 900, 0.9],
    [2, "Kegiatan B", 1000, 800, 0.8],
    ["Jumlah", null, 2500, 1700, 0.9],
  ]);
  expect(cells(wrong, "TOTAL_MISMATCH")).toEqual(["C7", "E7"]);
});

test("TOTAL_MISMATCH in any table, ignoring the No column", () => {
  const snap = book(
    sheet("Kasus", [
      ["Rekap kasus"],
      [],
      ["No.", "Jenis", "Jumlah", "Selesai"],
      [1, "A", 5, 4],
      [2, "B", 7, 7],
      [null, "Total", 12, 10],
    ])
  );
  expect(cells(snap, "TOTAL_MISMATCH")).toEqual(["D6"]);
});

test("FORMULA_ERROR on error cells anywhere", () => {
  const snap = ikuTable([
    row("A", { error: "#DIV/0!" }, [null, null, null, null], 5, { error: "#REF!" }),
  ]);
  expect(cells(snap, "FORMULA_ERROR")).toEqual(["D2", "J2"]);
});

test("TARGET_ZERO, MISSING_TARGET, MISSING_REALISASI", () => {
  const snap = ikuTable([
    row("A", 0, [1, 2, 3, 4], 10),
    row("B", null, [1, 2, 3, 4], 10),
    row("C", 10, ["-", "-", "-", "-"], "-"),
    row("D", 10, [1, null, null, null], null),
  ]);
  expect(cells(snap, "TARGET_ZERO")).toEqual(["D2"]);
  expect(cells(snap, "MISSING_TARGET")).toEqual(["D3"]);
  expect(cells(snap, "MISSING_REALISASI")).toEqual(["I4"]);
  const r = analyzeWorkbook(snap).report;
  expect(r.indicators[0].capaian).toBeNull();
  expect(r.indicators[3]).toMatchObject({ annual: 1, annualDerived: true });
});

test("a target-only table (Perjanjian Kinerja) raises no missing-realisasi warning", () => {
  const snap = book(
    sheet("PK", [
      ["Sasaran", "Indikator", "Target"],
      ["S", "A", 10],
      [null, "B", "20 orang"],
    ])
  );
  const r = analyzeWorkbook(snap).report;
  expect(r.anomalies).toEqual([]);
  expect(r.tables[0].kind).toBe("other");
});

test("PERCENT_SCALE flags the odd cell and normalises it", () => {
  const snap = book(
    sheet(
      "IKU",
      [
        ["Indikator", "Satuan", "Target", "TW I", "TW II", "Realisasi"],
        ["Persentase layanan", "%", 0.85, 0.8, 92, 0.9],
      ],
      { numberFormats: [[], [null, null, "0%", null, null, null]] }
    )
  );
  const r = analyzeWorkbook(snap).report;
  expect(r.anomalies.filter((a) => a.rule === "PERCENT_SCALE").map((a) => a.cell)).toEqual(["E2"]);
  expect(r.indicators[0].quarters[1]).toBeCloseTo(0.92, 10);
  expect(r.indicators[0].capaian).toBeCloseTo(0.9 / 0.85, 10);
  const consistent = book(
    sheet("IKU", [
      ["Indikator", "Satuan", "Target", "Realisasi"],
      ["Persentase", "%", 80, 92],
    ])
  );
  const c = analyzeWorkbook(consistent).report;
  expect(c.anomalies.filter((a) => a.rule === "PERCENT_SCALE")).toEqual([]);
  expect(c.indicators[0].capaian).toBeCloseTo(1.15, 10);
});

test("MIXED_UNITS uses the quantity whose unit matches the target's", () => {
  const snap = ikuTable([
    row("Pengaduan", 0.7, [null, null, null, "32 kasus 50%"], "75 Kasus 36%"),
    row("Kasus", "80 kasus", [null, null, null, null], "75 Kasus 36%"),
  ]);
  snap.sheets[0].numberFormats = [[], [null, null, null, "0%"]];
  const r = analyzeWorkbook(snap).report;
  expect(cells(snap, "MIXED_UNITS")).toEqual(["H2", "I2", "I3"]);
  expect(r.indicators[0].annual).toBeCloseTo(0.36, 10);
  expect(r.indicators[1].annual).toBe(75);
});

test("CAPAIAN_EXTREME above the threshold setting", () => {
  const snap = ikuTable([
    row("A", 10, [null, null, null, null], 25),
    row("B", 10, [null, null, null, null], 15),
  ]);
  expect(cells(snap, "CAPAIAN_EXTREME")).toEqual(["I2"]);
  expect(cells(snap, "CAPAIAN_EXTREME", { extremeThreshold: 1.2 })).toEqual(["I2", "I3"]);
});

test("DUPLICATE_INDICATOR names the later one", () => {
  const snap = ikuTable([
    row("Data Supply", 1, [], 1),
    row("Data  supply.", 1, [], 1),
    row("Lain", 1, [], 1),
  ]);
  expect(cells(snap, "DUPLICATE_INDICATOR")).toEqual(["C3"]);
});

test("NUMBER_AS_TEXT for pure numbers typed as text, not for quantities with units", () => {
  const snap = ikuTable([row("A", "1.000", [null, null, null, null], "950 orang")]);
  expect(cells(snap, "NUMBER_AS_TEXT")).toEqual(["D2"]);
});

test("NUMBER_AS_TEXT is one finding per column with its count (issue 8: exports write every figure as text)", () => {
  const rows = Array.from({ length: 40 }, (_, i) => [
    `Kegiatan ${i + 1}`,
    "10.701.893.800,00",
    "9.000.000,00",
  ]);
  const r = analyzeWorkbook(
    book(sheet("LRA", [["Uraian", "Anggaran", "Realisasi Anggaran"], ...rows]))
  ).report;
  const found = r.anomalies.filter((a) => a.rule === "NUMBER_AS_TEXT");
  expect(found.map((a) => a.cell)).toEqual(["B2", "C2"]);
  expect(found[0].message).toContain("40 sel di kolom B");
  expect(found.every((a) => a.severity === "info")).toBe(true);
});

test("no rule fires on a clean table", () => {
  const snap = ikuTable([
    row("A", 100, [25, 25, 25, 25], 100, 1),
    row("B", "50 orang", ["10 orang", "10 orang", "10 orang", "10 orang"], "40 orang", 0.8),
  ]);
  expect(analyzeWorkbook(snap).report.anomalies).toEqual([]);
});
