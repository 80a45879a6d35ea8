// Cell-level splicing of a worksheet's <sheetData>: only the rows that hold a cell the plan clears or writes are
// rebuilt, and inside them only those <c> elements; every other row and cell keeps its exact text.
// One linear pass: the edits are sorted by (row, column) once and merged with the rows as they come, and runs of
// untouched rows are copied as one slice (200,000 written rows used to cost a Map, a closure and a regex per cell).
// Inside a written row the cells are found by offsets (scanCells), and what the plan does not change is handed to
// the sink as a range of the original content (SheetDataSink.original), never as a string of its own: a sink that
// holds the part's bytes copies them instead of encoding text again (a written 200,000-row sheet is 156 MB).
import { a1 } from "../../core";

/**
 * What happens to one cell: given its current <c> (null when absent), return the new one (null: no element).
 * `arg` is the edit's own data, so one function serves every cell of a kind (no closure per cell).
 */
export type CellEdit<A = never> = (
  current: string | null,
  ref: string,
  rowStyle: number | null,
  arg: A,
  col: number
) => string | null;

interface Pending {
  row: number;
  col: number;
  /** Order added: edits of one cell apply in that order. */
  seq: number;
  edit: CellEdit<unknown>;
  arg: unknown;
}

export interface SheetDataEdits {
  /** In the order added; several edits of one cell apply in that order. */
  list: Pending[];
  /** Ranges (0-based, inclusive) whose existing cells are passed through `clear` first. */
  clears: Array<{ top: number; left: number; bottom: number; right: number }>;
  clear: CellEdit;
}

export function emptyEdits(clear: CellEdit): SheetDataEdits {
  return { list: [], clears: [], clear };
}

export function addEdit<A>(
  e: SheetDataEdits,
  row: number,
  col: number,
  edit: CellEdit<A>,
  arg: A
): void {
  e.list.push({ row, col, seq: e.list.length, edit: edit as CellEdit<unknown>, arg });
}

export function hasEdits(e: SheetDataEdits): boolean {
  return e.list.length > 0 || e.clears.length > 0;
}

const ATTRS = String.raw`((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*`;

const cache = new Map<string, RegExp>();
function cached(key: string, make: () => RegExp): RegExp {
  let re = cache.get(key);
  if (!re) cache.set(key, (re = make()));
  re.lastIndex = 0;
  return re;
}

function rowRe(p: string): RegExp {
  return cached(
    "row" + p,
    () => new RegExp(`<${p}row(?=[\\s/>])${ATTRS}(?:/>|>([\\s\\S]*?)</${p}row>)`, "g")
  );
}
function cellRe(p: string): RegExp {
  return cached(
    "c" + p,
    () => new RegExp(`<${p}c(?=[\\s/>])${ATTRS}(?:/>|>([\\s\\S]*?)</${p}c>)`, "g")
  );
}

function attr(attrText: string, name: string): string | undefined {
  const m = cached("@" + name, () => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)).exec(
    attrText
  );
  return m ? (m[1] ?? m[2]) : undefined;
}

/** 0-based column of an A1 reference ("AB12" → 27), read in place. */
function colOfRef(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~32; // upper case
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

interface Cell {
  col: number;
  xml: string;
}

type Box = SheetDataEdits["clears"][number];

/** The style a row gives its empty cells: its s, when customFormat says the row is formatted; else null. */
function rowStyleOf(rowAttrs: string): number | null {
  const custom = attr(rowAttrs, "customFormat");
  return custom === "1" || custom === "true" ? Number(attr(rowAttrs, "s") ?? 0) : null;
}

/**
 * Rebuild one row's cells from its edits list[from, to) (sorted by column) as text; null when nothing changed.
 * The general path: rows whose cells lack r, come out of order or do not read as scanCells expects.
 */
function editRowText(
  p: string,
  row: number,
  rowAttrs: string,
  content: string,
  e: SheetDataEdits,
  list: Pending[],
  from: number,
  to: number,
  clears: Box[]
): { content: string; cols: Cell[] } | null {
  const rowStyle = rowStyleOf(rowAttrs);
  let cells: Cell[] = [];
  const re = cellRe(p);
  let m: RegExpExecArray | null;
  let prev = -1;
  let missingRef = false;
  let sorted = true;
  let end = 0;
  while ((m = re.exec(content))) {
    const ref = attr(m[1], "r");
    const col = ref ? colOfRef(ref) : prev + 1;
    if (!ref) missingRef = true;
    if (col <= prev) sorted = false;
    cells.push({ col, xml: m[0] });
    prev = col;
    end = m.index + m[0].length;
  }
  const tail = content.slice(end); // <extLst> of the row, whitespace
  if (!sorted) {
    // Out of order or repeated columns (rare): one cell per column, the last one read wins, in column order.
    const byCol = new Map<number, Cell>();
    for (const c of cells) byCol.set(c.col, c);
    cells = [...byCol.values()].sort((a, b) => a.col - b.col);
  }
  let changed = false;
  if (clears.length > 0)
    for (const c of cells) {
      if (!clears.some((r) => c.col >= r.left && c.col <= r.right)) continue;
      const next = e.clear(c.xml, a1(row, c.col), rowStyle, undefined as never, c.col);
      if (next !== c.xml) {
        changed = true;
        c.xml = next as string; // null: dropped below
      }
    }
  // Merge the sorted cells with the sorted edits.
  const out: Cell[] = [];
  let i = 0;
  let k = from;
  while (k < to) {
    const col = list[k].col;
    while (i < cells.length && cells[i].col < col) out.push(cells[i++]);
    const here = i < cells.length && cells[i].col === col ? cells[i++] : null;
    const before = here ? here.xml : null;
    let xml = before;
    const ref = a1(row, col);
    for (; k < to && list[k].col === col; k++)
      xml = list[k].edit(xml, ref, rowStyle, list[k].arg, col);
    if (xml !== before) changed = true;
    out.push({ col, xml: xml as string });
  }
  while (i < cells.length) out.push(cells[i++]);
  if (!changed) return null;
  const kept = out.filter((c) => c.xml !== null);
  // A cell without r takes its place from the one before it: once a cell is inserted, every cell needs its r.
  const open = `<${p}c`;
  let body = "";
  for (const c of kept)
    body +=
      missingRef && !/\sr\s*=/.test(c.xml.slice(0, c.xml.indexOf(">")))
        ? `${open} r="${a1(row, c.col)}"` + c.xml.slice(open.length)
        : c.xml;
  return { content: body + tail, cols: kept };
}

/** Where the edited content of <sheetData> goes, in order. */
export interface SheetDataSink {
  /** New text. */
  push(piece: string): void;
  /** content.slice(from, to), unchanged (a sink holding the original bytes copies them). */
  original(from: number, to: number): void;
}

/** Apply edits to the content of <sheetData> (the text between its tags); `p` is the namespace prefix ("" or "x:"). */
export function editSheetData(p: string, content: string, e: SheetDataEdits): string {
  const out: string[] = [];
  const sink: SheetDataSink = {
    push: (piece) => out.push(piece),
    original: (from, to) => out.push(content.slice(from, to)),
  };
  return editSheetDataInto(p, content, e, sink) ? out.join("") : content;
}

// ---------------------------------------------------------------- a written row, by offsets

/** Cells of the row being scanned: start, end, column, three numbers a cell (reused: one row at a time). */
const scanned: number[] = [];

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
/** [\w.:-] */
const isNameChar = (c: number) =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 48 && c <= 57) ||
  c === 95 ||
  c === 46 ||
  c === 58 ||
  c === 45;

/**
 * The <c> elements in content[from, to) (a row's content) into `scanned`, as cellRe would find them. false when a
 * cell has no r (or an empty one), the columns do not increase, or anything reads otherwise than plain
 * `<c a="v" …/>` / `<c …>…</c>` (non-ASCII blanks, an unclosed tag): editRowText then takes the row.
 */
function scanCells(p: string, content: string, from: number, to: number): boolean {
  scanned.length = 0;
  const open = `<${p}c`;
  const close = `</${p}c>`;
  let prev = -1;
  let at = from;
  for (;;) {
    const start = content.indexOf(open, at);
    if (start < 0 || start >= to) return true;
    let j = start + open.length;
    const next = content.charCodeAt(j);
    if (next > 127) return false;
    if (!isSpace(next) && next !== 47 && next !== 62) {
      at = start + 1; // <col>, <cx:…>: not a cell
      continue;
    }
    let col = -1;
    for (;;) {
      const ws = j;
      while (j < to && isSpace(content.charCodeAt(j))) j++;
      const c = content.charCodeAt(j);
      if (c === 47 || c === 62) break;
      if (j === ws || !isNameChar(c)) return false;
      const nameAt = j;
      while (j < to && isNameChar(content.charCodeAt(j))) j++;
      const isR = j - nameAt === 1 && c === 114; // "r"
      while (j < to && isSpace(content.charCodeAt(j))) j++;
      if (content.charCodeAt(j) !== 61) return false; // "="
      j++;
      while (j < to && isSpace(content.charCodeAt(j))) j++;
      const q = content.charCodeAt(j);
      if (q !== 34 && q !== 39) return false;
      const end = content.indexOf(q === 34 ? '"' : "'", j + 1);
      if (end < 0 || end >= to) return false;
      if (isR) col = end > j + 1 ? colOfRef(content.slice(j + 1, end)) : -1;
      j = end + 1;
    }
    let end: number;
    if (content.charCodeAt(j) === 47) {
      if (content.charCodeAt(j + 1) !== 62) return false;
      end = j + 2;
    } else {
      const c = content.indexOf(close, j + 1);
      if (c < 0 || c + close.length > to) return false;
      end = c + close.length;
    }
    if (col < 0 || col <= prev) return false;
    scanned.push(start, end, col);
    prev = col;
    at = end;
  }
}

/** One rebuilt row: its pieces in order (a string: new text; two numbers: an original range from, to). */
interface RowResult {
  pieces: Array<string | number>;
  /** Characters the pieces hold (0: the row is left without content). */
  length: number;
  /** Columns of the first and last cell the row keeps (-1: none). */
  first: number;
  last: number;
}

/**
 * Rebuild one row from its edits list[from, to) by offsets into `content` (the row's content is content[cs, ce)):
 * cells nobody changes stay original ranges, together with the text between them. null: nothing changed;
 * undefined: the row does not scan (see scanCells).
 */
function editRow(
  p: string,
  row: number,
  rowStyle: number | null,
  content: string,
  cs: number,
  ce: number,
  e: SheetDataEdits,
  list: Pending[],
  from: number,
  to: number,
  clears: Box[]
): RowResult | null | undefined {
  if (!scanCells(p, content, cs, ce)) return undefined;
  const pieces: Array<string | number> = [];
  let copied = cs; // content before this offset is in pieces
  let length = 0;
  let first = -1;
  let last = -1;
  let changed = false;
  const keep = (col: number) => {
    if (first < 0) first = col;
    last = col;
  };
  /** Replace content[at, upTo) (a cell, or nothing when inserting) with `xml`. */
  const put = (at: number, upTo: number, xml: string | null) => {
    if (at > copied) {
      pieces.push(copied, at);
      length += at - copied;
    }
    if (xml) {
      pieces.push(xml);
      length += xml.length;
    }
    copied = upTo;
  };
  const n = scanned.length;
  let k = from;
  for (let i = 0; i <= n; i += 3) {
    const col = i < n ? scanned[i + 2] : Infinity;
    const start = i < n ? scanned[i] : scanned.length > 0 ? scanned[n - 2] : cs;
    // New cells before this one (or after the last).
    for (; k < to && list[k].col < col;) {
      const at = list[k].col;
      let xml: string | null = null;
      const ref = a1(row, at);
      for (; k < to && list[k].col === at; k++)
        xml = list[k].edit(xml, ref, rowStyle, list[k].arg, at);
      if (xml === null) continue;
      changed = true;
      keep(at);
      put(start, start, xml);
    }
    if (i === n) break;
    const end = scanned[i + 1];
    const hasEdit = k < to && list[k].col === col;
    const cleared = clears.length > 0 && clears.some((r) => col >= r.left && col <= r.right);
    if (!hasEdit && !cleared) {
      keep(col);
      continue;
    }
    const before = content.slice(start, end);
    let xml: string | null = before;
    const ref = a1(row, col);
    if (cleared) xml = e.clear(xml, ref, rowStyle, undefined as never, col);
    for (; k < to && list[k].col === col; k++)
      xml = list[k].edit(xml, ref, rowStyle, list[k].arg, col);
    if (xml === before) {
      keep(col);
      continue;
    }
    changed = true;
    if (xml !== null) keep(col);
    put(start, end, xml);
  }
  if (!changed) return null;
  put(ce, ce, null);
  return { pieces, length, first, last };
}

/**
 * The row's start tag, without its ">". spans is a hint for a block of rows; it is widened to the cells the row
 * now holds, never narrowed (the block's other rows share it).
 */
function rowTag(p: string, attrsText: string, first: number, last: number): string {
  const spans = first >= 0 ? attr(attrsText, "spans") : undefined;
  if (spans !== undefined) {
    const [lo, hi] = spans.split(":").map(Number);
    const next =
      Number.isFinite(lo) && Number.isFinite(hi)
        ? `${Math.min(lo, first + 1)}:${Math.max(hi, last + 1)}`
        : spans;
    if (next !== spans)
      attrsText = attrsText.replace(/(\sspans\s*=\s*)("[^"]*"|'[^']*')/, `$1"${next}"`);
  }
  return `<${p}row${attrsText}`;
}

/** A row element that says nothing once its cells are gone (it was only there for cells). */
function emptyRow(attrsText: string): boolean {
  return (
    attrsText.replace(/\s(r|spans|x14ac:dyDescent)\s*=\s*("[^"]*"|'[^']*')/g, "").trim() === ""
  );
}

/**
 * The edited content pushed to `out` in order (runs of untouched rows as original ranges, rebuilt rows), never
 * joined: a 200,000-row sheet's content is then never one string of 150 MB (see EncodedPieces). false: nothing
 * changed (what was pushed is the content as it was). A row never straddles two pieces.
 */
export function editSheetDataInto(
  p: string,
  content: string,
  e: SheetDataEdits,
  out: SheetDataSink
): boolean {
  if (!hasEdits(e)) return false;
  // Edits of one cell keep the order they were added in (seq). Sorted in place: at 600,000 written cells a
  // wrapped copy of the list cost as many objects again, and the collector's time with them.
  const list = e.list.sort((a, b) => a.row - b.row || a.col - b.col || a.seq - b.seq);
  const clearsOf = (row: number) =>
    e.clears.length === 0 ? [] : e.clears.filter((c) => row >= c.top && row <= c.bottom);
  const closeTag = `</${p}row>`;
  let k = 0; // next edit in list
  let copied = 0; // content before this offset is in out
  let inserted = false;
  let changed = false; // a row rebuilt, dropped or inserted (a row whose edits change nothing is not)
  const editsTo = (row: number) => {
    let to = k;
    while (to < list.length && list[to].row === row) to++;
    return to;
  };
  /** A row rebuilt as text (general path), as pieces. */
  const asText = (row: number, attrsText: string, body: string, clears: Box[], to: number) => {
    const r = editRowText(p, row, attrsText, body, e, list, k, to, clears);
    if (!r) return null;
    const cols = r.cols;
    return {
      pieces: r.content ? [r.content] : [],
      length: r.content.length,
      first: cols.length > 0 ? cols[0].col : -1,
      last: cols.length > 0 ? cols[cols.length - 1].col : -1,
    };
  };
  const emit = (r: RowResult) => {
    for (let i = 0; i < r.pieces.length; i++) {
      const piece = r.pieces[i];
      if (typeof piece === "string") out.push(piece);
      else out.original(piece, r.pieces[++i] as number);
    }
  };
  const newRows = (upTo: number) => {
    while (k < list.length && list[k].row < upTo) {
      const row = list[k].row;
      const to = editsTo(row);
      const r = asText(row, "", "", [], to);
      k = to;
      if (r && r.length > 0) {
        out.push(`<${p}row r="${row + 1}">`);
        emit(r);
        out.push(closeTag);
        inserted = true;
      }
    }
  };
  const re = rowRe(p);
  let prevRow = -1;
  let lastEnd = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(content))) {
    const refText = attr(m[1], "r");
    const row = refText ? Number(refText) - 1 : prevRow + 1;
    prevRow = row;
    const rowEnd = m.index + m[0].length;
    lastEnd = rowEnd;
    const clears = clearsOf(row);
    const touched = clears.length > 0 || (k < list.length && list[k].row <= row);
    if (!touched && (refText || !inserted)) continue; // copied later with its neighbours
    if (m.index > copied) out.original(copied, m.index);
    copied = rowEnd;
    newRows(row);
    if (!(clears.length > 0 || (k < list.length && list[k].row === row))) {
      // A row without r takes its place from the one before: after an inserted row it needs its r.
      if (inserted) out.push(m[0].replace(new RegExp(`^<${p}row`), `<${p}row r="${row + 1}"`));
      else out.original(m.index, rowEnd);
      continue;
    }
    const to = editsTo(row);
    const body = m[2] ?? "";
    let r: RowResult | null | undefined = undefined;
    if (m[2] !== undefined) {
      const rowStyle = rowStyleOf(m[1]);
      const ce = rowEnd - closeTag.length;
      r = editRow(p, row, rowStyle, content, ce - body.length, ce, e, list, k, to, clears);
    }
    if (r === undefined) r = asText(row, m[1], body, clears, to);
    k = to;
    if (!r) {
      out.original(m.index, rowEnd);
      continue;
    }
    changed = true;
    if (r.length === 0 && emptyRow(m[1])) continue;
    const tag = rowTag(p, refText ? m[1] : ` r="${row + 1}"` + m[1], r.first, r.last);
    if (r.length === 0) {
      out.push(tag + "/>");
    } else {
      out.push(tag + ">");
      emit(r);
      out.push(closeTag);
    }
    if (!refText) inserted = true; // from here on, rows are written with their r
  }
  // Rows after the last existing one go before the text that follows it.
  const tailAt = Math.max(copied, lastEnd);
  if (tailAt > copied) out.original(copied, tailAt);
  newRows(Infinity);
  if (content.length > tailAt) out.original(tailAt, content.length);
  return changed || inserted;
}
