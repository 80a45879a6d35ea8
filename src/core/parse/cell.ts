// One cell as the engine understands it: a number (maybe a percent), a quantity typed as text
// ("42.010 orang"), several quantities ("75 Kasus 36%"), a category ("Baik (88)"), missing, or an error.
import type { CellValue } from "../types";
import { parseCategory, type Category } from "./categories";
import { parseDigits } from "./number-text";

export interface Quantity {
  /** Ratio for percents (36% → 0.36). */
  value: number;
  /** Lower-case unit word, "%" or "rp"; null when none. */
  unit: string | null;
}

export type CellKind =
  "missing" | "number" | "text-number" | "category" | "text" | "error" | "boolean";

export interface ParsedCell {
  kind: CellKind;
  /** The primary value (ratio for percents), null when none. */
  value: number | null;
  unit: string | null;
  percent: boolean;
  /** Every quantity found in a text cell. More than one → MIXED_UNITS. */
  quantities: Quantity[];
  category: Category | null;
  /** Text that is only a number ("1.905", "35,17%", "Rp 9.365.037.000"): a number stored as text. */
  pureNumberText: boolean;
  /** The Excel error code for kind "error". */
  error: string | null;
  raw: CellValue;
}

const MISSING = new Set([
  "",
  "-",
  "–",
  "—",
  "n/a",
  "na",
  "n.a.",
  "n.a",
  "#n/a",
  "tidak ada data",
  "belum ada data",
  "nihil",
]);
const ERROR_CODES = new Set([
  "#DIV/0!",
  "#REF!",
  "#VALUE!",
  "#N/A",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#BUSY!",
]);

// A number token, optionally "Rp" before it, optionally a unit or % after it.
const QTY =
  /(rp\.?\s*)?([+-]?)(\d(?:[\d.,]*\d)?)\s*(,-|\.-)?\s*(%|persen\b|[a-zA-Z\u00C0-\u024F]+)?/gi;

const EMPTY: Omit<ParsedCell, "kind" | "raw"> = {
  value: null,
  unit: null,
  percent: false,
  quantities: [],
  category: null,
  pureNumberText: false,
  error: null,
};

export function isPercentFormat(numFmt: string | null | undefined): boolean {
  if (!numFmt) return false;
  // A % outside quotes or brackets is a percent format.
  return /%/.test(numFmt.replace(/"[^"]*"|\[[^\]]*\]/g, ""));
}

export function parseCell(raw: CellValue, numFmt?: string | null): ParsedCell {
  if (raw === null || raw === undefined) return { ...EMPTY, kind: "missing", raw: null };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { ...EMPTY, kind: "missing", raw };
    const percent = isPercentFormat(numFmt);
    return {
      ...EMPTY,
      kind: "number",
      value: raw,
      percent,
      unit: percent ? "%" : null,
      quantities: [{ value: raw, unit: percent ? "%" : null }],
      raw,
    };
  }
  if (typeof raw === "boolean") return { ...EMPTY, kind: "boolean", raw };
  if (typeof raw === "object") return { ...EMPTY, kind: "error", error: String(raw.error), raw };
  return parseText(raw);
}

export function parseText(text: string): ParsedCell {
  const raw = text;
  const t = text.replace(/\u00A0/g, " ").trim();
  if (MISSING.has(t.toLowerCase())) return { ...EMPTY, kind: "missing", raw };
  if (ERROR_CODES.has(t.toUpperCase()))
    return { ...EMPTY, kind: "error", error: t.toUpperCase(), raw };
  const category = parseCategory(t);
  const quantities = scanQuantities(t);
  if (category) {
    const q = quantities[0] ?? null;
    return {
      ...EMPTY,
      kind: "category",
      category,
      value: q ? q.value : null,
      unit: q ? q.unit : null,
      quantities,
      raw,
    };
  }
  if (quantities.length === 0) return { ...EMPTY, kind: "text", raw };
  const first = quantities[0];
  const pure = /^(rp\.?\s*)?[+-]?\d(?:[\d.,]*\d)?\s*(,-|\.-)?\s*%?$/i.test(t);
  // A long sentence that happens to contain a number ("Tabel II.1 …") is text, not a quantity.
  const words = t.replace(QTY, " ").trim();
  if (!pure && words.split(/\s+/).filter(Boolean).length > 2)
    return { ...EMPTY, kind: "text", raw };
  return {
    ...EMPTY,
    kind: "text-number",
    value: first.value,
    unit: first.unit,
    percent: first.unit === "%",
    quantities,
    pureNumberText: pure,
    raw,
  };
}

function scanQuantities(t: string): Quantity[] {
  const out: Quantity[] = [];
  QTY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QTY.exec(t)) !== null) {
    // A digit glued to letters before it ("SISKOP2MI", "II.1") is part of a word, not a quantity.
    const before = t[m.index - 1];
    if (!m[1] && before && /[A-Za-z0-9]/.test(before)) continue;
    const n = parseDigits(m[3]);
    if (n === null) continue;
    const sign = m[2] === "-" ? -1 : 1;
    let unit = m[5] ? m[5].toLowerCase() : null;
    if (unit === "persen") unit = "%";
    if (m[1]) unit = "rp";
    const value = unit === "%" ? (sign * n) / 100 : sign * n;
    out.push({ value, unit });
  }
  return out;
}
