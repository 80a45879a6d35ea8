// One input of a computed formula: a reference to the user's cell when it holds the very number the engine used,
// the reference divided by 100 when a percentage was typed as 92 instead of 92%, or else the engine's number
// read out of the text by a formula when it is a whole number with or without a unit ("101 Orang", text-number.ts),
// or else as a constant (the cell held other text, such as "75 Kasus 36%", that no simple formula reads).
import { evaluate, formatNumber, num, op, ref, sameNumber, type Expr } from "./expr";
import type { Grid } from "./grid";
import { textNumberExpr } from "./text-number";

export type TermKind = "ref" | "scaled" | "text" | "constant";

export interface SourceTerm {
  expr: Expr;
  kind: TermKind;
  addr: string | null;
  value: number;
  /** Why the cell is not referenced as is; `shown` reads `"20 orang" → 20` or `92 → 92%`. */
  note?: { kind: "text" | "scaled"; addr: string; shown: string };
}

export function showNumber(x: number, percent: boolean): string {
  if (percent) return `${formatNumber(Number((x * 100).toFixed(4)))}%`;
  return formatNumber(Number(x.toPrecision(12)));
}

export function sourceTerm(
  grid: Grid,
  sheet: string,
  addr: string | null,
  value: number | null,
  percent: boolean
): SourceTerm | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (!addr) return { expr: num(value), kind: "constant", addr: null, value };
  const raw = grid.userValueAt(sheet, addr);
  if (typeof raw === "number") {
    if (sameNumber(raw, value)) return { expr: ref(sheet, addr), kind: "ref", addr, value };
    if (sameNumber(raw / 100, value)) {
      return {
        expr: op("/", ref(sheet, addr), num(100)),
        kind: "scaled",
        addr,
        value,
        note: { kind: "scaled", addr, shown: `${formatNumber(raw)} → ${showNumber(value, true)}` },
      };
    }
  }
  if (typeof raw === "string") {
    const expr = textNumberExpr(sheet, addr, raw);
    if (expr && sameNumber(evaluate(expr, grid.lookup), value))
      return { expr, kind: "text", addr, value };
  }
  const shown = raw === null ? "" : typeof raw === "object" ? raw.error : String(raw);
  return {
    expr: num(value),
    kind: "constant",
    addr,
    value,
    note: { kind: "text", addr, shown: `"${shown}" → ${showNumber(value, percent)}` },
  };
}
