// A clean IKU workbook in the bundled sample's own style (assets/samples/lkj-bp3mi-jakarta-2025.xlsx): the same
// title/header layout, but two "Jumlah …" indicators sit in rows without a No. (continuing the sasaran above), and
// the budget sheet has "Realisasi" next to "Pagu". Nothing in it is wrong: it must raise no warning or error.
"use strict";
const { Book } = require("../lib");

module.exports = function build() {
  const b = new Book("sample-style-bp3mi-sukamaju-2025");
  b.agency = "kementerian-satker";
  b.classes = [5];
  b.format = "the bundled sample's layout, clean (no planted discrepancy)";
  const s = b.sheet("Capaian IKU 2025");
  s.width({ A: 5, B: 40, C: 60, D: 12, E: 11, F: 11, G: 11, H: 11, I: 12, J: 12 });
  s.merge("A1:J1", { v: "Tabel II.1 Pengukuran Capaian Kinerja BP3MI Sukamaju", b: true });
  s.merge("A2:J2", { v: "BP3MI Sukamaju — Periode Tahun 2025", b: true });
  s.merge("A4:A5", { v: "No", b: true });
  s.merge("B4:B5", { v: "Sasaran Strategis", b: true });
  s.merge("C4:C5", { v: "Indikator Kinerja Utama", b: true });
  s.merge("D4:D5", { v: "Target Tahun 2025", b: true });
  s.merge("E4:I4", { v: "Realisasi", b: true });
  s.row(5, ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV", "Tahunan 2025"], { from: "E", b: true });
  s.merge("J4:J5", { v: "Capaian (%)", b: true });
  const pct = (x) => ({ v: x, fmt: "0%" });
  const num = (x) => ({ v: x, fmt: "#,##0" });
  const cap = (x) => ({ v: Math.round(x * 10000) / 10000, fmt: "0.00%" });
  s.row(6, ["1", "Meningkatnya kualitas pelindungan PMI dan keluarganya", "Persentase pengaduan PMI yang ditangani sesuai SOP",
    pct(0.8), pct(0.84), pct(0.85), pct(0.86), pct(0.85), pct(0.85), cap(0.85 / 0.8)]);
  s.row(7, ["2", "Meningkatnya pemberdayaan purna PMI dan keluarganya", "Jumlah purna PMI yang mendapatkan pelatihan kewirausahaan",
    num(120), num(20), num(35), num(40), num(31), num(126), cap(126 / 120)]);
  s.row(8, [null, null, "Jumlah keluarga PMI yang difasilitasi pemberdayaan ekonomi", num(60), num(10), num(15), num(18), num(20), num(63), cap(63 / 60)]);
  s.row(9, [null, null, "Jumlah PMI bermasalah yang difasilitasi kepulangan ke daerah asal", num(200), num(48), num(55), num(51), num(60), num(214), cap(214 / 200)]);
  s.row(10, ["3", "Meningkatnya kualitas layanan penempatan PMI", "Persentase CPMI yang ditempatkan sesuai prosedur",
    pct(0.95), pct(0.96), pct(0.96), pct(0.96), pct(0.96), pct(0.96), cap(0.96 / 0.95)]);
  s.row(11, ["4", "Terwujudnya tata kelola organisasi yang akuntabel", "Nilai Kinerja Anggaran",
    { v: 88, fmt: "0.0" }, null, null, null, { v: 90.3, fmt: "0.0" }, { v: 90.3, fmt: "0.0" }, cap(90.3 / 88)]);
  s.merge("A12:I12", { v: "Rata-rata Capaian IKU (6 IKU)", b: true });
  let t = 0;
  for (let r = 6; r <= 11; r++) t += s.num(`J${r}`);
  s.set("J12", { f: "SUM(J6:J11)/6", r: t / 6, fmt: "0.00%" });

  const a = b.sheet("Anggaran dan Kinerja 2025");
  a.width({ A: 5, B: 52, C: 16, D: 16, E: 10, F: 16 });
  a.merge("A1:F1", { v: "Tabel II.15 Capaian Anggaran dan Kinerja Tahun 2025", b: true });
  a.merge("A3:A4", { v: "No", b: true });
  a.merge("B3:B4", { v: "Kegiatan", b: true });
  a.merge("C3:E3", { v: "Anggaran (Rp)", b: true });
  a.row(4, ["Pagu", "Realisasi", "%"], { from: "C", b: true });
  a.set("F3", { v: "Kinerja", b: true });
  a.set("F4", { v: "Rata-rata Capaian (%)", b: true });
  const M = "#,##0";
  const ck1 = (s.num("J6") + s.num("J7") + s.num("J8") + s.num("J9")) / 4;
  const ck2 = (s.num("J10") + s.num("J11")) / 2;
  a.row(5, ["1", "Pelindungan dan Pemberdayaan Pekerja Migran Indonesia", { v: 6850000000, fmt: M }, { v: 6612430500, fmt: M },
    { f: "D5/C5", fmt: "0.00%" }, { f: "AVERAGE('Capaian IKU 2025'!J6:J9)", r: ck1, fmt: "0.00%" }]);
  a.row(6, ["2", "Penyelenggaraan Dukungan Manajemen pada BP3MI", { v: 3420000000, fmt: M }, { v: 3318977200, fmt: M },
    { f: "D6/C6", fmt: "0.00%" }, { f: "AVERAGE('Capaian IKU 2025'!J10:J11)", r: ck2, fmt: "0.00%" }]);
  a.merge("A7:B7", { v: "Jumlah", b: true });
  a.set("C7", { f: "C5+C6", fmt: M });
  a.set("D7", { f: "D5+D6", fmt: M });
  a.set("E7", { f: "D7/C7", fmt: "0.00%" });

  b.table(s, "indicators", 4);
  b.table(a, "budget", 3);
  b.ratio(s, 6, "capaian", "I6", "D6");
  b.ratio(s, 7, "capaian", "I7", "D7");
  b.ratio(s, 8, "capaian", "I8", "D8");
  b.ratio(s, 9, "capaian", "I9", "D9");
  b.ratio(s, 10, "capaian", "I10", "D10");
  b.ratio(s, 11, "capaian", "I11", "D11");
  const ser1 = b.ratio(a, 5, "serapan", "D5", "C5");
  const ser2 = b.ratio(a, 6, "serapan", "D6", "C6");
  b.ratio(a, 7, "serapan", "D7", "C7");
  // Capaian kinerja of a kegiatan: the mean of its IKU's capaian (computed, not the rounded stated cells).
  const c1 = (0.85 / 0.8 + 126 / 120 + 63 / 60 + 214 / 200) / 4;
  const c2 = (0.96 / 0.95 + 90.3 / 88) / 2;
  b.value(a, 5, "capaianKinerja", c1);
  b.value(a, 6, "capaianKinerja", c2);
  b.value(a, 5, "efisiensi", c1 / ser1);
  b.value(a, 6, "efisiensi", c2 / ser2);
  return b;
};
