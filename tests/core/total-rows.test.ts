// Issue 8, class 1: a Jumlah row is checked column by column, but a column computed on each row (a %, SISA = pagu −
// realisasi) is right on the Jumlah row when it follows its own row; the wrong input is named at its own cell.
import { analyzeWorkbook } from "../../src/core";
import type { SheetSnapshot } from "../../src/core/types";
import { book, sheet } from "../helpers/grid";

const loud = (s: SheetSnapshot) =>
  analyzeWorkbook(book(s))
    .report.anomalies.filter((a) => a.severity !== "info")
    .map((a) => `${a.rule} ${a.cell}`)
    .sort();

/** Three kegiatan (pagu 1800, realisasi 1590 in all) and the JUMLAH row given. */
const kegiatan = (jumlah: (number | null)[]) => [
  ["No", "Kegiatan", "Pagu", "Realisasi", "%", "Sisa"],
  ["1", "Kegiatan A", 1000, 900, 0.9, 100],
  ["2", "Kegiatan B", 500, 450, 0.9, 50],
  ["3", "Kegiatan C", 300, 240, 0.8, 60],
  ["JUMLAH", ...jumlah],
];

describe("Jumlah rows and columns computed per row", () => {
  test("a wrong Jumlah pagu is named once: its % and SISA follow their own row", () => {
    // Pagu 1000 + 500 + 300 = 1800, typed 1500; realisasi 900 + 450 + 240 = 1590 is right.
    // F = E / D and G = D − E on every row, the Jumlah row included (1590 / 1500, 1500 − 1590).
    const rows = kegiatan([null, 1500, 1590, 1590 / 1500, -90]);
    expect(loud(sheet("Realisasi", rows))).toContain("TOTAL_MISMATCH C5");
    expect(loud(sheet("Realisasi", rows)).filter((f) => /[EF]5$/.test(f))).toEqual([]);
  });

  test("a Jumlah SISA that breaks its own row and the column sum is still named", () => {
    // Sisa: 100 + 50 + 60 = 210 and 1800 − 1590 = 210; 250 typed.
    const rows = kegiatan([null, 1800, 1590, 1590 / 1800, 250]);
    expect(loud(sheet("Realisasi", rows))).toEqual(["TOTAL_MISMATCH F5"]);
  });

  test("the % of a second budget group in points is not added down the column", () => {
    // Operasi: 400 / 500 = 80,00; 300 / 400 = 75,00; Jumlah 700 / 900 = 77,78. Modal: 90 / 100; 0 / 0.
    const rows = [
      ["Kode", "Uraian", "Anggaran", "Realisasi", "%", "Anggaran", "Realisasi", "%"],
      ["1.01", "Program A", "500,00", "400,00", "80,00", "100,00", "90,00", "90,00"],
      ["1.02", "Program B", "400,00", "300,00", "75,00", "0,00", "0,00", "0,00"],
      ["1.03", "Program C", "200,00", "150,00", "75,00", "50,00", "40,00", "80,00"],
      ["JUMLAH", null, "1.100,00", "850,00", "77,27", "150,00", "130,00", "86,67"],
    ];
    expect(loud(sheet("LRA", rows))).toEqual([]);
  });

  test("a parent that adds its lines down the column is not named for a line's wrong running total", () => {
    // s.d. bulan ini = s.d. bulan lalu + bulan ini on each line; line 3 typed 95 for 60 + 30 = 90. The parent
    // row adds the lines as typed (100 + 55 + 95 + 20 + 40 + 60 = 370), so only line 3 is wrong.
    const rows = [
      ["Kode Rekening", "Uraian", "Anggaran", "s.d. Bulan Lalu", "Bulan Ini", "s.d. Bulan Ini"],
      ["5.02.01.1.01.0001", "Kegiatan", 450, 290, 75, 370],
      ["5.1.02.01.01.0024", "Belanja A", 120, 80, 20, 100],
      ["5.1.02.01.01.0026", "Belanja B", 80, 45, 10, 55],
      ["5.1.02.01.01.0052", "Belanja C", 100, 60, 30, 95],
      ["5.1.02.01.01.0053", "Belanja D", 30, 15, 5, 20],
      ["5.1.02.01.01.0054", "Belanja E", 50, 40, 0, 40],
      ["5.1.02.01.01.0055", "Belanja F", 70, 50, 10, 60],
    ];
    const found = loud(sheet("SPJ", rows));
    expect(found).toContain("TOTAL_MISMATCH F5");
    expect(found).not.toContain("TOTAL_MISMATCH F2");
  });
});

describe("a parent whose pagu is wrong", () => {
  test("is named for its pagu, not as an overspend its lines do not show", () => {
    // Lines' pagu 100 + 200 + 150 = 450, the parent typed 350; realisasi 90 + 180 + 140 = 410 is within 450.
    const rows = [
      ["Kode", "Uraian", "Pagu", "Realisasi", "%"],
      ["1.01", "Program", 350, 410, 410 / 350],
      ["1.01.01", "Kegiatan A", 100, 90, 0.9],
      ["1.01.02", "Kegiatan B", 200, 180, 0.9],
      ["1.01.03", "Kegiatan C", 150, 140, 140 / 150],
    ];
    const found = loud(sheet("Realisasi", rows));
    expect(found).toContain("TOTAL_MISMATCH C2");
    expect(found.filter((f) => f.startsWith("BUDGET_OVER"))).toEqual([]);
  });
});
