// An RSUD (BLUD) LKjIP: a kinerja table where "Persentase Capaian" holds the realisasi of percentage indicators
// and "Tingkat Capaian (%)" the ratio, and a budget table where "Capaian Realisasi Anggaran (%)" is the serapan and
// a stated "Capaian Kinerja (%)" (points) sits beside it, so efficiency must be computed.
"use strict";
const { Book } = require("../lib");

module.exports = function build() {
  const b = new Book("rsud-blud-kinerja-anggaran-2024");
  b.agency = "blu-rs";
  b.classes = [3];
  b.format = "LKjIP RSUD: misleading headers, serapan as fraction, capaian kinerja as points";
  const k = b.sheet("Capaian Kinerja");
  k.width({ A: 5, B: 58, C: 8, D: 12, E: 14, F: 14 });
  k.merge("A1:F1", { v: "Tabel 3.2 Capaian Indikator Kinerja RSUD Sukamaju Tahun 2024", b: true });
  k.row(3, ["No", "Indikator Kinerja", "Satuan", "Target 2024", "Persentase Capaian", "Tingkat Capaian (%)"], { b: true });
  const ind = [
    [4, "1", "Persentase kepuasan pasien (indeks kepuasan masyarakat)", 85, 88.2],
    [5, "2", "Bed Occupancy Rate (BOR)", 75, 78.5],
    [6, "3", "Persentase rekam medik terisi lengkap dalam 24 jam setelah pelayanan", 100, 94.3],
    [7, "4", "Persentase pemenuhan obat sesuai formularium", 90, 92.6],
    [8, "5", "Persentase pelaporan insiden keselamatan pasien", 100, 100],
  ];
  for (const [r, no, name, t, real] of ind)
    k.row(r, [no, name, "%", { v: t, fmt: "0.0" }, { v: real, fmt: "0.0" }, { f: `E${r}/D${r}*100`, fmt: "0.00" }]);
  // Planted: row 7's Tingkat Capaian typed as the realisasi (92,60) over the formula.
  k.set("F7", { v: 92.6, fmt: "0.00" });

  const a = b.sheet("Kinerja Anggaran");
  a.width({ A: 5, B: 62, C: 18, D: 18, E: 16, F: 14 });
  a.merge("A1:F1", { v: "Tabel 3.5 Capaian Kinerja dan Realisasi Anggaran per Program Tahun 2024", b: true });
  a.row(3, ["No", "Program", "Pagu Anggaran (Rp)", "Realisasi Anggaran (Rp)", "Capaian Realisasi Anggaran (%)", "Capaian Kinerja (%)"], { b: true });
  const M = "#,##0";
  const prog = [
    [4, "1", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 98450300000, 94215660415, 98.6],
    [5, "2", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", 41200000000, 37915428800, 101.2],
    [6, "3", "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN", 1850000000, 1702115000, 95],
    [7, "4", "PELAYANAN DAN PENUNJANG PELAYANAN BLUD", 162500000000, 151336870223, 104.3],
  ];
  for (const [r, no, name, pagu, real, ck] of prog)
    a.row(r, [no, name, { v: pagu, fmt: M }, { v: real, fmt: M }, { f: `D${r}/C${r}`, fmt: "0.00%" }, { v: ck, fmt: "0.00" }]);
  // Planted: program 3's serapan typed rounded to 90,00% (1.702.115.000 / 1.850.000.000 = 92,01%).
  a.set("E6", { v: 0.9, fmt: "0.00%" });
  a.merge("A8:B8", { v: "JUMLAH", b: true });
  a.set("C8", { f: "SUM(C4:C7)", fmt: M, b: true });
  a.set("D8", { f: "SUM(D4:D7)", fmt: M, b: true });
  a.set("E8", { f: "D8/C8", fmt: "0.00%", b: true });

  b.table(k, "indicators", 3);
  b.table(a, "budget", 3);
  for (const [r] of ind) b.ratio(k, r, "capaian", `E${r}`, `D${r}`);
  for (const [r, , , , , ck] of prog) {
    const ser = b.ratio(a, r, "serapan", `D${r}`, `C${r}`);
    b.value(a, r, "capaianKinerja", ck / 100);
    b.value(a, r, "efisiensi", ck / 100 / ser);
  }
  b.ratio(a, 8, "serapan", "D8", "C8");
  b.anomaly(k, "F7", ["CAPAIAN_MISMATCH"], "92,60 typed (the realisasi); 92,6 / 90 = 102,89");
  b.anomaly(a, "E6", ["ABSORPTION_MISMATCH"], "90,00% typed; 1.702.115.000 / 1.850.000.000 = 92,01%");
  return b;
};
