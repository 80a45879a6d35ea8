// Issue 8 class 3: a column headed "Persentase Capaian" that holds the realisation (detect/capaian-as-realisasi.ts).
import { analyzeWorkbook } from "../../src/core";
import type { CellValue } from "../../src/core/types";
import { book, sheet } from "../helpers/grid";

const run = (rows: CellValue[][]) => analyzeWorkbook(book(sheet("S", rows))).report;

describe("capaian column or realisation? the reading that puts achievement near 100%", () => {
  test("Jenis IKU | Jumlah | Persentase Capaian | Target: the 'capaian' is the realised %", () => {
    const r = run([
      ["Jenis IKU", "Jumlah", "Persentase Capaian", "Target perjanjian kinerja"],
      ["IKU 1", 120, 13.08, 40],
      ["IKU 2", 17, 16.91, 20],
      ["IKU 3", 58, 12.09, 15],
      ["IKU 4", 40, 40.45, 15],
    ]);
    expect(r.tables[0].columns).toMatchObject({ realisasi: "C", target: "D" });
    expect(r.tables[0].columns.capaian).toBeUndefined();
    expect(r.indicators.map((i) => i.capaian)).toEqual([
      13.08 / 40,
      16.91 / 20,
      12.09 / 15,
      40.45 / 15,
    ]);
  });

  test("a true capaian column (points near 100) beside the target stays the capaian", () => {
    const r = run([
      ["Indikator", "Target", "Capaian (%)"],
      ["Indeks kepuasan", 80, 102.5],
      ["Opini BPK", 1, 100],
      ["Persentase dokumen", 90, 97],
      ["Nilai SAKIP", 70, 95.2],
    ]);
    expect(r.tables[0].columns).toMatchObject({ target: "B", capaian: "C" });
    expect(r.tables[0].columns.realisasi).toBeUndefined();
  });

  test("fractions typed as the capaian (0,95) are a ratio too, not a realisation", () => {
    const r = run([
      ["Indikator", "Target", "Persentase Capaian"],
      ["A", 200, 0.95],
      ["B", 12, 1.1],
      ["C", 40, 0.8],
    ]);
    expect(r.tables[0].columns.capaian).toBe("C");
  });
});
