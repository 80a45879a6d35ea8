// The pieces every worked explanation shares: its shape, how an input cell was read ("teks '75 Kasus 36%' →
// 36,00%"), and the flags on the cells with what would clear them.
import { parseA1 } from "../address";
import type { Anomaly, Lang, RuleId, Severity } from "../types";
import { norm, rawOf, type Ctx } from "./context";
import { RULE_TEXTS } from "./rule-texts";
import { showNum, type NumKind } from "./worked-arith";
import { workedMessages, type WorkedMessages } from "./worked-messages";

export type WorkedKind =
  "capaian" | "realisasi" | "status" | "serapan" | "efisiensi" | "average" | "total" | "flag";

export interface WorkedInput {
  sheet: string;
  cell: string;
  label: string;
  /** The cell's content as it is (text, number, boolean, error text), null when empty. */
  raw: string | number | boolean | null;
  /** The number the engine used, null when none. */
  value: number | null;
  /** The number as displayed ("36,00%", "Rp7.022.542.000", "20"). */
  shown: string;
  /** How it was read: `teks "75 Kasus 36%" → 36,00%`. */
  read: string;
  /** The number was read from text. */
  textSourced: boolean;
  /** For a text-sourced input: whether the add-in's formulas read the text (VALUE) or carry the number as a
   *  constant, worded ("dibaca dari teks '101 Orang'; …"); null otherwise. */
  textNote: string | null;
}

export interface WorkedStep {
  /** What this step computes ("Capaian", "Serapan anggaran"). */
  label: string;
  /** The formula in words. */
  words: string;
  /** Numbers substituted, ending with "= " and the result as displayed; null when there is no arithmetic. */
  arithmetic: string | null;
  value: number | null;
  shown: string;
}

export interface WorkedFlag {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  cell: string;
  message: string;
  /** What would clear it (the rule's fix, and the value that would match when the rule names one). */
  clear: string;
}

export interface WorkedExplanation {
  kind: WorkedKind;
  sheet: string;
  cell: string;
  title: string;
  /** The Excel formula the add-in wrote, when the cell is one of its formulas. */
  formula?: string;
  inputs: WorkedInput[];
  /** In order; the last one computes the cell. */
  steps: WorkedStep[];
  /** The last step's arithmetic (the pane's `periksa-arithmetic`), null when none. */
  arithmetic: string | null;
  result: { value: number | null; shown: string } | null;
  notes: string[];
  /** The rule and its legal source, one line each. */
  sources: string[];
  flags: WorkedFlag[];
}

export interface WCtx extends Ctx {
  m: WorkedMessages;
}

export function wctx(ctx: Ctx): WCtx {
  return { ...ctx, m: workedMessages(ctx.lang) };
}

function rawShown(raw: number, lang: Lang): string {
  return showNum(raw, "number", lang, 4);
}

/** One input cell: its content, the number used and how the one became the other. */
export function readInput(
  ctx: WCtx,
  sheet: string,
  cell: string,
  label: string,
  value: number | null,
  kind: NumKind,
  computed = false
): WorkedInput {
  const addr = norm(cell);
  const raw = rawOf(ctx, sheet, addr);
  const shown = showNum(value, kind, ctx.lang);
  const m = ctx.m;
  let read: string;
  let textSourced = false;
  if (computed) read = m.readComputed(shown);
  else if (value === null)
    read = typeof raw === "string" && raw.trim() ? m.readCategory(raw) : m.readEmpty;
  else if (typeof raw === "string") {
    read = m.readText(raw, shown);
    textSourced = true;
  } else if (
    typeof raw === "number" &&
    kind === "percent" &&
    raw !== value &&
    Math.abs(raw / 100 - value) < 1e-9 * Math.max(1, Math.abs(value))
  )
    read = m.readPercentScale(rawShown(raw, ctx.lang), shown);
  else if (kind === "percent") read = m.readPercentFormat(shown);
  else read = m.readNumber(shown);
  return { sheet, cell: addr, label, raw, value, shown, read, textSourced, textNote: null };
}

const RATIO_RULES = new Set<RuleId>([
  "CAPAIAN_MISMATCH",
  "AVERAGE_MISMATCH",
  "ABSORPTION_MISMATCH",
  "CAPAIAN_EXTREME",
  "PERCENT_SCALE",
  "MIXED_UNITS",
]);

/** What would clear an anomaly, the expected value formatted as displayed. */
export function clearText(ctx: WCtx, a: Anomaly, amountKind: NumKind = "number"): string {
  const base = RULE_TEXTS[a.rule].fix[ctx.lang];
  if (typeof a.expected !== "number") return base;
  if (a.rule === "CAPAIAN_EXTREME" || a.rule === "MIXED_UNITS" || a.rule === "NUMBER_AS_TEXT")
    return base;
  const kind: NumKind = RATIO_RULES.has(a.rule) ? "percent" : amountKind;
  return `${base} ${ctx.m.clearMismatch(showNum(a.expected, kind, ctx.lang))}`;
}

export function flagsAt(
  ctx: WCtx,
  sheet: string,
  cells: string[],
  amountKind: NumKind = "number"
): WorkedFlag[] {
  const want = new Set(cells.map(norm));
  return ctx.analysis.report.anomalies
    .filter((a) => a.sheet === sheet && want.has(norm(a.cell)))
    .map((a) => ({
      rule: a.rule,
      severity: a.severity,
      sheet: a.sheet,
      cell: norm(a.cell),
      message: a.message,
      clear: clearText(ctx, a, amountKind),
    }));
}

/** Anomalies on a sheet row (0-based) inside the columns [from, to]. */
export function rowFlags(
  ctx: WCtx,
  sheet: string,
  row0: number,
  from: number,
  to: number
): WorkedFlag[] {
  const cells = ctx.analysis.report.anomalies
    .filter((a) => {
      if (a.sheet !== sheet) return false;
      try {
        const p = parseA1(norm(a.cell));
        return p.row === row0 && p.col >= from && p.col <= to;
      } catch {
        return false;
      }
    })
    .map((a) => a.cell);
  return flagsAt(ctx, sheet, cells);
}

/** A step from an arithmetic result. */
export function step(
  label: string,
  words: string,
  w: { text: string; shown: string } | null,
  value: number | null,
  shown: string
): WorkedStep {
  return { label, words, arithmetic: w ? w.text : null, value, shown: w ? w.shown : shown };
}
