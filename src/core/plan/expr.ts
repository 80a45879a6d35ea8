// A tiny formula language: the planner builds every formula as a tree so it can both render the Excel text and
// evaluate it (Excel semantics, over the user's cells plus the cells already planned) before committing to it.
// A formula is only written when its own value equals the engine's value; otherwise the engine's number is
// written as a constant. That keeps "every formula evaluates to the engine's value" true by construction.
import { parseA1, parseRange, quoteSheet } from "../address";
import { maxOf, minOf } from "../arrays";

export type Fn =
  | "SUM"
  | "AVERAGE"
  | "MIN"
  | "MAX"
  | "IFERROR"
  | "ROWS"
  // Text functions, to read a number out of a text cell such as "101 Orang" (text-number.ts).
  | "VALUE"
  | "SUBSTITUTE"
  | "LEFT"
  | "FIND";
export type Op = "+" | "-" | "*" | "/";

export type Expr =
  | { k: "num"; n: number }
  | { k: "str"; s: string }
  | { k: "ref"; sheet: string; addr: string }
  | { k: "range"; sheet: string; range: string }
  | { k: "call"; fn: Fn; args: Expr[] }
  | { k: "op"; op: Op; a: Expr; b: Expr }
  /** Explicit parentheses, only for readability of formulas people will read (PMK 214). */
  | { k: "group"; e: Expr };

export const num = (n: number): Expr => ({ k: "num", n });
export const str = (s: string): Expr => ({ k: "str", s });
export const ref = (sheet: string, addr: string): Expr => ({ k: "ref", sheet, addr });
export const range = (sheet: string, r: string): Expr => ({ k: "range", sheet, range: r });
export const call = (fn: Fn, ...args: Expr[]): Expr => ({ k: "call", fn, args });
export const op = (o: Op, a: Expr, b: Expr): Expr => ({ k: "op", op: o, a, b });
export const group = (e: Expr): Expr => ({ k: "group", e });
/** IFERROR(e,"") : blank instead of #DIV/0! when a target or pagu is later cleared. */
export const orBlank = (e: Expr): Expr => call("IFERROR", e, str(""));

/** Plain decimal text: HyperFormula (and some Excel locales' parsers) reject exponent notation in formulas. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  const s = String(n);
  if (!/e/i.test(s)) return s;
  const neg = n < 0;
  const [mant, expText] = String(Math.abs(n)).split(/e/i);
  const exp = parseInt(expText, 10);
  const [intPart, fracPart = ""] = mant.split(".");
  const digits = intPart + fracPart;
  const point = intPart.length + exp;
  let out: string;
  if (point <= 0) out = "0." + "0".repeat(-point) + digits;
  else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
  else out = digits.slice(0, point) + "." + digits.slice(point);
  return (neg ? "-" : "") + out;
}

const PREC: Record<Op, number> = { "+": 1, "-": 1, "*": 2, "/": 2 };

/** Excel text of `e`, written on sheet `onSheet` (references to it stay unqualified). */
export function render(e: Expr, onSheet: string | null): string {
  switch (e.k) {
    case "num":
      return e.n < 0 ? `(${formatNumber(e.n)})` : formatNumber(e.n);
    case "str":
      return `"${e.s.replace(/"/g, '""')}"`;
    case "ref":
      return e.sheet === onSheet ? e.addr : `${quoteSheet(e.sheet)}!${e.addr}`;
    case "range":
      return e.sheet === onSheet ? e.range : `${quoteSheet(e.sheet)}!${e.range}`;
    case "call":
      return `${e.fn}(${e.args.map((a) => render(a, onSheet)).join(",")})`;
    case "group":
      return `(${render(e.e, onSheet)})`;
    case "op": {
      // The left spine (a+b+c+…, as long as the rows it counts) is walked in a loop, not by recursion.
      const spine = leftSpine(e);
      let text = render(spine[spine.length - 1].a, onSheet);
      for (let i = spine.length - 1; i >= 0; i--) {
        const s = spine[i];
        const p = PREC[s.op];
        const right = render(s.b, onSheet);
        const wrapL = s.a.k === "op" && PREC[s.a.op] < p;
        // a-(b-c), a/(b*c): the right operand needs parentheses at equal precedence too.
        const wrapR =
          s.b.k === "op" &&
          (PREC[s.b.op] < p || (PREC[s.b.op] === p && (s.op === "-" || s.op === "/")));
        text = `${wrapL ? `(${text})` : text}${s.op}${wrapR ? `(${right})` : right}`;
      }
      return text;
    }
  }
}

type OpExpr = Extract<Expr, { k: "op" }>;

/** `e` and its left operands while they are operations, outermost first. */
function leftSpine(e: OpExpr): OpExpr[] {
  const spine: OpExpr[] = [e];
  let node = e.a;
  while (node.k === "op") {
    spine.push(node);
    node = node.a;
  }
  return spine;
}

export function formula(e: Expr, onSheet: string | null): string {
  return "=" + render(e, onSheet);
}

// ---------------------------------------------------------------- evaluation (Excel semantics, simplified)

export interface XlError {
  err: string;
}
export type XlValue = number | string | boolean | null | XlError;

const isErr = (v: unknown): v is XlError => typeof v === "object" && v !== null && "err" in v;
const ERR = (err: string): XlError => ({ err });

/** Cell lookup: the user's cells overlaid with the plan's results. */
export type CellLookup = (sheet: string, row: number, col: number) => XlValue;

/** Scalar arithmetic operand: blank is 0, text and booleans as Excel would, errors pass through. */
function scalar(v: XlValue): number | XlError {
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (isErr(v)) return v;
  const t = v.trim();
  if (t !== "" && Number.isFinite(Number(t))) return Number(t);
  return ERR("#VALUE!");
}

/** Numbers an aggregate sees: from references only numbers count (text/blank/booleans skipped). */
function collect(args: Expr[], look: CellLookup): number[] | XlError {
  const out: number[] = [];
  for (const a of args) {
    if (a.k === "ref" || a.k === "range") {
      const r = a.k === "ref" ? parseRange(a.addr) : parseRange(a.range);
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          const v = look(a.sheet, row, col);
          if (isErr(v)) return v;
          if (typeof v === "number") out.push(v);
        }
      }
    } else {
      const v = scalar(evaluate(a, look));
      if (isErr(v)) return v;
      out.push(v);
    }
  }
  return out;
}

export function evaluate(e: Expr, look: CellLookup): XlValue {
  switch (e.k) {
    case "num":
      return e.n;
    case "str":
      return e.s;
    case "ref": {
      const { row, col } = parseA1(e.addr);
      return look(e.sheet, row, col);
    }
    case "range":
      return ERR("#VALUE!");
    case "group":
      return evaluate(e.e, look);
    case "op": {
      // Left spine in a loop (see render); operands are evaluated left to right as before.
      const spine = leftSpine(e);
      let acc: XlValue = evaluate(spine[spine.length - 1].a, look);
      for (let i = spine.length - 1; i >= 0; i--) {
        const s = spine[i];
        const a = scalar(acc);
        if (isErr(a)) return a;
        const b = scalar(evaluate(s.b, look));
        if (isErr(b)) return b;
        if (s.op === "+") acc = a + b;
        else if (s.op === "-") acc = a - b;
        else if (s.op === "*") acc = a * b;
        else acc = b === 0 ? ERR("#DIV/0!") : a / b;
      }
      return acc;
    }
    case "call": {
      if (e.fn === "IFERROR") {
        const v = evaluate(e.args[0], look);
        return isErr(v) ? evaluate(e.args[1], look) : v;
      }
      if (e.fn === "ROWS") {
        const a = e.args[0];
        if (a.k !== "range" && a.k !== "ref") return ERR("#VALUE!");
        const r = parseRange(a.k === "range" ? a.range : a.addr);
        return r.bottom - r.top + 1;
      }
      if (TEXT_FNS.has(e.fn))
        return textCall(
          e.fn,
          e.args.map((a) => evaluate(a, look))
        );
      const xs = collect(e.args, look);
      if (isErr(xs)) return xs;
      if (e.fn === "SUM") return xs.reduce((s, x) => s + x, 0);
      if (e.fn === "AVERAGE")
        return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : ERR("#DIV/0!");
      if (xs.length === 0) return 0;
      return e.fn === "MIN" ? minOf(Infinity, xs) : maxOf(-Infinity, xs);
    }
  }
}

const TEXT_FNS = new Set<Fn>(["VALUE", "SUBSTITUTE", "LEFT", "FIND"]);

/** A value as a text function sees it: numbers in their plain decimal form, blank as "". */
function asText(v: XlValue): string | XlError {
  if (isErr(v)) return v;
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return typeof v === "number" ? formatNumber(v) : v;
}

/** VALUE, SUBSTITUTE, LEFT, FIND as Excel computes them (FIND: case-sensitive, 1-based; #VALUE! when absent). */
function textCall(fn: Fn, args: XlValue[]): XlValue {
  const err = args.find(isErr);
  if (err) return err;
  const s = asText(args[0]) as string;
  if (fn === "VALUE") {
    const t = s.trim();
    return t !== "" && Number.isFinite(Number(t)) ? Number(t) : ERR("#VALUE!");
  }
  if (fn === "SUBSTITUTE")
    return s.split(asText(args[1]) as string).join(asText(args[2]) as string);
  if (fn === "LEFT") {
    const n = scalar(args[1] ?? 1);
    if (isErr(n) || n < 0) return ERR("#VALUE!");
    return s.slice(0, Math.floor(n));
  }
  // FIND(find_text, within_text)
  const at = (asText(args[1]) as string).indexOf(s);
  return at < 0 ? ERR("#VALUE!") : at + 1;
}

/** Same number within 1e-9 (relative for large magnitudes such as rupiah amounts). */
export function sameNumber(a: XlValue, b: number | null): boolean {
  if (b === null || typeof a !== "number") return false;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export { isErr };
