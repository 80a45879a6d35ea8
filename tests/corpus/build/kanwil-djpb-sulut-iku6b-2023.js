// Page 295 of "Laporan Kinerja Kanwil DJPb Sulut" (2023): IKU 6b-N grid (T/R/Capaian per period, capaian capped at
// 120) and the monthly reconciliation table behind it — typed from the page as printed (see SOURCES.md).
"use strict";
const { writeListing } = require("./write-listing");

const pct = (v) => ({ v, f: "0%" });
const pct2 = (v) => ({ v, f: "0.00%" });
const months = [
  // Bulan, tepat waktu, ∑Satker, %, TDK Belanja, TDK Kas BP, ∑Satker, %, then on each quarter's first month (merged
  // over its three months, as the page centres them) the quarterly average and the index
  ["Jan", 503, 503, pct(1), 503, 503, 503, pct(1), pct(1), 4],
  ["Feb", 464, 464, pct(1), 464, 464, 464, pct(1)],
  ["Mar", 518, 518, pct(1), 518, 518, 518, pct(1)],
  ["April", 484, 484, pct(1), 484, 484, 484, pct(1), pct(1), 4],
  ["Mei", 484, 484, pct(1), 484, 484, 484, pct(1)],
  ["Juni", 484, 484, pct(1), 484, 484, 484, pct(1)],
  ["Juli", 485, 485, pct(1), 484, 485, 485, pct2(0.999), pct2(0.9998), 4],
  ["Agt", 484, 484, pct(1), 484, 484, 484, pct(1)],
  ["Sept", 484, 484, pct(1), 484, 484, 484, pct(1)],
  ["Okt", 469, 469, pct(1), 469, 469, 469, pct(1), pct2(0.9972), 4],
  ["Nov", 469, 469, pct(1), 469, 469, 469, pct(1)],
  ["Des", 461, 469, pct2(0.9829), 469, 469, 469, pct(1)],
];
const rows = {
  1: ["KANWIL DJPBN PROV SULUT", "Sasaran Strategis 6 : Pertanggungjawaban keuangan negara yang transparan dan akuntabel"],
  2: [null, "IKU 6b-N Indeks kualitas pelaksanaan rekonsiliasi Tingkat UAKPA"],
  3: ["T/R", "Q1", "Q2", "Sm.1", "Q3", "s.d. Q3", "Q4", "Y-23", "Pol/KP"],
  4: ["Target", "3,25", "3,25", "3,25", "3,25", "3,25", "3,25", "3,25", "Max/ Average"],
  5: ["Realisasi", 4, 4, 4, 4, 4, 4, 4],
  6: ["Capaian", 120, 120, 120, 120, 120, 120, 120],
  8: ["Penjelasan Capaian :"],
  9: ["II. Pelaksanaan Rekonsiliasi Eksternal (bobot 50%)"],
  10: ["Bulan", "% Satker yang melakukan rekonsiliasi tepat waktu (bobot 50%)", null, null, "% Satker yang terbebas dari TDK Belanja dan TDK Kas BP sesuai dengan SHR (bobot 50%)", null, null, null, "Rata-rata Triwulanan", "Indeks Capaian"],
  11: [null, "∑ Satker yg melakukan rekonsiliasi tepat waktu", "∑Satker", "%", "∑ Satker yang terbebas dari TDK Belanja", "∑ Satker yang terbebas dari TDK Kas BP", "∑Satker", "%"],
};
months.forEach((m, i) => (rows[12 + i] = m));
rows[25] = ["∗ Rekonsiliasi yang dilakukan pada bulan Desember adalah rekonsiliasi periode bulan Ja…"];
rows[26] = [null, "Perhitungan Indeks pada manual IKU: Indeks 1 = < 65%; Indeks 1,5 = 66 - 70%; Indeks 2 = 71% - 75%; Indeks 2,5 = 76% - 80%; Indeks 3 = 81% - 85%; Indeks 3,5 = 86% - 90%; Indeks 4 = 91% - 100%"];

writeListing("kanwil-djpb-sulut-iku6b-2023", [
  {
    name: "IKU 6b-N",
    widths: { A: 24, B: 30, E: 30, I: 14, J: 12 },
    rows,
    merges: ["I4:I6", "A10:A11", "B10:D10", "E10:H10", "I10:I11", "J10:J11", "I12:I14", "J12:J14", "I15:I17", "J15:J17", "I18:I20", "J18:J20", "I21:I23", "J21:J23"],
  },
]);
