// An LKj budget table "dalam ribuan rupiah": every amount rounded on its own, so the Jumlah row (rounded from the
// exact total) is one unit off the sum of the rounded rows; % stored rounded to three decimals and shown with one
// decimal ("0.0%"): they agree at their displayed precision and are not errors.
"use strict";
const { Book } = require("../lib");

module.exports = function build() {
  const b = new Book("rounded-realisasi-kanwil-ribuan-2024");
  b.agency = "kementerian-satker";
  b.classes = [6];
  b.format = "LKj table in thousands of rupiah, % with one displayed decimal";
  const s = b.sheet("Tabel 3.9");
  s.width({ A: 5, B: 36, C: 18, D: 18, E: 12 });
  s.merge("A1:E1", { v: "Tabel 3.9 Realisasi Anggaran per Jenis Belanja Kanwil Kementerian Agama Provinsi Sukamaju TA 2024", b: true });
  s.merge("A2:E2", "(dalam ribuan rupiah)");
  s.row(4, ["No", "Jenis Belanja", "Pagu", "Realisasi", "% Realisasi"], { b: true });
  const M = "#,##0";
  const P = "0.0%";
  // Amounts as published: each rounded to thousands from the rupiah figure; % typed to three decimals.
  const rows = [
    [5, "1", "Belanja Pegawai", 412845311, 405118765, 0.981],
    [6, "2", "Belanja Barang", 98450513, 91882141, 0.933],
    [7, "3", "Belanja Modal", 24318651, 22907416, 0.942],
    [8, "4", "Belanja Bantuan Sosial", 6215400, 6102883, 0.982],
  ];
  for (const [r, no, name, pagu, real, pct] of rows) s.row(r, [no, name, { v: pagu, fmt: M }, { v: real, fmt: M }, { v: pct, fmt: P }]);
  // Jumlah rounded from the rupiah totals (541.829.874.100 and 526.011.204.150): one unit below Σ of the rows.
  s.merge("A9:B9", { v: "Jumlah", b: true });
  s.row(9, [{ v: 541829874, fmt: M, b: true }, { v: 526011204, fmt: M, b: true }, { v: 0.971, fmt: P, b: true }], { from: "C" });
  // Planted: Belanja Modal's % typed 95,1% (22.907.416 / 24.318.651 = 94,2%).
  s.set("E7", { v: 0.951, fmt: P });
  s.sumIs("C9", ["C5", "C6", "C7", "C8"], true); // the rounding unit, deliberately
  s.sumIs("D9", ["D5", "D6", "D7", "D8"], true);

  b.table(s, "budget", 4);
  for (const r of [5, 6, 7, 8, 9]) b.ratio(s, r, "serapan", `D${r}`, `C${r}`);
  b.anomaly(s, "E7", ["ABSORPTION_MISMATCH"], "95,1% shown; 22.907.416 / 24.318.651 = 94,2% (beyond the displayed decimal)");
  return b;
};
