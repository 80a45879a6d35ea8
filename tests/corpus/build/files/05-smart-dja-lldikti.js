// SMART DJA "Capaian RO" download of a satker: one row per Rincian Output with target and realised volume,
// Progres Capaian RO (PCRO, points), pagu, realisasi anggaran and % realisasi anggaran (points).
"use strict";
const { Book } = require("../lib");

module.exports = function build() {
  const b = new Book("smart-dja-capaian-ro-lldikti-2024");
  b.agency = "lldikti";
  b.classes = [2, 3];
  b.format = "SMART DJA capaian RO per satker (volume target/realisasi, PCRO, pagu, realisasi, %)";
  const s = b.sheet("Capaian RO");
  s.width({ A: 5, B: 26, C: 44, D: 11, E: 10, F: 12, G: 10, H: 18, I: 18, J: 10 });
  s.set("A1", { v: "CAPAIAN RINCIAN OUTPUT (RO) S.D. DESEMBER 2024", b: true });
  s.set("A2", "Satker 023123 - LEMBAGA LAYANAN PENDIDIKAN TINGGI WILAYAH SUKAMAJU");
  s.row(4, ["No", "Kode RO", "Uraian RO", "Satuan", "Target Volume", "Realisasi Volume", "PCRO (%)",
    "Pagu (Rp)", "Realisasi Anggaran (Rp)", "% Realisasi Anggaran"], { b: true });
  s.row(5, ["1", "2", "3", "4", "5", "6", "7 = 6/5", "8", "9", "10 = 9/8"]);
  const M = "#,##0";
  const P = "0.00";
  // [code, name, unit, target, realised volume, pagu, realisasi]
  const ro = [
    ["023.17.DL.4471.BEI.001", "Bantuan KIP Kuliah Mahasiswa PTS", "Mahasiswa", 4850, 4812, 62480000000, 61873550000],
    ["023.17.DL.4471.QDB.001", "Fasilitasi Akreditasi Program Studi PTS", "Lembaga", 60, 54, 1245000000, 1102337500],
    ["023.17.DL.4471.QDC.002", "Pembinaan dan Peningkatan Kompetensi Dosen PTS", "Orang", 1200, 1315, 2830500000, 2694118200],
    ["023.17.DL.4471.PBJ.001", "Pendampingan Kelembagaan PTS", "Lembaga", 40, 40, 980000000, 951224000],
    ["023.17.WA.4470.EBA.962", "Layanan Umum", "Layanan", 1, 1, 1560000000, 1498775300],
    ["023.17.WA.4470.EBA.994", "Layanan Perkantoran", "Layanan", 12, 12, 14215000000, 13987431250],
    ["023.17.WA.4470.EBB.951", "Layanan Sarana Internal", "Unit", 25, 19, 845000000, 612480000],
  ];
  let r = 6;
  for (const [code, name, unit, t, v, pagu, real] of ro) {
    s.row(r, [String(r - 5), code, name, unit, t, v,
      { v: Math.round((v / t) * 10000) / 100, fmt: P },
      { v: pagu, fmt: M }, { v: real, fmt: M },
      { v: Math.round((real / pagu) * 10000) / 100, fmt: P }]);
    r++;
  }
  s.row(r, [null, { v: "JUMLAH", b: true }, null, null, null, null, null,
    { f: "SUM(H6:H12)", fmt: M }, { f: "SUM(I6:I12)", fmt: M }, { f: "ROUND(I13/H13*100,2)", r: 0, fmt: P }]);
  s.set("J13", { f: "ROUND(I13/H13*100,2)", r: Math.round((s.num("I13") / s.num("H13")) * 10000) / 100, fmt: P });
  // Planted: the operator typed the PCRO (100) into Realisasi Volume of Layanan Perkantoran (target 12).
  s.set("F11", 100);

  b.table(s, "budget", 4);
  for (let row = 6; row <= 12; row++) {
    const ser = b.ratio(s, row, "serapan", `I${row}`, `H${row}`);
    if (row === 11) continue; // its volume is the planted error
    // The RO's output is both an indicator (capaian of its volume) and the budget line's capaian kinerja.
    b.ratio(s, row, "capaian", `F${row}`, `E${row}`);
    const ck = b.ratio(s, row, "capaianKinerja", `F${row}`, `E${row}`);
    b.value(s, row, "efisiensi", ck / ser);
  }
  b.ratio(s, 13, "serapan", "I13", "H13");
  b.anomaly(s, "G11", ["CAPAIAN_MISMATCH"], "PCRO 100,00 but realisasi volume typed 100 for a target of 12 (the PCRO typed as the volume)");
  b.tolerate(s, "F11", ["CAPAIAN_EXTREME"]);
  return b;
};
