// Tabel 11 "Perbandingan Perkembangan Tingkat Air yang Hilang PAM Jaya Tahun 1992-2008 dengan Target Teknis" (thesis
// chapter "Uncounted For Water PAM Jaya", data PAM Jaya 2009 diolah) — typed as printed, decimal commas kept as the
// id-ID texts the page shows (see SOURCES.md).
"use strict";
const { writeListing } = require("./write-listing");

const data = [
  ["1992", "52,82", "168,38", "-", "-"],
  ["1993", "53,14", "179,24", "-", "-"],
  ["1994", "52,76", "175,92", "-", "-"],
  ["1995", "57,21", "180,76", "-", "-"],
  ["1996", "57,45", "232,99", "-", "-"],
  ["1997", "57,76", "267,06", "-", "-"],
  ["1998", "62,40", "304,94", "67,92", "91,87"],
  ["1999", "57,71", "283,68", "61,47", "93,88"],
  ["2000", "50,91", "236,78", "53,90", "94,45"],
  ["2001", "50,57", "243,63", "55,93", "90,40"],
  ["2002", "47,61", "232,45", "51,28", "92,83"],
  ["2003", "45,27", "226,74", "45,03", "100,52"],
  ["2004", "47,93", "249,73", "50,08", "95,70"],
  ["2005", "50,40", "271,31", "64,82", "77,75"],
  ["2006", "51,10", "274,15", "71,41", "71,55"],
  ["2007", "50,52", "257,67", "75,40", "66,99"],
  ["2008", "50,01", "259,02", "51,68", "96,78"],
  ["2009", "48,35", "61,18", "48,93", "98,81"],
];
const rows = {
  1: ["Tabel 11. Perbandingan Perkembangan Tingkat Air yang Hilang PAM Jaya Tahun 1992-2008 dengan Target Teknis"],
  3: ["Tahun", "UFW PAM Jaya", null, "Target Teknis", "Perubahan"],
  4: [null, "%", "m 3", null, null],
};
data.forEach((r, i) => (rows[5 + i] = r));
rows[23] = ["Rata-rata", "52,68", null, null, "89,29"];
rows[24] = ["Laju Pertumbuhan", "-0,20"];
rows[25] = ["Pra-privatisasi", "1,86"];
rows[26] = ["Pasca-privatisasi 99-08", "-2,05"];

writeListing("pamjaya-ufw-1992-2009", [
  { name: "Tabel 11", widths: { A: 24, B: 14, C: 12, D: 14, E: 12 }, rows, merges: ["A3:A4", "B3:C3", "D3:D4", "E3:E4"] },
]);
