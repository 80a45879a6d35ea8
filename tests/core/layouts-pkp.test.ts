// Issue 8, the puskesmas PKP instrument (Penilaian Kinerja Puskesmas): Target T (%), Total sasaran S, Target
// sasaran = T × S, Pencapaian P, % cakupan riil = P / S, % cakupan terhadap target = P / (T × S), group headings
// per upaya / program. The capaian is P over the derived target, whatever the columns are called.
import { analyzeWorkbook } from "../../src/core";
import type { Report, SheetSnapshot } from "../../src/core/types";
import { book, sheet } from "../helpers/grid";

const run = (s: SheetSnapshot) => analyzeWorkbook(book(s)).report;
const loud = (r: Report) =>
  r.anomalies.filter((a) => a.severity !== "info").map((a) => `${a.cell}:${a.rule}`);
const capaian = (r: Report) =>
  Object.fromEntries(r.indicators.map((i) => [i.row, Math.round((i.capaian ?? NaN) * 1e4) / 1e4]));

describe("the PKP form: capaian over the derived target", () => {
  test("coded headings, T in points, a typed % cakupan that is off", () => {
    const r = run(
      sheet("PKP", [
        [
          "No",
          "Upaya Kesehatan / Kegiatan",
          "Target (T) dalam %",
          "Satuan",
          "Total Sasaran (S)",
          "Target Sasaran (TxS)",
          "Pencapaian (P)",
          "% Cakupan Riil",
          "% Cakupan terhadap Target",
        ],
        ["2.1.1", "Promosi Kesehatan", null, null, null, null, null, null, null],
        ["1", "Rumah tangga dikaji", 20, "RT", 3000, 600, 630, 21, 105],
        ["2", "Sekolah dikaji", 50, "sekolah", 40, 20, 30, 75, 150],
        ["2.1.2", "Kesehatan Keluarga", null, null, null, null, null, null, null],
        ["1", "Kunjungan K4", 100, "bumil", 500, 500, 450, 90, 90],
        ["2", "Balita ditimbang", 80, "balita", 1000, 800, 720, 72, 92],
      ])
    );
    const t = r.tables[0];
    expect(t.kind).toBe("indicators");
    expect(t.columns).toMatchObject({ target: "F", realisasi: "G", capaian: "I" });
    // 630/600, 30/20, 450/500, 720/800 — not P/S (the cakupan riil) and not T = T×S / S.
    expect(capaian(r)).toEqual({ 3: 1.05, 4: 1.5, 6: 0.9, 7: 0.9 });
    // The headings are groups: no missing target or realisasi on them; they name the indicators below.
    expect(r.indicators.map((i) => i.sasaran)).toEqual([
      "Promosi Kesehatan",
      "Promosi Kesehatan",
      "Kesehatan Keluarga",
      "Kesehatan Keluarga",
    ]);
    expect(loud(r)).toEqual(["I7:CAPAIAN_MISMATCH"]);
  });

  test("names under 'Kegiatan', headings in another column, a capped % kinerja under a merged group header", () => {
    const a = analyzeWorkbook(
      book(
        sheet(
          "Lampiran",
          [
            [
              "No",
              "Upaya Kesehatan",
              "Kegiatan",
              "Target Tahun 2019 (T) dalam %",
              "Total sasaran (S)",
              "Target Sasaran",
              "Pencapaian",
              "% Kinerja Puskesmas",
              null,
            ],
            [null, null, null, null, null, null, null, "Sub Variabel", "Variabel"],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"],
            [null, "Pelayanan Non Rawat Inap", null, null, null, null, null, null, 80.2],
            [null, null, "Kontak", 0.5, 12, 6, 9, 100, null],
            [null, null, "Rekam medik", 1, 6845, 6845, 6061, 88.5, null],
            [null, null, "Konseling gizi", 0.05, 640, 32, 109, 100, null],
            [null, null, "Informed consent", 1, 2667, 2667, 2667, 100, null],
            [null, null, "Gigi", 1, 710, 710, 205, 28.9, null],
          ],
          { merges: ["H1:I1"] }
        )
      )
    );
    const r = a.report;
    const t = a.tables[0];
    expect(t.headerTop).toBe(0);
    expect(t.headerBottom).toBe(1);
    expect(t.columns).toMatchObject({
      indikator: "C",
      sasaran: "B",
      target: "F",
      realisasi: "G",
      capaian: "H",
    });
    // Uncapped: 9/6 = 150%, 109/32 = 340,6% (the sheet shows 100, its cap).
    expect(capaian(r)).toEqual({ 5: 1.5, 6: 0.8855, 7: 3.4063, 8: 1, 9: 0.2887 });
    expect(r.indicators[0].sasaran).toBe("Pelayanan Non Rawat Inap");
  });

  test("a blank indicator between indicators of its own numbering is still missing its values", () => {
    const r = run(
      sheet("IKU", [
        ["No", "Indikator", "Target", "Realisasi", "Capaian (%)"],
        [1, "Indeks kepuasan", 80, 84, 105],
        [2, "Layanan selesai", null, null, null],
        [3, "Dokumen terbit", 10, 10, 100],
      ])
    );
    expect(r.indicators.map((i) => i.row)).toEqual([2, 3, 4]);
    expect(loud(r)).toEqual(expect.arrayContaining(["C3:MISSING_TARGET", "D3:MISSING_REALISASI"]));
  });
});
