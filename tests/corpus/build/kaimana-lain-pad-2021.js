// Tabel 1.28 "Perincian Pendapatan dari Lain-lain PAD Yang Sah Tahun Anggaran 2021 (un-audited)", LKPJ Bupati
// Kaimana Akhir Tahun Anggaran 2021, pp. 41-42 — typed from the report as printed (see SOURCES.md).
"use strict";
const { writeListing } = require("./write-listing");

writeListing("kaimana-lain-pad-2021", [
  {
    name: "Tabel 1.28",
    widths: { B: 46, C: 20, D: 20, E: 10, F: 10 },
    formats: { C: "#,##0.00", D: "#,##0.00", E: "0.00", F: "0.00" },
    rows: {
      1: ["Tabel 1.28"],
      2: ["Perincian Pendapatan dari Lain-lain PAD Yang Sah"],
      3: ["Tahun Anggaran 2021 (un-audited)"],
      5: ["No", "Uraian", "Anggaran (Rp.)", "Realisasi (Rp.)", "% Dari"],
      6: [null, null, null, null, "Angg.", "Total"],
      7: ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
      8: ["I", "Hasil Penjualan BMD yang tidak Dipisahkan", 1002654953.0, 2064574291.0, 99.0, 17.94],
      9: [1, "Hasil Penjualan Peralatan dan Mesin", 0.0, 28029753.0, 100.0, 0.24],
      10: [2, "Hasil Penjualan Jalan, Jaringan, dan Irigasi", 0.0, 84696238.0, 100.0, 0.74],
      11: [3, "Hasil Penjualan Aset Lainnya", 1002654953.0, 1951848300.0, 194.67, 16.96],
      12: ["II", "Jasa Giro", 1767872893.0, 3657333688.0, 206.88, 31.78],
      13: [4, "Jasa Giro pada Kas Daerah", 1651872893.0, 3657331615.0, 221.41, 31.78],
      14: [5, "Jasa Giro pada Kas di Bendahara", 116000000.0, 2073.0, 0.0, 0.0],
      15: ["III", "Pendapatan Bunga", 1500000000.0, 995833328.0, 66.39, 8.65],
    },
    merges: ["A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:F5"],
  },
]);
