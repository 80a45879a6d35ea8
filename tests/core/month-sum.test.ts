// Issue 8: a kinerja table by month (Realisasi › 1 … 12 | Jumlah, or Jan … Des): the months of a summed
// indicator must add up to its Jumlah (QUARTER_SUM_MISMATCH via rules/month-sum.ts); levels are not summed.
import { analyzeWorkbook } from "../../src/core";
import type { CellValue } from "../../src/core/types";
import { book, sheet } from "../helpers/grid";

const sums = (rows: CellValue[][], merges: string[] = []) =>
  analyzeWorkbook(book(sheet("S", rows, { merges })))
    .report.anomalies.filter((a) => a.rule === "QUARTER_SUM_MISMATCH")
    .map((a) => a.cell);

describe("months against the Jumlah", () => {
  test("month numbers typed as numbers under a merged Realisasi (the e-SAKIP export)", () => {
    const months = Array.from({ length: 12 }, (_, i) => i + 1);
    const cells = sums(
      [
        ["Indikator", "Satuan", "Target", "Realisasi", ...Array(12).fill(null), "Kinerja (%)"],
        [null, null, null, ...months, "Jumlah", null],
        [
          "Dokumen difasilitasi",
          "dokumen",
          1200,
          85,
          92,
          110,
          98,
          104,
          95,
          101,
          99,
          88,
          107,
          121,
          96,
          1187,
          98.92,
        ],
        ["Rapat koordinasi", "kali", 12, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, null, 12, 100],
        [
          "Nilai IKM",
          "nilai",
          82,
          null,
          null,
          80,
          null,
          null,
          81,
          null,
          null,
          83,
          null,
          null,
          84,
          82,
          100,
        ],
      ],
      ["A1:A2", "B1:B2", "C1:C2", "D1:P1", "Q1:Q2"]
    );
    expect(cells).toEqual(["P3"]);
  });

  test("month names in the header row, a right total and a wrong one", () => {
    const names = [
      "Jan",
      "Feb",
      "Mar",
      "Apr",
      "Mei",
      "Jun",
      "Jul",
      "Agu",
      "Sep",
      "Okt",
      "Nov",
      "Des",
    ];
    const cells = sums([
      ["Indikator", "Satuan", "Target", ...names, "Realisasi"],
      ["Pengaduan ditangani", "kasus", 100, 8, 9, 7, 9, 8, 9, 8, 9, 8, 9, 8, 9, 104],
      ["Izin terbit", "izin", 50, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 50],
    ]);
    expect(cells).toEqual(["P2"]);
  });

  test("a column-number row 1 | 2 | 3 … under the header is no run of months", () => {
    const cells = sums([
      ["Indikator", "Satuan", "Target", "Realisasi", "Capaian"],
      [1, 2, 3, 4, 5],
      ["Pengaduan ditangani", "kasus", 100, 90, 90],
      ["Izin terbit", "izin", 50, 50, 100],
    ]);
    expect(cells).toEqual([]);
  });
});
