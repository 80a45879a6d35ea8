// "Instrumen Penghitungan Kinerja UKP Puskesmas Tahun 2019" (Lampiran 5), first page, from the public scribd
// document "BAHAN RUK 2020" of an unnamed puskesmas — typed from its stored text as printed (see SOURCES.md).
// The printed error values (#DIV/0!, #VALUE!) are the source's own cells and are kept as error values.
"use strict";
const { writeListing } = require("./write-listing");

const pct = (v) => ({ v, f: "0%" });
const one = (v) => ({ v, f: "0.0" });
const err = (e) => ({ v: { error: e } });
const RING = "nilai ring";
// B name, C target (T), D satuan, E total sasaran, F target sasaran, G pencapaian, H % cakupan riil, I sub variabel
const ind = (name, t, sat, e, f, g, h, i, note) => [null, name, t, sat, e, f, g, h, i, null, null, note || null];

writeListing("puskesmas-ukp-instrumen-2019", [
  {
    name: "Lampiran 5",
    widths: { A: 4, B: 48, C: 12, D: 10, E: 10, F: 10, G: 12, H: 10, I: 10, J: 10, K: 10, L: 11 },
    rows: {
      1: ["Lampiran 5"],
      2: ["Instrumen Penghitungan Kinerja UKP Puskesmas Tahun 2019"],
      4: ["No", "Pelayanan Kesehatan/ Program/Variabel/Sub Variabel", "Target Tahun 2019 (dalam %)", "Satuan sasaran",
        "Total Sasaran", "Target Sasaran", "Pencapaian (dalam satuan sasaran)", "%Cakupan Riil", "% Kinerja Puskesmas"],
      5: [null, null, null, null, null, null, null, null, "Sub Variabel", "Variabel", "Program"],
      6: ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)"],
      7: [null, "2.3.Upaya Kesehatan Perseorangan (UKP)", null, null, null, null, null, null, null, null, one(89.1)],
      8: [null, "2.3.1. Pelayanan Non Rawat Inap", null, null, null, null, null, null, null, one(77.1)],
      9: ind("1. Angka Kontak", "150 per mil", "orang", 8253, "150-250", 249, one(37.4), one(24.9), RING),
      10: ind("2. Rasio Rujukan Rawat Jalan Non Spesialistik", pct(0.05), "kasus", 491, 25, 0, err("#DIV/0!"),
        one(100.0), RING),
      11: ind("3.Rasio Peserta Prolanis Rutin Berkunjung ke FKTP (RPPB)", pct(0.5), "orang", 11, 6, 9, one(81.8),
        one(100.0), RING),
      12: ind("4. Setiap penderita hipertensi mendapatkan pelayanan kesehatan sesuai standar", pct(1), "orang", 13344,
        13344, 6892, one(51.6), one(51.6)),
      13: ind("5. Setiap penderita diabetes mellitus mendapatkan pelayanan kesehatan sesuai standar", pct(1), "orang",
        647, 647, 1112, one(171.9), one(100.0)),
      14: ind("6.Kelengkapan pengisian rekam medik", pct(1), "berkas", 6845, 6845, 6061, one(88.5), one(88.5)),
      15: ind("7. Rasio gigi tetap yang ditambal terhadap gigi tetap yang dicabut", ">1", "orang", 24, err("#VALUE!"),
        24, one(100.0), one(100.0), RING),
      16: ind("8.Bumil yang mendapat pelayanan kesehatan gigi", pct(1), "gigi", 710, 710, 205, one(28.9), one(28.9)),
      17: ind("9.Pelayanan konseling gizi", pct(0.05), "bumil", 630, 32, 109, one(17.3), one(100.0), RING),
      18: [null, "2.3.2. Pelayanan Gawat Darurat", null, null, null, null, null, null, null, one(100.0)],
      19: ind("1.Kelengkapan pengisian informed consent", pct(1), "berkas", 2667, 2667, 2667, one(100.0), one(100.0)),
      20: [null, "2.3.3. Pelayanan Kefarmasian", null, null, null, null, null, null, null, one(96.4)],
      21: ind("1.Kesesuaian item obat yang tersedia dalam Fornas", pct(0.8), "item obat", 204, 163.2, 164, one(80.4),
        one(100.0)),
      22: ind("2 . Ketersediaan obat dan vaksin terhadap 20 item obat indikator", pct(0.85), "obat", 20, 17, 18,
        one(90.0), one(100.0)),
      23: ind("3. Penggunaan antibiotika pada penatalaksanaan ISPA non pneumonia", "< 20 %", "resep", 130,
        err("#VALUE!"), 26, one(20.0), one(75.0), RING),
    },
    merges: ["I4:K4"],
  },
]);
