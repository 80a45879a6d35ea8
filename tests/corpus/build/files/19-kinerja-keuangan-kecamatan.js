// A kecamatan LKjIP table with "Kinerja" and "Keuangan" column groups side by side, each Target/Anggaran |
// Realisasi | % in points; a program's Keuangan merged over its indicator rows; JUMLAH and Rata-rata rows.
"use strict";
const { Book } = require("../lib");

module.exports = function build() {
  const b = new Book("kinerja-keuangan-kecamatan-2024");
  b.agency = "kecamatan";
  b.classes = [3, 5];
  b.format = "LKjIP table with Kinerja and Keuangan groups (points), merged program budget";
  const s = b.sheet("Tabel 3.3");
  s.width({ A: 5, B: 34, C: 48, D: 40, E: 9, F: 9, G: 9, H: 16, I: 16, J: 9 });
  s.merge("A1:J1", { v: "Tabel 3.3 Capaian Kinerja dan Realisasi Keuangan Kecamatan Sukamulya Tahun 2024", b: true });
  const H = { b: true, wrap: true };
  s.merge("A3:A4", { v: "No", ...H });
  s.merge("B3:B4", { v: "Sasaran Strategis", ...H });
  s.merge("C3:C4", { v: "Indikator Kinerja", ...H });
  s.merge("D3:D4", { v: "Program", ...H });
  s.merge("E3:G3", { v: "Kinerja", ...H });
  s.merge("H3:J3", { v: "Keuangan", ...H });
  s.row(4, ["Target", "Realisasi", "%", "Anggaran (Rp)", "Realisasi (Rp)", "%"], { from: "E", ...H });
  const M = "#,##0";
  const P = "0.00";
  const N = "#,##0.00";
  const ind = [
    [5, "1", "Meningkatnya kualitas pelayanan publik kecamatan", "Indeks kepuasan masyarakat terhadap layanan kecamatan", 80, 82.35],
    [6, "", "", "Persentase layanan administrasi yang diselesaikan tepat waktu", 95, 97.1],
    [7, "2", "Meningkatnya partisipasi masyarakat dalam pembangunan", "Jumlah usulan musrenbang kecamatan yang diakomodir dalam RKPD", 45, 38],
    [8, "3", "Meningkatnya ketenteraman dan ketertiban umum", "Persentase gangguan ketenteraman dan ketertiban umum yang ditangani", 100, 100],
    [9, "4", "Meningkatnya akuntabilitas kinerja kecamatan", "Nilai SAKIP kecamatan", 70, 71.25],
  ];
  for (const [r, no, sas, name, t, real] of ind)
    s.row(r, [no, { v: sas, wrap: true }, { v: name, wrap: true }, null, { v: t, fmt: N }, { v: real, fmt: N },
      { v: Math.round((real / t) * 10000) / 100, fmt: P }]);
  const prog = [
    [5, 6, "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 612450000, 587210300],
    [7, 7, "Program Pemberdayaan Masyarakat Desa dan Kelurahan", 284300000, 266915750],
    [8, 8, "Program Penyelenggaraan Ketenteraman dan Ketertiban Umum", 198750000, 191402500],
    [9, 9, "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 2845600000, 2701114850],
  ];
  for (const [top, bottom, name, pagu, real] of prog) {
    const spec = [[`D`, { v: name, wrap: true }], [`H`, { v: pagu, fmt: M }], [`I`, { v: real, fmt: M }],
      [`J`, { v: Math.round((real / pagu) * 10000) / 100, fmt: P }]];
    for (const [c, v] of spec) {
      if (bottom > top) s.merge(`${c}${top}:${c}${bottom}`, v);
      else s.set(`${c}${top}`, v);
    }
  }
  // Planted 1: program 2's Keuangan % typed 98,39 (266.915.750 / 284.300.000 = 93,89).
  s.set("J7", { v: 98.39, fmt: P });
  s.merge("A10:G10", { v: "JUMLAH", b: true });
  // Planted 2: the JUMLAH anggaran sums H5:H8 and misses program 4.
  s.set("H10", { f: "SUM(H5:H8)", fmt: M, b: true });
  s.set("I10", { f: "SUM(I5:I9)", fmt: M, b: true });
  s.set("J10", { f: "ROUND(I10/H10*100,2)", r: Math.round((s.num("I10") / s.num("H10")) * 10000) / 100, fmt: P, b: true });
  s.merge("A11:F11", { v: "Rata-rata Capaian Kinerja", b: true });
  let t = 0;
  for (let r = 5; r <= 9; r++) t += s.num(`G${r}`);
  s.set("G11", { f: "AVERAGE(G5:G9)", r: t / 5, fmt: P, b: true });

  b.table(s, "indicators", 3);
  const cap = {};
  for (const [r] of ind) cap[r] = b.ratio(s, r, "capaian", `F${r}`, `E${r}`);
  for (const [top, bottom] of prog) {
    const ser = b.ratio(s, top, "serapan", `I${top}`, `H${top}`);
    let ck = 0;
    for (let r = top; r <= bottom; r++) ck += cap[r];
    ck /= bottom - top + 1;
    b.value(s, top, "capaianKinerja", ck);
    b.value(s, top, "efisiensi", ck / ser);
  }
  b.anomaly(s, "J7", ["ABSORPTION_MISMATCH"], "98,39 typed; 266.915.750 / 284.300.000 = 93,89");
  b.anomaly(s, "H10", ["TOTAL_MISMATCH"], "SUM(H5:H8) = 1.095.500.000 leaves out program 4; all four = 3.941.100.000");
  b.tolerate(s, "J10", ["ABSORPTION_MISMATCH", "BUDGET_OVER"]);
  b.tolerate(s, "I10", ["BUDGET_OVER"]);
  return b;
};
