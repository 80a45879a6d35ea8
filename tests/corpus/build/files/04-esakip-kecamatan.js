// e-SAKIP "Pengukuran Kinerja" page of a pemda's SAKIP application, copied from the browser into Excel (id-ID):
// en-US digit grouping ("184,300,000", "92.86") stays text, months 1–12 then "Jumlah", Kinerja(%) as points;
// a second table on the same sheet for Alokasi / Realisasi Anggaran per month.
"use strict";
const { Book } = require("../lib");

const en = (x, dec = 0) => ({
  v: x.toLocaleString("en-US", { minimumFractionDigits: dec, maximumFractionDigits: dec }),
  n: x,
});

module.exports = function build() {
  const b = new Book("esakip-pengukuran-kinerja-kecamatan-2024");
  b.agency = "kecamatan";
  b.classes = [2, 3, 5];
  b.format = "e-SAKIP Pengukuran Kinerja (monthly realisasi, Jumlah, Kinerja %), pasted as text";
  const s = b.sheet("Pengukuran Kinerja");
  s.width({ A: 24, B: 40, C: 44, D: 10, E: 10 });
  s.set("A1", { v: "Pengukuran Kinerja Tahun 2024", b: true });
  s.set("A2", "Kecamatan Sukamaju - Seksi Pemerintahan");
  // Indicator table
  s.merge("A4:A5", { v: "Pejabat", b: true });
  s.merge("B4:B5", { v: "Sasaran Kegiatan / Sub-Kegiatan", b: true });
  s.merge("C4:C5", { v: "Indikator", b: true });
  s.merge("D4:D5", { v: "Satuan", b: true });
  s.merge("E4:E5", { v: "Target", b: true });
  s.merge("F4:R4", { v: "Realisasi", b: true });
  s.merge("S4:S5", { v: "Kinerja(%)", b: true });
  s.row(5, ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "Jumlah"], { from: "F", b: true });

  const ind = (r, name, unit, target, months, jumlah, kinerja) => {
    s.row(r, [null, null, name, unit, target]);
    months.forEach((m, i) => m !== null && s.row(r, [m], { from: String.fromCharCode(70 + i) }));
    s.set(`R${r}`, jumlah);
    s.set(`S${r}`, kinerja);
  };
  s.set("A6", "Kepala Seksi Pemerintahan");
  s.set("B6", { v: "Sasaran Kegiatan :", b: true });
  s.set("B7", "Meningkatnya kualitas penyelenggaraan pemerintahan kecamatan");
  const n = null;
  ind(8, "Persentase desa yang menyampaikan LPPDes tepat waktu", "persen", en(100),
    [n, n, en(71.43, 2), n, n, n, n, n, n, n, n, en(92.86, 2)], en(92.86, 2), en(92.86, 2));
  s.set("B9", { v: "Sasaran Sub-Kegiatan :", b: true });
  s.set("B10", "Terselenggaranya fasilitasi administrasi kependudukan");
  const docs = [85, 92, 110, 98, 104, 95, 101, 99, 88, 107, 112, 96]; // Σ = 1187
  ind(11, "Jumlah dokumen kependudukan yang difasilitasi", "dokumen", en(1200), docs.map((x) => en(x)), en(1187), en(98.92, 2));
  ind(12, "Jumlah rapat koordinasi Forkopimcam", "kali", en(12),
    [1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, n].map((x) => (x === null ? null : en(x))), en(12), en(100, 2));
  s.set("B13", "Terselenggaranya pembinaan pemerintahan desa");
  ind(14, "Jumlah desa yang dibina dalam penyusunan APBDes", "desa", en(14),
    [n, en(6), en(8), n, n, n, n, n, n, n, n, n], en(14), en(100, 2));
  ind(15, "Rata-rata nilai IKM layanan kecamatan", "nilai", en(82),
    [n, n, en(80.15, 2), n, n, en(81.02, 2), n, n, en(83.4, 2), n, n, en(84.11, 2)], en(82.17, 2), en(100.21, 2));
  // Planted: after the export the seksi corrected November (112 → 121) by typing a number; Jumlah stayed 1187.
  s.set("P11", 121);

  // Budget table
  s.merge("A18:A19", { v: "Pejabat", b: true });
  s.merge("B18:B19", { v: "Kegiatan / Sub-Kegiatan", b: true });
  s.merge("C18:C19", { v: "Alokasi Anggaran (Rp)", b: true });
  s.merge("D18:P18", { v: "Realisasi Anggaran (Rp)", b: true });
  s.merge("Q18:Q19", { v: "Realisasi(%)", b: true });
  s.row(19, ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "Jumlah"], { from: "D", b: true });
  const m1 = [0, 12450000, 15300000, 14880000, 16200000, 13975000, 15420000, 14600000, 16010000, 15230000, 17450000, 25637500];
  const m2 = [0, 8200000, 9450000, 10100000, 11340000, 9870000, 10560000, 12005000, 10880000, 11240000, 12650000, 18416750];
  const sum = (a) => a.reduce((x, y) => x + y, 0);
  const budget = (r, name, alokasi, months) => {
    s.set(`B${r}`, name);
    s.set(`C${r}`, en(alokasi));
    months.forEach((m, i) => m && s.set(`${String.fromCharCode(68 + i)}${r}`, en(m)));
    const total = sum(months);
    s.set(`P${r}`, en(total));
    s.set(`Q${r}`, en(Math.round((total / alokasi) * 10000) / 100, 2));
  };
  s.set("A20", "Kepala Seksi Pemerintahan");
  s.set("B20", { v: "Kegiatan :", b: true });
  budget(21, "Penyelenggaraan Urusan Pemerintahan Umum", 312450000, m1.map((x, i) => x + m2[i]));
  s.set("B22", { v: "Sub-Kegiatan :", b: true });
  budget(23, "Fasilitasi Pelayanan Administrasi Kependudukan di Kecamatan", 184300000, m1);
  budget(24, "Pembinaan dan Pengawasan Penyelenggaraan Pemerintahan Desa", 128150000, m2);
  s.sumIs("C21", ["C23", "C24"]);
  s.sumIs("P21", ["P23", "P24"]);

  b.table(s, "indicators", 4);
  b.table(s, "budget", 18);
  b.ratio(s, 8, "capaian", "R8", "E8");
  b.ratio(s, 12, "capaian", "R12", "E12");
  b.ratio(s, 14, "capaian", "R14", "E14");
  b.ratio(s, 15, "capaian", "R15", "E15");
  for (const r of [21, 23, 24]) b.ratio(s, r, "serapan", `P${r}`, `C${r}`);
  b.anomaly(s, "R11", ["QUARTER_SUM_MISMATCH"], "Jumlah 1.187; months now sum to 1.196 (November typed 121)");
  return b;
};
