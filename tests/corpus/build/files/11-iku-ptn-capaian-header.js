// A PTN's LKj table "Capaian IKU": "Capaian" holds the achieved value and "% Capaian" the ratio in points
// (88,11); rows without a No. continue the sasaran above; indicators named "Jumlah …", "Total …", "Rata-rata …".
"use strict";
const { Book } = require("../lib");

module.exports = function build() {
  const b = new Book("iku-ptn-capaian-header-2024");
  b.agency = "ptn";
  b.classes = [3, 5];
  b.format = "LKj PTN table: Target | Capaian (value) | % Capaian (points)";
  const s = b.sheet("Tabel 3.1");
  s.width({ A: 5, B: 36, C: 64, D: 10, E: 10, F: 10, G: 11 });
  s.merge("A1:G1", { v: "Tabel 3.1 Capaian Indikator Kinerja Utama Universitas Negeri Sukamaju Tahun 2024", b: true });
  s.row(3, ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Capaian", "% Capaian"], { b: true });
  const N = "#,##0.00";
  const P = "0.00";
  const rows = [
    [4, "1", "Meningkatnya kualitas lulusan pendidikan tinggi", "Persentase lulusan S1 dan D4/D3/D2/D1 yang berhasil mendapat pekerjaan, melanjutkan studi, atau menjadi wiraswasta", "%", 70, 61.68],
    [5, "", "", "Persentase mahasiswa S1 dan D4/D3/D2/D1 yang menjalankan kegiatan belajar di luar program studi", "%", 30, 33.45],
    [6, "", "", "Rata-rata IPK lulusan program sarjana", "skala 4", 3.4, 3.46],
    [7, "2", "Meningkatnya kualitas dosen pendidikan tinggi", "Jumlah publikasi internasional bereputasi (Scopus Q1–Q4)", "judul", 420, 465],
    [8, "", "", "Persentase dosen yang berkegiatan tridharma di perguruan tinggi lain atau di dunia industri", "%", 25, 22.1],
    [9, "3", "Terwujudnya tata kelola perguruan tinggi yang akuntabel", "Total pendapatan non-UKT (Rp miliar)", "Rp miliar", 85, 91.37],
    [10, "", "", "Nilai kinerja anggaran (NKA)", "nilai", 90, 93.12],
  ];
  for (const [r, no, sas, ind, unit, t, real] of rows) {
    s.row(r, [no, { v: sas, wrap: true }, { v: ind, wrap: true }, unit, { v: t, fmt: N }, { v: real, fmt: N },
      { v: Math.round((real / t) * 10000) / 100, fmt: P }]);
  }
  // Planted 1: the "Capaian" of row 5 holds the % (111,50) instead of the value achieved (33,45).
  s.set("F5", { v: 111.5, fmt: N });
  // Planted 2: a typo in the % of row 8 (86,40; 22,10 / 25 = 88,40).
  s.set("G8", { v: 86.4, fmt: P });
  s.merge("A11:F11", { v: "Rata-rata Capaian IKU", b: true });
  let t = 0;
  for (let r = 4; r <= 10; r++) t += s.num(`G${r}`);
  s.set("G11", { f: "AVERAGE(G4:G10)", r: t / 7, fmt: P, b: true });

  b.table(s, "indicators", 3);
  for (const r of [4, 6, 7, 8, 9, 10]) b.ratio(s, r, "capaian", `F${r}`, `E${r}`);
  b.anomaly(s, "G5", ["CAPAIAN_MISMATCH"], "Capaian column holds 111,50 (the %); 111,50 / 30 ≠ 111,50% — the value achieved was 33,45");
  b.anomaly(s, "G8", ["CAPAIAN_MISMATCH"], "86,40 typed; 22,10 / 25 = 88,40");
  b.tolerate(s, "F5", ["CAPAIAN_EXTREME", "PERCENT_SCALE"]);
  b.tolerate(s, "G11", ["AVERAGE_MISMATCH"]);
  return b;
};
