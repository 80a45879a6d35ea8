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

/**
 * "$A$1" / "ab12" → 0-based row and column; anything else throws. Read a character at a time (not a regex and
 * colIndex): a 200,000-row plan parses every address it writes several times.
 */
export function parseA1(addr: string): CellRef {
  const s = addr.trim();
  const n = s.length;
  let i = s.charCodeAt(0) === 36 ? 1 : 0; // "$"
  const lettersFrom = i;
  let col = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i) | 32; // ASCII letters to lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  const letters = i - lettersFrom;
  if (s.charCodeAt(i) === 36) i++;
  const digitsFrom = i;
  let row = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
  }
  if (letters < 1 || letters > 3 || i === digitsFrom || i !== n)
    throw new Error(`Not an A1 address: ${addr}`);
  return { row: row - 1, col: col - 1 };
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
