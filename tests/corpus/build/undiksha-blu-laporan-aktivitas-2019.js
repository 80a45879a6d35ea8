// "Laporan Aktivitas Tahun 2019 dan 2018", Laporan Tahunan Rektor Universitas Pendidikan Ganesha (Undiksha, a PTN
// BLU) Tahun 2020, page 45 — typed from the flipbook page as printed, up to the last complete row (see SOURCES.md).
// The Kenaikan of Pendapatan Alokasi APBN is kept as printed (5.596.859.320): the source's own typo.
"use strict";
const { writeListing } = require("./write-listing");

writeListing("undiksha-blu-laporan-aktivitas-2019", [
  {
    name: "Laporan Aktivitas",
    widths: { A: 36, B: 20, C: 20, D: 20, E: 10 },
    formats: { B: "#,##0;-#,##0", C: "#,##0;-#,##0", D: "#,##0;-#,##0", E: "0.00" },
    rows: {
      1: ["LAPORAN AKTIVITAS"],
      2: ["TAHUN 2019 DAN 2018"],
      4: ["Uraian", "31 Desember 2019", "31 Desember 2018", "Kenaikan (Penurunan)", "%"],
      5: ["Kegiatan Operasional"],
      6: ["Pendapatan"],
      7: ["Pendapatan Alokasi APBN", 114647439949, 109086580629, 5596859320, 5.09],
      8: ["Pendapatan dari Masyarakat", 95464287176, 80271075151, 15193212025, 18.92],
      9: ["Pendapatan Hibah BLU", 390000001, 939650000, -549649999, -58.49],
      10: ["Pendapatan Hasil Kerjasama BLU", 1084243550, 287574251, 796669299, 277.03],
      11: ["Pendapatan BLU lainnya", 1648264833, 783454795, 864810038, 110.38],
      12: ["Jumlah Pendapatan", 213234235509, 191368334826, 21865900683, 11.42],
      13: ["Beban"],
      14: ["Beban Pegawai", 107920771322, 108390095306, -469323984, -0.43],
    },
  },
]);
