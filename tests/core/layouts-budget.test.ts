// Issue 8, budget tables staff keep (classes 1–3): what the arithmetic and the headers say together.
import { analyzeWorkbook } from "../../src/core";
import type { Report, SheetSnapshot } from "../../src/core/types";
import { book, sheet } from "../helpers/grid";

const run = (s: SheetSnapshot) => analyzeWorkbook(book(s)).report;
const r4 = (v: number | null) => (v === null ? null : Math.round(v * 1e4) / 1e4);
const lines = (r: Report) =>
  r.budget.map((b) => [b.row, r4(b.serapan), r4(b.capaianKinerja), r4(b.efisiensi)]);

describe("two columns headed Capaian in a budget table", () => {
  test('"Capaian Realisasi Anggaran (%)" is the serapan, "Capaian Kinerja (%)" the stated achievement', () => {
    const r = run(
      sheet("Tabel 3.5", [
        [
          "No",
          "Program",
          "Pagu Anggaran (Rp)",
          "Realisasi Anggaran (Rp)",
          "Capaian Realisasi Anggaran (%)",
          "Capaian Kinerja (%)",
        ],
        ["1", "Program A", 1000000000, 950000000, 0.95, 98.8],
        ["2", "Program B", 400000000, 300000000, 0.75, 90],
        ["3", "Program C", 250000000, 250000000, 1, 101],
      ])
    );
    // efisiensi = capaian kinerja / serapan: 0,988 / 0,95; 0,9 / 0,75; 1,01 / 1.
    expect(lines(r)).toEqual([
      [2, 0.95, 0.988, 1.04],
      [3, 0.75, 0.9, 1.2],
      [4, 1, 1.01, 1.01],
    ]);
  });

  test('"Capaian (%)" in points over Anggaran, "Capaian Kinerja" beside it', () => {
    const r = run(
      sheet("Keu", [
        ["Kegiatan", "Anggaran", "Realisasi", "Capaian (%)", "Capaian Kinerja"],
        ["Kegiatan 1", 200000000, 180000000, 90, 95],
        ["Kegiatan 2", 50000000, 40000000, 80, 100],
        ["Kegiatan 3", 80000000, 60000000, 75, 60],
      ])
    );
    expect(lines(r)).toEqual([
      [2, 0.9, 0.95, 1.0556],
      [3, 0.8, 1, 1.25],
      [4, 0.75, 0.6, 0.8],
    ]);
  });
});

describe("a programme row that states only its %", () => {
  const at = (r: Report, rule: string) =>
    r.anomalies.filter((a) => a.rule === rule).map((a) => `${a.cell}:${a.severity}`);

  test("its serapan is Σ realisasi / Σ anggaran of the lines below; the plain average of their % is flagged", () => {
    // Program % 90 = (95 + 85 + 90) / 3, the plain average of the lines' %; Σ 1.315 / 1.500 = 87,67%.
    const r = run(
      sheet("Tabel 19", [
        [
          "No",
          "Program / Kegiatan",
          "Anggaran (Rp)",
          "Realisasi (Rp)",
          "Capaian Realisasi Anggaran (%)",
        ],
        [1, "Program Pemerintahan", null, null, 90],
        [null, "Sub Kegiatan A", 300, 285, 95],
        [null, "Sub Kegiatan B", 1000, 850, 85],
        [null, "Sub Kegiatan C", 200, 180, 90],
      ])
    );
    expect(lines(r).map((l) => l.slice(0, 2))).toEqual([
      [2, 0.8767],
      [3, 0.95],
      [4, 0.85],
      [5, 0.9],
    ]);
    expect(at(r, "ABSORPTION_MISMATCH")).toEqual(["E2:error"]);
  });

  test("two programmes, each over its own lines, with a kegiatan heading between; a right programme % passes", () => {
    const r = run(
      sheet("Realisasi", [
        ["Uraian", "Pagu", "Realisasi", "%"],
        ["Program A", null, null, 0.8],
        ["Kegiatan A.1", null, null, null],
        ["Sub Kegiatan A.1.1", 100, 70, 0.7],
        ["Sub Kegiatan A.1.2", 100, 90, 0.9],
        ["Program B", null, null, 0.75],
        ["Sub Kegiatan B.1", 300, 200, 200 / 300],
        ["Sub Kegiatan B.2", 100, 100, 1],
      ])
    );
    // A: 160 / 200 = 80% as stated. B: 300 / 400 = 75% as stated (the plain average would be 83,33%).
    expect(lines(r).map((l) => l.slice(0, 2))).toEqual([
      [2, 0.8],
      [4, 0.7],
      [5, 0.9],
      [6, 0.75],
      [7, 0.6667],
      [8, 1],
    ]);
    expect(at(r, "ABSORPTION_MISMATCH")).toEqual([]);
  });
});

describe("per-quarter Keuangan % columns over one pagu", () => {
  const at = (r: Report, rule: string) =>
    r.anomalies.filter((a) => a.rule === rule).map((a) => `${a.cell}:${a.severity}`);
  const pct = (n: number, cols: number[]) =>
    Array.from({ length: n }, (_, r) =>
      r === 0 ? [] : Array.from({ length: 9 }, (_, c) => (cols.includes(c) ? "0.00%" : null))
    );

  test("Pagu | TW I % | Rp | TW II % | Rp: a typed % that is not Rp / pagu is ABSORPTION_MISMATCH", () => {
    const values = [
      ["Sub Kegiatan", "Pagu", "TW I Keuangan", "TW I Rp.", "TW II Keuangan", "TW II Rp."],
      ["A", 1000, 0.1, 100, 0.4, 400],
      ["B", 2000, 0.15, 300, 0.45, 900],
      ["C", 500, 0.2, 100, 0.5, 250],
      // 0,574 typed; 300 / 800 = 37,5%.
      ["D", 800, 0.125, 100, 0.574, 300],
      ["E", 400, 0.25, 100, 0.5, 200],
    ];
    const r = run(sheet("Monev", values, { numberFormats: pct(values.length, [2, 4]) }));
    expect(at(r, "ABSORPTION_MISMATCH")).toEqual(["E5:error"]);
  });

  test("an E.81-like indicators table: Target | Pagu | per quarter Kinerja, Keuangan %, Rp.", () => {
    const values = [
      [
        "Indikator",
        "Target",
        "Pagu",
        "TW I Kinerja",
        "TW I Keuangan",
        "TW I Rp.",
        "TW II Kinerja",
        "TW II Keuangan",
        "TW II Rp.",
      ],
      ["Dokumen disusun", 4, 1000, 1, 0.1, 100, 2, 0.4, 400],
      ["Rilis berita", 360, 2000, 84, 0.15, 300, 181, 0.45, 900],
      // 0,30 typed; 100 / 500 = 20%.
      ["Sub domain", 85, 500, 80, 0.3, 100, 82, 0.5, 250],
      ["Aplikasi", 6, 800, 0, 0.125, 100, 1, 0.375, 300],
      ["OPD terhubung", 48, 400, 40, 0.25, 100, 42, 0.5, 200],
    ];
    const r = run(sheet("Monev TW II", values, { numberFormats: pct(values.length, [4, 7]) }));
    expect(at(r, "ABSORPTION_MISMATCH")).toEqual(["E4:error"]);
  });
});

describe("the Jumlah row of a budget-and-kinerja table", () => {
  const rows = (target: number[]) => [
    [
      "No",
      "Uraian RO",
      "Satuan",
      "Target Volume",
      "Realisasi Volume",
      "PCRO (%)",
      "Pagu (Rp)",
      "Realisasi Anggaran (Rp)",
      "% Realisasi Anggaran",
    ],
    [1, "Bantuan KIP Kuliah", "Mahasiswa", target[0], 90, 90 / target[0], 1000, 950, 0.95],
    [2, "Akreditasi Prodi", "Lembaga", target[1], 50, 50 / target[1], 2000, 1800, 0.9],
    [3, "Kompetensi Dosen", "Orang", target[2], 200, 200 / target[2], 500, 500, 1],
    [4, "Layanan Perkantoran", "Layanan", target[3], 12, 12 / target[3], 1500, 1200, 0.8],
    [null, "JUMLAH", null, null, null, null, 5000, 4450, 0.89],
  ];

  test("one RO a row: the Jumlah row is a line whose serapan is Σ realisasi / Σ pagu (4.450 / 5.000)", () => {
    const r = run(sheet("Capaian RO", rows([100, 60, 180, 12])));
    expect(lines(r).map((l) => l.slice(0, 2))).toEqual([
      [2, 0.95],
      [3, 0.9],
      [4, 1],
      [5, 0.8],
      [6, 0.89],
    ]);
    expect(r.budget[4].parent).toBe(true);
  });

  test("a pagu merged over several indicator rows: the lines are the kegiatan, the Jumlah stays a total", () => {
    const r = run(
      sheet(
        "Anggaran dan Kinerja",
        [
          [
            "Kegiatan",
            "Indikator",
            "Target",
            "Realisasi",
            "Capaian",
            "Pagu",
            "Realisasi Anggaran",
            "Serapan",
          ],
          ["Pelatihan Vokasi", "Lulusan kompeten", 100, 95, 0.95, 3000, 2850, 0.95],
          [null, "Lulusan ditempatkan", 50, 40, 0.8, null, null, null],
          ["Dukungan Manajemen", "Nilai SAKIP", 80, 82, 82 / 80, 1000, 900, 0.9],
          [null, "Nilai IKPA", 95, 96, 96 / 95, null, null, null],
          ["Jumlah", null, null, null, null, 4000, 3750, 0.9375],
        ],
        { merges: ["A2:A3", "F2:F3", "G2:G3", "H2:H3", "A4:A5", "F4:F5", "G4:G5", "H4:H5"] }
      )
    );
    expect(r.budget.map((b) => [b.row, b.lastRow])).toEqual([
      [2, 3],
      [4, 5],
    ]);
  });
});
