// Issue 8 class 3: one-IKU calculation blocks with no header row (detect/label-blocks.ts): TARGET line, components,
// TOTAL; the capaian is TOTAL / TARGET on the target line, and a TOTAL that is not the components' sum is named.
import { analyzeWorkbook } from "../../src/core";
import type { CellValue } from "../../src/core/types";
import { book, sheet } from "../helpers/grid";

const run = (rows: CellValue[][]) => analyzeWorkbook(book(sheet("S", rows))).report;

describe("headerless vertical blocks: TARGET IKU n / components / TOTAL", () => {
  test("a block at the top of the sheet, CAPAIAN beside the target", () => {
    const r = run([
      ["TARGET IKU 5", 0.3, "CAPAIAN"],
      ["REALISASI", "REALISASI", "CAPAIAN"],
      ["Karya dosen terekognisi", 1.08, 360],
      ["TOTAL", 1.08, 360],
    ]);
    expect(r.indicators).toHaveLength(1);
    expect(r.indicators[0]).toMatchObject({ row: 1, name: "IKU 5" });
    expect(r.indicators[0].capaian).toBeCloseTo(1.08 / 0.3, 9);
    expect(r.anomalies.filter((a) => a.rule === "TOTAL_MISMATCH")).toEqual([]);
  });

  test("a plain 'Target' line above the named one: the named line heads the block; a wrong TOTAL is named", () => {
    const r = run([
      ["Rekap triwulan III"],
      ["Target", 20],
      ["TARGET IKU 2", 20, "CAPAIAN"],
      ["Pembelajaran di luar prodi", 16.05, null],
      ["Mahasiswa inbound", 0.78, null],
      ["Mahasiswa berprestasi", 0.08, null],
      ["TOTAL", 12.5, null],
    ]);
    expect(r.indicators.map((i) => [i.row, i.name])).toEqual([[3, "IKU 2"]]);
    expect(r.indicators[0].capaian).toBeCloseTo(12.5 / 20, 9);
    const tm = r.anomalies.filter((a) => a.rule === "TOTAL_MISMATCH");
    expect(tm.map((a) => a.cell)).toEqual(["B7"]);
  });

  test("a TARGET line with no TOTAL below it is no block", () => {
    const r = run([
      ["TARGET", 10],
      ["Catatan", "lihat lampiran"],
    ]);
    expect(r.indicators).toEqual([]);
  });
});
