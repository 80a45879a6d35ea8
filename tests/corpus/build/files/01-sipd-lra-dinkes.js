// SIPD "Laporan Realisasi Anggaran" per SKPD, exported to Excel as the application prints it: every amount a text
// cell in id-ID style, three header rows (the third merged into the second), a column-number row, codes by level.
"use strict";
const { Book, fmtId } = require("../lib");

module.exports = function build() {
  const b = new Book("sipd-lra-dinkes-2024");
  b.agency = "pemda-opd";
  b.classes = [1, 2];
  b.format = "SIPD LRA per SKPD (Permendagri 77/2020 layout), all cells text";
  const s = b.sheet("LRA");
  s.width({ A: 16, B: 46, C: 22, D: 22, E: 22, F: 9 });
  s.merge("A1:F1", { v: "PEMERINTAH KABUPATEN SUKAMAJU", b: true });
  s.merge("A2:F2", { v: "LAPORAN REALISASI ANGGARAN PENDAPATAN DAN BELANJA DAERAH", b: true });
  s.merge("A3:F3", "SKPD : 1.02.0.00.0.00.01.0000 DINAS KESEHATAN");
  s.merge("A4:F4", "UNTUK TAHUN YANG BERAKHIR SAMPAI DENGAN 31 DESEMBER 2024");
  s.merge("A6:A8", { v: "KODE REKENING", b: true });
  s.merge("B6:B8", { v: "URAIAN", b: true });
  s.merge("C6:D6", { v: "JUMLAH (Rp)", b: true });
  s.merge("E6:F6", { v: "BERTAMBAH/(BERKURANG)", b: true });
  s.merge("C7:C8", { v: "ANGGARAN SETELAH PERUBAHAN", b: true });
  s.merge("D7:D8", { v: "REALISASI", b: true });
  s.merge("E7:E8", { v: "(Rp)", b: true });
  s.merge("F7:F8", { v: "%", b: true });
  s.row(9, ["1", "2", "3", "4", "5", "6"]);

  // [code, name, anggaran, realisasi] — parents are the sums SIPD prints.
  const lines = [
    ["5", "BELANJA DAERAH", 96055409800, 90857722366],
    ["5.1", "BELANJA OPERASI", 85353516000, 80924584866],
    ["5.1.01", "Belanja Pegawai", 53730000000, 51773792316],
    ["5.1.01.01", "Belanja Gaji dan Tunjangan ASN", 41250000000, 39871442316],
    ["5.1.01.02", "Belanja Tambahan Penghasilan ASN", 12480000000, 11902350000],
    ["5.1.02", "Belanja Barang dan Jasa", 31623516000, 29150792550],
    ["5.1.02.01", "Belanja Barang", 18402516000, 16995104250],
    ["5.1.02.02", "Belanja Jasa", 9875300000, 9104822900],
    ["5.1.02.03", "Belanja Pemeliharaan", 1240000000, 1187650000],
    ["5.1.02.04", "Belanja Perjalanan Dinas", 2105700000, 1863215400],
    ["5.2", "BELANJA MODAL", 10701893800, 9933137500],
    ["5.2.02", "Belanja Modal Peralatan dan Mesin", 6850000000, 6512987500],
    ["5.2.03", "Belanja Modal Gedung dan Bangunan", 3851893800, 3420150000],
    ["", "JUMLAH BELANJA", 96055409800, 90857722366],
  ];
  let r = 10;
  for (const [code, name, ang, real] of lines) {
    const pct = ((real / ang) * 100).toFixed(2).replace(".", ",");
    const bold = code.length <= 3;
    s.row(r, [code, { v: name, b: bold }, fmtId(ang), fmtId(real), fmtId(real - ang), pct]);
    r++;
  }
  // Planted: the treasurer pasted the December SPJ for perjalanan dinas as a number over the export (row 19)
  // and left the export's % (88,48) and the parent 5.1.02 (row 15) as they were.
  s.set("D19", { v: 1963215400, fmt: "#,##0.00" });

  b.table(s, "budget", 6);
  // Row 15 is left out: its realisasi is the planted stale parent, so its "right" serapan is not one number.
  for (let row = 10; row <= 23; row++) if (row !== 15) b.ratio(s, row, "serapan", `D${row}`, `C${row}`);
  b.anomaly(s, "F19", ["ABSORPTION_MISMATCH"], "88,48% printed; 1.963.215.400 / 2.105.700.000 = 93,23%");
  b.anomaly(
    s,
    "D15",
    ["TOTAL_MISMATCH"],
    "5.1.02 shows 29.150.792.550,00; its four children now sum to 29.250.792.550"
  );
  return b;
};
