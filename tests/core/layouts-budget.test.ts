// Issue 8, budget tables staff keep (classes 1–3): what the arithmetic and the headers say together.
import { analyzeWorkbook } from "../../src/core";
import type { Report, SheetSnapshot } from "../../src/core/types";
import { book, sheet } from "../helpers/grid";

const run = (s: SheetSnapshot) => analyzeWorkbook(book(s)).report;
const r4 = (v: number | null) => (v === null ? null : Math.round(v * 1e4) / 1e4);
const lines = (r: Report) =>
  r.budget.map((b) => [b.row, r4(b.serapan), r4(b.capaianKinerja), r4(b.efisiensi)]);

describe("two columns headed Capaian in a budget table", () => {
  test('"Capaian Realisasi Anggaran (%)" is the serapan, "Capaian Kinerja (%)" the stated achievement', () => {
    const r = run(
      sheet("Tabel 3.5", [
        [
          "No",
          "Program",
          "Pagu Anggaran (Rp)",
          "Realisasi Anggaran (Rp)",
          "Capaian Realisasi Anggaran (%)",
          "Capaian Kinerja (%)",
        ],
        ["1", "Program A", 1000000000, 950000000, 0.95, 98.8],
        ["2", "Program B", 400000000, 300000000, 0.75, 90],
        ["3", "Program C", 250000000, 250000000, 1, 101],
      ])
    );
    // efisiensi = capaian kinerja / serapan: 0,988 / 0,95; 0,9 / 0,75; 1,01 / 1.
    expect(lines(r)).toEqual([
      [2, 0.95, 0.988, 1.04],
      [3, 0.75, 0.9, 1.2],
      [4, 1, 1.01, 1.01],
    ]);
  });

  test('"Capaian (%)" in points over Anggaran, "Capaian Kinerja" beside it', () => {
    const r = run(
      sheet("Keu", [
        ["Kegiatan", "Anggaran", "Realisasi", "Capaian (%)", "Capaian Kinerja"],
        ["Kegiatan 1", 200000000, 180000000, 90, 95],
        ["Kegiatan 2", 50000000, 40000000, 80, 100],
        ["Kegiatan 3", 80000000, 60000000, 75, 60],
      ])
    );
    expect(lines(r)).toEqual([
      [2, 0.9, 0.95, 1.0556],
      [3, 0.8, 1, 1.25],
      [4, 0.75, 0.6, 0.8],
    ]);
  });
});
