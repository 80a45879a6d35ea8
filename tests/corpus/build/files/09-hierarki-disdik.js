// A dinas's budget working sheet: Program (A, B) › Kegiatan (I, II) › Sub Kegiatan (1.1, 1.2), parents as SUM
// formulas, PAGU AWAL and PAGU SETELAH PERGESERAN, "REALISASI" merged over (Rp) and (%), SISA and RINCIAN columns
// that are not inputs, a column-number row, zero typed as "0,00" or "-", and a JUMLAH row of formulas.
"use strict";
const { Book } = require("../lib");

module.exports = function build() {
  const b = new Book("hierarki-realisasi-disdik-2024");
  b.agency = "pemda-opd";
  b.classes = [1];
  b.format = "staff budget working sheet, Program › Kegiatan › Sub Kegiatan numbering";
  const s = b.sheet("Realisasi Des");
  s.width({ A: 6, B: 58, C: 17, D: 17, E: 17, F: 9, G: 17, H: 26, I: 12 });
  s.merge("A1:I1", { v: "REKAPITULASI REALISASI ANGGARAN DINAS PENDIDIKAN KABUPATEN SUKAMAJU", b: true });
  s.merge("A2:I2", { v: "S.D. BULAN DESEMBER TAHUN ANGGARAN 2024", b: true });
  const H = { b: true, wrap: true };
  s.merge("A4:A5", { v: "NO", ...H });
  s.merge("B4:B5", { v: "PROGRAM / KEGIATAN / SUB KEGIATAN", ...H });
  s.merge("C4:C5", { v: "PAGU AWAL", ...H });
  s.merge("D4:D5", { v: "PAGU SETELAH PERGESERAN", ...H });
  s.merge("E4:F4", { v: "REALISASI", ...H });
  s.set("E5", { v: "(Rp)", ...H });
  s.set("F5", { v: "(%)", ...H });
  s.merge("G4:G5", { v: "SISA ANGGARAN", ...H });
  s.merge("H4:H5", { v: "RINCIAN", ...H });
  s.merge("I4:I5", { v: "KET", ...H });
  s.row(6, ["1", "2", "3", "4", "5", "6 = 5/4", "7 = 4 - 5", "8", "9"]);
  const M = "#,##0";
  const P = "0.00%";
  const sub = (r, no, name, pa, ps, real, rincian) => {
    s.row(r, [no, name, { v: pa, fmt: M }, { v: ps, fmt: M }]);
    if (typeof real === "number") {
      s.set(`E${r}`, { v: real, fmt: M });
      s.set(`F${r}`, { f: `E${r}/D${r}`, fmt: P });
      s.set(`G${r}`, { f: `D${r}-E${r}`, fmt: M });
    } else {
      s.set(`E${r}`, real); // "0,00" or "-", as typed
      s.set(`F${r}`, real);
      s.set(`G${r}`, { v: ps, fmt: M });
    }
    if (rincian) s.set(`H${r}`, rincian);
  };
  const parent = (r, no, name, kids) => {
    s.row(r, [{ v: no, b: true }, { v: name, b: true }]);
    for (const c of ["C", "D", "E"]) s.set(`${c}${r}`, { f: kids.map((k) => `${c}${k}`).join("+"), fmt: M, b: true });
    s.set(`F${r}`, { f: `E${r}/D${r}`, fmt: P, b: true });
    s.set(`G${r}`, { f: `D${r}-E${r}`, fmt: M, b: true });
  };
  sub(9, "1.1", "Pembangunan Ruang Kelas Baru", 4850000000, 4612500000, 4498210000, "12 RKB, 6 SD");
  sub(10, "1.2", "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah", 3200000000, 3437500000, 3390118500, "tambahan dari pergeseran 1.1");
  sub(11, "1.3", "Pengadaan Mebel Sekolah", 650000000, 650000000, "0,00", "gagal lelang");
  parent(8, "I", "Pengelolaan Pendidikan Sekolah Dasar", [9, 10, 11]);
  sub(13, "2.1", "Pembangunan Ruang Guru/Kepala Sekolah/TU", 1420000000, 1420000000, 1368950000, "3 SMP");
  sub(14, "2.2", "Pengadaan Perlengkapan Sekolah", 875000000, 875000000, 861420700, null);
  parent(12, "II", "Pengelolaan Pendidikan Sekolah Menengah Pertama", [13, 14]);
  parent(7, "A", "PROGRAM PENGELOLAAN PENDIDIKAN", [8, 12]);
  sub(17, "1.1", "Perhitungan dan Pemetaan Pendidik dan Tenaga Kependidikan Satuan Pendidikan", 185000000, 172300000, 168945000, null);
  sub(18, "1.2", "Pengembangan Karir Pendidik dan Tenaga Kependidikan", 610000000, 622700000, 598114250, "diklat 3 angkatan");
  sub(19, "1.3", "Pembinaan Kompetensi Guru Pendidikan Khusus", 95000000, 95000000, "-", "ditunda ke 2025");
  parent(16, "I", "Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan Dasar", [17, 18, 19]);
  parent(15, "B", "PROGRAM PENDIDIK DAN TENAGA KEPENDIDIKAN", [16]);
  // The parents were written after their children so their cached results are right; re-evaluate top-down.
  parent(8, "I", "Pengelolaan Pendidikan Sekolah Dasar", [9, 10, 11]);
  parent(12, "II", "Pengelolaan Pendidikan Sekolah Menengah Pertama", [13, 14]);
  parent(7, "A", "PROGRAM PENGELOLAAN PENDIDIKAN", [8, 12]);
  parent(16, "I", "Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan Dasar", [17, 18, 19]);
  parent(15, "B", "PROGRAM PENDIDIK DAN TENAGA KEPENDIDIKAN", [16]);
  s.merge("A20:B20", { v: "JUMLAH", b: true });
  s.set("C20", { f: "C7+C15", fmt: M, b: true });
  // Planted 1: JUMLAH pagu setelah pergeseran picks up program A only.
  s.set("D20", { f: "D7", fmt: M, b: true });
  s.set("E20", { f: "E7+E15", fmt: M, b: true });
  s.set("F20", { f: "E20/D20", fmt: P, b: true });
  s.set("G20", { f: "D20-E20", fmt: M, b: true });
  // Planted 2: % of 1.2 divided by the PAGU AWAL (C10) instead of the pagu after pergeseran.
  s.set("F10", { f: "E10/C10", fmt: P });

  s.sumIs("D7", ["D9", "D10", "D11", "D13", "D14"]);
  s.sumIs("E7", ["E9", "E10", "E13", "E14"]);
  s.sumIs("D20", ["D7", "D15"], true);

  b.table(s, "budget", 4);
  for (const r of [7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18]) b.ratio(s, r, "serapan", `E${r}`, `D${r}`);
  b.value(s, 11, "serapan", 0);
  b.value(s, 19, "serapan", 0);
  b.anomaly(s, "D20", ["TOTAL_MISMATCH"], "JUMLAH pagu = D7 only (10.995.000.000); A + B = 11.885.000.000");
  b.anomaly(s, "F10", ["ABSORPTION_MISMATCH"], "105,94% = realisasi / pagu awal; / pagu setelah pergeseran = 98,62%");
  b.tolerate(s, "F20", ["ABSORPTION_MISMATCH"]);
  return b;
};
