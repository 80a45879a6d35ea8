// A polytechnic's LKj table comparing three years in one row: Pagu | Realisasi | % repeated for 2022, 2023 and
// 2024 under merged year headers (several budget groups per row); % stored as fractions with a % format.
"use strict";
const { Book } = require("../lib");

module.exports = function build() {
  const b = new Book("anggaran-tiga-tahun-politeknik-2022-2024");
  b.agency = "ptn";
  b.classes = [3];
  b.format = "Pagu | Realisasi | % triplets repeated per year in one row";
  const s = b.sheet("Tabel 3.12");
  s.width({ A: 5, B: 40, C: 17, D: 17, E: 9, F: 17, G: 17, H: 9, I: 17, J: 17, K: 9 });
  s.merge("A1:K1", { v: "Tabel 3.12 Perbandingan Realisasi Anggaran Politeknik Negeri Sukamaju Tahun 2022–2024", b: true });
  const H = { b: true, wrap: true };
  s.merge("A3:A4", { v: "No", ...H });
  s.merge("B3:B4", { v: "Program", ...H });
  s.merge("C3:E3", { v: "Tahun 2022", ...H });
  s.merge("F3:H3", { v: "Tahun 2023", ...H });
  s.merge("I3:K3", { v: "Tahun 2024", ...H });
  s.row(4, ["Pagu", "Realisasi", "%", "Pagu", "Realisasi", "%", "Pagu", "Realisasi", "%"], { from: "C", ...H });
  const M = "#,##0";
  const P = "0.00%";
  const rows = [
    [5, "1", "Program Dukungan Manajemen", [38410500000, 36992117350, 41225000000, 40113450800, 43870200000, 42991806100]],
    [6, "2", "Program Pendidikan Tinggi", [64120000000, 60415220600, 70450300000, 66902115400, 75310000000, 73118440250]],
    [7, "3", "Program Riset dan Inovasi Ilmu Pengetahuan dan Teknologi", [3150000000, 2804112000, 3400000000, 3212540000, 3650000000, 3301884500]],
  ];
  const groups = [["C", "D", "E"], ["F", "G", "H"], ["I", "J", "K"]];
  for (const [r, no, name, v] of rows) {
    s.row(r, [no, name]);
    groups.forEach(([p, q, pc], i) => {
      s.set(`${p}${r}`, { v: v[2 * i], fmt: M });
      s.set(`${q}${r}`, { v: v[2 * i + 1], fmt: M });
      s.set(`${pc}${r}`, { f: `${q}${r}/${p}${r}`, fmt: P });
    });
  }
  s.merge("A8:B8", { v: "JUMLAH", b: true });
  for (const [p, q, pc] of groups) {
    s.set(`${p}8`, { f: `SUM(${p}5:${p}7)`, fmt: M, b: true });
    s.set(`${q}8`, { f: `SUM(${q}5:${q}7)`, fmt: M, b: true });
    s.set(`${pc}8`, { f: `${q}8/${p}8`, fmt: P, b: true });
  }
  // Planted 1: 2023's % of Pendidikan Tinggi pasted from 2022 (94,22%; 66.902.115.400 / 70.450.300.000 = 94,96%).
  s.set("H6", { v: 0.9422, fmt: P });
  // Planted 2: 2022's JUMLAH realisasi typed (100.211.494.950) over the SUM (100.211.449.950).
  s.set("D8", { v: 100211494950, fmt: M, b: true });
  s.set("E8", { f: "D8/C8", fmt: P, b: true });

  b.table(s, "budget", 3);
  // One serapan per row: the reporting year's triplet (2024, columns I–K).
  for (const r of [5, 6, 7, 8]) b.ratio(s, r, "serapan", `J${r}`, `I${r}`);
  b.anomaly(s, "H6", ["ABSORPTION_MISMATCH"], "94,22% (2022's figure) in 2023; 66.902.115.400 / 70.450.300.000 = 94,96%");
  b.anomaly(s, "D8", ["TOTAL_MISMATCH"], "100.211.494.950 typed; 2022 realisasi sum to 100.211.449.950");
  b.tolerate(s, "E8", ["ABSORPTION_MISMATCH"]);
  return b;
};
