// A1 address helpers. 0-based row/col in, 1-based A1 out.

const LETTERS: string[] = [];

export function colLetter(col: number): string {
  const cached = LETTERS[col];
  if (cached !== undefined) return cached;
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  // A1 addresses are built for every cell the engine names: the letters are computed once per column.
  if (col >= 0 && col < 16384) LETTERS[col] = s;
  return s;
}

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function a1(row: number, col: number): string {
  return colLetter(col) + (row + 1);
}

export interface CellRef {
  row: number;
  col: number;
}

export function parseA1(addr: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(addr.trim());
  if (!m) throw new Error(`Not an A1 address: ${addr}`);
  return { row: parseInt(m[2], 10) - 1, col: colIndex(m[1]) };
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseRange(range: string): RangeRef {
  const [a, b] = range.split(":");
  const s = parseA1(a);
  const e = b ? parseA1(b) : s;
  return {
    top: Math.min(s.row, e.row),
    left: Math.min(s.col, e.col),
    bottom: Math.max(s.row, e.row),
    right: Math.max(s.col, e.col),
  };
}

export function rangeA1(r: RangeRef): string {
  const s = a1(r.top, r.left);
  const e = a1(r.bottom, r.right);
  return s === e ? s : `${s}:${e}`;
}

/**
 * Names Excel would read as something else than a sheet when unquoted: an A1 cell ("A1", "XFD1", "LOG10"), an
 * R1C1 reference ("R", "C", "RC", "R1C1", "R2", "C3"), or a boolean.
 */
const READS_AS_REFERENCE = /^(?:[A-Za-z]{1,3}\d+|R\d*C?\d*|C\d*|TRUE|FALSE)$/i;

/** Sheet name as it must appear in a formula or hyperlink: quoted unless it is a plain identifier. */
export function quoteSheet(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !READS_AS_REFERENCE.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet!A1" reference with correct quoting. */
export function sheetRef(sheet: string, addr: string): string {
  return `${quoteSheet(sheet)}!${addr}`;
}

/** Split "'My sheet'!A1:B2" into sheet and range. */
export function splitSheetRef(ref: string): { sheet: string | null; range: string } {
  const i = ref.lastIndexOf("!");
  if (i < 0) return { sheet: null, range: ref };
  let sheet = ref.slice(0, i);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: ref.slice(i + 1) };
}
