// Arithmetic a reviewer can redo with a calculator: small expression trees over shown numbers, rendered in id-ID
// ("36,00% ÷ 70,00%") or en, and evaluated from the numbers exactly as rendered. Operands get more decimals only
// when the two-decimal figures would not reproduce the displayed result.
import type { Lang } from "../types";

/** How a number is shown: a percentage (ratio 1 = 100%), Rupiah, or a plain number (count, score). */
export type NumKind = "percent" | "rupiah" | "number";

export type Expr =
  /** `exact`: a constant of the formula (50%, 20%, 2), never shown with more decimals. */
  | { k: "num"; v: number; kind: NumKind; exact?: boolean }
  | { k: "op"; op: "+" | "−" | "×" | "÷"; a: Expr; b: Expr }
  | { k: "min"; args: Expr[] }
  | { k: "max"; args: Expr[] };

export const num = (v: number, kind: NumKind): Expr => ({ k: "num", v, kind });
export const constant = (v: number, kind: NumKind): Expr => ({ k: "num", v, kind, exact: true });
export const op = (o: "+" | "−" | "×" | "÷", a: Expr, b: Expr): Expr => ({ k: "op", op: o, a, b });
export const sum = (terms: Expr[]): Expr =>
  terms.length === 0 ? num(0, "number") : terms.reduce((acc, t) => op("+", acc, t));

function group(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** A number with exactly `dp` decimals (trailing zeros kept for percentages, trimmed for plain numbers). */
function fixed(v: number, dp: number, lang: Lang, trim: boolean): string {
  let s = Math.abs(v).toFixed(dp);
  if (trim && s.includes(".")) s = s.replace(/\.?0+$/, "");
  const [i, f] = s.split(".");
  const [thou, dec] = lang === "id" ? [".", ","] : [",", "."];
  const neg = v < 0 && Number(s) !== 0;
  return (neg ? "-" : "") + group(i, thou) + (f ? dec + f : "");
}

/** Display precision of each kind: "0.00%", Rupiah in whole rupiah, other numbers up to two decimals. */
export const BASE_DP: Record<NumKind, number> = { percent: 2, rupiah: 0, number: 2 };

export function showNum(v: number | null, kind: NumKind, lang: Lang, dp = BASE_DP[kind]): string {
  if (v === null || !Number.isFinite(v)) return "–";
  if (kind === "percent") return fixed(v * 100, dp, lang, false) + "%";
  if (kind === "rupiah") {
    // Whole rupiah unless the amount has sen.
    const d = Number.isInteger(v) ? 0 : Math.max(dp, 2);
    return (v < 0 ? "-" : "") + "Rp" + fixed(Math.abs(v), d, lang, false);
  }
  return fixed(v, dp, lang, true);
}

/** The value of a shown number, as a calculator would take it. */
function shownValue(v: number, kind: NumKind, dp: number): number {
  if (kind === "percent") return Number((v * 100).toFixed(dp)) / 100;
  if (kind === "rupiah") return Number.isInteger(v) ? v : Number(v.toFixed(Math.max(dp, 2)));
  return Number(v.toFixed(dp));
}

const PREC: Record<string, number> = { "+": 1, "−": 1, "×": 2, "÷": 2 };

export function render(e: Expr, lang: Lang, extra = 0): string {
  if (e.k === "num") return showNum(e.v, e.kind, lang, BASE_DP[e.kind] + (e.exact ? 0 : extra));
  if (e.k === "min" || e.k === "max") {
    const sep = lang === "id" ? "; " : ", ";
    return `${e.k}(${e.args.map((a) => render(a, lang, extra)).join(sep)})`;
  }
  const side = (x: Expr, right: boolean) => {
    const s = render(x, lang, extra);
    if (x.k !== "op") return s;
    const p = PREC[x.op];
    const mine = PREC[e.op];
    // Left-to-right: a right operand of equal precedence needs brackets under − and ÷ (and for clarity, always).
    return p < mine || (right && p === mine) ? `(${s})` : s;
  };
  return `${side(e.a, false)} ${e.op} ${side(e.b, true)}`;
}

/** The value of the expression from its numbers as rendered with `extra` decimals. */
export function evaluate(e: Expr, extra = 0): number {
  if (e.k === "num") return e.exact ? e.v : shownValue(e.v, e.kind, BASE_DP[e.kind] + extra);
  if (e.k === "min") return Math.min(...e.args.map((a) => evaluate(a, extra)));
  if (e.k === "max") return Math.max(...e.args.map((a) => evaluate(a, extra)));
  const a = evaluate(e.a, extra);
  const b = evaluate(e.b, extra);
  switch (e.op) {
    case "+":
      return a + b;
    case "−":
      return a - b;
    case "×":
      return a * b;
    default:
      return a / b;
  }
}

/**
 * "36,00% ÷ 70,00% = 51,43%": the expression with the fewest extra decimals whose shown numbers give the shown
 * result (up to 6 more), then "=" and the result as displayed.
 */
export function worked(
  e: Expr,
  result: number,
  kind: NumKind,
  lang: Lang
): { text: string; shown: string; extra: number } {
  const shown = showNum(result, kind, lang);
  let extra = 0;
  for (; extra < 6; extra++) {
    if (showNum(evaluate(e, extra), kind, lang) === shown) break;
  }
  return { text: `${render(e, lang, extra)} = ${shown}`, shown, extra };
}
