// OM-SPAN "Realisasi Belanja" of one satker downloaded to Excel and kept as the working sheet: the CoA path as the
// code (program 054.01.WA › kegiatan 2886 › KRO EBA › RO 962 › akun 521211), numbers as numbers, Pagu /
// Realisasi / Sisa Pagu / %.
"use strict";
const { Book } = require("../lib");

module.exports = function build() {
  const b = new Book("omspan-realisasi-bps-kab-2024");
  b.agency = "kementerian-satker";
  b.classes = [1, 2];
  b.format = "OM-SPAN realisasi belanja per program/kegiatan/KRO/RO/akun, numeric";
  const s = b.sheet("Realisasi");
  s.width({ A: 30, B: 52, C: 18, D: 18, E: 18, F: 10 });
  s.set("A1", { v: "MONITORING REALISASI BELANJA SATKER", b: true });
  s.set("A2", "Satker : 054123 - BPS KABUPATEN SUKAMAJU");
  s.set("A3", "Periode : s.d. Desember 2024");
  s.row(5, ["Kode", "Uraian", "Pagu", "Realisasi", "Sisa Pagu", "% Realisasi"], { b: true });
  const M = "#,##0";
  const P = "0.00";
  // [code, name, pagu, realisasi]
  const lines = [
    ["054.01.WA", "Program Dukungan Manajemen", 3412560000, 3301776415],
    ["054.01.WA.2886", "Dukungan Manajemen Internal dan Teknis BPS Kabupaten/Kota", 3412560000, 3301776415],
    ["054.01.WA.2886.EBA", "Layanan Dukungan Manajemen Internal", 3412560000, 3301776415],
    ["054.01.WA.2886.EBA.962", "Layanan Umum", 612400000, 579310415],
    ["521111", "Belanja Operasional Perkantoran", 214000000, 205118600],
    ["521211", "Belanja Bahan", 96400000, 88702000],
    ["522111", "Belanja Langganan Listrik", 120000000, 127489815],
    ["524111", "Belanja Perjalanan Dinas Biasa", 182000000, 168000000],
    ["054.01.WA.2886.EBA.994", "Layanan Perkantoran", 2800160000, 2722466000],
    ["511111", "Belanja Gaji Pokok PNS", 2104560000, 2051210400],
    ["511119", "Belanja Pembulatan Gaji PNS", 600000, 412600],
    ["511121", "Belanja Tunj. Suami/Istri PNS", 695000000, 670843000],
    ["054.01.GG", "Program Penyediaan dan Pelayanan Informasi Statistik", 845200000, 790415300],
    ["054.01.GG.2910", "Penyediaan dan Pengembangan Statistik Sosial", 845200000, 790415300],
    ["054.01.GG.2910.BMA", "Data dan Informasi Publik", 845200000, 790415300],
    ["054.01.GG.2910.BMA.004", "Publikasi/Laporan Statistik Kesejahteraan Rakyat", 845200000, 790415300],
    ["521211", "Belanja Bahan", 112700000, 104950000],
    ["521213", "Belanja Honor Output Kegiatan", 618000000, 583450000],
    ["524113", "Belanja Perjalanan Dinas Dalam Kota", 114500000, 102015300],
  ];
  let r = 6;
  for (const [code, name, pagu, real] of lines) {
    const bold = code.includes(".");
    s.row(r, [
      { v: code, b: bold },
      { v: name, b: bold },
      { v: pagu, fmt: M },
      { v: real, fmt: M },
      { f: `C${r}-D${r}`, fmt: M },
      { f: `ROUND(D${r}/C${r}*100,2)`, r: Math.round((real / pagu) * 10000) / 100, fmt: P },
    ]);
    r++;
  }
  const last = r - 1; // 24
  s.row(r, [
    { v: "JUMLAH", b: true },
    null,
    { f: `C6+C18`, fmt: M },
    { f: `D6+D18`, fmt: M },
    { f: `C${r}-D${r}`, fmt: M },
    { f: `ROUND(D${r}/C${r}*100,2)`, r: 0, fmt: P },
  ]);
  s.set(`F${r}`, { f: `ROUND(D${r}/C${r}*100,2)`, r: Math.round((s.num(`D${r}`) / s.num(`C${r}`)) * 10000) / 100, fmt: P });
  const total = r; // 25

  // Hand checks of the listing (RO 962 is planted: its realisasi was typed from an older download).
  s.sumIs("C9", ["C10", "C11", "C12", "C13"]);
  s.sumIs("D9", ["D10", "D11", "D12", "D13"], true);
  s.sumIs("C14", ["C15", "C16", "C17"]);
  s.sumIs("D14", ["D15", "D16", "D17"]);
  s.sumIs("C8", ["C9", "C14"]);
  s.sumIs("D8", ["D9", "D14"]);
  s.sumIs("C21", ["C22", "C23", "C24"]);
  s.sumIs("D21", ["D22", "D23", "D24"]);
  // Planted: a typed % on 524111 (kept from the November download).
  s.set("F13", { v: 86.21, fmt: P });

  b.table(s, "budget", 5);
  // Row 9 (RO 962) is left out: its realisasi is the planted sub-total that disagrees with its akun.
  for (let row = 6; row <= last; row++) if (row !== 9) b.ratio(s, row, "serapan", `D${row}`, `C${row}`);
  b.ratio(s, total, "serapan", `D${total}`, `C${total}`);
  b.anomaly(s, "D9", ["TOTAL_MISMATCH"], "RO 962 realisasi 579.310.415; its akun sum to 589.310.415");
  b.anomaly(s, "D12", ["BUDGET_OVER"], "listrik 127.489.815 > pagu 120.000.000 (revisi POK not in SPAN)");
  b.anomaly(s, "F13", ["ABSORPTION_MISMATCH"], "86,21 typed; 168.000.000 / 182.000.000 = 92,31%");
  return b;
};
