// "Laporan Realisasi Anggaran Semester Pertama Tahun 2011", Badan Rumah Sakit Daerah Kabupaten Kudus (RSUD, BLUD),
// typed from the stored document text as printed (see SOURCES.md). Negative figures are printed in parentheses.
"use strict";
const { writeListing } = require("./write-listing");

const ACC = "#,##0;(#,##0)";
writeListing("rsud-kudus-lra-sem1-2011", [
  {
    name: "LRA Semester I",
    widths: { A: 14, B: 36, C: 18, D: 18, E: 18 },
    formats: { C: ACC, D: ACC, E: ACC },
    rows: {
      1: ["LAPORAN REALISASI ANGGARAN"],
      2: ["SEMESTER PERTAMA TAHUN 2011"],
      4: ["NO. Urut", "URAIAN", "Anggaran Tahun 2011", "Realisasi", "Lebih / (Kurang)"],
      5: ["4", "PENDAPATAN"],
      6: ["4.1", "PENDAPATAN ASLI DAERAH"],
      7: ["4.1.2", "Hasil Retribusi Daerah", 41106544000, 16105590736, -25000953264],
      8: ["4.1.2.01.01", "Retribusi Pelayanan Kesehatan", 41106544000, 16105590736, -25000953264],
      9: ["5", "BELANJA"],
      10: ["5.1", "BELANJA TIDAK LANGSUNG", 19041251000, 9043001806, 9998249194],
      11: ["5.1.1", "Belanja Pegawai", 19041251000, 9043001806, 9998249194],
      12: ["5.2", "BELANJA LANGSUNG", 42608644000, 11980712153, 30627931847],
      13: ["5.2.1", "Belanja Pegawai", 1374184000, 297327100, 1076856900],
      14: ["5.2.2", "Belanja Barang dan Jasa", 32590385000, 11624804553, 20965580447],
      15: ["5.2.3", "Belanja Modal", 8644075000, 58580500, 8585494500],
      16: [null, "Jumlah", 61649895000, 21023713959, 40626181041],
      17: [null, "Surplus / (Defisit)", -20543351000, -4918123223],
    },
  },
]);
