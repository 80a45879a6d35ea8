// "Pagu dan Realisasi DIPA (01) Badan Urusan Administrasi", LKjIP Badan Urusan Administrasi Mahkamah Agung RI
// Tahun 2019, Bab III.C Realisasi Anggaran — typed from the stored page text as printed (see SOURCES.md). Amounts
// are printed "2.592.320.000,-" and kept as such texts (id-ID grouping, ",-" suffix); % printed "98.90".
"use strict";
const { writeListing } = require("./write-listing");

writeListing("bua-ma-dipa01-realisasi-2019", [
  {
    name: "DIPA 01",
    widths: { A: 6, B: 22, C: 18, D: 18, E: 18, F: 8 },
    rows: {
      1: ["1. PAGU DAN REALISASI DIPA (01) BADAN URUSAN ADMINISTRASI"],
      3: ["NO.", "KEGIATAN", "PAGU AWAL", "PAGU REVISI", "REALISASI", "%"],
      4: [null, null, "(Rp.)", "(Rp.)", "(Rp.)", null],
      5: [1, "Belanja Pegawai", "2.592.320.000,-", "1.877.248.000,-", "1.856.657.167,-", "98.90"],
      6: [2, "Belanja Barang", "1.008.627.000,-", "1.145.827.000,-", "1.144.390.700,-", "99.87"],
      7: [3, "Belanja Modal", "0,-", "26.000.000,-", "25.040.000,-", "96.31"],
      8: ["JUMLAH", null, "3.606.947.000,-", "3.055.075.000,-", "3.032.087.867,-", "99.25"],
    },
    merges: ["A3:A4", "B3:B4", "F3:F4", "A8:B8"],
  },
]);
