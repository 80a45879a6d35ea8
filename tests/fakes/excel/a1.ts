// A1 helpers private to the fake (it must not depend on the code it tests). 0-based inclusive rectangles.
import { richError } from "./errors";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function colName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Split "'My sheet'!A1:B2" into its sheet (unquoted) and local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const i = address.lastIndexOf("!");
  if (i < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, i);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(i + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function part(p: string): { row: number | null; col: number | null } {
  let m = CELL.exec(p);
  if (m) return { row: parseInt(m[2], 10) - 1, col: colNumber(m[1]) };
  m = COL.exec(p);
  if (m) return { row: null, col: colNumber(m[1]) };
  m = ROW.exec(p);
  if (m) return { row: parseInt(m[1], 10) - 1, col: null };
  throw richError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format: ${p}`
  );
}

/** "A1", "A1:C3", "A:C", "2:5" (no sheet part). */
export function parseLocal(local: string): Rect {
  const [a, b = a] = local.trim().split(":");
  const s = part(a);
  const e = part(b);
  if ((s.row === null) !== (e.row === null) || (s.col === null) !== (e.col === null)) {
    throw richError("InvalidArgument", `Invalid range address: ${local}`);
  }
  const r: Rect = {
    top: s.row === null ? 0 : Math.min(s.row, e.row as number),
    bottom: s.row === null ? MAX_ROWS - 1 : Math.max(s.row, e.row as number),
    left: s.col === null ? 0 : Math.min(s.col, e.col as number),
    right: s.col === null ? MAX_COLS - 1 : Math.max(s.col, e.col as number),
  };
  if (r.bottom >= MAX_ROWS || r.right >= MAX_COLS || r.top < 0 || r.left < 0) {
    throw richError("InvalidArgument", `Range outside the sheet: ${local}`);
  }
  return r;
}

export function rectLocal(r: Rect): string {
  const fullCols = r.top === 0 && r.bottom === MAX_ROWS - 1;
  const fullRows = r.left === 0 && r.right === MAX_COLS - 1;
  if (fullCols && !fullRows) return `${colName(r.left)}:${colName(r.right)}`;
  if (fullRows && !fullCols) return `${r.top + 1}:${r.bottom + 1}`;
  const s = `${colName(r.left)}${r.top + 1}`;
  const e = `${colName(r.right)}${r.bottom + 1}`;
  return s === e ? s : `${s}:${e}`;
}

/** Sheet name as Excel prints it in an address. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function rectArea(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    outer.top <= inner.top &&
    outer.left <= inner.left &&
    outer.bottom >= inner.bottom &&
    outer.right >= inner.right
  );
}

export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLS);
}

export function keyCol(key: number): number {
  return key % MAX_COLS;
}
