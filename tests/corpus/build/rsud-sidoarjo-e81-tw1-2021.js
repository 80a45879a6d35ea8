// Formulir E.81 "Evaluasi terhadap Hasil Renja Perangkat Daerah", RSUD Kabupaten Sidoarjo, periode 2021 (triwulan I
// columns), the rows visible on the document's first page — typed as printed (see SOURCES.md). Figures are texts in
// the id-ID style as the form prints them.
"use strict";
const { writeListing } = require("./write-listing");

writeListing("rsud-sidoarjo-e81-tw1-2021", [
  {
    name: "E.81",
    widths: { A: 5, B: 34, C: 34, D: 4, E: 40, F: 7, G: 22, H: 22, I: 18, J: 22, K: 50 },
    rows: {
      1: ["Formulir E.81"],
      2: ["Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Kabupaten/Kota"],
      3: ["Renja Perangkat Daerah RSUD Kabupaten Sidoarjo"],
      4: ["Periode Pelaksanaan Tahun 2021"],
      6: ["No", "Sasaran", "Uraian Program / Kegiatan / Subkegiatan", "Indikator Kinerja Program (outcome) / Kegiatan (intermediate output) / Sub kegiatan (output)", null, "Satuan", "Target Kinerja dan Anggaran Renja Perangkat Daerah tahun berjalan (Tahun 2021) yang dievaluasi", null, "Realisasi Kinerja Triwulan I", null, "Keterangan"],
      7: [null, null, null, null, null, null, "K", "Rp", "K", "Rp"],
      8: ["1", "1", "2", "3", null, null, "4", null, "7", "8"],
      9: [null, "Urusan Pemerintahan: Bidang Kesehatan"],
      10: [1, "Meningkatkan pelayanan yang berkualitas dan terakreditasi dengan mengutamakan keselamatan pasien serta kepuasan pelanggan", "Program: Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", "a", "Status Akreditasi Rumah Sakit", null, "Terakreditasi Internasional", "590.090.455.000,00", "Diukur di TW IV", "103.035.984.342,00"],
      11: [null, null, null, "b", "Nilai Survey Kepuasan Masyarakat (SKM)", null, "A", null, "Diukur di TW IV"],
      12: [null, null, null, "c", "Persentase Pasien Keluar Hidup", "%", 93, null, "90,82", null, "salah satu penyebabnya yaitu tingginya Net Death Rate (NDR). Faktor yang menyebabkan tingginya Net Death Rate (NDR) adalah kondisi pasien pra rujukan yang datang sudah dalam kondisi kritis."],
      13: [null, null, "Kegiatan: Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota", "a", "Presentase elemen penilaian akreditasi rumah sakit yang memenuhi standar akreditasi", "%", "≥95", null, "Diukur di TW IV"],
    },
    merges: ["A6:A7", "B6:B7", "C6:C7", "D6:E7", "F6:F7", "G6:H6", "I6:J6", "K6:K7", "A10:A13", "B10:B13", "C10:C12"],
  },
]);
