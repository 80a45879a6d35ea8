// Permendagri 86/2017 form E.81 "Evaluasi terhadap Hasil Renja Perangkat Daerah", as a Dinas PUPR keeps it in
// Excel: No / Sasaran / Kode / Program-Kegiatan-Sub Kegiatan / Indikator, then K | Rp pairs for the Renstra target,
// realisation to last year, this year's target, TW I–IV (non-cumulative), the year's realisation (13 = 9+10+11+12),
// tingkat capaian (14 = 13/8 × 100), Renstra realisation (15 = 7+13) and Renstra progress (16 = 15/6 × 100),
// a column-number row, and the form's closing "Rata-rata capaian kinerja" and "Predikat kinerja" rows.
"use strict";
const { Book } = require("../lib");

module.exports = function build() {
  const b = new Book("e81-evaluasi-renja-dinas-pupr-2023");
  b.agency = "pemda-opd";
  b.classes = [1, 4, 5];
  b.format = "Permendagri 86/2017 form E.81, TW I–IV as K | Rp, non-cumulative";
  const s = b.sheet("E.81");
  s.width({ A: 5, B: 24, C: 20, D: 40, E: 40 });
  s.merge("A1:AC1", { v: "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN SUKAMAJU", b: true });
  s.merge("A2:AC2", "Renja Perangkat Daerah Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Sukamaju");
  s.merge("A3:AC3", "Periode Pelaksanaan : Tahun 2023");
  s.merge("A4:AC4", "Indikator dan target kinerja Perangkat Daerah Kabupaten yang mengacu pada sasaran RKPD : Meningkatnya kualitas infrastruktur wilayah");
  const H = { b: true, wrap: true };
  s.merge("A6:A8", { v: "No", ...H });
  s.merge("B6:B8", { v: "Sasaran", ...H });
  s.merge("C6:C8", { v: "Kode", ...H });
  s.merge("D6:D8", { v: "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan", ...H });
  s.merge("E6:E8", { v: "Indikator Kinerja Program (outcome)/Kegiatan (output)/Sub Kegiatan", ...H });
  s.merge("F6:G7", { v: "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra PD)", ...H });
  s.merge("H6:I7", { v: "Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (2022)", ...H });
  s.merge("J6:K7", { v: "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2023) yang Dievaluasi", ...H });
  s.merge("L6:S6", { v: "Realisasi Kinerja Pada Triwulan", ...H });
  s.merge("L7:M7", { v: "I", ...H });
  s.merge("N7:O7", { v: "II", ...H });
  s.merge("P7:Q7", { v: "III", ...H });
  s.merge("R7:S7", { v: "IV", ...H });
  s.merge("T6:U7", { v: "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi", ...H });
  s.merge("V6:W7", { v: "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD yang Dievaluasi (%)", ...H });
  s.merge("X6:Y7", { v: "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2023 (Akhir Tahun Pelaksanaan Renja PD Tahun 2023)", ...H });
  s.merge("Z6:AA7", { v: "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2023 (%)", ...H });
  s.merge("AB6:AB8", { v: "Unit PD Penanggung Jawab", ...H });
  s.merge("AC6:AC8", { v: "Ket.", ...H });
  const kr = [];
  for (let i = 0; i < 11; i++) kr.push("K", "Rp");
  s.row(8, kr, { from: "F", b: true });
  s.row(9, ["1", "2", "3", "4", "5"]);
  ["6", "7", "8", "9", "10", "11", "12", "13 = 9+10+11+12", "14 = 13/8 x 100%", "15 = 7 + 13", "16 = 15/6 x 100%"]
    .forEach((t, i) => s.merge(`${colPair(i)[0]}9:${colPair(i)[1]}9`, t));
  s.row(9, ["17", "18"], { from: "AB" });

  const M = "#,##0";
  const K = "#,##0.00";
  const P = "0.00";
  // [row, no, kode, name, indicator, renstraK, renstraRp, laluK, laluRp, targetK, targetRp, twK[4], twRp[4], level]
  const rows = [
    [10, "1", "1.03.03", "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)", "Persentase jaringan irigasi kewenangan kabupaten dalam kondisi baik (%)",
      80, 62500000000, 71.5, 31240775000, 75, 12980000000, [null, null, null, 74.2], null, "program"],
    [11, "", "1.03.03.2.01", "Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai yang Berada dalam 1 (satu) Daerah Kabupaten/Kota",
      "Jumlah daerah irigasi yang dikelola (DI)", 24, 62500000000, 24, 31240775000, 24, 12980000000, [0, 6, 10, 8], null, "kegiatan"],
    [12, "", "1.03.03.2.01.0010", "Rehabilitasi Jaringan Irigasi Permukaan", "Panjang jaringan irigasi permukaan yang direhabilitasi (m)",
      21000, 41250000000, 8620, 20480150000, 4250, 8450000000, [0, 1100, 1650, 1430], [0, 1215400000, 3408950000, 3412870500], "sub"],
    [13, "", "1.03.03.2.01.0026", "Operasi dan Pemeliharaan Jaringan Irigasi Permukaan", "Jumlah laporan O&P jaringan irigasi (laporan)",
      60, 21250000000, 24, 10760625000, 12, 4530000000, [3, 3, 3, 3], [1020500000, 1118300000, 1095640000, 1201980000], "sub"],
    [14, "2", "1.03.10", "PROGRAM PENYELENGGARAAN JALAN", "Persentase jalan kabupaten dalam kondisi mantap (%)",
      72, 215000000000, 64.1, 98450300000, 68, 41350000000, [null, null, null, 66.9], null, "program"],
    [15, "", "1.03.10.2.01", "Penyelenggaraan Jalan Kabupaten/Kota", "Panjang jalan kabupaten yang ditangani (km)",
      210, 215000000000, 88.4, 98450300000, 42.5, 41350000000, [0, 8.2, 15.6, 17.9], null, "kegiatan"],
    [16, "", "1.03.10.2.01.0033", "Rekonstruksi Jalan", "Panjang jalan yang direkonstruksi (km)",
      60, 96500000000, 27.3, 44210000000, 12.5, 18900000000, [0, 2.4, 4.8, 5.3], [0, 3780000000, 7455210000, 7315640500], "sub"],
    [17, "", "1.03.10.2.01.0035", "Rehabilitasi Jalan", "Panjang jalan yang direhabilitasi (km)",
      150, 118500000000, 61.1, 54240300000, 30, 22450000000, [0, 5.8, 10.8, 12.6], [1125000000, 5640300000, 7980450000, 7122815000], "sub"],
  ];
  for (const [r, no, kode, name, ind, rK, rRp, lK, lRp, tK, tRp, twK, twRp, level] of rows) {
    const bold = level !== "sub";
    s.row(r, [no, null, kode, { v: name, b: bold, wrap: true }, { v: ind, wrap: true },
      { v: rK, fmt: K }, { v: rRp, fmt: M }, { v: lK, fmt: K }, { v: lRp, fmt: M }, { v: tK, fmt: K }, { v: tRp, fmt: M }]);
    twK.forEach((k, i) => s.set(`${["L", "N", "P", "R"][i]}${r}`, k === null ? "-" : { v: k, fmt: K }));
    if (twRp) twRp.forEach((x, i) => s.set(`${["M", "O", "Q", "S"][i]}${r}`, { v: x, fmt: M }));
    s.set(`AB${r}`, level === "sub" ? "Bidang SDA" : "");
  }
  s.merge("B10:B13", { v: "Meningkatnya kualitas layanan infrastruktur sumber daya air", wrap: true });
  s.merge("B14:B17", { v: "Meningkatnya kemantapan jalan kabupaten", wrap: true });
  for (const r of [14, 15, 16, 17]) s.set(`AB${r}`, "Bidang Bina Marga");
  // Kegiatan TW Rp = Σ sub kegiatan; program TW Rp = kegiatan.
  for (const c of ["M", "O", "Q", "S"]) {
    s.set(`${c}11`, { f: `${c}12+${c}13`, fmt: M });
    s.set(`${c}10`, { f: `${c}11`, fmt: M });
    s.set(`${c}15`, { f: `${c}16+${c}17`, fmt: M });
    s.set(`${c}14`, { f: `${c}15`, fmt: M });
  }
  // 13 = 9+10+11+12 (formulas on kegiatan/sub rows; outcome % typed on program rows)
  for (const r of [11, 12, 13, 15, 16, 17]) s.set(`T${r}`, { f: `L${r}+N${r}+P${r}+R${r}`, fmt: K });
  s.set("T10", { v: 74.2, fmt: K });
  s.set("T14", { v: 66.9, fmt: K });
  for (const r of [10, 11, 12, 13, 14, 15, 16, 17]) {
    s.set(`U${r}`, { f: `M${r}+O${r}+Q${r}+S${r}`, fmt: M });
    s.set(`V${r}`, { f: `T${r}/J${r}*100`, fmt: P });
    s.set(`W${r}`, { f: `U${r}/K${r}*100`, fmt: P });
    s.set(`X${r}`, { f: `H${r}+T${r}`, fmt: K });
    s.set(`Y${r}`, { f: `I${r}+U${r}`, fmt: M });
    s.set(`Z${r}`, { f: `X${r}/F${r}*100`, fmt: P });
    s.set(`AA${r}`, { f: `Y${r}/G${r}*100`, fmt: P });
  }
  // Planted 1: Rehabilitasi Jalan — the year's K typed as the target (30) over the formula; TW sum 29,2.
  s.set("T17", { v: 30, fmt: K });
  s.set("V17", { f: "T17/J17*100", fmt: P });
  // Planted 2: Penyelenggaraan Jalan — realisasi Rp typed with two digits swapped (40.149.415.500).
  s.set("U15", { v: 40149415500, fmt: M });
  s.set("W15", { f: "U15/K15*100", fmt: P });
  // Planted 3: Program SDA — tingkat capaian Rp divided by the Renstra Rp instead of this year's.
  s.set("W10", { f: "U10/G10*100", fmt: P });
  for (const r of [15, 14]) {
    s.set(`U${r}`, r === 15 ? { v: 40149415500, fmt: M } : { f: "U15", fmt: M });
    s.set(`W${r}`, { f: `U${r}/K${r}*100`, fmt: P });
    s.set(`Y${r}`, { f: `I${r}+U${r}`, fmt: M });
    s.set(`AA${r}`, { f: `Y${r}/G${r}*100`, fmt: P });
  }
  s.set("X17", { f: "H17+T17", fmt: K });
  s.set("Z17", { f: "X17/F17*100", fmt: P });
  // Closing rows of the form. Planted 4: the average stops one row short (V10:V16).
  s.merge("A18:U18", { v: "Rata-rata capaian kinerja (%)", b: true });
  const avg = (c, from, to) => {
    let t = 0;
    for (let r = from; r <= to; r++) t += s.num(`${c}${r}`);
    return t / (to - from + 1);
  };
  s.set("V18", { f: "AVERAGE(V10:V16)", r: avg("V", 10, 16), fmt: P });
  s.set("W18", { f: "AVERAGE(W10:W17)", r: avg("W", 10, 17), fmt: P });
  s.merge("A19:U19", { v: "Predikat kinerja", b: true });
  s.set("V19", "Sangat Tinggi");
  s.set("W19", "Sangat Tinggi");

  s.sumIs("K11", ["K12", "K13"]);
  s.sumIs("K15", ["K16", "K17"]);
  s.sumIs("U15", ["U16", "U17"], true);

  b.table(s, "indicators", 6);
  for (const r of [10, 11, 12, 13, 14, 15, 16]) b.ratio(s, r, "capaian", `T${r}`, `J${r}`);
  for (const r of [11, 12, 13, 16, 17]) b.ratio(s, r, "serapan", `U${r}`, `K${r}`);
  b.ratio(s, 10, "serapan", "U10", "K10");
  b.anomaly(s, "T17", ["QUARTER_SUM_MISMATCH"], "13 = 30 typed (the target); TW I–IV sum to 29,2 km");
  b.anomaly(s, "U15", ["TOTAL_MISMATCH", "QUARTER_SUM_MISMATCH"], "40.149.415.500 typed; sub kegiatan (and TW) sum to 40.419.415.500");
  b.anomaly(s, "W10", ["ABSORPTION_MISMATCH"], "W10 = U10/G10 (Renstra Rp) = 19,96; U10/K10 = 96,10");
  b.anomaly(s, "V18", ["AVERAGE_MISMATCH"], "AVERAGE(V10:V16) leaves out Rehabilitasi Jalan (row 17)");
  // W18 averages the right range but carries W10's error: naming it too is acceptable.
  b.tolerate(s, "W18", ["AVERAGE_MISMATCH"]);
  return b;
};

function colPair(i) {
  const { colLetters } = require("../lib");
  const start = 6 + 2 * i; // F = 6
  return [colLetters(start), colLetters(start + 1)];
}
