// Issue 8 class 3: kinerja tables that name no indicator in their rows — a one-IKU line under its caption, and a
// trend table following one IKU down the years (detect/titled-line.ts, the trend branch of infer-columns).
import { analyzeWorkbook } from "../../src/core";
import type { Report, SheetSnapshot } from "../../src/core/types";
import { book, sheet } from "../helpers/grid";

const run = (s: SheetSnapshot) => analyzeWorkbook(book(s)).report;
const loud = (r: Report) => r.anomalies.filter((a) => a.severity !== "info");

describe("a titled line: Target | Realisasi | Capaian over one row, the caption names the IKU", () => {
  test("caption, header and one row of id-ID text numbers (a report transcribed)", () => {
    const caption = "10 Perbandingan Capaian Kinerja Indeks Kepuasan Pengguna Layanan Tahun 2021";
    const r = run(
      sheet("S", [
        [caption],
        [null, "Target 2021", "Realisasi Tahun 2021", "Capaian"],
        [null, "4,64", "4,93", "106,25"],
      ])
    );
    expect(r.tables[0].kind).toBe("indicators");
    expect(r.indicators).toHaveLength(1);
    expect(r.indicators[0].name).toBe(caption);
    expect(r.indicators[0].capaian).toBeCloseTo(4.93 / 4.64, 9);
    expect(loud(r)).toEqual([]);
  });

  test("a blank line between caption and header, numbers typed, a wrong capaian is named", () => {
    const r = run(
      sheet("S", [
        ["Tabel 3.2 Persentase Satker dengan Nilai IKPA Baik"],
        [],
        ["Target", "Realisasi", "% Capaian"],
        [90, 81, 95],
      ])
    );
    expect(r.indicators.map((i) => i.name)).toEqual([
      "Tabel 3.2 Persentase Satker dengan Nilai IKPA Baik",
    ]);
    expect(r.indicators[0].capaian).toBeCloseTo(0.9, 9);
    expect(loud(r).map((a) => [a.rule, a.cell])).toEqual([["CAPAIAN_MISMATCH", "C4"]]);
  });

  test("without a caption the line names nothing: no indicator is invented", () => {
    const r = run(
      sheet("S", [
        ["Target", "Realisasi", "Capaian"],
        [90, 81, 90],
      ])
    );
    expect(r.indicators).toEqual([]);
  });
});

describe("a trend table: one row per year for one IKU", () => {
  const years = (rows: Array<[number, string | number, string | number]>) =>
    rows.map(([y, real, target]) => [y, real, target]);

  test("a loss rate (UFW) is better lower: capaian 2 − R/T; years before any target are not missing", () => {
    const r = run(
      sheet("S", [
        ["Tabel 11. Perkembangan Tingkat Air yang Hilang Tahun 2004-2009"],
        [],
        ["Tahun", "UFW (%)", "Target Teknis", "Perubahan"],
        ...years([
          [2004, "47,93", "-"],
          [2005, "50,40", "64,82"],
          [2006, "51,10", "71,41"],
          [2007, "50,52", "75,40"],
        ]).map((row, i) => [...row, i === 0 ? "-" : ["77,75", "71,56", "67,00"][i - 1]]),
      ])
    );
    const t = r.tables[0];
    expect(t.kind).toBe("indicators");
    expect(t.columns).toMatchObject({ indikator: "A", realisasi: "B", target: "C", capaian: "D" });
    const caps = r.indicators.map((i) => i.capaian);
    expect(caps[0]).toBeNull();
    expect(caps[1]).toBeCloseTo(2 - 50.4 / 64.82, 9);
    expect(caps[3]).toBeCloseTo(2 - 50.52 / 75.4, 9);
    expect(r.indicators.every((i) => i.polarity !== "positive")).toBe(true);
    expect(r.anomalies.filter((a) => a.rule === "MISSING_TARGET")).toEqual([]);
  });

  test("an index per year (better higher), the ratio column headed by nothing it names", () => {
    const r = run(
      sheet("S", [
        ["Perkembangan Indeks Kepuasan Masyarakat 2020-2023"],
        ["Periode", "Target", "Realisasi", "Perbandingan"],
        [2020, 80, 82, 102.5],
        [2021, 82, 81, 98.78],
        [2022, 84, 86, 102.38],
        [2023, 85, 88, 103.53],
      ])
    );
    expect(r.tables[0].columns).toMatchObject({ target: "B", realisasi: "C", capaian: "D" });
    expect(r.indicators.map((i) => i.capaian)).toEqual([82 / 80, 81 / 82, 86 / 84, 88 / 85]);
    expect(r.indicators.every((i) => i.polarity === "positive")).toBe(true);
    expect(loud(r)).toEqual([]);
  });
});
