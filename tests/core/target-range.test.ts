// A target written as a range gives no capaian ratio (analyze/target-range.ts); a one-sided bound still does.
import { analyzeWorkbook } from "../../src/core";
import type { CellValue } from "../../src/core/types";
import { isRangeTarget } from "../../src/core/analyze/target-range";
import { book, sheet } from "../helpers/grid";

const run = (rows: CellValue[][]) => analyzeWorkbook(book(sheet("S", rows))).report;

describe("range targets", () => {
  test("'150-250' and '80 – 90 %': no capaian computed, a stated capaian is not called wrong", () => {
    const r = run([
      ["Indikator", "Target", "Realisasi", "Capaian (%)"],
      ["Angka kontak (per mil)", "150-250", 249, 24.9],
      ["Persentase kepatuhan", "80 – 90 %", "85 %", 100],
      ["Cakupan imunisasi", 90, 81, 90],
      ["Cakupan ASI", 50, 60, 120],
    ]);
    expect(r.indicators.map((i) => i.capaian)).toEqual([null, null, 0.9, 1.2]);
    expect(r.anomalies.filter((a) => a.rule === "CAPAIAN_MISMATCH")).toEqual([]);
  });

  test("one-sided bounds and plain numbers are not ranges", () => {
    expect(["150-250", "10 s.d. 20", "80–90", "1,5 - 2,5 %"].map(isRangeTarget)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(["≥ 80", "-5", "100", "maks 5", null].map(isRangeTarget)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
