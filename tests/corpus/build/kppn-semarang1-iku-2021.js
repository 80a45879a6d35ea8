// Two IKU explanation blocks of "Laporan Kinerja KPPN Tipe A1 Semarang I Tahun 2021" (pp. 39-40 and 89-90), typed
// from the report as printed (see SOURCES.md): the IKU satisfaction index (4-year comparison, 2021 capaian, Renstra
// comparison; numbers printed with decimal commas) and the Dana Transfer IKU (quarterly T/R/Capaian grid).
"use strict";
const { writeListing } = require("./write-listing");

const d2 = (v) => ({ v, f: "0.00" });

writeListing("kppn-semarang1-iku-2021", [
  {
    name: "IKU Kepuasan",
    widths: { A: 30, B: 12, C: 12, D: 12, E: 12, F: 12, G: 12, H: 12, I: 12 },
    rows: {
      1: ["9 Perbandingan antara Capaian Kinerja Dalam 4 Tahun;"],
      2: [null, "2018", null, "2019", null, "2020", null, "2021"],
      3: [null, "Target", "Realisasi", "Target", "Realisasi", "Target", "Realisasi", "Target", "Realisasi"],
      4: [null, "4,52", "4,66", "4,53", "4,89", "4,55", "4,92", "4,64", "4,93"],
      6: ["10 Perbandingan antara Capaian Kinerja Tahun 2021;"],
      7: [null, "Target 2021", "Realisasi Tahun 2021", "Capaian"],
      8: [null, "4,64", "4,93", "106,25"],
      10: ["11 Perbandingan dengan Target Perencanaan Jangka Menengah (Renstra) Tahun 2021;"],
      11: [null, "2020", null, "2021"],
      12: [null, "Target", "Realisasi", "Target", "Realisasi"],
      13: ["Kontrak kinerja", "4,55", "4,92", "4,64", "4,93"],
      14: ["Renstra 2020-2024", "4", "-", "4.05", "-"],
    },
    merges: ["B2:C2", "D2:E2", "F2:G2", "H2:I2", "B11:C11", "D11:E11"],
  },
  {
    name: "IKU Dana Transfer",
    widths: { A: 16, B: 22, C: 10, D: 10, E: 10, F: 10, G: 10, H: 10, I: 12 },
    rows: {
      1: ["4. Penjelasan Realisasi IKU Tahun 2021;"],
      2: ["KPPN Semarang I", "Nama Sasaran Strategis", ": Pelaksanaan Anggaran yang efektif dan efisien"],
      3: [null, "Nama IKU", ": Nilai kinerja penyaluran Dana Transfer ke Daerah dan Dana Desa"],
      5: ["T/R", "Q1", "Q2", "Sm. I", "Q3", "s.d Q3", "Q4", "Y-21", "Pol/ KP"],
      6: ["Target", 90, 90, 90, 90, 90, 90, 90, "Max/Average"],
      7: ["Realisasi", 100, d2(99.5), d2(99.75), d2(98.76), d2(99.42), d2(99.26), d2(99.38)],
      8: ["Capaian", d2(111.11), d2(110.56), d2(110.83), d2(109.73), d2(110.47), d2(110.28), d2(110.42)],
    },
    merges: ["A2:A3", "I6:I8"],
  },
]);
