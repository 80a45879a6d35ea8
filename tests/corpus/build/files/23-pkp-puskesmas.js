// A puskesmas's "Penilaian Kinerja Puskesmas" (PKP) sheet: per kegiatan Target (T, %), Satuan, Total Sasaran (S),
// Target Sasaran (T×S), Pencapaian (P), "% Cakupan Riil" (P/S, not the achievement) and "% Cakupan terhadap Target"
// (P/(T×S), the achievement), a sub-variabel average per upaya; a kegiatan with no sasaran yields #DIV/0! as it does
// in the public PKP files.
"use strict";
const { Book } = require("../lib");

module.exports = function build() {
  const b = new Book("pkp-ukm-esensial-puskesmas-2024");
  b.agency = "puskesmas";
  b.classes = [3];
  b.format = "Penilaian Kinerja Puskesmas (Permenkes 44/2016 instrument), cakupan riil vs cakupan terhadap target";
  const s = b.sheet("PKP UKM Esensial");
  s.width({ A: 6, B: 52, C: 9, D: 10, E: 10, F: 11, G: 11, H: 11, I: 13, J: 11 });
  s.merge("A1:J1", { v: "PENGHITUNGAN PENILAIAN KINERJA PUSKESMAS TAHUN 2024", b: true });
  s.merge("A2:J2", "PUSKESMAS : SUKAMAJU    KABUPATEN : SUKAMAJU    PERIODE : 1 TAHUN");
  s.row(4, ["No", "Upaya Kesehatan / Kegiatan", "Target Tahun 2024 (T) dalam %", "Satuan Sasaran", "Total Sasaran (S)",
    "Target Sasaran (TxS)", "Pencapaian (P)", "% Cakupan Riil", "% Cakupan terhadap Target", "Sub Variabel"], { b: true, wrap: true });
  s.row(5, ["1", "2", "3", "4", "5", "6", "7", "8 = (7:5x100)", "9 = (7:6x100)", "10"]);
  const N1 = "#,##0.##";
  const P2 = "0.00";
  const block = (hr, title, rows) => {
    s.row(hr, [{ v: title.split(" ")[0], b: true }, { v: title.slice(title.indexOf(" ") + 1), b: true }]);
    rows.forEach(([r, no, name, t, unit, S, P]) => {
      s.row(r, [no, name, { v: t, fmt: N1 }, unit, { v: S, fmt: "#,##0" }, { f: `C${r}*E${r}/100`, fmt: N1 }, { v: P, fmt: "#,##0" }]);
      if (S === 0) {
        s.set(`H${r}`, { f: `G${r}/E${r}*100`, r: { error: "#DIV/0!" }, fmt: P2 });
        s.set(`I${r}`, { f: `G${r}/F${r}*100`, r: { error: "#DIV/0!" }, fmt: P2 });
      } else {
        s.set(`H${r}`, { f: `G${r}/E${r}*100`, fmt: P2 });
        s.set(`I${r}`, { f: `G${r}/F${r}*100`, fmt: P2 });
      }
    });
    const first = rows[0][0];
    const last = rows[rows.length - 1][0];
    const anyError = rows.some((x) => x[5] === 0);
    let t = 0;
    if (!anyError) for (const [r] of rows) t += s.num(`I${r}`);
    s.set(`J${hr}`, { f: `AVERAGE(I${first}:I${last})`, r: anyError ? { error: "#DIV/0!" } : t / rows.length, fmt: P2, b: true });
  };
  block(6, "2.1.1 Upaya Promosi Kesehatan", [
    [7, "1", "Rumah tangga yang dikaji PHBS", 20, "RT", 3395, 684],
    [8, "2", "Institusi pendidikan yang dikaji PHBS", 50, "sekolah", 35, 35],
    [9, "3", "Posyandu purnama dan mandiri (PURI)", 74, "posyandu", 54, 54],
  ]);
  block(10, "2.1.2 Pelayanan Kesehatan Keluarga", [
    [11, "1", "Kunjungan ibu hamil K4", 100, "bumil", 612, 571],
    [12, "2", "Persalinan di fasilitas pelayanan kesehatan", 100, "bulin", 584, 566],
    [13, "3", "Kunjungan neonatal lengkap (KN lengkap)", 100, "bayi", 556, 549],
    [14, "4", "Balita yang ditimbang (D/S)", 85, "balita", 2410, 1962],
  ]);
  block(15, "2.1.3 Pencegahan dan Pengendalian Penyakit", [
    [16, "1", "Penemuan dan pengobatan kasus TB (CNR)", 100, "orang", 96, 71],
    [17, "2", "Penderita diabetes melitus mendapat pelayanan sesuai standar", 100, "orang", 647, 612],
    [18, "3", "Skrining HIV pada kelompok populasi kunci", 100, "orang", 0, 0],
  ]);
  // Planted: a typo in the cakupan terhadap target of KN lengkap (98,47; 549 / 556 = 98,74), typed over the formula;
  // the sub-variabel average above it still computes from the cells.
  s.set("I13", { v: 98.47, fmt: P2 });
  let t = 0;
  for (const r of [11, 12, 13, 14]) t += s.num(`I${r}`);
  s.set("J10", { f: "AVERAGE(I11:I14)", r: t / 4, fmt: P2, b: true });

  b.table(s, "indicators", 4);
  for (const r of [7, 8, 9, 11, 12, 13, 14, 16, 17]) b.ratio(s, r, "capaian", `G${r}`, `F${r}`);
  b.anomaly(s, "I13", ["CAPAIAN_MISMATCH"], "98,47 typed; 549 / 556 = 98,74");
  b.anomaly(s, "I18", ["FORMULA_ERROR", "TARGET_ZERO"], "#DIV/0!: no sasaran recorded for HIV screening (S = 0)");
  b.anomaly(s, "J15", ["FORMULA_ERROR"], "#DIV/0! carried into the sub-variabel average");
  b.tolerate(s, "H18", ["FORMULA_ERROR", "TARGET_ZERO"]);
  b.tolerate(s, "F18", ["TARGET_ZERO"]);
  b.tolerate(s, "J10", ["AVERAGE_MISMATCH"]);
  return b;
};
