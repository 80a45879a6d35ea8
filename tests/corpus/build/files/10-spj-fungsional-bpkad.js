// A bendahara pengeluaran's "SPJ Belanja – Fungsional" sheet: sub kegiatan rows (SIPD code) over rekening rows
// (5.1.02.01.01.0024 …), Jumlah Anggaran, SPJ-LS and SPJ-UP/GU/TU each as s.d. bulan lalu | bulan ini |
// s.d. bulan ini, Jumlah SPJ, Sisa Pagu, a % the treasurer added; "-" for nothing; a column-number row.
"use strict";
const { Book } = require("../lib");

module.exports = function build() {
  const b = new Book("spj-fungsional-bpkad-2024");
  b.agency = "pemda-opd";
  b.classes = [1, 2];
  b.format = "SPJ belanja fungsional (bendahara pengeluaran), SIPD sub kegiatan and rekening codes";
  const s = b.sheet("SPJ Desember");
  s.width({ A: 22, B: 54, C: 16, D: 15, E: 15, F: 15, G: 15, H: 15, I: 15, J: 16, K: 15, L: 8 });
  s.merge("A1:L1", { v: "LAPORAN PERTANGGUNGJAWABAN BENDAHARA PENGELUARAN (SPJ BELANJA - FUNGSIONAL)", b: true });
  s.merge("A2:L2", "SKPD : 5.02.0.00.0.00.01.0000 BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH");
  s.merge("A3:L3", "Bulan : Desember 2024");
  const H = { b: true, wrap: true };
  s.merge("A5:A6", { v: "Kode Rekening", ...H });
  s.merge("B5:B6", { v: "Uraian", ...H });
  s.merge("C5:C6", { v: "Jumlah Anggaran", ...H });
  s.merge("D5:F5", { v: "SPJ - LS Gaji / Barang & Jasa", ...H });
  s.merge("G5:I5", { v: "SPJ - UP/GU/TU", ...H });
  s.merge("J5:J6", { v: "Jumlah SPJ (LS+UP/GU/TU) s.d. Bulan Ini", ...H });
  s.merge("K5:K6", { v: "Sisa Pagu Anggaran", ...H });
  s.merge("L5:L6", { v: "%", ...H });
  s.row(6, ["s.d. Bulan Lalu", "Bulan Ini", "s.d. Bulan Ini", "s.d. Bulan Lalu", "Bulan Ini", "s.d. Bulan Ini"], { from: "D", ...H });
  s.row(7, ["1", "2", "3", "4", "5", "6 = 4+5", "7", "8", "9 = 7+8", "10 = 6+9", "11 = 3-10", "12 = 10/3"]);
  const M = "#,##0";
  const P = "0.00%";
  const rek = (r, code, name, ang, lsLalu, lsIni, upLalu, upIni) => {
    s.row(r, [code, name, { v: ang, fmt: M }]);
    const put = (c, x) => s.set(`${c}${r}`, x === 0 ? "-" : { v: x, fmt: M });
    put("D", lsLalu);
    put("E", lsIni);
    s.set(`F${r}`, lsLalu + lsIni === 0 ? "-" : { f: `SUM(D${r}:E${r})`, fmt: M });
    put("G", upLalu);
    put("H", upIni);
    s.set(`I${r}`, upLalu + upIni === 0 ? "-" : { f: `SUM(G${r}:H${r})`, fmt: M });
    s.set(`J${r}`, { f: `SUM(F${r},I${r})`, r: (lsLalu + lsIni) + (upLalu + upIni), fmt: M });
    s.set(`K${r}`, { f: `C${r}-J${r}`, fmt: M });
    s.set(`L${r}`, { f: `J${r}/C${r}`, fmt: P });
  };
  const subk = (r, code, name, from, to) => {
    s.row(r, [{ v: code, b: true }, { v: name, b: true }]);
    for (const c of ["C", "D", "E", "F", "G", "H", "I", "J", "K"]) s.set(`${c}${r}`, { f: `SUM(${c}${from}:${c}${to})`, fmt: M, b: true });
    s.set(`L${r}`, { f: `J${r}/C${r}`, fmt: P, b: true });
  };
  rek(9, "5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 48500000, 0, 0, 41225000, 6340000);
  rek(10, "5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", 32000000, 0, 0, 24870000, 5115500);
  rek(11, "5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", 57600000, 0, 0, 49320000, 7650000);
  rek(12, "5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", 86400000, 62450000, 18200000, 3150000, 0);
  rek(13, "5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia", 27000000, 21000000, 6000000, 0, 0);
  subk(8, "5.02.01.1.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 9, 13);
  rek(15, "5.1.02.01.01.0029", "Belanja Alat/Bahan untuk Kegiatan Kantor-Benda Pos", 6000000, 0, 0, 4380000, 1150000);
  rek(16, "5.1.02.02.01.0063", "Belanja Jasa Pengiriman Surat/Dokumen", 9500000, 0, 0, 7240000, 1980000);
  subk(14, "5.02.01.1.06.0001", "Penyediaan Jasa Surat Menyurat", 15, 16);
  rek(18, "5.1.02.02.01.0059", "Belanja Tagihan Listrik", 420000000, 381456200, 36812400, 0, 0);
  rek(19, "5.1.02.02.01.0060", "Belanja Tagihan Telepon", 36000000, 30118000, 2740500, 0, 0);
  rek(20, "5.1.02.02.01.0061", "Belanja Tagihan Air", 24000000, 18902300, 1805700, 0, 0);
  // Planted 1: Telepon — s.d. bulan ini typed with two digits swapped (32.588.500; 4 + 5 = 32.858.500).
  s.set("F19", { v: 32588500, fmt: M });
  s.set("J19", { f: "SUM(F19,I19)", r: 32588500, fmt: M });
  s.set("K19", { f: "C19-J19", fmt: M });
  s.set("L19", { f: "J19/C19", fmt: P });
  subk(17, "5.02.01.1.08.0002", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", 18, 20);
  // Planted 2: the first sub kegiatan's anggaran typed over its SUM with digits swapped (215.500.000).
  s.set("C8", { v: 215500000, fmt: M, b: true });
  s.set("K8", { f: "SUM(K9:K13)", fmt: M, b: true });
  s.set("L8", { f: "J8/C8", fmt: P, b: true });
  s.merge("A21:B21", { v: "JUMLAH", b: true });
  for (const c of ["C", "D", "E", "F", "G", "H", "I", "J", "K"]) s.set(`${c}21`, { f: `${c}8+${c}14+${c}17`, fmt: M, b: true });
  s.set("L21", { f: "J21/C21", fmt: P, b: true });

  s.sumIs("C8", ["C9", "C10", "C11", "C12", "C13"], true);
  s.sumIs("C17", ["C18", "C19", "C20"]);

  b.table(s, "budget", 5);
  for (const r of [9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20]) b.ratio(s, r, "serapan", `J${r}`, `C${r}`);
  b.anomaly(s, "F19", ["QUARTER_SUM_MISMATCH", "TOTAL_MISMATCH"], "s.d. bulan ini 32.588.500; s.d. bulan lalu + bulan ini = 32.858.500");
  b.anomaly(s, "C8", ["TOTAL_MISMATCH"], "215.500.000 typed; the five rekening sum to 251.500.000");
  b.tolerate(s, "C21", ["TOTAL_MISMATCH"]);
  b.tolerate(s, "L8", ["ABSORPTION_MISMATCH"]);
  return b;
};
