// An LKjIP where everything is printed rounded: capaian typed with one decimal (points), a Rata-rata of the typed
// values, and a budget table "dalam miliar rupiah" with two decimals whose % (one decimal) was computed from the
// exact rupiah — so the Jumlah realisasi is 0,01 off the rows and its % (94,3) is 0,1 point off what the rounded
// cells give (94,4). Neither is an error.
"use strict";
const { Book } = require("../lib");

module.exports = function build() {
  const b = new Book("rounded-iku-anggaran-bappeda-2024");
  b.agency = "pemda-opd";
  b.classes = [3, 6];
  b.format = "LKjIP tables printed rounded (capaian one decimal, Rp miliar two decimals)";
  const s = b.sheet("Bab III");
  s.width({ A: 5, B: 40, C: 58, D: 10, E: 10, F: 10, G: 12 });
  s.merge("A1:G1", { v: "Tabel 3.1 Capaian Indikator Kinerja Bappeda Kota Sukamaju Tahun 2024", b: true });
  s.row(3, ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"], { b: true });
  const D2 = "#,##0.00";
  const D1 = "0.0";
  const ind = [
    [4, "1", "Meningkatnya kualitas pembangunan manusia", "Indeks Pembangunan Manusia (IPM)", "poin", 78.4, 78.86, 100.6],
    [5, "", "", "Angka harapan lama sekolah", "tahun", 14.1, 14.07, 99.8],
    [6, "2", "Meningkatnya pertumbuhan ekonomi daerah", "Laju pertumbuhan ekonomi", "%", 5.3, 5.12, 96.6],
    [7, "", "", "PDRB per kapita atas dasar harga berlaku", "Rp juta", 72.5, 74.18, 102.3],
    [8, "3", "Meningkatnya kualitas perencanaan pembangunan daerah", "Persentase dokumen perencanaan yang ditetapkan tepat waktu", "%", 100, 92.31, 92.3],
    [9, "", "", "Nilai evaluasi SAKIP kota", "nilai", 75, 76.42, 101.9],
  ];
  for (const [r, no, sas, name, unit, t, real, cap] of ind)
    s.row(r, [no, { v: sas, wrap: true }, { v: name, wrap: true }, unit, { v: t, fmt: D2 }, { v: real, fmt: D2 }, { v: cap, fmt: D1 }]);
  // Planted: row 8's capaian typed 93,2 (92,31 / 100 = 92,3).
  s.set("G8", { v: 93.2, fmt: D1 });
  s.merge("A10:F10", { v: "Rata-rata Capaian", b: true });
  let t = 0;
  for (let r = 4; r <= 9; r++) t += s.num(`G${r}`);
  s.set("G10", { f: "AVERAGE(G4:G9)", r: t / 6, fmt: D1, b: true });

  s.merge("A13:G13", { v: "Tabel 3.8 Realisasi Anggaran per Program Tahun 2024 (dalam miliar rupiah)", b: true });
  s.row(15, ["No", "Program", null, "Anggaran", "Realisasi", "%"], { b: true });
  s.merge("B15:C15");
  const prog = [
    [16, "1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 8.41, 8.0, 95.1],
    [17, "2", "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", 4.26, 4.0, 93.9],
    [18, "3", "Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah", 2.1, 1.93, 91.9],
  ];
  for (const [r, no, name, a, real, pct] of prog) {
    s.row(r, [no, { v: name, wrap: true }, null, { v: a, fmt: D2 }, { v: real, fmt: D2 }, { v: pct, fmt: D1 }]);
    s.merge(`B${r}:C${r}`);
  }
  // Jumlah rounded from the rupiah totals 14.773.650.300 and 13.936.178.950; % from the same exact totals.
  s.merge("A19:C19", { v: "Jumlah", b: true });
  s.row(19, [{ v: 14.77, fmt: D2, b: true }, { v: 13.94, fmt: D2, b: true }, { v: 94.3, fmt: D1, b: true }], { from: "D" });
  s.sumIs("D19", ["D16", "D17", "D18"], false, 0.005);
  s.sumIs("E19", ["E16", "E17", "E18"], true, 0.005); // the 0,01 of rounding, deliberately

  b.table(s, "indicators", 3);
  b.table(s, "budget", 15);
  for (const [r] of ind) b.ratio(s, r, "capaian", `F${r}`, `E${r}`);
  for (const r of [16, 17, 18, 19]) b.ratio(s, r, "serapan", `E${r}`, `D${r}`);
  b.anomaly(s, "G8", ["CAPAIAN_MISMATCH"], "93,2 typed; 92,31 / 100 = 92,3 (beyond the displayed decimal)");
  b.tolerate(s, "G10", ["AVERAGE_MISMATCH"]);
  // 94,3 vs 94,38 from the rounded cells: within the inputs' own rounding (13,935/14,775 … 13,945/14,765), so no
  // error; a warning is tolerated because a strict "displayed precision" check cannot know the inputs were rounded.
  b.tolerate(s, "F19", ["ABSORPTION_MISMATCH"]);
  return b;
};
