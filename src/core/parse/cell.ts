// One cell as the engine understands it: a number (maybe a percent), a quantity typed as text
// ("42.010 orang"), several quantities ("75 Kasus 36%"), a category ("Baik (88)"), missing, or an error.
import type { CellValue } from "../types";
import { parseCategory, type Category } from "./categories";
import { parseNumberToken } from "./number-text";

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
  /(rp\.?\s*)?([+-]?)(\d(?:[\d.,]*\d)?(?:e[+-]?\d{1,3})?)\s*(,-|\.-)?\s*(%|persen\b|[a-zA-Z\u00C0-\u024F]+)?/gi;

const NO_QUANTITIES: Quantity[] = [];

/** A text that is only a number: "1.905", "35,17%", "Rp14.107.139.000,-". */
export const PURE_NUMBER_TEXT =
  /^(rp\.?\s*)?[+-]?\d(?:[\d.,]*\d)?(?:e[+-]?\d{1,3})?\s*(,-|\.-)?\s*%?$/i;

/** Every ParsedCell is built here, with its fields always in the same order (one hidden class, little garbage). */
function cellOf(
  kind: CellKind,
  raw: CellValue,
  f: Partial<Omit<ParsedCell, "kind" | "raw">> = {}
): ParsedCell {
  return {
    kind,
    value: f.value ?? null,
    unit: f.unit ?? null,
    percent: f.percent ?? false,
    quantities: f.quantities ?? NO_QUANTITIES,
    category: f.category ?? null,
    pureNumberText: f.pureNumberText ?? false,
    error: f.error ?? null,
    raw,
  };
}

const MISSING_CELL = cellOf("missing", null);
const percentFormats = new Map<string, boolean>();

export function isPercentFormat(numFmt: string | null | undefined): boolean {
  if (!numFmt) return false;
  let v = percentFormats.get(numFmt);
  if (v === undefined) {
    // A % outside quotes or brackets is a percent format.
    v = /%/.test(numFmt.replace(/"[^"]*"|\[[^\]]*\]/g, ""));
    if (percentFormats.size < 1000) percentFormats.set(numFmt, v);
  }
  return v;
}

export function parseCell(raw: CellValue, numFmt?: string | null): ParsedCell {
  if (raw === null || raw === undefined) return MISSING_CELL;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return cellOf("missing", raw);
    const percent = isPercentFormat(numFmt);
    return cellOf("number", raw, { value: raw, percent, unit: percent ? "%" : null });
  }
  if (typeof raw === "boolean") return cellOf("boolean", raw);
  if (typeof raw === "object") return cellOf("error", raw, { error: String(raw.error) });
  return parseTextFast(raw);
}

// The common shapes staff type, "1.933 dokumen", "35,17%", "Rp 9.365.037.000", read without the general scan.
const SIMPLE = /^(rp\.?\s*)?(\d(?:[\d.,]*\d)?(?:e[+-]?\d{1,3})?)\s*(,-|\.-)?\s*(%|[a-zA-Z]+)?$/i;

function parseTextFast(text: string): ParsedCell {
  const m = SIMPLE.exec(text);
  if (m === null) return parseText(text);
  const n = parseNumberToken(m[2]);
  const word = m[4] ? m[4].toLowerCase() : null;
  // Words that are categories or missing markers ("n/a" cannot match) go the general way.
  if (
    n === null ||
    (word !== null && word !== "%" && (word === "persen" || parseCategory(word) !== null))
  )
    return parseText(text);
  const unit = m[1] ? "rp" : word;
  const value = unit === "%" ? n / 100 : n;
  const pure = unit === null || unit === "%" || unit === "rp";
  return cellOf("text-number", text, {
    value,
    unit,
    percent: unit === "%",
    quantities: [{ value, unit }],
    pureNumberText: pure,
  });
}

export function parseText(text: string): ParsedCell {
  const raw = text;
  const t = text.replace(/\u00A0/g, " ").trim();
  if (MISSING.has(t.toLowerCase())) return cellOf("missing", raw);
  if (ERROR_CODES.has(t.toUpperCase())) return cellOf("error", raw, { error: t.toUpperCase() });
  const category = parseCategory(t);
  const quantities = scanQuantities(t);
  if (category) {
    const q = quantities[0] ?? null;
    return cellOf("category", raw, {
      category,
      value: q ? q.value : null,
      unit: q ? q.unit : null,
      quantities,
    });
  }
  if (quantities.length === 0) return cellOf("text", raw);
  const first = quantities[0];
  const pure = PURE_NUMBER_TEXT.test(t);
  // A long sentence that happens to contain a number ("Tabel II.1 …") is text, not a quantity.
  const words = t.replace(QTY, " ").trim();
  if (!pure && words.split(/\s+/).filter(Boolean).length > 2) return cellOf("text", raw);
  return cellOf("text-number", raw, {
    value: first.value,
    unit: first.unit,
    percent: first.unit === "%",
    quantities,
    pureNumberText: pure,
  });
}

function scanQuantities(t: string): Quantity[] {
  const out: Quantity[] = [];
  QTY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QTY.exec(t)) !== null) {
    // A digit glued to letters before it ("SISKOP2MI", "II.1") is part of a word, not a quantity.
    const before = t[m.index - 1];
    if (!m[1] && before && /[A-Za-z0-9]/.test(before)) continue;
    const n = parseNumberToken(m[3]);
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
