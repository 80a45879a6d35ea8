// Issue 8, class 2: the SIPD RAK's Total column against its months, quarters and Nilai Rincian (period-total.ts).
import { analyzeWorkbook } from "../../src/core";
import type { SheetSnapshot } from "../../src/core/types";
import { book, sheet } from "../helpers/grid";

const loud = (s: SheetSnapshot) =>
  analyzeWorkbook(book(s))
    .report.anomalies.filter((a) => a.severity !== "info")
    .map((a) => `${a.rule} ${a.cell}`)
    .sort();

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];
/** A RAK line: kode, uraian, nilai rincian, total, then twelve months spreading `pagu` over months 3 and 9. */
const line = (kode: string, pagu: number, total: number) => [
  kode,
  `Belanja ${kode}`,
  pagu,
  total,
  ...MONTHS.map((_, i) => (i === 2 ? pagu / 2 : i === 8 ? pagu / 2 : null)),
];

describe("a period total beside the twelve months", () => {
  test("a Total wrong on every line is named when Nilai Rincian and the months agree", () => {
    // Each line's months add to its Nilai Rincian (1.000 = 500 + 500 …); every Total RAK is something else. The
    // export's grand-total row above the lines adds the Total column up (1.100 + 2.600 + 900 = 4.600): not a line.
    const grand = line("", 3400, 4600);
    const s = sheet("RAK", [
      ["Kode Akun", "Nama Akun", "Nilai Rincian", "Total RAK", ...MONTHS],
      [null, null, ...grand.slice(2)],
      line("5.1.02.01.01.0024", 1000, 1100),
      line("5.1.02.01.01.0025", 2000, 2600),
      line("5.1.02.01.01.0026", 400, 900),
    ]);
    expect(loud(s)).toEqual([
      "QUARTER_SUM_MISMATCH D3",
      "QUARTER_SUM_MISMATCH D4",
      "QUARTER_SUM_MISMATCH D5",
    ]);
  });

  test("with the quarters only, one broken line among lines that hold is named", () => {
    // Jumlah = TW I + II + III + IV on three lines; line 4: 100 + 200 + 300 + 400 = 1.000, typed 1.100.
    const s = sheet("RAK", [
      ["Kode", "Sub Kegiatan", "TW I", "TW II", "TW III", "TW IV", "Jumlah"],
      ["1.01", "A", 10, 20, 30, 40, 100],
      ["1.02", "B", 1, 2, 3, 4, 10],
      ["1.03", "C", 5, 5, 5, 5, 20],
      ["1.04", "D", 100, 200, 300, 400, 1100],
    ]);
    expect(loud(s)).toEqual(["QUARTER_SUM_MISMATCH G5"]);
  });
});
