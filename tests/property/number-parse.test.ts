// Property tests of the number parser: Indonesian ("42.010", "35,17%", "Rp14.107.139.000,-") and English
// ("42,010", "35.17%", "7,022,542,000") renderings of random numbers read back exactly.
//
// The documented ambiguity: ONE separator followed by exactly three digits is a thousands separator ("1.234" is
// 1234 in both languages), so English 3-decimal numbers are never generated as such. Everything generated here is
// unambiguous under the rules: integers (grouped or not), numbers with exactly 2 decimals, both separators.
import fc from "fast-check";
import { parseCell } from "../../src/core/parse/cell";
import { parseDigits } from "../../src/core/parse/number-text";

const RUNS = 2000;

const group = (int: string, sep: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);

/** Integers up to 10^15 (exact in doubles), biased to have several thousands groups. */
const integer = fc.oneof(
  fc.integer({ min: 0, max: 999 }),
  fc.integer({ min: 1000, max: 999_999 }),
  fc.integer({ min: 1_000_000, max: 2 ** 31 }),
  fc.bigInt({ min: BigInt(0), max: BigInt(10) ** BigInt(15) }).map(Number)
);

/** A number with exactly two decimals: [integer part, two-digit fraction]. */
const twoDecimals = fc.tuple(integer, fc.integer({ min: 0, max: 99 })).map(([i, f]) => ({
  int: String(i),
  frac: String(f).padStart(2, "0"),
  value: Number(`${i}.${String(f).padStart(2, "0")}`),
}));

type Lang = "id" | "en";
const lang = fc.constantFrom<Lang>("id", "en");
const SEPS: Record<Lang, { thou: string; dec: string }> = {
  id: { thou: ".", dec: "," },
  en: { thou: ",", dec: "." },
};

function renderInt(n: number, l: Lang, grouped: boolean): string {
  return grouped ? group(String(n), SEPS[l].thou) : String(n);
}
function renderDec(x: { int: string; frac: string }, l: Lang, grouped: boolean): string {
  return (grouped ? group(x.int, SEPS[l].thou) : x.int) + SEPS[l].dec + x.frac;
}

describe("parseDigits", () => {
  test("integers, grouped Indonesian or English style or not grouped, read back exactly", () => {
    fc.assert(
      fc.property(integer, lang, fc.boolean(), (n, l, grouped) => {
        expect(parseDigits(renderInt(n, l, grouped))).toBe(n);
      }),
      { numRuns: RUNS }
    );
  });

  test("numbers with two decimals read back exactly in both styles", () => {
    fc.assert(
      fc.property(twoDecimals, lang, fc.boolean(), (x, l, grouped) => {
        expect(parseDigits(renderDec(x, l, grouped))).toBe(x.value);
      }),
      { numRuns: RUNS }
    );
  });

  test("the documented rule: one separator + exactly three digits is thousands; after a lone 0 it is a decimal", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom(".", ","),
        (a, b, sep) => {
          const three = String(b).padStart(3, "0");
          expect(parseDigits(`${a}${sep}${three}`)).toBe(a * 1000 + b);
          expect(parseDigits(`0${sep}${three}`)).toBe(Number(`0.${three}`));
        }
      ),
      { numRuns: RUNS }
    );
  });

  test("one separator followed by 1, 2, 4 or more digits is a decimal mark", () => {
    fc.assert(
      fc.property(
        integer,
        fc.stringMatching(/^\d{1,2}$|^\d{4,8}$/),
        fc.constantFrom(".", ","),
        (n, frac, sep) => {
          expect(parseDigits(`${n}${sep}${frac}`)).toBe(Number(`${n}.${frac}`));
        }
      ),
      { numRuns: RUNS }
    );
  });

  test('badly grouped numbers are not numbers ("1.23.456", "12,34,567")', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom(".", ","),
        (a, b, c, sep) => {
          expect(
            parseDigits(
              `${a}${sep}${String(b).padStart(2, "0")}${sep}${String(c).padStart(3, "0")}`
            )
          ).toBeNull();
        }
      ),
      { numRuns: 500 }
    );
  });

  test("never throws; returns null or a finite number for any string", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^[\d.,\s]{0,30}$/), fc.string({ unit: "binary" })),
        (s) => {
          const v = parseDigits(s);
          expect(v === null || Number.isFinite(v)).toBe(true);
        }
      ),
      { numRuns: RUNS }
    );
  });
});

describe("parseCell", () => {
  test("real numbers pass through unchanged; a % format marks them as percents", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(null, "General", "#,##0", "0%", "0.00%", '0.0"%"', "[Red]0.00%"),
        (v, fmt) => {
          const p = parseCell(v, fmt);
          expect(p.kind).toBe("number");
          expect(Object.is(p.value, v)).toBe(true);
          expect(p.percent).toBe(fmt === "0%" || fmt === "0.00%" || fmt === "[Red]0.00%");
        }
      ),
      { numRuns: RUNS }
    );
  });

  test("numbers typed as text read back exactly and are flagged as numbers stored as text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          integer.map((n) => ({ int: String(n), frac: "", value: n })),
          twoDecimals
        ),
        lang,
        fc.boolean(),
        fc.boolean(),
        (x, l, grouped, negative) => {
          const body = x.frac ? renderDec(x, l, grouped) : renderInt(x.value, l, grouped);
          const p = parseCell((negative ? "-" : "") + body);
          expect(p.kind).toBe("text-number");
          expect(p.pureNumberText).toBe(true);
          expect(p.value).toBe(negative ? -x.value : x.value);
          expect(p.percent).toBe(false);
        }
      ),
      { numRuns: RUNS }
    );
  });

  test('percents ("35,17%", "35.17 %", "80 persen") read back as exact ratios', () => {
    fc.assert(
      fc.property(
        twoDecimals,
        lang,
        fc.boolean(),
        fc.constantFrom("%", " %", " persen"),
        fc.boolean(),
        (x, l, grouped, suffix, integerOnly) => {
          const body = integerOnly
            ? renderInt(Number(x.int), l, grouped)
            : renderDec(x, l, grouped);
          const expected = (integerOnly ? Number(x.int) : x.value) / 100;
          const p = parseCell(body + suffix);
          expect(p.kind).toBe("text-number");
          expect(p.percent).toBe(true);
          expect(p.unit).toBe("%");
          expect(p.value).toBe(expected);
        }
      ),
      { numRuns: RUNS }
    );
  });

  test('rupiah amounts ("Rp14.107.139.000,-", "Rp. 9.365.037.000", "Rp 7,022,542,000") read back exactly', () => {
    fc.assert(
      fc.property(
        integer,
        lang,
        fc.constantFrom("Rp", "Rp ", "Rp. ", "rp", "RP "),
        fc.constantFrom("", ",-", ".-", ",00"),
        (n, l, prefix, suffix) => {
          // ",00" is an Indonesian decimal part, ".-"/",-" the usual "no cents" dash; English uses ".00".
          const tail = suffix === ",00" ? SEPS[l].dec + "00" : suffix;
          const text = prefix + renderInt(n, l, true) + tail;
          const p = parseCell(text);
          expect(p.kind).toBe("text-number");
          expect(p.unit).toBe("rp");
          expect(p.value).toBe(n);
          expect(p.pureNumberText).toBe(true);
        }
      ),
      { numRuns: RUNS }
    );
  });

  test('quantities with a unit word ("42.010 orang") read back with their unit, not as numbers stored as text', () => {
    fc.assert(
      fc.property(
        integer,
        lang,
        fc.constantFrom("orang", "Orang", "data", "Kasus", "dokumen", "laporan", "kegiatan"),
        (n, l, unit) => {
          const p = parseCell(`${renderInt(n, l, true)} ${unit}`);
          expect(p.kind).toBe("text-number");
          expect(p.value).toBe(n);
          expect(p.unit).toBe(unit.toLowerCase());
          expect(p.pureNumberText).toBe(false);
        }
      ),
      { numRuns: RUNS }
    );
  });

  test('two quantities in one cell ("75 Kasus 36%") are both found, in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), twoDecimals, lang, (k, pct, l) => {
        const p = parseCell(`${renderInt(k, l, true)} Kasus ${renderDec(pct, l, false)}%`);
        expect(p.quantities).toEqual([
          { value: k, unit: "kasus" },
          { value: pct.value / 100, unit: "%" },
        ]);
      }),
      { numRuns: RUNS }
    );
  });

  test("never throws on any value", () => {
    const anyValue = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.record({ error: fc.string() })
    );
    fc.assert(
      fc.property(anyValue, fc.option(fc.string()), (v, fmt) => {
        const p = parseCell(v as never, fmt);
        expect([
          "missing",
          "number",
          "text-number",
          "category",
          "text",
          "error",
          "boolean",
        ]).toContain(p.kind);
        if (p.value !== null) expect(Number.isFinite(p.value)).toBe(true);
        for (const q of p.quantities) expect(Number.isFinite(q.value)).toBe(true);
      }),
      { numRuns: RUNS }
    );
  });
});

describe("scientific notation", () => {
  test('"d.ddE+nn" and "d,ddE+nn" read as the number Excel shows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.stringMatching(/^\d{0,4}$/),
        fc.integer({ min: -20, max: 20 }),
        fc.constantFrom(".", ","),
        fc.constantFrom("E", "e"),
        (int, frac, exp, sep, e) => {
          const sign = exp < 0 ? "-" : "+";
          const mag = String(Math.abs(exp)).padStart(2, "0");
          const text = `${int}${frac ? sep + frac : ""}${e}${sign}${mag}`;
          const p = parseCell(text);
          expect(p.kind).toBe("text-number");
          expect(p.value).toBe(Number(`${int}.${frac || "0"}e${exp}`));
        }
      ),
      { numRuns: RUNS }
    );
  });
});
