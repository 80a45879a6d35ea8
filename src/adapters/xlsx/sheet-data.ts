// Cell-level splicing of a worksheet's <sheetData>: only the rows that hold a cell the plan clears or writes are
// rebuilt, and inside them only those <c> elements; every other row and cell keeps its exact text.
// One linear pass: the edits are sorted by (row, column) once and merged with the rows as they come, and runs of
// untouched rows are copied as one slice (200,000 written rows used to cost a Map, a closure and a regex per cell).
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

/** Rebuild one row's cells from its edits list[from, to) (sorted by column); null when nothing changed. */
function editRow(
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
  const custom = attr(rowAttrs, "customFormat");
  const rowStyle = custom === "1" || custom === "true" ? Number(attr(rowAttrs, "s") ?? 0) : null;
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

function rowXml(p: string, attrsText: string, content: string, cells: Cell[]): string {
  const spans = attr(attrsText, "spans");
  if (spans !== undefined && cells.length > 0) {
    // spans is a hint for a block of rows; widen it to the cells the row now holds, never narrow it (the block's
    // other rows share it).
    const [lo, hi] = spans.split(":").map(Number);
    const next =
      Number.isFinite(lo) && Number.isFinite(hi)
        ? `${Math.min(lo, cells[0].col + 1)}:${Math.max(hi, cells[cells.length - 1].col + 1)}`
        : spans;
    if (next !== spans)
      attrsText = attrsText.replace(/(\sspans\s*=\s*)("[^"]*"|'[^']*')/, `$1"${next}"`);
  }
  return content ? `<${p}row${attrsText}>${content}</${p}row>` : `<${p}row${attrsText}/>`;
}

/** A row element that says nothing once its cells are gone (it was only there for cells). */
function emptyRow(attrsText: string): boolean {
  return (
    attrsText.replace(/\s(r|spans|x14ac:dyDescent)\s*=\s*("[^"]*"|'[^']*')/g, "").trim() === ""
  );
}

/** Apply edits to the content of <sheetData> (the text between its tags); `p` is the namespace prefix ("" or "x:"). */
export function editSheetData(p: string, content: string, e: SheetDataEdits): string {
  const out: string[] = [];
  return editSheetDataInto(p, content, e, out) ? out.join("") : content;
}

/**
 * The edited content pushed to `out` as pieces in order (runs of untouched rows, rebuilt rows), never joined: a
 * 200,000-row sheet's content is then never one string of 150 MB (see EncodedPieces). false: nothing changed (what
 * was pushed is the content as it was). A row never straddles two pieces.
 */
export function editSheetDataInto(
  p: string,
  content: string,
  e: SheetDataEdits,
  out: { push(piece: string): unknown }
): boolean {
  if (!hasEdits(e)) return false;
  // Edits of one cell keep the order they were added in (seq). Sorted in place: at 600,000 written cells a
  // wrapped copy of the list cost as many objects again, and the collector's time with them.
  const list = e.list.sort((a, b) => a.row - b.row || a.col - b.col || a.seq - b.seq);
  const clearsOf = (row: number) =>
    e.clears.length === 0 ? [] : e.clears.filter((c) => row >= c.top && row <= c.bottom);
  let k = 0; // next edit in list
  let copied = 0; // content before this offset is in out
  let inserted = false;
  let changed = false; // a row rebuilt, dropped or inserted (a row whose edits change nothing is not)
  const edited = (row: number, attrsText: string, body: string, clears: Box[]) => {
    let to = k;
    while (to < list.length && list[to].row === row) to++;
    const r = editRow(p, row, attrsText, body, e, list, k, to, clears);
    k = to;
    return r;
  };
  const newRows = (upTo: number) => {
    while (k < list.length && list[k].row < upTo) {
      const row = list[k].row;
      const r = edited(row, "", "", []);
      if (r && r.content) {
        out.push(`<${p}row r="${row + 1}">${r.content}</${p}row>`);
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
    lastEnd = m.index + m[0].length;
    const clears = clearsOf(row);
    const touched = clears.length > 0 || (k < list.length && list[k].row <= row);
    if (!touched && (refText || !inserted)) continue; // copied later with its neighbours
    out.push(content.slice(copied, m.index));
    copied = m.index + m[0].length;
    newRows(row);
    if (!(clears.length > 0 || (k < list.length && list[k].row === row))) {
      // A row without r takes its place from the one before: after an inserted row it needs its r.
      out.push(inserted ? m[0].replace(new RegExp(`^<${p}row`), `<${p}row r="${row + 1}"`) : m[0]);
      continue;
    }
    const r = edited(row, m[1], m[2] ?? "", clears);
    if (r) changed = true;
    if (!r) out.push(m[0]);
    else if (!r.content && emptyRow(m[1])) continue;
    else out.push(rowXml(p, refText ? m[1] : ` r="${row + 1}"` + m[1], r.content, r.cols));
    if (!refText) inserted = true; // from here on, rows are written with their r
  }
  // Rows after the last existing one go before the text that follows it.
  out.push(content.slice(copied, Math.max(copied, lastEnd)));
  newRows(Infinity);
  out.push(content.slice(Math.max(copied, lastEnd)));
  return changed || inserted;
}
