// A village's "Laporan Realisasi Pelaksanaan APBDesa" in the Permendagri 113/2014 layout that Siskeudes-era desa
// still keep in Excel: the kode rekening split over four cells (2 | 1 | 1 | 1), Uraian, Jumlah Anggaran, Jumlah
// Realisasi, Lebih/(Kurang), a column-number row; Bidang › Kegiatan › jenis belanja › "- rincian" rows without a
// code; JUMLAH PENDAPATAN, JUMLAH BELANJA and SURPLUS/(DEFISIT). No % column: serapan must be computed.
"use strict";
const { Book } = require("../lib");

module.exports = function build() {
  const b = new Book("lra-apbdes-desa-2024");
  b.agency = "desa";
  b.classes = [1, 2];
  b.format = "LRA APBDesa (Permendagri 113/2014 layout), kode split over four columns";
  const s = b.sheet("LRA APBDes");
  s.width({ A: 4, B: 4, C: 4, D: 4, E: 52, F: 17, G: 17, H: 17 });
  s.merge("A1:H1", { v: "LAPORAN REALISASI PELAKSANAAN ANGGARAN PENDAPATAN DAN BELANJA DESA", b: true });
  s.merge("A2:H2", { v: "PEMERINTAH DESA SUKAMAJU KECAMATAN SUKAMULYA", b: true });
  s.merge("A3:H3", { v: "TAHUN ANGGARAN 2024", b: true });
  s.merge("A5:D5", { v: "KODE REKENING", b: true });
  s.row(5, [{ v: "URAIAN", b: true }, { v: "JUMLAH ANGGARAN (Rp)", b: true }, { v: "JUMLAH REALISASI (Rp)", b: true },
    { v: "LEBIH/(KURANG) (Rp)", b: true }], { from: "E" });
  s.merge("A6:D6", "1");
  s.row(6, ["2", "3", "4", "5"], { from: "E" });
  const M = "#,##0";
  const LK = "#,##0;(#,##0)";
  let r = 7;
  const code = (c) => c.split(".");
  const line = (c, name, ang, real, bold) => {
    const parts = c ? code(c) : [];
    s.row(r, [parts[0], parts[1], parts[2], parts[3], { v: name, b: !!bold }]);
    if (ang !== undefined) {
      s.set(`F${r}`, typeof ang === "object" ? { ...ang, fmt: M, b: !!bold } : { v: ang, fmt: M, b: !!bold });
      s.set(`G${r}`, typeof real === "object" ? { ...real, fmt: M, b: !!bold } : { v: real, fmt: M, b: !!bold });
      s.set(`H${r}`, { f: `G${r}-F${r}`, fmt: LK, b: !!bold });
    }
    return r++;
  };
  const sumOf = (rows, c) => ({ f: rows.map((x) => `${c}${x}`).join("+") });
  const range = (a, z, c) => ({ f: `SUM(${c}${a}:${c}${z})` });

  // PENDAPATAN
  line("1", "PENDAPATAN", undefined, undefined, true);
  line("1.1", "Pendapatan Asli Desa", undefined, undefined, true);
  const pad = line("1.1.1", "Hasil Usaha Desa", 25000000, 27450000);
  line("1.2", "Pendapatan Transfer", undefined, undefined, true);
  const dd = line("1.2.1", "Dana Desa", 1024512000, 1024512000);
  const bhp = line("1.2.2", "Bagian dari Hasil Pajak dan Retribusi Daerah Kabupaten/Kota", 38750000, 36112400);
  const add = line("1.2.3", "Alokasi Dana Desa", 486300000, 486300000);
  const jp = line("", "JUMLAH PENDAPATAN", sumOf([pad, dd, bhp, add], "F"), sumOf([pad, dd, bhp, add], "G"), true);
  r++;
  // BELANJA
  line("2", "BELANJA", undefined, undefined, true);
  const bid1 = r++;
  const keg11 = r++;
  const jen111 = r++;
  const r111 = [
    line("", "- Penghasilan Tetap Kepala Desa dan Perangkat Desa", 312480000, 312480000),
    line("", "- Tunjangan Kepala Desa dan Perangkat Desa", 62400000, 62400000),
    line("", "- Tunjangan BPD", 43200000, 39600000),
  ];
  const keg12 = r++;
  const jen122 = r++;
  const r122 = [
    line("", "- Alat Tulis Kantor", 18500000, 17845000),
    line("", "- Listrik dan Internet Kantor Desa", 14400000, 13912350),
    line("", "- Perjalanan Dinas", 21000000, 19650000),
  ];
  const bid2 = r++;
  const keg21 = r++;
  const jen212 = r++;
  const r212 = [line("", "- Upah Kerja", 46800000, 46800000), line("", "- Honor Tim Pelaksana Kegiatan", 7500000, 7500000)];
  const jen213 = r++;
  const r213 = [line("", "- Material (semen, pasir, batu split)", 168350000, 166920500), line("", "- Sewa Alat (molen, stamper)", 9600000, 10850000)];
  const bid3 = r++;
  const keg31 = r++;
  const jen312 = r++;
  const r312 = [line("", "- Honor Pelatih", 6000000, 6000000), line("", "- Konsumsi", 4800000, 4650000), line("", "- Bahan Pelatihan", 3200000, 2985000)];
  const end = r;
  // parents, written bottom-up so cached results are right
  const at = (row, c, name, ang, real, bold = true) => {
    const save = r;
    r = row;
    line(c, name, ang, real, bold);
    r = save;
  };
  at(jen111, "2.1.1.1", "Belanja Pegawai", range(r111[0], r111[2], "F"), range(r111[0], r111[2], "G"), false);
  at(keg11, "2.1.1", "Penghasilan Tetap dan Tunjangan", sumOf([jen111], "F"), sumOf([jen111], "G"));
  at(jen122, "2.1.2.2", "Belanja Barang dan Jasa", range(r122[0], r122[2], "F"), range(r122[0], r122[2], "G"), false);
  // Planted: Operasional Perkantoran realisasi typed with two digits swapped (51.047.350; its jenis 51.407.350).
  at(keg12, "2.1.2", "Operasional Perkantoran", sumOf([jen122], "F"), { v: 51047350 });
  at(bid1, "2.1", "Bidang Penyelenggaraan Pemerintahan Desa", sumOf([keg11, keg12], "F"), sumOf([keg11, keg12], "G"));
  at(jen212, "2.2.1.2", "Belanja Barang dan Jasa", range(r212[0], r212[1], "F"), range(r212[0], r212[1], "G"), false);
  at(jen213, "2.2.1.3", "Belanja Modal", range(r213[0], r213[1], "F"), range(r213[0], r213[1], "G"), false);
  at(keg21, "2.2.1", "Pembangunan Jalan Rabat Beton Dusun II", sumOf([jen212, jen213], "F"), sumOf([jen212, jen213], "G"));
  at(bid2, "2.2", "Bidang Pelaksanaan Pembangunan Desa", sumOf([keg21], "F"), sumOf([keg21], "G"));
  at(jen312, "2.3.1.2", "Belanja Barang dan Jasa", range(r312[0], r312[2], "F"), range(r312[0], r312[2], "G"), false);
  at(keg31, "2.3.1", "Pelatihan Kesiapsiagaan Linmas", sumOf([jen312], "F"), sumOf([jen312], "G"));
  at(bid3, "2.3", "Bidang Pembinaan Kemasyarakatan", sumOf([keg31], "F"), sumOf([keg31], "G"));
  r = end;
  const jb = line("", "JUMLAH BELANJA", sumOf([bid1, bid2, bid3], "F"), sumOf([bid1, bid2, bid3], "G"), true);
  s.row(r, [null, null, null, null, { v: "SURPLUS/(DEFISIT)", b: true }, { f: `F${jp}-F${jb}`, fmt: LK, b: true },
    { f: `G${jp}-G${jb}`, fmt: LK, b: true }]);
  s.merge(`A${jp}:D${jp}`);
  s.merge(`A${jb}:D${jb}`);
  s.sumIs(`G${keg12}`, [`G${jen122}`], true);

  b.table(s, "budget", 5);
  const withNumbers = [pad, dd, bhp, add, jp, bid1, keg11, jen111, ...r111, jen122, ...r122, bid2, keg21, jen212, ...r212,
    jen213, ...r213, bid3, keg31, jen312, ...r312, jb];
  for (const row of withNumbers) b.ratio(s, row, "serapan", `G${row}`, `F${row}`);
  b.anomaly(s, `G${keg12}`, ["TOTAL_MISMATCH"], "Operasional Perkantoran 51.047.350 typed; its Belanja Barang dan Jasa is 51.407.350");
  b.anomaly(s, `G${r213[1]}`, ["BUDGET_OVER"], "sewa alat 10.850.000 > anggaran 9.600.000 (belanja desa may not exceed its anggaran)");
  return b;
};
