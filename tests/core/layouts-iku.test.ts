// Issue 8, the IKU / capaian classes of the corpus: each class on small grids of at least two shapes.
import { analyzeWorkbook } from "../../src/core";
import type { Report, SheetSnapshot } from "../../src/core/types";
import { book, sheet } from "../helpers/grid";

const run = (s: SheetSnapshot, config = {}) => analyzeWorkbook(book(s), config).report;
const loud = (r: Report) => r.anomalies.filter((a) => a.severity !== "info");

describe("kinerja columns repeated per year: the latest year is reported (class 3)", () => {
  test("Target / Realisasi / Capaian each per year, grouped by kind", () => {
    const r = run(
      sheet("S", [
        [
          "Indikator Kinerja",
          "Target 2019",
          "Target 2020",
          "Realisasi 2019",
          "Realisasi 2020",
          "Capaian 2019 (%)",
          "Capaian 2020 (%)",
        ],
        ["IKM", 80, 84, 88, 90, 110, 107.14],
        ["Desa berkembang", 65, 70, 66, 63, 101.54, 90],
        ["LPJ baik", 40, 50, 40, 50, 100, 100],
      ])
    );
    expect(r.tables[0].columns).toMatchObject({ target: "C", realisasi: "E", capaian: "G" });
    expect(r.indicators.map((i) => i.capaian)).toEqual([90 / 84, 0.9, 1]);
    expect(loud(r)).toEqual([]);
  });

  test("one Target | Realisasi | Capaian group per year, the earlier year first", () => {
    const r = run(
      sheet("S", [
        [
          "Indikator",
          "Target 2023",
          "Realisasi 2023",
          "Capaian 2023",
          "Target 2024",
          "Realisasi 2024",
          "Capaian 2024",
        ],
        ["A", 10, 9, 90, 12, 12, 100],
        ["B", 200, 210, 105, 220, 198, 90],
        ["C", 5, 5, 100, 6, 3, 50],
      ])
    );
    expect(r.tables[0].columns).toMatchObject({ target: "E", realisasi: "F", capaian: "G" });
    expect(r.indicators.map((i) => i.capaian)).toEqual([1, 0.9, 0.5]);
  });

  test("headers naming no year keep the header roles (the first group)", () => {
    const r = run(
      sheet("S", [
        [
          "Indikator",
          "Target",
          "Realisasi",
          "Capaian",
          "Target Renstra",
          "Realisasi s.d.",
          "Capaian Renstra",
        ],
        ["A", 10, 9, 90, 50, 40, 80],
        ["B", 20, 20, 100, 100, 60, 60],
        ["C", 4, 5, 125, 20, 10, 50],
      ])
    );
    expect(r.indicators.map((i) => i.capaian)).toEqual([0.9, 1, 1.25]);
  });
});

describe("the Kemenkeu manual-IKU grid: periods as columns, Target / Realisasi / Capaian as rows (class 2, 3)", () => {
  test('"Nama IKU" line above; Y-21 is the year, Max/Average its polarity and how quarters combine', () => {
    const r = run(
      sheet("IKU", [
        ["4. Penjelasan Realisasi IKU Tahun 2021;"],
        ["KPPN", "Nama Sasaran Strategis", ": Pelaksanaan anggaran yang efektif"],
        ["KPPN", "Nama IKU", ": Nilai kinerja penyaluran dana transfer"],
        [],
        ["T/R", "Q1", "Q2", "Sm. I", "Q3", "s.d Q3", "Q4", "Y-21", "Pol/ KP"],
        ["Target", 90, 90, 90, 90, 90, 90, 90, "Max/Average"],
        ["Realisasi", 100, 99.5, 99.75, 98.76, 99.42, 99.26, 99.38, "Max/Average"],
        ["Capaian", 111.11, 110.56, 110.83, 109.73, 110.47, 110.29, 110.42, "Max/Average"],
      ])
    );
    expect(r.indicators).toHaveLength(1);
    expect(r.indicators[0]).toMatchObject({
      row: 3,
      name: "Nilai kinerja penyaluran dana transfer",
      target: 90,
      annual: 99.38,
      quarters: [100, 99.5, 98.76, 99.26],
      aggregation: "average",
      polarity: "positive",
    });
    expect(r.indicators[0].capaian).toBeCloseTo(99.38 / 90, 10);
    // The year's realisation is the average of its quarters: no sum check, no finding.
    expect(loud(r)).toEqual([]);
  });

  test('an "IKU …" title inside the header block; Min/Sum: negative polarity, quarters summed', () => {
    const r = run(
      sheet("IKU", [
        ["KANWIL", "Sasaran Strategis 2: Layanan yang andal"],
        [null, "IKU 2a-N Jumlah keluhan layanan"],
        ["T/R", "TW I", "TW II", "Sm.1", "TW III", "s.d. TW III", "TW IV", "Y-23", "Pol/KP"],
        ["Target", 5, 5, 10, 5, 15, 5, 20, "Min/Sum"],
        ["Realisasi", 4, 6, 10, 3, 13, 3, 16, "Min/Sum"],
        ["Capaian", 120, 80, 100, 140, 113.33, 140, 120, "Min/Sum"],
      ])
    );
    expect(r.indicators).toHaveLength(1);
    expect(r.indicators[0]).toMatchObject({
      row: 2,
      name: "IKU 2a-N Jumlah keluhan layanan",
      polarity: "negative",
      aggregation: "sum",
      annual: 16,
      target: 20,
    });
    expect(r.indicators[0].capaian).toBeCloseTo(2 - 16 / 20, 10);
    expect(loud(r)).toEqual([]);
  });
});
