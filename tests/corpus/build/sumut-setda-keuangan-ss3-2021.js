// Tabel 19 "Realisasi Keuangan Sasaran Strategis-3", Laporan Kinerja Sekretariat Daerah Provinsi Sumatera Utara
// Tahun 2021, page 41 — typed from the report as printed (see SOURCES.md).
"use strict";
const { writeListing } = require("./write-listing");

const IND =
  "Persentase kegiatan dalam pembinaan aparatur pemerintahan dalam penyelenggaran kebijakan pemerintahan di " +
  "daerah serta Kegiatan Evaluasi Kerjasama Pemerintah/ Badan Usaha/ Swasta";

writeListing("sumut-setda-keuangan-ss3-2021", [
  {
    name: "Tabel 19",
    widths: { B: 40, C: 44, D: 16, E: 16, F: 14 },
    formats: { D: "#,##0", E: "#,##0", F: "0.0" },
    rows: {
      1: ["Tabel 19"],
      2: ["Realisasi Keuangan Sasaran Strategis-3"],
      4: ["NO", "INDIKATOR KINERJA", "PROGRAM/ KINERJA", "ANGGARAN (Rp)", "REALISASI (Rp)", "CAPAIAN REALISASI ANGGARAN (%)"],
      5: [1, 2, 3, 4, 5, 6],
      6: [1, IND, "Program Pemerintahan Dan Otonomi Daerah", null, null, 88.6],
      7: [null, null, "Kegiatan Pelaksanaan Tugas Pemerintahan"],
      8: [null, null, "1. Sub Kegiatan Fasilitasi Pelaksanaan Pemerintahan Umum", 749930215, 702188300, 93.6],
      9: [null, null, "Kegiatan Fasilitasi Kerjasama Daerah"],
      10: [null, null, "1.Sub Kegiatan Fasilitasi Kerjasama antar Pemerintah", 216194000, 188957200, 87.4],
      11: [null, null, "2.Sub Kegiatan Fasilitasi Kerjasama Badan Usaha/Swasta", 378896500, 351953546, 92.9],
      12: [null, null, "3.Sub Kegiatan Evaluasi Pelaksanaan Kerja Sama", 398379650, 307055630, 80.5],
    },
    merges: ["A6:A12", "B6:B12"],
  },
]);
