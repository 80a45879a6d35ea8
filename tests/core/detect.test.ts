// Table detection on layouts staff actually keep.
import { analyzeWorkbook } from "../../src/core";
import { normalizeHeader, roleOf } from "../../src/core/detect/header-roles";
import type { CellValue } from "../../src/core/types";
import { book, sheet } from "../helpers/grid";

test.each([
  ["No.", null, "no"],
  ["Sasaran Strategis", null, "sasaran"],
  ["Program/Kegiatan", null, "sasaran"],
  ["Strategic Objective", null, "sasaran"],
  ["Indikator Kinerja Kegiatan", null, "indikator"],
  ["KPI", null, "indikator"],
  ["Key Performance Indicator", null, "indikator"],
  ["Satuan", null, "satuan"],
  ["Polarity", null, "polaritas"],
  ["Jenis Agregasi", null, "agregasi"],
  ["Target Tahun 2025", null, "target"],
  ["Triwulan III", "Realisasi", "tw3"],
  ["TW 4", null, "tw4"],
  ["Kuartal II", null, "tw2"],
  ["Q1", null, "tw1"],
  ["Quarter 3", null, "tw3"],
  ["Tahunan 2025", "Realisasi", "realisasi"],
  ["Realisasi s.d. TW IV", null, "realisasi"],
  ["Annual", null, "realisasi"],
  ["Capaian (%)", null, "capaian"],
  ["% Capaian", null, "capaian"],
  ["Achievement (%)", null, "capaian"],
  ["%", "Kinerja", "capaian"],
  ["Pagu Anggaran", null, "pagu"],
  ["Budget", null, "pagu"],
  ["Realisasi", "Anggaran (Rp)", "realisasiAnggaran"],
  ["Realisasi (Rp)", null, "realisasiAnggaran"],
  ["Spent", null, "realisasiAnggaran"],
  ["%", "Anggaran", "serapan"],
  ["% Penyerapan", null, "serapan"],
  ["Absorption", null, "serapan"],
  ["Rata-rata Capaian Tahun 2025 (%)", null, "rataCapaian"],
  ["Keterangan", null, "keterangan"],
  ["Realisasi", "Kinerja", "realisasi"],
])("roleOf(%s under %s) = %s", (text, parent, role) => {
  expect(roleOf(text, parent)).toBe(role);
});

test("normalizeHeader drops case, punctuation and a trailing year", () => {
  expect(normalizeHeader("  TARGET  Tahun 2025 ")).toBe("target");
  expect(normalizeHeader("Realisasi s.d. TW IV")).toBe("realisasi sd tw iv");
});

test("header after a title block at row 25, numbering row skipped", () => {
  const rows: CellValue[][] = [];
  rows.push(["LAPORAN KINERJA 2025"], ["Unit Kerja X"]);
  while (rows.length < 24) rows.push([]);
  rows.push(["No", "Indicator", "Target", "Annual", "Achievement"]);
  rows.push([1, 2, 3, 4, 5]);
  rows.push([1, "Layanan", 10, 8, 0.8]);
  const r = analyzeWorkbook(book(sheet("S", rows))).report;
  expect(r.tables).toHaveLength(1);
  expect(r.tables[0].range).toBe("A25:E27");
  expect(r.indicators).toHaveLength(1);
  expect(r.indicators[0]).toMatchObject({ row: 27, target: 10, annual: 8 });
});

test("two tables on one sheet, separated by a blank and a title row", () => {
  const r = analyzeWorkbook(
    book(
      sheet("S", [
        ["Indikator", "Target", "Realisasi"],
        ["A", 10, 10],
        [],
        ["Tabel 2"],
        ["Kegiatan", "Pagu", "Realisasi Anggaran"],
        ["K1", 100, 90],
      ])
    )
  ).report;
  expect(r.tables.map((t) => [t.kind, t.range])).toEqual([
    ["indicators", "A1:C2"],
    ["budget", "A5:C6"],
  ]);
  expect(r.budget[0].serapan).toBeCloseTo(0.9, 10);
});

test("merged cells are not needed: a blank sasaran continues the one above", () => {
  const r = analyzeWorkbook(
    book(
      sheet("S", [
        ["Sasaran", "Indikator", "Target", "Realisasi"],
        ["S1", "A", 1, 1],
        [null, "B", 1, 1],
        ["S2", "C", 1, 1],
      ])
    )
  ).report;
  expect(r.indicators.map((i) => i.sasaran)).toEqual(["S1", "S1", "S2"]);
  expect(r.sasaran.map((s) => [s.name, s.total])).toEqual([
    ["S1", 2],
    ["S2", 1],
  ]);
});

test("a sheet with no table is skipped without noise", () => {
  const r = analyzeWorkbook(
    book(sheet("Catatan", [["Ini hanya catatan."], [], ["Lain kali."]]), sheet("Kosong", []))
  ).report;
  expect(r.tables).toEqual([]);
  expect(r.anomalies).toEqual([]);
  expect(r.problems).toEqual([]);
  expect(r.overall.capaian).toBeNull();
});

test("column overrides and a manual range from the pane", () => {
  const snap = book(
    sheet("S", [
      ["Nama", "Angka 1", "Angka 2"],
      ["A", 10, 5],
    ])
  );
  expect(analyzeWorkbook(snap).report.indicators).toHaveLength(0);
  const fixed = analyzeWorkbook(snap, {
    tables: [
      { sheet: "S", headerRow: 1, columns: { indikator: "A", target: "B", realisasi: "C" } },
    ],
  }).report;
  expect(fixed.indicators[0]).toMatchObject({ name: "A", target: 10, annual: 5, capaian: 0.5 });
  const manual = analyzeWorkbook(
    book(sheet("S", [["x"], ["Indikator", "Target", "Realisasi"], ["A", 4, 2]])),
    { manualRanges: ["S!A2:C3"] }
  ).report;
  expect(manual.tables[0].range).toBe("A2:C3");
  expect(manual.indicators[0].capaian).toBe(0.5);
});

test("the add-in's own output is not read back as the user's data", () => {
  const base = analyzeWorkbook(
    book(
      sheet("S", [
        ["Indikator", "Target", "Realisasi"],
        ["A", 4, 2],
      ])
    )
  );
  // A previous run wrote "Capaian (dihitung)" into D1:D2 and recorded it.
  const meta = {
    name: "CapaianIKU_meta",
    hidden: true,
    values: [
      ["capaian-iku-ownership:v1"],
      [
        JSON.stringify({
          version: 1,
          ranges: [{ sheet: "S", range: "D1:D2" }],
          sheets: [],
          notes: [],
          flaggedSheets: [],
          writtenAt: "x",
        }),
      ],
    ],
  };
  const again = analyzeWorkbook(
    book(
      sheet("S", [
        ["Indikator", "Target", "Realisasi", "Capaian (dihitung)"],
        ["A", 4, 2, 0.1],
      ]),
      meta
    )
  );
  expect(again.report.tables[0].columns).toEqual(base.report.tables[0].columns);
  expect(again.report.anomalies).toEqual([]);
  // A version 1 record is still read (as a legacy block) and its column, headed by our label, is ours.
  expect(again.ownership?.blocks.map((b) => [b.sheet, b.range, b.legacy])).toEqual([["S", "D1:D2", true]]);
});

test("bad input never throws", () => {
  expect(() => analyzeWorkbook(undefined as never)).not.toThrow();
  expect(
    analyzeWorkbook({
      sheets: [{ name: "x", values: [[{ error: "#N/A" }, NaN, Infinity, -0, "", true]] }],
    }).report.schemaVersion
  ).toBe(1);
  const r = analyzeWorkbook({ sheets: [] }, { cap: 7 } as never).report;
  expect(r.problems.join(" ")).toContain("config.cap");
});
