// "Penghitungan Penilaian Kinerja Puskesmas Tahun 2019" (Lampiran 10), Puskesmas Sutojayan, Kabupaten Blitar —
// the UKM Esensial / Upaya Promosi Kesehatan block, typed from the stored text of the public scribd copy
// (see SOURCES.md). Figures as printed: T as a percentage, "% Cakupan Riil" as a fraction with one decimal (0.2),
// the achievement against target with ten decimals (1.0073637703), sub-variabel scores in points (65.0).
"use strict";
const { writeListing } = require("./write-listing");

const pct = (v) => ({ v, f: "0%" });
const one = (v) => ({ v, f: "0.0" });
// C kegiatan, D T, E satuan, F total sasaran (S), G target sasaran (T×S), H pencapaian (P), I cakupan riil, J terhadap target
const ind = (name, t, sat, s, g, p, riil, tt) => [null, null, name, pct(t), sat, s, g, p, one(riil), tt];
const sub = (label, k) => [null, label, null, null, null, null, null, null, null, null, one(k)];
const avgT = (v) => [null, null, null, pct(v)];

writeListing("sutojayan-puskesmas-pkp-promkes-2019", [
  {
    name: "Lampiran 10",
    widths: { A: 5, B: 30, C: 46, D: 10, E: 10, F: 9, G: 9, H: 11, I: 12, J: 14, K: 10, L: 14, M: 20 },
    rows: {
      1: ["Lampiran 10"],
      2: ["PENGHITUNGAN PENILAIAN KINERJA PUSKESMAS TAHUN 2019"],
      3: ["PUSKESMAS : SUTOJAYAN", null, null, null, null, null, null, null, null, "PERIODE 1 TAHUN"],
      4: ["KABUPATEN : BLITAR"],
      6: ["No", "Upaya Kesehatan", "Kegiatan", "Target Tahun 2019 (T) dalam %", "Satuan sasaran", "Total sasaran (S)",
        "Target Sasaran (TxToS)", "Pencapaian (P)", "% Cakupan Riil (8 : 6x100)",
        "% Cakupan (terhadap target) (8:7x100)", "Sub Variabel", "Variabel dan Total nilai Program",
        "Masalah / Penyebab / RTL / Tindak Lanjut / Evaluasi"],
      7: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
      8: [null, "2.1.UKM ESSENSIAL", null, null, null, null, null, null, null, null, null, 72.2553047095],
      9: [null, "2.1.1.Upaya Promosi Kesehatan", null, null, null, null, null, null, null, null, null, one(89.4)],
      10: sub("2.1.1.1 Pengkajian PHBS (Pola Hidup Bersih dan Sehat)", 65.0),
      11: ind("1.Rumah Tangga yang dikaji", 0.2, "RT.", 3395, 679, 684, 0.2, 1.0073637703),
      12: ind("2.Institusi Pendidikan yang dikaji", 0.5, "Sekolah.", 35, 17.5, 35, 1.0, 2),
      13: ind("3. Pondok pesantren yang di kaji", 0.7, "Ponpes", 4, 2.8, 3, 0.8, 1.0714285714),
      14: avgT(0.47),
      15: sub("2.1.1.1.2.Tatanan Sehat", 76.2),
      16: ind("1.Rumah Tangga Sehat yang memenuhi 10 indikator PHBS", 0.62, "RT", 679, 420.98, 420, 0.6, 0.9976720984),
      17: ind("2. Institusi Pendidikan yang memenuhi 7-8 indikator PHBS (klasifikasi IV)", 0.7, "IP", 18, 12.6, 12, 0.7,
        0.9523809524),
      18: ind("3. Pondok Pesantren yang memenuhi 16-18 indikator PHBS pndok pesantren (Klasifikasi IV)", 0.3, "Ponpes",
        3, 0.9, 3, 1.0, 3.3333333333),
      19: avgT(0.54),
      20: sub("2.1.1.3.Intervensi/ Penyuluhan", 100.0),
      21: ind("1.Kegiatan intervensi pada Kelompok Rumah Tangga", 1, "kali", 11, 11, 11, 1.0, 1),
      22: ind("2. Kegiatan intervensi pada Institusi Pendidikan", 1, "kali", 17, 17, 17, 1.0, 1),
      23: ind("3. Kegiatan intervensi pada Pondok Pesantren", 1, "kali", 1, 1, 1, 1.0, 1),
      24: avgT(1),
      25: sub("2.1.1.4.Pengembangan UKBM", 100.0),
      26: ind("1. Posyandu Balita PURI (Purnama Mandiri)", 0.74, "Posyandu", 54, 39.96, 54, 1.0, 1.3513513514),
      27: ind("2. Poskesdes/ Poskeskel Aktif", 1, "poskesdes", 11, 11, 11, 1.0, 1),
      28: avgT(0.87),
      29: sub("2.1.1.5 Pengembangan Desa Siaga Aktif", 100.0),
      30: ind("1.Desa Siaga Aktif", 1, "Desa", 11, 11, 11, 1.0, 1),
      31: ind("2.Desa Siaga Aktif PURI ( Purnama Mandiri )", 0.15, "Desa", 11, 1.65, 11, 1.0, 6.6666666667),
      32: ind("3.Pembinaan Desa Siaga Aktif", 1, "Desa", 11, 11, 11, 1.0, 1),
      33: avgT(0.72),
      34: sub("2.1.1.6. Promosi Kesehatan dan Pemberdayaan Masyarakat", 95.0),
      35: ind("1. Promosi kesehatan untuk program prioritas di dalam gedung Puskesmas dan jaringannya (sas", 1, null,
        12, 12, 12, 1.0, 1),
    },
  },
]);
