// Reading numbers the way Indonesian (and English) staff type them.
// "42.010" = 42010, "35,17" = 35.17, "7,022,542,000" = 7022542000, "1.234,56" = 1234.56,
// "2.5E+6" = "2,5E+6" = 2500000 (Excel's scientific display, in either locale).

/** A mantissa with at most one separator, then an exponent: how Excel shows large numbers ("2,50E+06"). */
const SCIENTIFIC = /^(\d+)(?:[.,](\d+))?[eE]([+-]?\d{1,3})$/;

/**
 * Parse a number token: scientific notation (its separator is always the decimal mark, "2.500E+3" = 2500), or
 * digits and separators (parseDigits).
 */
export function parseNumberToken(raw: string): number | null {
  const m = SCIENTIFIC.exec(raw.trim());
  if (m === null) return parseDigits(raw);
  const v = Number(`${m[1]}.${m[2] ?? "0"}e${m[3]}`);
  return Number.isFinite(v) ? v : null;
}

/**
 * Parse the digits-and-separators part of a number. Rules (issue 2):
 * one kind of separator followed by exactly three digits is a thousands separator, otherwise decimal;
 * a repeated separator is always thousands; with both kinds, the last one is the decimal mark.
 */
export function parseDigits(raw: string): number | null {
  const s = raw.trim();
  if (!/^\d(?:[\d.,]*\d)?$/.test(s) && !/^[.,]\d+$/.test(s)) return null;
  const dots = countOf(s, ".");
  const commas = countOf(s, ",");
  let normalised: string;
  if (dots === 0 && commas === 0) normalised = s;
  else if (dots > 0 && commas > 0) {
    const lastDot = s.lastIndexOf(".");
    const lastComma = s.lastIndexOf(",");
    const dec = lastDot > lastComma ? "." : ",";
    const thou = dec === "." ? "," : ".";
    if (countOf(s, dec) > 1) return null;
    if (!groupsValid(s.slice(0, s.lastIndexOf(dec)), thou)) return null;
    normalised = s.split(thou).join("").replace(dec, ".");
  } else {
    const sep = dots > 0 ? "." : ",";
    const n = dots + commas;
    const parts = s.split(sep);
    if (n > 1) {
      if (!groupsValid(s, sep)) return null;
      normalised = parts.join("");
    } else {
      const [intPart, frac] = parts;
      // "0,850" and ",5" are decimals: a thousands group never follows a lone zero.
      const thousands = frac.length === 3 && intPart !== "0" && intPart !== "";
      normalised = thousands ? intPart + frac : `${intPart}.${frac}`;
    }
  }
  const v = Number(normalised);
  return Number.isFinite(v) ? v : null;
}

function countOf(s: string, ch: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s[i] === ch) n++;
  return n;
}

/** "14.107.139.000": first group 1–3 digits, then groups of exactly 3. */
function groupsValid(s: string, sep: string): boolean {
  const parts = s.split(sep);
  if (parts[0].length < 1 || parts[0].length > 3) return false;
  for (let i = 1; i < parts.length; i++) if (parts[i].length !== 3) return false;
  return true;
}
