// Issue 8 class 4: the Kemenkeu NKO table caps each Indeks Capaian at 120% (rules/capped-index.ts).
import { analyzeWorkbook } from "../../src/core";
import type { CellValue } from "../../src/core/types";
import { book, sheet } from "../helpers/grid";

const header: CellValue[] = [
  "Kode IKU",
  "Indikator",
  "Bobot (%)",
  "Target",
  "Realisasi",
  "Indeks Capaian",
];
const rows: CellValue[][] = [
  ["1a-N", "Nilai IKPA", 40, 90, 93.6, 1.04],
  ["2a-CP", "Satker mitra yang mengimplementasikan", 30, 40, 58, 1.45],
  ["3a-N", "Persentase rekonsiliasi", 30, 100, 100, 1],
];

const mismatches = (formulas?: (string | null)[][]) =>
  analyzeWorkbook(book(sheet("NKO", [header, ...rows], formulas ? { formulas } : {})))
    .report.anomalies.filter((a) => a.rule === "CAPAIAN_MISMATCH")
    .map((a) => [a.cell, a.expected]);

describe("an NKO index capped at 120%", () => {
  test("the table's index formulas cap (MIN(…;1,2)): a typed 145% is named, 120% expected", () => {
    const f = (r: number): (string | null)[] => [
      null,
      null,
      null,
      null,
      null,
      `MIN(E${r}/D${r},1.2)`,
    ];
    expect(mismatches([[], f(2), [], f(4)])).toEqual([["F3", 1.2]]);
  });

  test("a weighted table whose index does not cap: 145% = R/T agrees", () => {
    expect(mismatches()).toEqual([]);
  });
});
