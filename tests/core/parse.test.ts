// Every number format staff type, read the Indonesian way first.
import { parseCategory } from "../../src/core/parse/categories";
import { isPercentFormat, parseCell } from "../../src/core/parse/cell";
import { parseDigits } from "../../src/core/parse/number-text";

test.each([
  ["42.010", 42010],
  ["14.107.139.000", 14107139000],
  ["7,022,542,000", 7022542000],
  ["35,17", 35.17],
  ["239.91", 239.91],
  ["1.234,56", 1234.56],
  ["1,234.56", 1234.56],
  ["0,850", 0.85],
  ["1.5", 1.5],
  ["1000", 1000],
  [",5", 0.5],
])("parseDigits(%s) = %d", (s, v) => {
  expect(parseDigits(s)).toBe(v);
});

test.each(["1.23.4", "12,34,567", "abc", "1..2", "", "1.234.56,7.8"])(
  "parseDigits rejects %s",
  (s) => {
    expect(parseDigits(s)).toBeNull();
  }
);

test.each([
  ["42.010 orang", 42010, "orang", false],
  ["35,17%", 0.3517, "%", true],
  ["239.91 %", 2.3991, "%", true],
  ["1.905 data", 1905, "data", false],
  ["Rp14.107.139.000,-", 14107139000, "rp", false],
  ["Rp. 9.365.037.000", 9365037000, "rp", false],
  ["7,022,542,000", 7022542000, null, false],
  ["101 Orang", 101, "orang", false],
  ["12 persen", 0.12, "%", true],
])("parseCell(%s)", (s, value, unit, percent) => {
  const p = parseCell(s);
  expect(p.kind).toBe("text-number");
  expect(p.value).toBeCloseTo(value as number, 10);
  expect(p.unit).toBe(unit);
  expect(p.percent).toBe(percent);
});

test.each(["-", "–", "—", "", "n/a", "N/A", "  ", null])("%p is missing", (s) => {
  expect(parseCell(s as string | null).kind).toBe("missing");
});

test("a numeric cell formatted as % is a fraction", () => {
  expect(parseCell(0.3517, "0.00%")).toMatchObject({
    kind: "number",
    value: 0.3517,
    percent: true,
  });
  expect(parseCell(42010, "#,##0")).toMatchObject({ kind: "number", value: 42010, percent: false });
  expect(isPercentFormat('0.00"%"')).toBe(false);
  expect(isPercentFormat("0%")).toBe(true);
});

test("75 Kasus 36% holds two quantities", () => {
  const p = parseCell("75 Kasus 36%");
  expect(p.quantities).toEqual([
    { value: 75, unit: "kasus" },
    { value: 0.36, unit: "%" },
  ]);
});

test("categories: Sangat Baik > Baik > Cukup > Kurang > Sangat Kurang; Baik (88) carries 88", () => {
  const ranks = ["Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang"].map(
    (s) => parseCategory(s)!.rank
  );
  expect(ranks).toEqual([5, 4, 3, 2, 1]);
  const p = parseCell("Baik (88)");
  expect(p.kind).toBe("category");
  expect(p.category!.label).toBe("Baik");
  expect(p.value).toBe(88);
});

test("pure numbers stored as text are marked, quantities with units are not", () => {
  expect(parseCell("1.905").pureNumberText).toBe(true);
  expect(parseCell("35,17%").pureNumberText).toBe(true);
  expect(parseCell("1.905 data").pureNumberText).toBe(false);
});

test("words with digits are text, errors are errors", () => {
  expect(parseCell("SISKOP2MI").kind).toBe("text");
  expect(parseCell("Tabel II.1 Pengukuran Capaian Kinerja").kind).toBe("text");
  expect(parseCell({ error: "#DIV/0!" })).toMatchObject({ kind: "error", error: "#DIV/0!" });
  expect(parseCell("#REF!")).toMatchObject({ kind: "error", error: "#REF!" });
});

describe("scientific notation (how Excel shows large numbers), in either locale", () => {
  test.each([
    ["2.5E+6", 2_500_000],
    ["2,5E+6", 2_500_000],
    ["2,50E+06", 2_500_000],
    ["2.500E+3", 2500],
    ["1,23E-2", 0.0123],
    ["7e3", 7000],
    ["-2.5E+6", -2_500_000],
  ])("%s is %d, a number stored as text", (text, value) => {
    const p = parseCell(text);
    expect(p.kind).toBe("text-number");
    expect(p.value).toBe(value);
    expect(p.pureNumberText).toBe(true);
  });

  test("with a unit or a percent sign", () => {
    expect(parseCell("1,5E+3 orang")).toMatchObject({ value: 1500, unit: "orang" });
    expect(parseCell("2,5E+1%")).toMatchObject({ value: 0.25, percent: true });
  });

  test("an E that is a word stays a unit, and parseDigits itself is unchanged", () => {
    expect(parseCell("12 e")).toMatchObject({ value: 12 });
    expect(parseDigits("2.5E+6")).toBeNull();
  });
});
