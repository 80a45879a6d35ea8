// Issue 8, class 3: Anggaran / Realisasi / % groups repeated per year or per source in one row.
import { analyzeWorkbook } from "../../src/core";
import type { SheetSnapshot } from "../../src/core/types";
import { book, sheet } from "../helpers/grid";

const loud = (s: SheetSnapshot) =>
  analyzeWorkbook(book(s))
    .report.anomalies.filter((a) => a.severity !== "info")
    .map((a) => `${a.rule} ${a.cell}`)
    .sort();

/** "Pagu | Realisasi | %" under each of n merged group headers. */
const groupHeads = (n: number) =>
  Array.from({ length: n }, () => ["Pagu", "Realisasi", "%"]).flat();

describe("budget groups in one row", () => {
  test("a Jumlah group that is the sum of the source groups names the line where its realisasi is not", () => {
    // Jumlah = RM + BLU on every line; line 4's Jumlah realisasi 300 is RM only (RM 300 + BLU 150 = 450). The
    // JUMLAH row adds its column down (90 + 180 + 270 + 300 = 840) and is not named for line 4's mistake.
    const s = sheet(
      "Sumber Dana",
      [
        [
          "Kode",
          "Uraian",
          "Rupiah Murni",
          null,
          null,
          "PNBP - BLU",
          null,
          null,
          "Jumlah",
          null,
          null,
        ],
        [null, null, ...groupHeads(3)],
        ["01", "Layanan A", 100, 90, 0.9, 0, 0, null, 100, 90, 0.9],
        ["02", "Layanan B", 0, 0, null, 200, 180, 0.9, 200, 180, 0.9],
        ["03", "Layanan C", 100, 80, 0.8, 200, 190, 0.95, 300, 270, 0.9],
        ["04", "Layanan D", 400, 300, 0.75, 200, 150, 0.75, 600, 300, 0.5],
        ["JUMLAH", null, 600, 470, 470 / 600, 600, 520, 520 / 600, 1200, 840, 0.7],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:E1", "F1:H1", "I1:K1"] }
    );
    expect(loud(s)).toEqual(["TOTAL_MISMATCH J6"]);
  });

  test("a year's % typed from another year is read as that year's serapan, and a 45.000 gap in a total is named", () => {
    // 2023: 1.175.000.000 / 1.250.000.000 = 94,00% typed 92,00% (2022's figure) on line 2. Realisasi 2022: 90.000.000.000 +
    // 92.000.000.000 + 45.000.000.000 = 227.000.000.000, typed 227.000.045.000.
    const s = sheet(
      "Tiga Tahun",
      [
        [
          "No",
          "Program",
          "Tahun 2022",
          null,
          null,
          "Tahun 2023",
          null,
          null,
          "Tahun 2024",
          null,
          null,
        ],
        [null, null, ...groupHeads(3)],
        ["1", "A", 100e9, 90e9, 0.9, 1200e6, 1116e6, 0.93, 100e6, 95e6, 0.95],
        ["2", "B", 100e9, 92e9, 0.92, 1250e6, 1175e6, 0.92, 100e6, 96e6, 0.96],
        ["3", "C", 50e9, 45e9, 0.9, 600e6, 576e6, 0.96, 100e6, 97e6, 0.97],
        ["JUMLAH", null, 250e9, 227000045000, 0.908, 3050e6, 2867e6, 0.94, 300e6, 288e6, 0.96],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:E1", "F1:H1", "I1:K1"] }
    );
    expect(loud(s)).toEqual(["ABSORPTION_MISMATCH H4", "TOTAL_MISMATCH D6"]);
  });
});

describe("a % column in points", () => {
  test("a small change in a points column is read in points too (−0,43 is −0,43%)", () => {
    // Kenaikan / 2018: 5 / 100 = 5,00; 18 / 100 = 18,00; 24 / 200 = 12,00; 47 / 400 = 11,75; −0,86 / 200 = −0,43.
    const s = sheet("Laporan", [
      ["Uraian", "31 Desember 2019", "31 Desember 2018", "Kenaikan (Penurunan)", "%"],
      ["Pendapatan A", 105e6, 100e6, 5e6, 5],
      ["Pendapatan B", 118e6, 100e6, 18e6, 18],
      ["Pendapatan C", 224e6, 200e6, 24e6, 12],
      ["Jumlah Pendapatan", 447e6, 400e6, 47e6, 11.75],
      ["Beban"],
      ["Beban A", 199.14e6, 200e6, -0.86e6, -0.43],
    ]);
    expect(loud(s)).toEqual([]);
  });
});
