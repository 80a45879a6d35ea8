// Tabel 3.5 "Analisis Pencapaian Sasaran 1, Kecamatan Gunung Kaler Kabupaten Tangerang", LKjIP Kecamatan Gunung
// Kaler Tahun 2020, Bab III.D — typed from the report as printed (see SOURCES.md). Each figure keeps the number of
// decimals the report prints (82,5 / 84,75 / 66,7), as the cell's number format.
"use strict";
const { writeListing } = require("./write-listing");

const n = (v, d) => ({ v, f: d === 0 ? "0" : "0." + "0".repeat(d) });

writeListing("gunungkaler-kecamatan-sasaran1-2020", [
  {
    name: "Tabel 3.5",
    widths: { A: 8, B: 44, C: 9, D: 10, E: 10, F: 11, G: 11, H: 12, I: 12 },
    rows: {
      1: ["Tabel 3.5"],
      2: ["Analisis Pencapaian Sasaran 1"],
      3: ["Kecamatan Gunung Kaler Kabupaten Tangerang"],
      5: ["No.", "Indikator Kinerja", "Satuan", "Target 2019", "Target 2020", "Realisasi 2019", "Realisasi 2020",
        "Capaian 2019(%)", "Capaian 2020(%)"],
      6: ["01.01", "Hasil Indeks Kepuasan Masyarakat", "Nilai", n(82.5, 1), n(84.75, 2), n(88.94, 2), n(88.95, 2),
        n(107.81, 2), n(104.96, 2)],
      7: ["01.02", "Prosentase desa/kelurahan dengan kategori minimal Berkembang", "Persen", n(65, 0), n(70, 0),
        n(66.67, 2), n(66.7, 1), n(102.57, 2), n(95.24, 2)],
      8: ["01.03", "Persentase desa dengan laporan pertanggungjawaban baik", "Persen", n(44.44, 2), n(55.56, 2),
        n(44.44, 2), n(55.56, 2), n(100, 2), n(100, 2)],
      9: ["Jumlah Capaian Realisasi Kinerja", null, null, null, null, null, null, n(310.38, 2), n(300.2, 2)],
      10: ["Rata-Rata Capaian Realisasi Kinerja", null, null, null, null, null, null, n(103.46, 2), n(100.07, 2)],
    },
    merges: ["A9:G9", "A10:G10"],
  },
]);
