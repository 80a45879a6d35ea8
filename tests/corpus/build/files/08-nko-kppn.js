// Kemenkeu Nilai Kinerja Organisasi (KMK 467/2014 and its successors): IKU with code, polarisasi, bobot, target,
// realisasi, indeks capaian capped at 120%, nilai tertimbang, and NKO = Σ bobot × indeks / Σ bobot.
"use strict";
const { Book } = require("../lib");

module.exports = function build() {
  const b = new Book("nko-kppn-2024");
  b.agency = "kementerian-satker";
  b.classes = [4, 5];
  b.format = "Kemenkeu NKO table (bobot, polarisasi, indeks capaian capped at 120%)";
  const s = b.sheet("NKO Q4");
  s.width({ A: 5, B: 9, C: 56, D: 12, E: 10, F: 10, G: 10, H: 14, I: 14 });
  s.merge("A1:I1", { v: "CAPAIAN IKU DAN NILAI KINERJA ORGANISASI (NKO) TRIWULAN IV TAHUN 2024", b: true });
  s.merge("A2:I2", "KANTOR PELAYANAN PERBENDAHARAAN NEGARA (KPPN) SUKAMAJU");
  s.row(4, ["No", "Kode IKU", "Sasaran Strategis / Indikator Kinerja Utama", "Polarisasi", "Bobot (%)", "Target",
    "Realisasi", "Indeks Capaian (%)", "Nilai Tertimbang"], { b: true });
  const P = "0.00%";
  const N = "#,##0.00";
  const iku = [
    // [row, kode, name, polarity, bobot, target, realisasi]
    [6, "1a-N", "Nilai Indikator Kinerja Pelaksanaan Anggaran (IKPA) satker mitra KPPN", "Maximize", 20, 90, 93.42],
    [7, "1b-N", "Persentase penyaluran dana transfer ke daerah tepat waktu", "Maximize", 15, 100, 98.5],
    [9, "2a-CP", "Indeks kepuasan pengguna layanan KPPN", "Maximize", 15, 4.5, 4.62],
    [10, "2b-CP", "Rata-rata waktu penyelesaian layanan konsultasi (jam)", "Minimize", 10, 2, 1.6],
    [12, "3a-N", "Jumlah satker mitra yang mengimplementasikan digitalisasi pembayaran", "Maximize", 10, 40, 58],
    [13, "3b-N", "Persentase rekonsiliasi laporan keuangan satker mitra tepat waktu", "Maximize", 10, 100, 100],
    [15, "4a-N", "Persentase pegawai yang memenuhi 20 JPL pengembangan kompetensi", "Maximize", 10, 100, 96.3],
    [16, "4b-N", "Persentase realisasi anggaran KPPN", "Maximize", 10, 95, 97.15],
  ];
  s.merge("A5:I5", { v: "Perspektif Stakeholder", b: true });
  s.merge("A8:I8", { v: "Perspektif Customer", b: true });
  s.merge("A11:I11", { v: "Perspektif Internal Process", b: true });
  s.merge("A14:I14", { v: "Perspektif Learning and Growth", b: true });
  let no = 1;
  for (const [r, kode, name, pol, w, t, real] of iku) {
    const idx = pol === "Minimize" ? `MIN(2-G${r}/F${r},1.2)` : `MIN(G${r}/F${r},1.2)`;
    const raw = pol === "Minimize" ? 2 - real / t : real / t;
    s.row(r, [String(no++), kode, name, pol, w, { v: t, fmt: N }, { v: real, fmt: N },
      { f: idx, r: Math.min(raw, 1.2), fmt: P }, { f: `E${r}*H${r}`, fmt: "0.00" }]);
  }
  // Planted 1: 3a-N typed as the raw ratio (145,00%), the 120% cap forgotten.
  s.set("H12", { v: 1.45, fmt: P });
  s.set("I12", { f: "E12*H12", fmt: "0.00" });
  // Planted 2: 2b-CP (minimize) typed as R/T = 80,00% instead of 2 − R/T.
  s.set("H10", { v: 0.8, fmt: P });
  s.set("I10", { f: "E10*H10", fmt: "0.00" });
  const rows = iku.map((x) => x[0]);
  s.merge("A17:D17", { v: "Jumlah", b: true });
  s.set("E17", { f: "SUM(E5:E16)", b: true });
  s.set("I17", { f: "SUM(I5:I16)", fmt: "0.00", b: true });
  s.merge("A18:H18", { v: "NILAI KINERJA ORGANISASI (NKO)", b: true });
  s.set("I18", { f: "I17/E17", fmt: P, b: true });

  b.table(s, "indicators", 4);
  let wsum = 0;
  let wcap = 0;
  for (const [r, , , pol, w] of iku) {
    const c = b.ratio(s, r, "capaian", `G${r}`, `F${r}`, { neg: pol === "Minimize" });
    wsum += w;
    wcap += w * Math.min(c, 1.2);
  }
  void rows;
  b.value(s, 18, "nko", wcap / wsum);
  b.anomaly(s, "H12", ["CAPAIAN_MISMATCH"], "145,00% typed; the NKO index is capped at 120%");
  b.anomaly(s, "H10", ["CAPAIAN_MISMATCH"], "minimize IKU: 2 − 1,6/2 = 120%, typed 80,00% (R/T)");
  b.tolerate(s, "I18", ["AVERAGE_MISMATCH", "TOTAL_MISMATCH", "CAPAIAN_MISMATCH"]);
  b.tolerate(s, "I17", ["TOTAL_MISMATCH"]);
  b.tolerate(s, "G12", ["CAPAIAN_EXTREME"]);
  return b;
};
