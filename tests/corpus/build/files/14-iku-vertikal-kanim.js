// One IKU per sheet, laid out vertically as some satker keep their "lembar kerja IKU": the indicator as a title,
// then TARGET, Realisasi TW I–IV, TOTAL and CAPAIAN down column B, with a Keterangan column.
"use strict";
const { Book } = require("../lib");

module.exports = function build() {
  const b = new Book("iku-vertikal-per-sheet-kanim-2024");
  b.agency = "kementerian-satker";
  b.classes = [3, 5];
  b.format = "vertical one-IKU-per-sheet blocks (TARGET / TW I–IV / TOTAL / CAPAIAN)";
  const block = (name, no, title, unit, target, tw, total, fmt, note) => {
    const s = b.sheet(name);
    s.width({ A: 22, B: 16, C: 44 });
    s.merge("A1:C1", { v: `INDIKATOR KINERJA UTAMA ${no}`, b: true });
    s.merge("A2:C2", { v: title, b: true, wrap: true });
    s.row(3, ["Satuan", unit]);
    s.row(5, ["URAIAN", "NILAI", "KETERANGAN"], { b: true });
    s.row(6, [{ v: "TARGET", b: true }, { v: target, fmt }]);
    tw.forEach((x, i) => s.row(7 + i, [`Realisasi TW ${["I", "II", "III", "IV"][i]}`, { v: x, fmt }]));
    s.row(11, [{ v: "TOTAL", b: true }, { ...total, fmt, b: true }, note]);
    s.row(12, [{ v: "CAPAIAN", b: true }, { f: "B11/B6", fmt: "0.00%", b: true }]);
    b.table(s, "indicators", 5);
    return s;
  };
  const s1 = block("IKU 1", 1, "Jumlah permohonan paspor yang diselesaikan sesuai standar waktu layanan", "permohonan",
    24000, [5812, 6455, 6120, 6390], { v: 24177 }, "#,##0", "rekap SIMKIM per triwulan");
  const s2 = block("IKU 2", 2, "Persentase pengawasan orang asing yang ditindaklanjuti", "%",
    100, [100, 95, 100, 100], { f: "AVERAGE(B7:B10)", r: 98.75 }, "0.00", "rata-rata triwulan");
  const s3 = block("IKU 3", 3, "Indeks kepuasan masyarakat terhadap layanan keimigrasian", "indeks (skala 4)",
    3.5, [3.41, 3.52, 3.55, 3.58], { f: "B10", r: 3.58 }, "0.00", "hasil survei triwulan terakhir");
  // Planted: IKU 1 TOTAL typed 24.177; TW I–IV sum to 24.777.
  b.anomaly(s1, "B11", ["QUARTER_SUM_MISMATCH"], "TOTAL 24.177 typed; 5.812 + 6.455 + 6.120 + 6.390 = 24.777");
  // The value is expected on the CAPAIAN row, where the sheet shows it.
  b.ratio(s2, 12, "capaian", "B11", "B6");
  b.ratio(s3, 12, "capaian", "B11", "B6");
  return b;
};
