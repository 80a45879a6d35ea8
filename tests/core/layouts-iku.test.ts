// Issue 8, the IKU / capaian classes of the corpus: each class on small grids of at least two shapes.
import { analyzeWorkbook } from "../../src/core";
import type { Report, SheetSnapshot } from "../../src/core/types";
import { book, sheet } from "../helpers/grid";

const run = (s: SheetSnapshot, config = {}) => analyzeWorkbook(book(s), config).report;
const loud = (r: Report) => r.anomalies.filter((a) => a.severity !== "info");

describe("kinerja columns repeated per year: the latest year is reported (class 3)", () => {
  test("Target / Realisasi / Capaian each per year, grouped by kind", () => {
    const r = run(
      sheet("S", [
        [
          "Indikator Kinerja",
          "Target 2019",
          "Target 2020",
          "Realisasi 2019",
          "Realisasi 2020",
          "Capaian 2019 (%)",
          "Capaian 2020 (%)",
        ],
        ["IKM", 80, 84, 88, 90, 110, 107.14],
        ["Desa berkembang", 65, 70, 66, 63, 101.54, 90],
        ["LPJ baik", 40, 50, 40, 50, 100, 100],
      ])
    );
    expect(r.tables[0].columns).toMatchObject({ target: "C", realisasi: "E", capaian: "G" });
    expect(r.indicators.map((i) => i.capaian)).toEqual([90 / 84, 0.9, 1]);
    expect(loud(r)).toEqual([]);
  });

  test("one Target | Realisasi | Capaian group per year, the earlier year first", () => {
    const r = run(
      sheet("S", [
        [
          "Indikator",
          "Target 2023",
          "Realisasi 2023",
          "Capaian 2023",
          "Target 2024",
          "Realisasi 2024",
          "Capaian 2024",
        ],
        ["A", 10, 9, 90, 12, 12, 100],
        ["B", 200, 210, 105, 220, 198, 90],
        ["C", 5, 5, 100, 6, 3, 50],
      ])
    );
    expect(r.tables[0].columns).toMatchObject({ target: "E", realisasi: "F", capaian: "G" });
    expect(r.indicators.map((i) => i.capaian)).toEqual([1, 0.9, 0.5]);
  });

  test("headers naming no year keep the header roles (the first group)", () => {
    const r = run(
      sheet("S", [
        [
          "Indikator",
          "Target",
          "Realisasi",
          "Capaian",
          "Target Renstra",
          "Realisasi s.d.",
          "Capaian Renstra",
        ],
        ["A", 10, 9, 90, 50, 40, 80],
        ["B", 20, 20, 100, 100, 60, 60],
        ["C", 4, 5, 125, 20, 10, 50],
      ])
    );
    expect(r.indicators.map((i) => i.capaian)).toEqual([0.9, 1, 1.25]);
  });
});
