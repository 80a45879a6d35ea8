// SIPD penatausahaan "Realisasi per Sub Kegiatan" export: program › kegiatan › sub kegiatan codes, one
// Anggaran | Realisasi | % triplet per kelompok belanja (Operasi, Modal) and a Total triplet, three header rows,
// every cell text in id-ID style ("0,00" for nothing). Second sheet: the SIPD RAK (anggaran kas per triwulan).
// An unmodified export: nothing planted, so every warning on it is a false one.
"use strict";
const { Book, fmtId } = require("../lib");

module.exports = function build() {
  const b = new Book("sipd-realisasi-per-kelompok-belanja-setda-2024");
  b.agency = "pemda-opd";
  b.classes = [1, 2, 3];
  b.format = "SIPD realisasi per sub kegiatan, triplets per kelompok belanja + Total; SIPD RAK per triwulan";
  const s = b.sheet("Realisasi Sub Kegiatan");
  s.width({ A: 24, B: 56 });
  s.merge("A1:K1", { v: "PEMERINTAH KABUPATEN SUKAMAJU", b: true });
  s.merge("A2:K2", { v: "LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN", b: true });
  s.merge("A3:K3", "SKPD : 4.01.0.00.0.00.01.0000 SEKRETARIAT DAERAH");
  s.merge("A4:K4", "PERIODE : 1 JANUARI 2024 s.d. 31 DESEMBER 2024");
  const H = { b: true, wrap: true };
  s.merge("A6:A8", { v: "KODE", ...H });
  s.merge("B6:B8", { v: "URUSAN / BIDANG URUSAN / PROGRAM / KEGIATAN / SUB KEGIATAN", ...H });
  s.merge("C6:E6", { v: "BELANJA OPERASI", ...H });
  s.merge("F6:H6", { v: "BELANJA MODAL", ...H });
  s.merge("I6:K6", { v: "TOTAL", ...H });
  s.row(7, ["ANGGARAN", "REALISASI", "%", "ANGGARAN", "REALISASI", "%", "ANGGARAN", "REALISASI", "%"], { from: "C", ...H });
  s.row(8, ["3", "4", "5 = 4/3", "6", "7", "8 = 7/6", "9 = 3+6", "10 = 4+7", "11 = 10/9"], { from: "C" });
  const pct = (r, a) => (a === 0 ? "0,00" : ((r / a) * 100).toFixed(2).replace(".", ","));
  // [row, code, name, opA, opR, moA, moR, bold]
  const rows = [
    [9, "4.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 39850600000, 39030757350, 4090500000, 3983842000, true],
    [10, "4.01.01.2.02", "Administrasi Keuangan Perangkat Daerah", 39665600000, 38854327350, 0, 0, true],
    [11, "4.01.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", 38215600000, 37456102350, 0, 0],
    [12, "4.01.01.2.02.0005", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", 1450000000, 1398225000, 0, 0],
    [13, "4.01.01.2.07", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", 185000000, 176430000, 4090500000, 3983842000, true],
    [14, "4.01.01.2.07.0002", "Pengadaan Kendaraan Dinas Operasional atau Lapangan", 0, 0, 2850000000, 2796500000],
    [15, "4.01.01.2.07.0006", "Pengadaan Peralatan dan Mesin Lainnya", 185000000, 176430000, 1240500000, 1187342000],
    [16, "4.01.02", "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT", 3185000000, 2856988500, 0, 0, true],
    [17, "4.01.02.2.01", "Pelaksanaan Kebijakan Pemerintahan", 3185000000, 2856988500, 0, 0, true],
    [18, "4.01.02.2.01.0001", "Fasilitasi Penyelenggaraan Pemerintahan", 2310000000, 2154870500, 0, 0],
    [19, "4.01.02.2.01.0003", "Penyelenggaraan Kerja Sama Daerah", 875000000, 702118000, 0, 0],
    [20, "", "JUMLAH", 43035600000, 41887745850, 4090500000, 3983842000, true],
  ];
  for (const [r, code, name, oa, or, ma, mr, bold] of rows)
    s.row(r, [code, { v: name, b: !!bold }, fmtId(oa), fmtId(or), pct(or, oa), fmtId(ma), fmtId(mr), pct(mr, ma),
      fmtId(oa + ma), fmtId(or + mr), pct(or + mr, oa + ma)]);
  s.sumIs("C10", ["C11", "C12"]);
  s.sumIs("D10", ["D11", "D12"]);
  s.sumIs("C13", ["C14", "C15"]);
  s.sumIs("F13", ["F14", "F15"]);
  s.sumIs("G13", ["G14", "G15"]);
  s.sumIs("C9", ["C10", "C13"]);
  s.sumIs("D9", ["D10", "D13"]);
  s.sumIs("C17", ["C18", "C19"]);
  s.sumIs("D17", ["D18", "D19"]);
  s.sumIs("C20", ["C9", "C16"]);
  s.sumIs("D20", ["D9", "D16"]);

  const k = b.sheet("RAK");
  k.width({ A: 24, B: 56 });
  k.merge("A1:H1", { v: "RENCANA ANGGARAN KAS (RAK) SKPD PER TRIWULAN TAHUN ANGGARAN 2024", b: true });
  k.merge("A2:H2", "SKPD : 4.01.0.00.0.00.01.0000 SEKRETARIAT DAERAH");
  k.merge("A4:A5", { v: "KODE", ...H });
  k.merge("B4:B5", { v: "SUB KEGIATAN", ...H });
  k.merge("C4:C5", { v: "NILAI RINCIAN", ...H });
  k.merge("D4:G4", { v: "TRIWULAN", ...H });
  k.row(5, ["I", "II", "III", "IV"], { from: "D", ...H });
  k.merge("H4:H5", { v: "JUMLAH", ...H });
  const rak = [
    [6, "4.01.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", [9553900000, 9553900000, 9553900000, 9553900000]],
    [7, "4.01.01.2.02.0005", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", [250000000, 400000000, 400000000, 400000000]],
    [8, "4.01.01.2.07.0002", "Pengadaan Kendaraan Dinas Operasional atau Lapangan", [0, 2850000000, 0, 0]],
    [9, "4.01.01.2.07.0006", "Pengadaan Peralatan dan Mesin Lainnya", [0, 300000000, 825500000, 300000000]],
    [10, "4.01.02.2.01.0001", "Fasilitasi Penyelenggaraan Pemerintahan", [500000000, 650000000, 600000000, 560000000]],
    [11, "4.01.02.2.01.0003", "Penyelenggaraan Kerja Sama Daerah", [150000000, 250000000, 250000000, 225000000]],
  ];
  const tot = [0, 0, 0, 0];
  for (const [r, code, name, tw] of rak) {
    const sum = tw.reduce((x, y) => x + y, 0);
    tw.forEach((x, i) => (tot[i] += x));
    k.row(r, [code, name, fmtId(sum), ...tw.map((x) => fmtId(x)), fmtId(sum)]);
    const inRealisasi = { 6: 11, 7: 12, 8: 14, 9: 15, 10: 18, 11: 19 }[r];
    if (s.num(`I${inRealisasi}`) !== sum) throw new Error(`RAK ${code} ≠ anggaran`);
  }
  k.row(12, ["", { v: "JUMLAH", b: true }, fmtId(47126100000), ...tot.map((x) => fmtId(x)), fmtId(tot.reduce((x, y) => x + y, 0))]);
  k.sumIs("H12", ["H6", "H7", "H8", "H9", "H10", "H11"]);

  b.table(s, "budget", 6);
  b.table(k, "budget", 4);
  // One serapan per row: the TOTAL triplet (the figure SIPD reports per sub kegiatan).
  for (const [r] of rows) b.ratio(s, r, "serapan", `J${r}`, `I${r}`);
  return b;
};
