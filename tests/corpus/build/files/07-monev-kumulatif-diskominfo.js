// A pemda OPD's quarterly "Monitoring dan Evaluasi Capaian Kinerja" sheet (a cut-down E.81): Target | Pagu, a
// REALISASI TOTAL group, then per triwulan Kinerja | Keuangan (%) | Rp — all cumulative (s.d. triwulan), so the
// year is TW IV, not the sum. Targets typed with their unit ("12 Dokumen").
"use strict";
const { Book } = require("../lib");

module.exports = function build() {
  const b = new Book("monev-kinerja-kumulatif-diskominfo-2024");
  b.agency = "pemda-opd";
  b.classes = [3, 4, 5];
  b.format = "E.81-style monev, TW I–IV cumulative as Kinerja | Keuangan % | Rp";
  const s = b.sheet("Monev TW IV");
  s.width({ A: 46, B: 44, C: 14, D: 16 });
  s.merge("A1:T1", { v: "MONITORING DAN EVALUASI CAPAIAN KINERJA ATAS RENCANA AKSI", b: true });
  s.merge("A2:T2", { v: "DINAS KOMUNIKASI DAN INFORMATIKA KOTA SUKAMAJU", b: true });
  s.merge("A3:T3", { v: "APBD MURNI TAHUN 2024", b: true });
  const H = { b: true, wrap: true };
  s.merge("A5:A7", { v: "PROGRAM / KEGIATAN / SUB KEGIATAN", ...H });
  s.merge("B5:B7", { v: "INDIKATOR", ...H });
  s.merge("C5:D6", { v: "TARGET KINERJA DAN ANGGARAN", ...H });
  s.merge("E5:G6", { v: "REALISASI TOTAL", ...H });
  s.merge("H5:S5", { v: "REALISASI PER TRIWULAN (KUMULATIF)", ...H });
  s.merge("H6:J6", { v: "TW I", ...H });
  s.merge("K6:M6", { v: "TW II", ...H });
  s.merge("N6:P6", { v: "TW III", ...H });
  s.merge("Q6:S6", { v: "TW IV", ...H });
  s.merge("T5:T7", { v: "PENANGGUNG JAWAB", ...H });
  s.row(7, ["Target", "Pagu", "Kinerja", "Keuangan", "Rp.", "Kinerja", "Keuangan", "Rp.", "Kinerja", "Keuangan", "Rp.",
    "Kinerja", "Keuangan", "Rp.", "Kinerja", "Keuangan", "Rp."], { from: "C", b: true });
  const M = "#,##0";
  const P = "0.00%";
  const TW = [["H", "I", "J"], ["K", "L", "M"], ["N", "O", "P"], ["Q", "R", "S"]];
  // [row, name, indicator, target text, target number, pagu, kinerja TW1..4 (cumulative), Rp TW1..4 or null, pj]
  const rows = [
    [8, "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK", "Indeks kepuasan layanan informasi publik", "80 Indeks", 80, 2145600000, [null, null, null, 82.4], null, "Kepala Dinas"],
    [9, "Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota", "Persentase OPD yang informasinya dipublikasikan", "100 %", 100, 2145600000, [35, 60, 85, 100], null, "Kabid IKP"],
    [10, "Perumusan Kebijakan Teknis di Bidang Informasi dan Komunikasi Publik", "Jumlah dokumen kebijakan teknis yang disusun", "4 Dokumen", 4, 285400000, [1, 2, 3, 4], [45200000, 118450000, 196300500, 271845900], "Kabid IKP"],
    [11, "Layanan Hubungan Media", "Jumlah rilis berita yang dipublikasikan", "360 Rilis", 360, 1120300000, [84, 181, 270, 372], [158250000, 474220300, 790405650, 1084376500], "Kabid IKP"],
    [12, "Pengelolaan Media Komunikasi Publik", "Jumlah konten media sosial yang dipublikasikan", "1.200 Konten", 1200, 739900000, [290, 610, 905, 1214], [109000000, 312450000, 511624000, 695655000], "Kabid IKP"],
    [13, "PROGRAM APLIKASI INFORMATIKA", "Indeks SPBE", "2,8 Indeks", 2.8, 3410000000, [null, null, null, 2.91], null, "Kepala Dinas"],
    [14, "Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota", "Persentase layanan publik berbasis elektronik", "75 %", 75, 3410000000, [40, 52, 66, 78], null, "Kabid Aptika"],
    [15, "Pengelolaan Nama Domain dan Sub Domain", "Jumlah sub domain yang dikelola", "85 Sub domain", 85, 212000000, [80, 82, 84, 86], [30100000, 84560000, 140210000, 205330000], "Kabid Aptika"],
    [16, "Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik", "Jumlah aplikasi yang dikembangkan", "6 Aplikasi", 6, 1948000000, [0, 1, 3, 6], [0, 412300000, 988450000, 1901275600], "Kabid Aptika"],
    [17, "Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah", "Jumlah OPD yang terhubung jaringan intra", "48 OPD", 48, 1250000000, [40, 42, 45, 48], [310500000, 621000000, 931500000, 1212450000], "Kabid Aptika"],
  ];
  for (const [r, name, ind, tText, tNum, pagu, k, rp, pj] of rows) {
    const parent = rp === null;
    s.row(r, [{ v: name, b: parent, wrap: true }, { v: ind, wrap: true }, { v: tText, n: tNum }, { v: pagu, fmt: M }]);
    k.forEach((x, i) => s.set(`${TW[i][0]}${r}`, x === null ? "-" : x));
    if (rp) rp.forEach((x, i) => s.set(`${TW[i][2]}${r}`, { v: x, fmt: M }));
    s.set(`T${r}`, pj);
  }
  const kids = { 8: [9], 9: [10, 11, 12], 13: [14], 14: [15, 16, 17] };
  for (const parent of [9, 8, 14, 13])
    for (const [, , c] of TW) s.set(`${c}${parent}`, { f: kids[parent].map((k) => `${c}${k}`).join("+"), fmt: M });
  for (const [r] of rows) {
    for (const [, pc, c] of TW) s.set(`${pc}${r}`, { f: `${c}${r}/D${r}`, fmt: P });
    s.set(`E${r}`, s.num(`Q${r}`) === undefined ? "-" : { f: `Q${r}`, r: s.num(`Q${r}`) });
    s.set(`G${r}`, { f: `S${r}`, fmt: M });
    s.set(`F${r}`, { f: `G${r}/D${r}`, fmt: P });
  }
  s.sumIs("D9", ["D10", "D11", "D12"]);
  s.sumIs("D14", ["D15", "D16", "D17"]);
  // Planted 1: Layanan Hubungan Media — the year's Rp is the SUM of the four cumulative triwulan.
  s.set("G11", { f: "J11+M11+P11+S11", fmt: M });
  s.set("F11", { f: "G11/D11", fmt: P });
  // Planted 2: Pengembangan Aplikasi — TW III Keuangan typed (57,40%) instead of the formula.
  s.set("O16", { v: 0.574, fmt: P });
  // Planted 3: Nama Domain — the capaian (100) typed over the year's Kinerja; TW IV says 86.
  s.set("E15", 100);

  b.table(s, "indicators", 5);
  for (const [r] of rows) {
    if (r !== 15) b.ratio(s, r, "capaian", `E${r}`, `C${r}`);
    if (r !== 11) b.ratio(s, r, "serapan", `G${r}`, `D${r}`);
  }
  b.anomaly(s, "G11", ["QUARTER_SUM_MISMATCH", "BUDGET_OVER"], "cumulative TWs summed: 2.507.252.450 > pagu 1.120.300.000; TW IV = 1.084.376.500");
  b.anomaly(s, "O16", ["ABSORPTION_MISMATCH"], "57,40% typed; 988.450.000 / 1.948.000.000 = 50,74%");
  b.anomaly(s, "E15", ["QUARTER_SUM_MISMATCH", "CAPAIAN_MISMATCH"], "year's Kinerja 100 (a capaian) but TW IV (cumulative) = 86 sub domain");
  b.tolerate(s, "F11", ["ABSORPTION_MISMATCH"]);
  return b;
};
