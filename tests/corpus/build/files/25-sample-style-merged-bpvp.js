// The bundled sample's "Anggaran dan Kinerja" layout: one row per IKU, the kegiatan's Pagu / Realisasi / % and its
// "Rata-rata Capaian" merged down over its IKU rows. Staff typed the pagu into every row before merging, so the
// merged areas' hidden cells still hold those stale copies in the file (Excel shows only the top-left). The Jumlah
// row adds the top-left cells (D5+D9). Never count the hidden copies.
"use strict";
const { Book } = require("../lib");

module.exports = function build() {
  const b = new Book("sample-style-merged-hidden-bpvp-2024");
  b.agency = "kementerian-satker";
  b.classes = [1, 3, 5];
  b.format = "the sample's Anggaran dan Kinerja layout, merged budget cells with hidden stale copies";
  const s = b.sheet("Anggaran dan Kinerja 2024");
  s.width({ A: 5, B: 36, C: 58, D: 16, E: 16, F: 9, G: 10, H: 12, I: 9, J: 14 });
  s.merge("A1:J1", { v: "Tabel II.15 Capaian Anggaran dan Kinerja BPVP Sukamaju Tahun 2024", b: true });
  s.merge("A3:A4", { v: "No", b: true });
  s.merge("B3:B4", { v: "Kegiatan", b: true });
  s.merge("C3:C4", { v: "IKU", b: true });
  s.merge("D3:F3", { v: "Anggaran (Rp)", b: true });
  s.merge("G3:J3", { v: "Kinerja", b: true });
  s.row(4, ["Pagu", "Realisasi", "%", "Target", "Realisasi Tahun 2024", "%", "Rata-rata Capaian Tahun 2024 (%)"], { from: "D", b: true });
  const M = "#,##0";
  const P = "0.00%";
  const pct = (x) => ({ v: x, fmt: "0%" });
  const num = (x) => ({ v: x, fmt: "#,##0" });
  const iku = [
    [5, "Jumlah peserta pelatihan berbasis kompetensi", num(1440), num(1472)],
    [6, "Persentase lulusan pelatihan yang kompeten", pct(0.85), { v: 0.884, fmt: "0.0%" }],
    [7, "Persentase lulusan pelatihan yang ditempatkan atau berwirausaha", pct(0.65), { v: 0.612, fmt: "0.0%" }],
    [8, "Jumlah instruktur yang tersertifikasi", num(24), num(26)],
    [9, "Nilai Kinerja Anggaran", { v: 90, fmt: "0.00" }, { v: 92.48, fmt: "0.00" }],
    [10, "Indeks Reformasi Birokrasi unit kerja", { v: 75, fmt: "0.00" }, { v: 73.5, fmt: "0.00" }],
    [11, "Persentase tindak lanjut rekomendasi hasil pemeriksaan", pct(1), pct(1)],
  ];
  for (const [r, name, t, real] of iku) {
    s.row(r, [t, real, { f: `H${r}/G${r}`, fmt: P }], { from: "G" });
    s.set(`C${r}`, { v: name, wrap: true });
  }
  const kegiatan = [
    [5, 8, "1", "Penyelenggaraan Pelatihan Vokasi dan Peningkatan Produktivitas", 18650400000, 18112937250],
    [9, 11, "2", "Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya", 9874200000, 9541786400],
  ];
  for (const [top, bottom, no, name, pagu, real] of kegiatan) {
    s.merge(`A${top}:A${bottom}`, no);
    s.merge(`B${top}:B${bottom}`, { v: name, wrap: true });
    s.merge(`D${top}:D${bottom}`, { v: pagu, fmt: M });
    s.merge(`E${top}:E${bottom}`, { v: real, fmt: M });
    s.merge(`F${top}:F${bottom}`, { f: `E${top}/D${top}`, fmt: P });
    let t = 0;
    for (let r = top; r <= bottom; r++) t += s.num(`I${r}`);
    s.merge(`J${top}:J${bottom}`, { f: `AVERAGE(I${top}:I${bottom})`, r: t / (bottom - top + 1), fmt: P });
    for (let r = top + 1; r <= bottom; r++) {
      b.hidden(s, `D${r}`, pagu);
      b.hidden(s, `E${r}`, real);
      b.hidden(s, `F${r}`, real / pagu);
    }
  }
  // Planted: kegiatan 2's Rata-rata averages I8:I11 (picks up kegiatan 1's last IKU).
  let t = 0;
  for (let r = 8; r <= 11; r++) t += s.num(`I${r}`);
  s.set("J9", { f: "AVERAGE(I8:I11)", r: t / 4, fmt: P });
  s.merge("A12:C12", { v: "Jumlah", b: true });
  s.set("D12", { f: "D5+D9", fmt: M, b: true });
  s.set("E12", { f: "E5+E9", fmt: M, b: true });
  s.set("F12", { f: "E12/D12", fmt: P, b: true });

  b.table(s, "budget", 3);
  const cap = {};
  for (const [r] of iku) cap[r] = b.ratio(s, r, "capaian", `H${r}`, `G${r}`);
  for (const [top, bottom] of kegiatan) {
    const ser = b.ratio(s, top, "serapan", `E${top}`, `D${top}`);
    let ck = 0;
    for (let r = top; r <= bottom; r++) ck += cap[r];
    ck /= bottom - top + 1;
    b.value(s, top, "capaianKinerja", ck);
    b.value(s, top, "efisiensi", ck / ser);
  }
  b.ratio(s, 12, "serapan", "E12", "D12");
  b.anomaly(s, "J9", ["AVERAGE_MISMATCH"], "AVERAGE(I8:I11) = 102,27% includes kegiatan 1's last IKU; its own three average 100,25%");
  return b;
};
