// "Pengukuran Kinerja Tahun 2022 — Sub Bidang Penyusunan Anggaran", e-kinerja page of Kabupaten Polewali Mandar
// (simkinerja2022.polmankab.go.id) — typed from the page as printed (see SOURCES.md).
"use strict";
const { writeListing } = require("./write-listing");

const months = (byMonth) => Array.from({ length: 12 }, (_, i) => (i + 1 in byMonth ? byMonth[i + 1] : null));
const M = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

writeListing("polman-bpkad-pengukuran-2022", [
  {
    name: "Pengukuran Kinerja",
    widths: { A: 22, B: 44, C: 44 },
    rows: {
      1: ["Pengukuran Kinerja Tahun 2022"],
      2: ["Sub Bidang Penyusunan Anggaran"],
      4: ["Pejabat", "Sasaran Kegiatan / Sub-Kegiatan", "Indikator", "Satuan", "Target", "Realisasi", ...months({}), null, "Target Kinerja(%)"].slice(0, 6).concat(Array(12).fill(null), ["Target Kinerja(%)"]),
      5: [null, null, null, null, null, ...M, "Jumlah"],
      6: ["Kepala Sub Bidang Penyusunan Anggaran"],
      7: [null, "Sasaran Kegiatan :"],
      8: [null, "Meningkatnya Kualitas Penganggaran Pendapatan dan Belanja Daerah"],
      9: [null, null, "Persentase Perangkat Daerah yang Menyampaikan Dokumen Penganggaran Sesuai Standar dan Tepat Waktu", "persen", { v: 95.56, f: "0.00" }, ...months({ 12: 93 }), 93, { v: 97.32, f: "0.00" }],
      10: [null, "Sasaran Sub-Kegiatan :"],
      11: [null, "Tersusunnya Peraturan Daerah tentang APBD dan Peraturan Kepala Daerah tentang Penjabaran APBD"],
      12: [null, null, "Jumlah Rancangan Perda/Perbup Tentang APBD yang Tersusun sesuai standar dan tepat waktu", "dokumen", 2, ...months({ 6: 1, 9: 0, 12: 2 }), 3, { v: 150, f: "0.00" }],
      13: [null, "Tersusunnya Peraturan Daerah Tentang Perubahan APBD dan Peraturan Kepala Daerah Tentang Penjabaran Perubahan APBD"],
      14: [null, null, "Jumlah Rancangan Perda/Perbup Tentang Perubahan APBD yang Tersusun sesuai standar dan tepat waktu", "dokumen", 3, ...months({ 3: 1, 6: 1, 9: 1, 12: 2 }), 5, { v: 166.67, f: "0.00" }],
      17: ["Pejabat", "Kegiatan / Sub-Kegiatan", "Alokasi Anggaran (Rp)", "Realisasi Anggaran (Rp)", ...Array(12).fill(null), "Realisasi(%)"],
      18: [null, null, null, ...M, "Jumlah"],
      19: ["Kepala Sub Bidang Penyusunan Anggaran"],
      20: [null, "Kegiatan :"],
      21: [null, "Koordinasi dan Penyusunan Rencana Anggaran Daerah", 1004422800, ...months({ 3: 177776900, 6: 217285100, 9: 159227092, 12: 446683866 }), 1000972958, { v: 99.66, f: "0.00" }],
      22: [null, "Sub-Kegiatan :"],
      23: [null, "Koordinasi dan Penyusunan Peraturan Daerah Tentang APBD dan Peraturan Kepala Daerah Tentang Penjabaran APBD", 808430200, ...months({ 3: 177776900, 6: 139800500, 9: 156653392, 12: 331138792 }), 805369584, { v: 99.62, f: "0.00" }],
      24: [null, "Koordinasi dan Penyusunan Peraturan Daerah Tentang Perubahan APBD dan Peraturan Kepala Daerah Tentang Penjabaran Perubahan APBD", 195992600, ...months({ 6: 77484600, 9: 2573700, 12: 115545074 }), 195603374, { v: 99.8, f: "0.00" }],
    },
    formats: { C: "#,##0", D: "#,##0", E: "#,##0", F: "#,##0", G: "#,##0", H: "#,##0", I: "#,##0", J: "#,##0", K: "#,##0", L: "#,##0", M: "#,##0", N: "#,##0", O: "#,##0", P: "#,##0" },
    merges: ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:R4", "S4:S5", "A17:A18", "B17:B18", "C17:C18", "D17:P17", "Q17:Q18"],
  },
]);
