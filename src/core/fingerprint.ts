// What a cell holds, reduced to a short stable hash: the record keeps one per cell the add-in wrote, so a later
// run can tell a cell still holding exactly our output (clear it) from one the user changed (keep it).
import type { CellValue, Scalar } from "./types";

/** FNV-1a, 32 bits, base 36: short, stable across hosts, and not meant to resist a deliberate collision. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

// A reference: optional sheet prefix ('My sheet'! or Sheet1!), then a cell, a range, a whole column or row.
const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const REF = new RegExp(
  String.raw`(?<![A-Za-z0-9_.$'])(?:${SHEET})?(?:${CELL}(?::${CELL})?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![A-Za-z0-9_(])`,
  "g"
);

/**
 * The formula with every cell reference replaced by "§": Excel rewrites our references when the user inserts or
 * deletes rows/columns or renames a sheet, and that must not count as an edit. String literals stay as they are.
 */
export function formulaShape(formula: string): string {
  const body = formula.replace(/^=/, "");
  let out = "";
  // Split on string literals ("..." with "" escapes) so text inside quotes is never taken for a reference.
  const parts = body.split(/("(?:[^"]|"")*")/);
  for (const part of parts) {
    if (part.startsWith('"')) out += part;
    else out += part.replace(REF, "§").replace(/\s+/g, "").toUpperCase();
  }
  return out;
}

/** Number formats that mean "no format of its own". */
function normalFormat(numFmt: string | null | undefined): string {
  if (!numFmt || numFmt === "General" || numFmt === "@") return "";
  return numFmt;
}

function valueKey(v: CellValue | Scalar | undefined): string {
  if (v === null || v === undefined || v === "") return "e";
  if (typeof v === "number") return "n" + Number(v.toPrecision(12));
  if (typeof v === "boolean") return "b" + (v ? 1 : 0);
  if (typeof v === "object") return "x" + v.error;
  return "s" + v;
}

/**
 * The fingerprint of a cell: the formula's shape (references replaced), or the literal value when there is no
 * formula, plus the number format. A formula's result is left out: it changes whenever the user's inputs do.
 */
export function fingerprintCell(
  formula: string | null | undefined,
  value: CellValue | Scalar | undefined,
  numFmt: string | null | undefined
): string {
  const content = formula ? "f" + formulaShape(formula) : valueKey(value);
  return shortHash(content + "\u0000" + normalFormat(numFmt));
}

/** The fingerprint of an empty cell without a number format of its own. */
export const EMPTY_FINGERPRINT = fingerprintCell(null, null, null);
