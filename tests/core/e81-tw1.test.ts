// Issue 8 class 4: the E.81 form as a TW report — K | Rp pairs for the year's target and each quarter, the
// indicator's item letter in its own column, a column-number row printed with repeats and gaps.
import { analyzeWorkbook } from "../../src/core";
import type { CellValue } from "../../src/core/types";
import { book, sheet } from "../helpers/grid";

const h1: CellValue[] = ["No", "Program / Kegiatan", "Indikator Kinerja", null, "Satuan"];
h1.push("Target Kinerja dan Anggaran Renja Tahun Berjalan", null);
const h2: CellValue[] = [null, null, null, null, null, "K", "Rp"];
const merges = ["A1:A2", "B1:B2", "C1:D2", "E1:E2", "F1:G1"];

function form(quarters: string[], rows: CellValue[][]) {
  const top = [...h1];
  const sub = [...h2];
  const m = [...merges];
  quarters.forEach((q, i) => {
    const c = 7 + i * 2;
    top.push(`Realisasi Kinerja ${q}`, null);
    sub.push("K", "Rp");
    m.push(`${String.fromCharCode(65 + c)}1:${String.fromCharCode(66 + c)}1`);
  });
  const nums: CellValue[] = ["1", "1", "2", null, "3", "4", null, "7", "8"];
  return analyzeWorkbook(
    book(sheet("E81", [top, sub, nums.slice(0, top.length), ...rows], { merges: m }))
  ).report;
}

describe("E.81 as a TW I report", () => {
  test("the quarter's Rp is the spending so far; names beside their letters; the number row is skipped", () => {
    const r = form(
      ["Triwulan I"],
      [
        [
          1,
          "Program Pelayanan",
          "a",
          "Persentase pasien keluar hidup",
          "%",
          "93",
          "1.000.000,00",
          "90,82",
          "250.000,00",
        ],
        [
          1,
          "Program Pelayanan",
          "b",
          "Status akreditasi",
          null,
          "Paripurna",
          null,
          "Diukur di TW IV",
          null,
        ],
        [
          2,
          "Kegiatan Fasilitas",
          "a",
          "Persentase elemen akreditasi",
          "%",
          "95",
          "400.000,00",
          "50",
          "100.000,00",
        ],
      ]
    );
    const t = r.tables[0];
    expect(t.kind).toBe("indicators");
    expect(t.columns).toMatchObject({
      indikator: "D",
      target: "F",
      pagu: "G",
      tw1: "H",
      realisasiAnggaran: "I",
    });
    expect(r.indicators.map((i) => i.name)).toEqual([
      "Persentase pasien keluar hidup",
      "Status akreditasi",
      "Persentase elemen akreditasi",
    ]);
    expect(r.indicators[0].capaian).toBeCloseTo(90.82 / 93, 9);
    expect(r.budget.map((b) => b.serapan)).toEqual([0.25, 0.25]);
    expect(r.anomalies.filter((a) => a.rule === "DUPLICATE_INDICATOR")).toEqual([]);
  });

  test("four quarters of their own and no annual pair: no quarter's Rp is taken for the year's spending", () => {
    const r = form(
      ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"],
      [
        [1, "Program A", "a", "Cakupan layanan", "%", 80, 1000, 20, 200, 20, 250, 20, 250, 20, 250],
        [
          2,
          "Program B",
          "a",
          "Dokumen tersusun",
          "dokumen",
          4,
          2000,
          1,
          500,
          1,
          500,
          1,
          500,
          1,
          400,
        ],
      ]
    );
    expect(r.tables[0].kind).toBe("indicators");
    expect(r.tables[0].columns).toMatchObject({ target: "F", pagu: "G", tw1: "H", tw4: "N" });
    expect(r.tables[0].columns.realisasiAnggaran).toBeUndefined();
  });
});
