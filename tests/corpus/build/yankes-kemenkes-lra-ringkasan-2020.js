// Tabel 1 "Ringkasan Laporan Realisasi Anggaran 31 Desember 2020 dan 31 Desember 2019", Laporan Keuangan
// Direktorat Jenderal Pelayanan Kesehatan (Kementerian Kesehatan) 31 Desember 2020, Ringkasan — typed from the
// stored text of the public scribd copy as printed (see SOURCES.md).
"use strict";
const { writeListing } = require("./write-listing");

writeListing("yankes-kemenkes-lra-ringkasan-2020", [
  {
    name: "Tabel 1",
    widths: { A: 22, B: 24, C: 24, D: 14, E: 24 },
    formats: { B: "#,##0.00", C: "#,##0.00", D: "0.00", E: "#,##0.00" },
    rows: {
      1: ["Tabel 1"],
      2: ["Ringkasan Laporan Realisasi Anggaran 31 Desember 2020 dan 31 Desember 2019"],
      4: ["URAIAN", "31 Desember 2020", null, null, "31 Desember 2019"],
      5: [null, "ANGGARAN", "REALISASI", "% REALISASI TERHADAP ANGGARAN", "REALISASI"],
      6: ["PENDAPATAN NEGARA", 12131855511000, 13208754615575, 108.88, 12343508891767],
      7: ["BELANJA NEGARA", 37415416049000, 34460684251404, 92.1, 17522930056513],
    },
    merges: ["A4:A5", "B4:D4"],
  },
]);
