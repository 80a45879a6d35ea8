// LKj trend tables: one IKU per table, one row per year (Tahun | Target | Realisasi | Capaian), percentages stored
// as fractions with a % format, and a "Rata-rata" row.
"use strict";
const { Book } = require("../lib");

module.exports = function build() {
  const b = new Book("tren-capaian-iku-balai-pom-2020-2024");
  b.agency = "kementerian-satker";
  b.classes = [3, 5];
  b.format = "LKj trend table, one row per year, fractions formatted as %";
  const s = b.sheet("Tren IKU");
  s.width({ A: 12, B: 14, C: 14, D: 14 });
  s.merge("A1:D1", { v: "Tabel 3.4 Perbandingan Capaian IKU Balai POM di Sukamaju Tahun 2020–2024", b: true });
  s.merge("A3:D3", { v: "IKU 1: Persentase obat yang memenuhi syarat", b: true });
  s.row(4, ["Tahun", "Target", "Realisasi", "Capaian"], { b: true });
  const P = "0.00%";
  const t1 = [[5, 2020, 0.91, 0.942], [6, 2021, 0.92, 0.9385], [7, 2022, 0.93, 0.941], [8, 2023, 0.94, 0.9467], [9, 2024, 0.95, 0.9612]];
  for (const [r, y, t, real] of t1)
    s.row(r, [String(y), { v: t, fmt: P }, { v: real, fmt: P }, { f: `C${r}/B${r}`, fmt: P }]);
  // Planted 1: 2022's capaian typed as its realisasi (94,10%).
  s.set("D7", { v: 0.941, fmt: P });
  s.row(10, [{ v: "Rata-rata", b: true }, null, null, { f: "AVERAGE(D5:D9)", fmt: P, b: true, r: avg(s, "D", 5, 9) }]);

  s.merge("A13:D13", { v: "IKU 2: Jumlah sarana produksi pangan olahan yang dibina", b: true });
  s.row(14, ["Tahun", "Target", "Realisasi", "Capaian"], { b: true });
  const t2 = [[15, 2020, 120, 126], [16, 2021, 130, 128], [17, 2022, 140, 151], [18, 2023, 150, 149], [19, 2024, 160, 172]];
  for (const [r, y, t, real] of t2) s.row(r, [String(y), t, real, { f: `C${r}/B${r}`, fmt: P }]);
  // Planted 2: the average stops at 2023 (D15:D18).
  s.row(20, [{ v: "Rata-rata", b: true }, null, null, { f: "AVERAGE(D15:D18)", fmt: P, b: true, r: avg(s, "D", 15, 18) }]);

  b.table(s, "indicators", 4);
  b.table(s, "indicators", 14);
  for (const [r] of t1) if (r !== 7) b.ratio(s, r, "capaian", `C${r}`, `B${r}`);
  for (const [r] of t2) b.ratio(s, r, "capaian", `C${r}`, `B${r}`);
  b.anomaly(s, "D7", ["CAPAIAN_MISMATCH"], "94,10% typed = the realisasi; 94,10 / 93 = 101,18%");
  b.anomaly(s, "D20", ["AVERAGE_MISMATCH"], "AVERAGE(D15:D18) leaves out 2024");
  b.tolerate(s, "D10", ["AVERAGE_MISMATCH"]);
  return b;
};

function avg(s, c, from, to) {
  let t = 0;
  for (let r = from; r <= to; r++) t += s.num(`${c}${r}`);
  return t / (to - from + 1);
}
