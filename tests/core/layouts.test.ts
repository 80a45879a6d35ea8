// Issue 8: the classes of tables staff actually keep, each heuristic on at least two differently shaped grids.
import { analyzeWorkbook } from "../../src/core";
import type { CellValue, Report, SheetSnapshot } from "../../src/core/types";
import { book, sheet } from "../helpers/grid";

const run = (s: SheetSnapshot, config = {}) => analyzeWorkbook(book(s), config).report;
const errors = (r: Report) => r.anomalies.filter((a) => a.severity !== "info");
const at = (r: Report, rule: string) =>
  r.anomalies.filter((a) => a.rule === rule).map((a) => `${a.cell}:${a.severity}`);

// ------------------------------------------------------------------ class 5: "Jumlah …" indicators

describe("indicators named Jumlah/Total/Rata-rata (class 5)", () => {
  test("rows without a No. whose indicator starts with Jumlah, with a satuan, are indicators of the sasaran above", () => {
    const r = run(
      sheet("IKU", [
        ["No", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"],
        [1, "Meningkatnya layanan", "Indeks kepuasan", "indeks", 80, 84, 1.05],
        [null, null, "Jumlah pengaduan selesai", "kasus", 100, 90, 0.9],
        [null, null, "Rata-rata waktu layanan", "hari", 5, 4, 1.2],
        [2, "Tata kelola", "Total temuan ditindaklanjuti", "temuan", 10, 10, 1],
      ])
    );
    expect(r.indicators.map((i) => i.name)).toEqual([
      "Indeks kepuasan",
      "Jumlah pengaduan selesai",
      "Rata-rata waktu layanan",
      "Total temuan ditindaklanjuti",
    ]);
    expect(r.indicators[1].sasaran).toBe("Meningkatnya layanan");
    expect(r.indicators[2].polarity).toBe("negative");
    expect(errors(r)).toEqual([]);
  });

  test("no satuan column: the row's own target keeps it an indicator; a bare Jumlah row stays a total", () => {
    const r = run(
      sheet("S", [
        ["Indikator Kinerja", "Target", "TW I", "TW II", "Realisasi"],
        ["Jumlah desa terlayani", 40, 20, 22, 42],
        ["Jumlah", 40, 20, 22, 42],
      ])
    );
    expect(r.indicators.map((i) => i.name)).toEqual(["Jumlah desa terlayani"]);
    expect(r.tables[0].range).toBe("A1:E3");
  });
});

// ------------------------------------------------------------------ class 3: meaning from arithmetic

describe("ratio columns whatever their header (class 3)", () => {
  test('"Capaian" holding the achieved value, "% Capaian" the ratio', () => {
    const r = run(
      sheet("S", [
        ["Indikator", "Target", "Capaian", "% Capaian"],
        ["A", 200, 150, 75],
        ["B", 10, 12, 120],
        ["C", 50, 50, 100],
        ["D", 8, 6, 80],
      ])
    );
    expect(r.tables[0].columns).toMatchObject({ target: "B", realisasi: "C", capaian: "D" });
    expect(r.indicators.map((i) => i.capaian)).toEqual([0.75, 1.2, 1, 0.75]);
    // D5 typed 80 where 6/8 = 75%: the one row that breaks the relation is the anomaly.
    expect(at(r, "CAPAIAN_MISMATCH")).toEqual(["D5:error"]);
    expect(r.tables[0].reasons!.join(" ")).toContain("D = C/B");
  });

  test('"Capaian Realisasi Anggaran (%)" is serapan when it equals realisasi / pagu (in points)', () => {
    const r = run(
      sheet("S", [
        ["Program", "Pagu", "Realisasi", "Capaian Realisasi Anggaran (%)"],
        ["P1", 1_000_000_000, 881_100_000, 88],
        ["P2", 500_000_000, 250_000_000, 50],
        ["P3", 200_000_000, 190_000_000, 95],
      ])
    );
    expect(r.tables[0]).toMatchObject({
      kind: "budget",
      columns: { pagu: "B", realisasiAnggaran: "C", serapan: "D" },
    });
    expect(r.budget.map((b) => b.serapan)).toEqual([0.8811, 0.5, 0.95]);
    // 88 typed without decimals for 88,11%: agrees to its displayed precision → info, not an error.
    expect(errors(r)).toEqual([]);
    expect(at(r, "ABSORPTION_MISMATCH")).toEqual(["D2:info"]);
  });

  test("negative polarity rows (2 − R/T) still prove the capaian column", () => {
    const r = run(
      sheet("S", [
        ["Uraian", "Sasaran Mutu", "Hasil", "Nilai (%)"],
        ["Angka kematian", 10, 8, 120],
        ["Waktu tunggu (menurunnya)", 60, 45, 125],
        ["Kepuasan", 80, 88, 110],
      ])
    );
    const t = r.tables[0];
    expect(t.columns).toMatchObject({ target: "B", realisasi: "C", capaian: "D" });
    expect(t.reasons!.join(" ")).toMatch(/polaritas negatif/);
  });

  test("a plain Realisasi beside Pagu is spending; REALISASI merged over (Rp) and (%)", () => {
    const a = run(
      sheet("S", [
        ["Kegiatan", "Pagu", "Realisasi"],
        ["K1", 100, 90],
        ["K2", 300, 150],
      ])
    );
    expect(a.tables[0].columns).toMatchObject({ pagu: "B", realisasiAnggaran: "C" });
    expect(a.budget.map((b) => b.serapan)).toEqual([0.9, 0.5]);

    const b = run(
      sheet(
        "S",
        [
          ["NO", "URAIAN", "PAGU", "REALISASI", null],
          [null, null, null, "(Rp)", "(%)"],
          [1, "Belanja Pegawai", 1_200_000, 1_000_000, 83.33],
          [2, "Belanja Barang", 800_000, 800_000, 100],
        ],
        { merges: ["D1:E1", "A1:A2", "B1:B2", "C1:C2"] }
      )
    );
    expect(b.tables[0]).toMatchObject({
      kind: "budget",
      range: "A1:E4",
      columns: { pagu: "C", realisasiAnggaran: "D", serapan: "E" },
    });
    expect(b.budget.map((x) => x.serapan)).toEqual([1_000_000 / 1_200_000, 1]);
    expect(errors(b)).toEqual([]);
  });

  test('"Capaian Kinerja (%)" in a budget table: efficiency computed from it', () => {
    const r = run(
      sheet("S", [
        ["Kegiatan", "Pagu Anggaran", "Realisasi Anggaran", "% Serapan", "Capaian Kinerja (%)"],
        ["K1", 1000, 900, 0.9, 0.99],
        ["K2", 2000, 1000, 0.5, 0.6],
      ])
    );
    expect(r.budget[0]).toMatchObject({ serapan: 0.9, capaianKinerja: 0.99 });
    expect(r.budget[0].efisiensi).toBeCloseTo(1.1, 10);
    expect(r.budget[1].efisiensi).toBeCloseTo(1.2, 10);
  });

  test("several Anggaran/Realisasi/% groups in one row give a line per group", () => {
    const r = run(
      sheet(
        "S",
        [
          ["Uraian", "Tahun 2023", null, null, "Tahun 2024", null, null],
          [null, "Anggaran", "Realisasi", "%", "Anggaran", "Realisasi", "%"],
          ["Dinas A", 1000, 800, 80, 2000, 1900, 95],
          ["Dinas B", 500, 500, 100, 400, 100, 25],
          ["Dinas C", 100, 50, 50, 300, 150, 50],
        ],
        { merges: ["B1:D1", "E1:G1", "A1:A2"] }
      )
    );
    expect(r.tables).toHaveLength(1);
    const lines = r.budget.map((b) => [b.row, b.serapan]);
    // The rightmost group (the latest year) is the row's own line; the earlier year is a group line after it.
    expect(lines).toEqual([
      [3, 0.95],
      [3, 0.8],
      [4, 0.25],
      [4, 1],
      [5, 0.5],
      [5, 0.5],
    ]);
    expect(r.budget.filter((b) => b.group).map((b) => b.group)).toEqual([
      "Tahun 2023",
      "Tahun 2023",
      "Tahun 2023",
    ]);
    // Revenue above its target is good news, not an overspend.
    expect(errors(r)).toEqual([]);
  });
});

// ------------------------------------------------------------------ class 1: budget hierarchies

describe("budget hierarchies (class 1)", () => {
  const hier = (jumlahPagu: number, subPagu: number): CellValue[][] => [
    ["Kode", "Uraian", "Pagu", "Realisasi", "%"],
    [1, 2, 3, 4, 5],
    ["A", "Program Penunjang", 1500, 1200, 0.8],
    ["I", "Kegiatan Administrasi", 1000, 800, 0.8],
    ["1.1", "Sub kegiatan gaji", 600, 500, 500 / 600],
    ["1.2", "Sub kegiatan ATK", subPagu, 300, 300 / subPagu],
    ["II", "Kegiatan Perencanaan", 500, 400, 0.8],
    ["2.1", "Penyusunan Renja", 500, 400, 0.8],
    ["JUMLAH", null, jumlahPagu, 1200, 0.8],
  ];

  test("parents sum their children and are not counted twice in JUMLAH", () => {
    const r = run(sheet("Belanja", hier(1500, 400)));
    expect(errors(r)).toEqual([]);
    // The JUMLAH row is a line of its own (its serapan is the table's), marked as a parent like the others.
    expect(r.budget.filter((b) => b.parent).map((b) => b.row)).toEqual([3, 4, 7, 9]);
    expect(r.budget).toHaveLength(7);
    // The column-number row is not data.
    expect(r.budget[0].row).toBe(3);
  });

  test("a sub-total that does not add up is TOTAL_MISMATCH at the parent", () => {
    const r = run(sheet("Belanja", hier(1500, 450)));
    expect(at(r, "TOTAL_MISMATCH")).toEqual(["C4:error"]);
  });

  test("SIPD codes and text amounts; zero typed as 0,00 and -", () => {
    const r = run(
      sheet("LRA", [
        ["Kode Rekening", "Uraian", "Anggaran", "Realisasi", "%"],
        ["5", "BELANJA", "10.701.893.800,00", "9.000.000.000,00", "84,10"],
        ["5.1", "BELANJA OPERASI", "10.701.893.800,00", "9.000.000.000,00", "84,10"],
        ["5.1.01", "Belanja Pegawai", "8.000.000.000,00", "7.000.000.000,00", "87,50"],
        ["5.1.02", "Belanja Barang dan Jasa", "2.701.893.800,00", "2.000.000.000,00", "74,02"],
        ["5.1.05", "Belanja Hibah", "0,00", "-", "0,00"],
      ])
    );
    expect(r.tables[0].kind).toBe("budget");
    expect(r.budget.map((b) => b.serapan && Math.round(b.serapan * 10000) / 10000)).toEqual([
      0.841,
      0.841,
      0.875,
      0.7402,
      null,
    ]);
    expect(r.budget.filter((b) => b.parent).map((b) => b.row)).toEqual([2, 3]);
    expect(errors(r)).toEqual([]);
    expect(r.anomalies.filter((a) => a.rule === "NUMBER_AS_TEXT")).toHaveLength(3);
  });

  test("without codes, a row equal to the sum of the rows below it is their parent", () => {
    const r = run(
      sheet("S", [
        ["Uraian", "Pagu", "Realisasi"],
        ["Program Layanan", 300, 250],
        ["Kegiatan 1", 100, 100],
        ["Kegiatan 2", 200, 150],
        ["Program Dukungan", 50, 40],
        ["Total", 350, 290],
      ])
    );
    expect(r.budget.filter((b) => b.parent).map((b) => b.row)).toEqual([2, 6]);
    expect(errors(r)).toEqual([]);
  });

  test("a total of rounded rows off by a unit of its last digit is info, not an error", () => {
    const r = run(
      sheet("S", [
        ["Uraian", "Pagu (Rp juta)", "Realisasi (Rp juta)"],
        ["A", 10.4, 9.6],
        ["B", 20.4, 19.6],
        ["Jumlah", 30.9, 29.3],
      ])
    );
    expect(at(r, "TOTAL_MISMATCH")).toEqual(["B4:info", "C4:info"]);
  });
});

// ------------------------------------------------------------------ class 4: E.81 and NKO

describe("the E.81 Renja evaluation form and the Kemenkeu NKO table (class 4)", () => {
  test("E.81: TW I–IV as K | Rp pairs, three header rows, tingkat capaian K and Rp", () => {
    const h1: CellValue[] = [
      "No",
      "Kode",
      "Urusan/Program/Kegiatan",
      "Indikator Kinerja Program/Kegiatan",
      "Target Renstra SKPD pada Tahun 2029",
      null,
      "Realisasi Capaian Kinerja Renstra SKPD s.d. Tahun lalu",
      null,
      "Target Kinerja dan Anggaran Renja SKPD Tahun Berjalan",
      null,
      "Realisasi Kinerja Pada Triwulan",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "Realisasi Capaian Kinerja dan Anggaran Renja SKPD yang dievaluasi",
      null,
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja SKPD yang dievaluasi (%)",
      null,
    ];
    const h2: CellValue[] = [null, null, null, null, null, null, null, null, null, null];
    h2.push("I", null, "II", null, "III", null, "IV", null, null, null, null, null);
    const h3: CellValue[] = [null, null, null, null, "K", "Rp", "K", "Rp", "K", "Rp"];
    h3.push("K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp");
    const nums: CellValue[] = Array.from({ length: 22 }, (_, i) => i + 1);
    const data: CellValue[] = [1, "1.02.01", "Program Pelayanan Kesehatan", "Cakupan layanan (%)"];
    data.push(100, 5_000_000, 60, 2_000_000, 80, 1_000_000);
    data.push(20, 200_000, 20, 250_000, 20, 250_000, 20, 250_000);
    data.push(80, 950_000, 1, 0.95);
    const data2: CellValue[] = [2, "1.02.02", "Program Gizi", "Balita ditimbang (anak)"];
    data2.push(500, 3_000_000, 300, 1_000_000, 100, 800_000);
    data2.push(30, 200_000, 20, 200_000, 20, 200_000, 20, 100_000);
    data2.push(90, 700_000, 0.9, 0.875);
    const merges = ["E1:F1", "G1:H1", "I1:J1", "K1:R1", "S1:T1", "U1:V1", "K2:L2", "M2:N2"];
    merges.push("O2:P2", "Q2:R2", "A1:A3", "B1:B3", "C1:C3", "D1:D3");
    const r = run(sheet("E81", [h1, h2, h3, nums, data, data2], { merges }));
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].columns).toMatchObject({
      indikator: "D",
      target: "I",
      pagu: "J",
      tw1: "K",
      tw2: "M",
      tw3: "O",
      tw4: "Q",
      realisasi: "S",
      realisasiAnggaran: "T",
      capaian: "U",
      serapan: "V",
    });
    expect(r.indicators.map((i) => i.capaian)).toEqual([1, 0.9]);
    expect(r.budget.map((b) => b.serapan)).toEqual([0.95, 0.875]);
    expect(errors(r)).toEqual([]);
  });

  test("E.81 with two header rows and cumulative TW columns (s.d.)", () => {
    const r = run(
      sheet(
        "Evaluasi",
        [
          [
            "Program/Kegiatan",
            "Indikator",
            "Target",
            null,
            "Realisasi s.d. TW II",
            null,
            "Realisasi s.d. TW IV",
            null,
            "Tingkat Capaian",
            null,
          ],
          [null, null, "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp"],
          ["Kegiatan A", "Dokumen (dok)", 10, 1000, 4, 400, 10, 900, 1, 0.9],
          ["Kegiatan B", "Rapat (kali)", 12, 600, 6, 300, 9, 450, 0.75, 0.75],
        ],
        { merges: ["C1:D1", "E1:F1", "G1:H1", "I1:J1", "A1:A2", "B1:B2"] }
      )
    );
    expect(r.tables[0].columns).toMatchObject({
      target: "C",
      pagu: "D",
      tw2: "E",
      tw4: "G",
      realisasiAnggaran: "H",
      capaian: "I",
      serapan: "J",
    });
    expect(r.indicators.map((i) => i.capaian)).toEqual([1, 0.75]);
    expect(errors(r)).toEqual([]);
  });

  test("NKO = Σ bobot × min(capaian, 120%) / Σ bobot, checked against the stated one", () => {
    const r = run(
      sheet("NKO", [
        ["No", "Indikator Kinerja Utama", "Bobot", "Target", "Realisasi", "Capaian"],
        [1, "Opini BPK", 0.2, 100, 100, 1],
        [2, "Persentase penyelesaian", 0.5, 80, 120, 1.5],
        [3, "Indeks kepuasan", 0.3, 4, 3, 0.75],
        ["NKO", null, null, null, null, 1.0],
      ])
    );
    const expected = (0.2 * 1 + 0.5 * 1.2 + 0.3 * 0.75) / 1;
    expect(r.nko).toHaveLength(1);
    expect(r.nko![0].value).toBeCloseTo(expected, 12);
    expect(r.nko![0].row).toBe(5);
    expect(r.indicators).toHaveLength(3);
    expect(at(r, "AVERAGE_MISMATCH")).toEqual(["F5:warning"]);
  });

  test("NKO with weights in points and the score under the table", () => {
    const r = run(
      sheet("Sheet1", [
        ["IKU", "Bobot (%)", "Target", "Realisasi", "% Capaian"],
        ["A", 40, 10, 10, 100],
        ["B", 60, 10, 13, 130],
        [],
        ["Nilai Kinerja Organisasi", null, null, null, 112],
      ])
    );
    expect(r.nko![0].value).toBeCloseTo((40 * 1 + 60 * 1.2) / 100, 12);
    expect(r.nko![0].reported).toBeCloseTo(1.12, 12);
    expect(at(r, "AVERAGE_MISMATCH")).toEqual([]);
  });
});

// ------------------------------------------------------------------ exports, blocks and trends (classes 1–3)

describe("SIPD/SAKTI exports and one-IKU layouts", () => {
  test("codes over several columns link a row to its parent even when the export lists it elsewhere", () => {
    const rows: CellValue[][] = [
      ["Kode", null, null, "Uraian", "Anggaran", "Realisasi"],
      ["1.02", null, null, "URUSAN KESEHATAN", 300, 250],
      ["1.02", "1.02.0.00.01.0000", null, "Dinas Kesehatan", 100, 90],
      ["1.02", "1.02.0.00.01.0000", "1.02.01", "Program Penunjang", 100, 90],
      ["2.14", null, null, "URUSAN KB", 50, 40],
      ["2.14", "1.02.0.00.01.0000", null, "Dinas Kesehatan", 50, 40],
      // The RSUD under urusan 1.02, listed after urusan 2.14 as SIPD does.
      ["1.02", "1.02.0.00.01.0001", null, "RSUD", 200, 160],
      ["1.02", "1.02.0.00.01.0001", "1.02.01", "Program Penunjang", 200, 160],
    ];
    const r = run(sheet("DPA", rows, { merges: ["A1:C1"] }));
    expect(errors(r)).toEqual([]);
    expect(r.budget.filter((b) => b.parent).map((b) => b.row)).toEqual([2, 3, 5, 7]);
    rows[1][4] = 310;
    expect(at(run(sheet("DPA", rows, { merges: ["A1:C1"] })), "TOTAL_MISMATCH")).toEqual([
      "E2:error",
    ]);
  });

  test("a kegiatan code and akun codes of the same length are different levels (SPJ)", () => {
    const r = run(
      sheet("SPJ", [
        ["Kode Rekening", "Uraian", "Jumlah Anggaran", "Jumlah SPJ", "Sisa Pagu Anggaran", "%"],
        ["5.02.01.1.01.0001", "Penyusunan Dokumen", 250, 200, 50, 0.8],
        ["5.1.02.01.01.0024", "Alat tulis", 100, 90, 10, 0.9],
        ["5.1.02.01.01.0026", "Bahan cetak", 150, 110, 40, 110 / 150],
        ["5.02.01.1.06.0001", "Jasa surat", 60, 30, 30, 0.5],
        ["5.1.02.02.01.0063", "Pengiriman", 60, 30, 30, 0.5],
        ["JUMLAH", null, 310, 230, 80, 230 / 310],
      ])
    );
    expect(r.tables[0].columns).toMatchObject({ pagu: "C", realisasiAnggaran: "D", serapan: "F" });
    expect(r.budget.filter((b) => b.parent).map((b) => b.row)).toEqual([2, 5, 7]);
    expect(errors(r)).toEqual([]);
  });

  test("#DIV/0! of a zero budget is a note; of a filled one an error", () => {
    const r = run(
      sheet(
        "S",
        [
          ["Uraian", "Pagu", "Realisasi", "%"],
          ["A", 100, 50, 0.5],
          ["B", 0, 0, { error: "#DIV/0!" }],
          ["C", 10, 5, { error: "#DIV/0!" }],
        ],
        { formulas: [[], [], [null, null, null, "=C3/B3"], [null, null, null, "=C4/B4"]] }
      )
    );
    expect(at(r, "FORMULA_ERROR")).toEqual(["D3:info", "D4:error"]);
  });

  test("#DIV/0! on a capaian cell whose target is 0 is a warning, in two layouts", () => {
    // Target column then realisasi then capaian (=F/E).
    const a = run(
      sheet(
        "IKU",
        [
          ["No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"],
          [1, "Kunjungan K4", "orang", 100, 90, 0.9],
          [2, "Skrining HIV", "orang", 0, 0, { error: "#DIV/0!" }],
        ],
        { formulas: [[], [], [null, null, null, null, null, "=E3/D3"]] }
      )
    );
    expect(at(a, "FORMULA_ERROR")).toEqual(["F3:warning"]);
    // Capaian first, in percent points (=D/C*100), with a "-" target.
    const b = run(
      sheet(
        "PKP",
        [
          ["Indikator Kinerja", "Capaian (%)", "Target", "Realisasi"],
          ["Cakupan imunisasi", 95, 100, 95],
          ["Cakupan HIV", { error: "#DIV/0!" }, "-", 0],
        ],
        { formulas: [[], [null, "=D2/C2*100"], [null, "=D3/C3*100"]] }
      )
    );
    expect(at(b, "FORMULA_ERROR")).toEqual(["B3:warning"]);
  });

  test("a parent over its pagu only through a line below it: the line is named", () => {
    const r = run(
      sheet("S", [
        ["Kode", "Uraian", "Pagu", "Realisasi"],
        ["1", "Program", 300, 320],
        ["1.1", "Kegiatan A", 100, 150],
        ["1.2", "Kegiatan B", 200, 170],
        ["2", "Program lain", 50, 60],
        ["2.1", "Kegiatan C", 50, 60],
      ])
    );
    expect(at(r, "BUDGET_OVER")).toEqual(["D3:error", "D6:error"]);
  });

  test("a one-IKU block: TARGET, Realisasi TW I–IV, TOTAL, CAPAIAN", () => {
    const r = run(
      sheet("IKU 1", [
        ["INDIKATOR KINERJA UTAMA 1"],
        ["Jumlah permohonan paspor yang diselesaikan"],
        ["Satuan", "permohonan"],
        [],
        ["URAIAN", "NILAI", "KETERANGAN"],
        ["TARGET", 24000],
        ["Realisasi TW I", 5812],
        ["Realisasi TW II", 6455],
        ["Realisasi TW III", 6120],
        ["Realisasi TW IV", 6390],
        ["TOTAL", 24177, "rekap"],
        ["CAPAIAN", 24177 / 24000],
      ])
    );
    expect(r.indicators).toHaveLength(1);
    expect(r.indicators[0]).toMatchObject({
      row: 12,
      name: "Jumlah permohonan paspor yang diselesaikan",
      target: 24000,
      annual: 24177,
    });
    expect(at(r, "QUARTER_SUM_MISMATCH")).toEqual(["B11:error"]);
    expect(at(r, "TOTAL_MISMATCH")).toEqual([]);
  });

  test("a block without quarters: Target, Realisasi, Capaian rows in a two-column table", () => {
    const r = run(
      sheet("S", [
        ["Persentase pengawasan orang asing"],
        ["Uraian", "Nilai"],
        ["Target", 100],
        ["Realisasi", 98.75],
        ["Capaian", 0.9],
      ])
    );
    expect(r.indicators[0].capaian).toBeCloseTo(0.9875, 10);
    expect(at(r, "CAPAIAN_MISMATCH")).toEqual(["B5:error"]);
  });

  test("a trend table: one row per year, the year names the row", () => {
    const r = run(
      sheet("Tren", [
        ["Tahun", "Target", "Realisasi", "Capaian"],
        [2022, 120, 126, 1.05],
        [2023, 130, 128, 128 / 130],
        [2024, 140, 151, 151 / 140],
        ["Rata-rata", null, null, (1.05 + 128 / 130) / 2],
      ])
    );
    expect(r.indicators.map((i) => i.name)).toEqual(["2022", "2023", "2024"]);
    expect(at(r, "AVERAGE_MISMATCH")).toEqual(["D5:warning"]);
  });

  test("one blank row between coded sections does not end the table; a blank and a new header does", () => {
    const r = run(
      sheet("LRA", [
        ["KODE", "URAIAN", "JUMLAH ANGGARAN (Rp)", "JUMLAH REALISASI (Rp)"],
        ["1", "PENDAPATAN", 100, 98],
        [],
        ["2", "BELANJA", 80, 70],
        [],
        ["Tabel lain"],
        ["Kegiatan", "Pagu", "Realisasi Anggaran"],
        ["K", 10, 9],
      ])
    );
    expect(r.tables.map((t) => t.range)).toEqual(["A1:D4", "A7:C8"]);
    expect(r.budget.map((b) => b.row)).toEqual([2, 4, 8]);
  });

  test("a name merged down over several rows is one indicator", () => {
    const r = run(
      sheet(
        "S",
        [
          ["Jenis IKU", "Kriteria", "Target", "Realisasi", "Capaian"],
          ["IKU 1", "Lulusan bekerja", 40, 44, 1.1],
          [null, "Lulusan studi lanjut", null, null, null],
          ["IKU 2", "Mahasiswa MBKM", 20, 10, 0.5],
        ],
        { merges: ["A2:A3"] }
      )
    );
    expect(r.indicators.map((i) => [i.name, i.row])).toEqual([
      ["IKU 1", 2],
      ["IKU 2", 4],
    ]);
    expect(r.anomalies.filter((a) => a.rule === "DUPLICATE_INDICATOR")).toEqual([]);
  });

  test("an account-coded revenue table: Target / Realisasi / % is a budget", () => {
    const r = run(
      sheet("Pendapatan", [
        ["Kode Rekening", "Uraian", "Target", "Realisasi", "%"],
        ["4.1", "PAD", 300, 310, 103.33],
        ["4.1.01", "Pajak", 200, 205, 102.5],
        ["4.1.02", "Retribusi", 100, 105, 105],
      ])
    );
    expect(r.tables[0]).toMatchObject({
      kind: "budget",
      columns: { pagu: "C", realisasiAnggaran: "D", serapan: "E" },
    });
    // Revenue above its target is good news, not an overspend.
    expect(errors(r)).toEqual([]);
  });

  test("an LRA: Jumlah Belanja sums the belanja section, Surplus/(Defisit) is derived, revenue may exceed", () => {
    const r = run(
      sheet("LRA", [
        ["NO. Urut", "URAIAN", "Anggaran", "Realisasi"],
        ["4", "PENDAPATAN", null, null],
        ["4.1", "Retribusi", 100, 120],
        ["5", "BELANJA", null, null],
        ["5.1", "Belanja Pegawai", 60, 50],
        ["5.2", "Belanja Barang", 30, 25],
        [null, "Jumlah", 90, 75],
        [null, "Surplus / (Defisit)", 10, 45],
      ])
    );
    expect(errors(r)).toEqual([]);
    expect(r.budget.map((b) => b.row)).toEqual([3, 5, 6, 7]);
  });

  test("a SAKTI/OM-SPAN sheet: account codes under output codes, the Jumlah over the programmes", () => {
    const r = run(
      sheet("Realisasi", [
        ["Kode", "Uraian", "Pagu", "Realisasi", "Sisa Pagu", "% Realisasi"],
        ["054.01.WA", "Program Dukungan", 300, 270, 30, 90],
        ["054.01.WA.2886.EBA", "Layanan", 300, 270, 30, 90],
        ["521111", "Belanja Operasional", 100, 90, 10, 90],
        ["521211", "Belanja Bahan", 200, 180, 20, 90],
        ["054.01.GG", "Program Statistik", 100, 50, 50, 50],
        ["054.01.GG.2910.BMA", "Data", 100, 50, 50, 50],
        ["521211", "Belanja Bahan", 100, 50, 50, 50],
        ["JUMLAH", null, 400, 320, 80, 80],
      ])
    );
    expect(errors(r)).toEqual([]);
    expect(r.budget.filter((b) => b.parent).map((b) => b.row)).toEqual([2, 3, 6, 7, 9]);
  });

  test("a column that sums its neighbours on most rows: the row that breaks it is TOTAL_MISMATCH", () => {
    const spj = run(
      sheet("SPJ", [
        ["Uraian", "Jumlah Anggaran", "s.d. Bulan Lalu", "Bulan Ini", "s.d. Bulan Ini", "%"],
        ["A", 100, 40, 10, 50, 0.5],
        ["B", 200, 100, 50, 150, 0.75],
        ["C", 300, 100, 20, 102, 0.34],
        ["D", 400, 200, 100, 300, 0.75],
      ])
    );
    expect(at(spj, "TOTAL_MISMATCH")).toEqual(["E4:error"]);
    const rak = run(
      sheet("RAK", [
        ["Uraian", "Total RAK", "TW 1", "TW 2", "TW 3", "TW 4"].map((x) =>
          x.replace("TW", "Bulan")
        ),
        ["A", 100, 25, 25, 25, 25],
        ["B", 90, 10, 20, 30, 40],
        ["C", 80, 20, 20, 20, 20],
        ["D", 40, 10, 10, 10, 10],
      ])
    );
    expect(at(rak, "TOTAL_MISMATCH")).toEqual(["B3:error"]);
  });

  test("a Rata-rata row under any numeric column is the mean of the rows above it", () => {
    // A trend table by year: the UFW % average leaves out the last year; the Perubahan average skips the "-".
    const trend = run(
      sheet("Tabel 11", [
        ["Tahun", "UFW (%)", "Volume (m3)", "Pelanggan (ribu)"],
        ["2004", "47,93", "249,73", "-"],
        ["2005", "50,40", "271,31", "410"],
        ["2006", "51,10", "274,15", "422"],
        ["2007", "50,52", "257,67", "431"],
        ["2008", "50,01", "259,02", "440"],
        ["2009", "48,35", "261,18", "452"],
        ["Rata-rata", "49,99", "262,18", "431"],
      ])
    );
    // UFW: 49,99 = 249,96 / 5, the mean of 2004–2008; over all six years 298,31 / 6 = 49,72. Volume 1.573,06 / 6
    // = 262,18 is right; Pelanggan 2.155 / 5 = 431 skips the "-".
    expect(at(trend, "AVERAGE_MISMATCH")).toEqual(["B8:warning"]);
    // An IKU table with numbers, the label in the second column: the Rata-rata row averages target and realisasi
    // too. Realisasi 335 / 4 = 83,75, not 80; target 345 / 4 = 86,25 and capaian 3,9 / 4 = 97,5% are right.
    const iku = run(
      sheet("IKU", [
        ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"],
        [1, "Indeks kepuasan", "%", 80, 84, 1.05],
        [2, "Layanan tepat waktu", "%", 90, 81, 0.9],
        [3, "Dokumen selesai", "%", 75, 75, 1],
        [4, "Temuan ditindaklanjuti", "%", 100, 95, 0.95],
        [null, "Rata-rata", null, 86.25, 80, 0.975],
      ])
    );
    expect(at(iku, "AVERAGE_MISMATCH")).toEqual(["E6:warning"]);
  });

  test("a difference column (Kenaikan = this year − last year) broken on one row of many is TOTAL_MISMATCH", () => {
    // Laporan aktivitas: 2019 | 2018 | Kenaikan (Penurunan) | %; the first row's difference is mistyped (5.596.859 for 5.560.859).
    const la = run(
      sheet("LA", [
        ["Uraian", "31 Desember 2019", "31 Desember 2018", "Kenaikan (Penurunan)", "%"],
        ["Pendapatan APBN", 114_647_439, 109_086_580, 5_596_859, 5.1],
        ["Pendapatan Masyarakat", 95_464_287, 80_271_075, 15_193_212, 18.93],
        ["Pendapatan Hibah", 390_000, 939_650, -549_650, -58.5],
        ["Pendapatan Kerjasama", 1_084_243, 287_574, 796_669, 277.03],
        ["Pendapatan Lainnya", 1_648_264, 783_454, 864_810, 110.38],
      ])
    );
    expect(at(la, "TOTAL_MISMATCH")).toEqual(["D2:error"]);
    // Selisih first, the figures after it (Selisih = Realisasi − Anggaran), no % column.
    const sel = run(
      sheet("S", [
        ["Uraian", "Selisih", "Anggaran", "Realisasi"],
        ["A", -10, 100, 90],
        ["B", -20, 200, 180],
        ["C", -30, 300, 270],
        ["D", -5, 400, 385],
        ["E", -50, 500, 450],
      ])
    );
    expect(at(sel, "TOTAL_MISMATCH")).toEqual(["B5:error"]);
  });

  test("a difference column is not checked on fewer than four agreeing rows, nor when its % breaks too", () => {
    const few = run(
      sheet("F", [
        ["Uraian", "Tahun Ini", "Tahun Lalu", "Kenaikan"],
        ["A", 1000, 900, 100],
        ["B", 500, 600, -100],
        ["C", 2000, 1680, 360],
      ])
    );
    expect(at(few, "TOTAL_MISMATCH")).toEqual([]);
    // Row C: the realisasi is wrong, so both its Sisa and its % break; the % names it, not the Sisa.
    const lra = run(
      sheet("LRA", [
        ["Uraian", "Anggaran", "Realisasi", "Sisa", "%"],
        ["A", 100, 90, 10, 0.9],
        ["B", 200, 150, 50, 0.75],
        ["C", 400, 380, 120, 0.7],
        ["D", 300, 240, 60, 0.8],
        ["E", 500, 400, 100, 0.8],
      ])
    );
    expect(at(lra, "TOTAL_MISMATCH")).toEqual([]);
  });
});
