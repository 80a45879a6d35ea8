// SAKTI realisasi per RO of a BLU hospital, pasted into the finance unit's sheet with one Pagu / Realisasi / %
// triplet per sumber dana (Rupiah Murni, PNBP-BLU) and a Jumlah triplet: several budget groups on one row.
"use strict";
const { Book } = require("../lib");

module.exports = function build() {
  const b = new Book("sakti-blu-rsup-sumber-dana-2024");
  b.agency = "blu-rs";
  b.classes = [2, 3];
  b.format = "SAKTI realisasi per RO, triplets per sumber dana (RM, BLU) + Jumlah";
  const s = b.sheet("Realisasi per Sumber Dana");
  s.width({ A: 28, B: 44, C: 17, D: 17, E: 8, F: 17, G: 17, H: 8, I: 17, J: 17, K: 8 });
  s.merge("A1:K1", { v: "REALISASI ANGGARAN PER SUMBER DANA TA 2024", b: true });
  s.merge("A2:K2", "Satker 415421 - RSUP SUKAMAJU (BLU)");
  s.merge("A4:A5", { v: "Kode", b: true });
  s.merge("B4:B5", { v: "Uraian", b: true });
  s.merge("C4:E4", { v: "Rupiah Murni", b: true });
  s.merge("F4:H4", { v: "PNBP - BLU", b: true });
  s.merge("I4:K4", { v: "Jumlah", b: true });
  s.row(5, ["Pagu", "Realisasi", "%", "Pagu", "Realisasi", "%", "Pagu", "Realisasi", "%"], { from: "C", b: true });
  const M = "#,##0";
  const P = "0.00%";
  // [code, name, paguRM, realRM, paguBLU, realBLU]
  const lines = [
    ["024.04.WA.4812.EBA.962", "Layanan Umum", 1845000000, 1790212300, 6420500000, 5987310450],
    ["024.04.WA.4812.EBA.994", "Layanan Perkantoran", 48215640000, 47120884512, 0, 0],
    ["024.04.WA.4812.EBB.951", "Layanan Sarana Internal", 0, 0, 3150000000, 2814265000],
    ["024.04.DG.4802.QEH.001", "Pelayanan Kesehatan Rujukan Rawat Jalan", 0, 0, 98410275000, 94122087413],
    ["024.04.DG.4802.QEH.002", "Pelayanan Kesehatan Rujukan Rawat Inap", 0, 0, 121560300000, 118406994100],
    ["024.04.DG.4802.QEH.003", "Pelayanan Penunjang Medik", 0, 0, 40312000000, 37015776230],
    ["024.04.DG.4802.CAN.001", "Alat Kesehatan Rumah Sakit", 12750000000, 11985400000, 8600000000, 7211350000],
  ];
  let r = 6;
  for (const [code, name, pRM, rRM, pB, rB] of lines) {
    s.row(r, [
      code,
      name,
      { v: pRM, fmt: M },
      { v: rRM, fmt: M },
      pRM === 0 ? "-" : { f: `D${r}/C${r}`, fmt: P },
      { v: pB, fmt: M },
      { v: rB, fmt: M },
      pB === 0 ? "-" : { f: `G${r}/F${r}`, fmt: P },
      { f: `C${r}+F${r}`, fmt: M },
      { f: `D${r}+G${r}`, fmt: M },
      { f: `J${r}/I${r}`, fmt: P },
    ]);
    r++;
  }
  const tot = r; // 13
  s.row(tot, [
    { v: "JUMLAH", b: true },
    null,
    { f: `SUM(C6:C12)`, fmt: M },
    { f: `SUM(D6:D12)`, fmt: M },
    { f: `D${tot}/C${tot}`, fmt: P },
    { f: `SUM(F6:F12)`, fmt: M },
    { f: `SUM(G6:G12)`, fmt: M },
    { f: `G${tot}/F${tot}`, fmt: P },
    { f: `SUM(I6:I12)`, fmt: M },
    { f: `SUM(J6:J12)`, fmt: M },
    { f: `J${tot}/I${tot}`, fmt: P },
  ]);
  // Planted: the BLU % of rawat inap typed over the formula with the RM figure of the row above's habit (95,00%),
  // and the Jumlah realisasi of alat kesehatan typed as a value that leaves out the BLU part.
  s.set("H10", { v: 0.95, fmt: P });
  s.set("J12", { v: 11985400000, fmt: M });
  s.set("K12", { f: "J12/I12", fmt: P });
  s.set(`J${tot}`, { f: `SUM(J6:J12)`, fmt: M });
  s.set(`K${tot}`, { f: `J${tot}/I${tot}`, fmt: P });

  b.table(s, "budget", 4);
  // The row's serapan is the Jumlah triplet (I, J, K): the one figure the sheet reports per RO.
  // Row 12 is left out: its Jumlah realisasi is the planted error, so no single serapan is "right" there.
  for (let row = 6; row <= tot; row++) if (row !== 12) b.ratio(s, row, "serapan", `J${row}`, `I${row}`);
  b.anomaly(s, "H10", ["ABSORPTION_MISMATCH"], "95,00% typed; 118.406.994.100 / 121.560.300.000 = 97,41%");
  b.anomaly(
    s,
    "J12",
    ["TOTAL_MISMATCH", "ABSORPTION_MISMATCH"],
    "Jumlah realisasi 11.985.400.000 typed = RM only; RM + BLU = 19.196.750.000"
  );
  return b;
};
