// A BUMD (Perumda Air Minum) KPI sheet in the IKU style: indicators named "Jumlah …", "Total …", "Rata-rata …"
// that are indicators (own satuan, polaritas, target), rows without a No. continuing the sasaran above,
// TW I–IV with the year aggregated by sum or by average, capaian with 2 − R/T for negative polarity.
"use strict";
const { Book } = require("../lib");

module.exports = function build() {
  const b = new Book("kpi-perumda-air-minum-2024");
  b.agency = "bumd";
  b.classes = [5];
  b.format = "IKU-style KPI table with polaritas, TW I–IV, annual and capaian";
  const s = b.sheet("KPI 2024");
  s.width({ A: 5, B: 34, C: 50, D: 9, E: 10, F: 12, G: 12, H: 12, I: 12, J: 12, K: 14, L: 11 });
  s.merge("A1:L1", { v: "CAPAIAN KEY PERFORMANCE INDICATOR (KPI) PERUMDA AIR MINUM TIRTA SUKAMAJU TAHUN 2024", b: true });
  const H = { b: true, wrap: true };
  s.merge("A3:A4", { v: "No", ...H });
  s.merge("B3:B4", { v: "Sasaran", ...H });
  s.merge("C3:C4", { v: "Indikator Kinerja", ...H });
  s.merge("D3:D4", { v: "Satuan", ...H });
  s.merge("E3:E4", { v: "Polaritas", ...H });
  s.merge("F3:F4", { v: "Target 2024", ...H });
  s.merge("G3:J3", { v: "Realisasi", ...H });
  s.row(4, ["TW I", "TW II", "TW III", "TW IV"], { from: "G", ...H });
  s.merge("K3:K4", { v: "Realisasi 2024", ...H });
  s.merge("L3:L4", { v: "Capaian", ...H });
  const N = "#,##0";
  const D1 = "#,##0.0";
  const rows = [
    // [row, no, sasaran, indicator, unit, pol, target, tw, agg, fmt]
    [5, "1", "Meningkatnya cakupan pelayanan air minum", "Jumlah sambungan rumah (SR) baru", "SR", "Positif", 2400, [520, 610, 655, 702], "SUM", N],
    [6, "", "", "Total volume air terjual", "m³", "Positif", 9850000, [2412300, 2468950, 2501100, 2533870], "SUM", N],
    [7, "2", "Meningkatnya efisiensi operasional", "Tingkat kehilangan air (non revenue water)", "%", "Negatif", 28, [29.4, 28.1, 27.2, 26.5], "AVERAGE", D1],
    [8, "", "", "Rata-rata waktu penanganan pengaduan pelanggan", "jam", "Negatif", 24, [26, 22, 20, 18], "AVERAGE", D1],
    [9, "3", "Meningkatnya kinerja keuangan perusahaan", "Jumlah pendapatan usaha", "Rp juta", "Positif", 68500, [16420, 17105, 17380, 18236], "SUM", N],
    [10, "", "", "Rasio biaya operasi terhadap pendapatan operasi", "%", "Negatif", 85, [89, 86, 84, 83], "AVERAGE", D1],
  ];
  for (const [r, no, sas, ind, unit, pol, t, tw, agg, fmt] of rows) {
    s.row(r, [no, { v: sas, wrap: true }, { v: ind, wrap: true }, unit, pol, { v: t, fmt }, ...tw.map((x) => ({ v: x, fmt }))]);
    const sum = tw.reduce((x, y) => x + y, 0);
    s.set(`K${r}`, { f: `${agg}(G${r}:J${r})`, r: agg === "SUM" ? sum : sum / 4, fmt });
    s.set(`L${r}`, { f: pol === "Negatif" ? `2-K${r}/F${r}` : `K${r}/F${r}`, fmt: "0.00%" });
  }
  // Planted 1: pendapatan usaha typed 69.411 over the SUM (TW sum 69.141).
  s.set("K9", { v: 69411, fmt: N });
  s.set("L9", { f: "K9/F9", fmt: "0.00%" });
  // Planted 2: waktu penanganan pengaduan (negative) computed as R/T.
  s.set("L8", { f: "K8/F8", fmt: "0.00%" });
  s.merge("A11:K11", { v: "Rata-rata Capaian KPI", b: true });
  let t = 0;
  for (let r = 5; r <= 10; r++) t += s.num(`L${r}`);
  s.set("L11", { f: "AVERAGE(L5:L10)", r: t / 6, fmt: "0.00%", b: true });

  b.table(s, "indicators", 3);
  for (const [r, , , , , pol] of rows) if (r !== 9) b.ratio(s, r, "capaian", `K${r}`, `F${r}`, { neg: pol === "Negatif" });
  b.anomaly(s, "K9", ["QUARTER_SUM_MISMATCH"], "69.411 typed; TW I–IV sum to 69.141");
  b.anomaly(s, "L8", ["CAPAIAN_MISMATCH"], "negative polarity: 2 − 21,5/24 = 110,42%; the sheet has K8/F8 = 89,58%");
  b.tolerate(s, "L11", ["AVERAGE_MISMATCH"]);
  return b;
};
