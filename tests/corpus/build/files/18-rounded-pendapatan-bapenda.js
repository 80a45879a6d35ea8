// A Bapenda's revenue recap "dalam jutaan rupiah" with two decimals: kode rekening hierarchy (4.1 › 4.1.01 ›
// 4.1.01.xx), parents rounded from the exact rupiah totals (so one can be 0,01 off the sum of its rounded rows),
// % in points from the exact figures, Lebih/(Kurang). Realisasi above target is good news here, not an overrun.
"use strict";
const { Book } = require("../lib");

module.exports = function build() {
  const b = new Book("rounded-pendapatan-bapenda-jutaan-2024");
  b.agency = "pemda-opd";
  b.classes = [1, 6];
  b.format = "revenue recap in millions of rupiah (2 decimals), kode rekening hierarchy";
  const s = b.sheet("Rekap Pendapatan");
  s.width({ A: 14, B: 50, C: 16, D: 16, E: 10, F: 16 });
  s.merge("A1:F1", { v: "REKAPITULASI TARGET DAN REALISASI PENDAPATAN ASLI DAERAH KABUPATEN SUKAMAJU TAHUN 2024", b: true });
  s.merge("A2:F2", "(dalam jutaan rupiah)");
  s.row(4, ["Kode Rekening", "Uraian", "Target", "Realisasi", "%", "Lebih/(Kurang)"], { b: true });
  const J = "#,##0.00;(#,##0.00)";
  const P = "0.00";
  // [row, code, name, target juta, realisasi juta, % points from the rupiah figures]
  const rows = [
    [5, "4.1", "PENDAPATAN ASLI DAERAH", 139320.05, 142632.87, 102.38, true],
    [6, "4.1.01", "Pajak Daerah", 129070.03, 132986.63, 103.03, true],
    [7, "4.1.01.19", "PBJT atas Jasa Perhotelan", 18450.01, 19105.24, 103.55],
    [8, "4.1.01.18", "PBJT atas Makanan dan/atau Minuman", 42310.0, 44802.12, 105.89],
    [9, "4.1.01.09", "Pajak Reklame", 6120.01, 5987.42, 97.83],
    [10, "4.1.01.12", "Pajak Air Tanah", 2840.01, 2701.56, 95.13],
    [11, "4.1.01.15", "Pajak Bumi dan Bangunan Perdesaan dan Perkotaan", 31500.0, 29877.42, 94.85],
    [12, "4.1.01.16", "Bea Perolehan Hak atas Tanah dan Bangunan", 27850.0, 30512.88, 109.56],
    [13, "4.1.02", "Retribusi Daerah", 10250.02, 9646.24, 94.11, true],
    [14, "4.1.02.01", "Retribusi Jasa Umum", 4210.01, 3987.12, 94.71],
    [15, "4.1.02.02", "Retribusi Jasa Usaha", 3150.0, 3204.12, 101.72],
    [16, "4.1.02.03", "Retribusi Perizinan Tertentu", 2890.01, 2455.01, 84.95],
  ];
  for (const [r, code, name, t, real, pct, bold] of rows)
    s.row(r, [{ v: code, b: bold }, { v: name, b: bold }, { v: t, fmt: J }, { v: real, fmt: J }, { v: pct, fmt: P }, { f: `D${r}-C${r}`, fmt: J }]);
  // Planted: Retribusi Jasa Usaha's % typed 107,72 (3.204,12 / 3.150,00 = 101,72).
  s.set("E15", { v: 107.72, fmt: P });
  s.sumIs("C6", ["C7", "C8", "C9", "C10", "C11", "C12"], false, 0.005);
  s.sumIs("D6", ["D7", "D8", "D9", "D10", "D11", "D12"], true, 0.005); // 0,01: rounding, not an error
  s.sumIs("D13", ["D14", "D15", "D16"], true, 0.005); // 0,01: rounding
  s.sumIs("C5", ["C6", "C13"], false, 0.005);

  b.table(s, "budget", 4);
  for (const [r] of rows) b.ratio(s, r, "serapan", `D${r}`, `C${r}`);
  b.anomaly(s, "E15", ["ABSORPTION_MISMATCH"], "107,72 typed; 3.204,12 / 3.150,00 = 101,72");
  return b;
};
