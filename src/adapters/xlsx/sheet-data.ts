// Cell-level splicing of a worksheet's <sheetData>: only the rows that hold a cell the plan clears or writes are
// rebuilt, and inside them only those <c> elements; every other row and cell keeps its exact text.
import { a1, colIndex } from "../../core";

/** What happens to one cell: given its current <c> (null when absent), return the new one (null: no element). */
export type CellEdit = (
  current: string | null,
  ref: string,
  rowStyle: number | null
) => string | null;

export interface SheetDataEdits {
  /** 0-based row -> 0-based column -> edits applied in order. */
  cells: Map<number, Map<number, CellEdit[]>>;
  /** Ranges (0-based, inclusive) whose existing cells are passed through `clear` first. */
  clears: Array<{ top: number; left: number; bottom: number; right: number }>;
  clear: CellEdit;
}

export function emptyEdits(clear: CellEdit): SheetDataEdits {
  return { cells: new Map(), clears: [], clear };
}

export function addEdit(e: SheetDataEdits, row: number, col: number, edit: CellEdit): void {
  let r = e.cells.get(row);
  if (!r) e.cells.set(row, (r = new Map()));
  const list = r.get(col);
  if (list) list.push(edit);
  else r.set(col, [edit]);
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

interface Cell {
  col: number;
  xml: string;
}

function rowTouched(e: SheetDataEdits, row: number): boolean {
  if (e.cells.has(row)) return true;
  return e.clears.some((c) => row >= c.top && row <= c.bottom);
}

/** Rebuild one row's cells; returns null when nothing changed. */
function editRow(
  p: string,
  row: number,
  rowAttrs: string,
  content: string,
  e: SheetDataEdits
): { content: string; changed: boolean } {
  const custom = attr(rowAttrs, "customFormat");
  const rowStyle = custom === "1" || custom === "true" ? Number(attr(rowAttrs, "s") ?? 0) : null;
  const cells: Cell[] = [];
  const re = cellRe(p);
  let m: RegExpExecArray | null;
  let prev = -1;
  let missingRef = false;
  let end = 0;
  while ((m = re.exec(content))) {
    const ref = attr(m[1], "r");
    const col = ref ? colIndex(ref.replace(/\d+$/, "")) : prev + 1;
    if (!ref) missingRef = true;
    cells.push({ col, xml: m[0] });
    prev = col;
    end = m.index + m[0].length;
  }
  const tail = content.slice(end); // <extLst> of the row, whitespace
  const byCol = new Map(cells.map((c) => [c.col, c]));
  let changed = false;
  const clears = e.clears.filter((c) => row >= c.top && row <= c.bottom);
  for (const c of cells) {
    if (!clears.some((r) => c.col >= r.left && c.col <= r.right)) continue;
    const next = e.clear(c.xml, a1(row, c.col), rowStyle);
    if (next !== c.xml) {
      changed = true;
      if (next === null) byCol.delete(c.col);
      else byCol.set(c.col, { col: c.col, xml: next });
    }
  }
  for (const [col, edits] of e.cells.get(row) ?? []) {
    let xml: string | null = byCol.get(col)?.xml ?? null;
    const before = xml;
    for (const edit of edits) xml = edit(xml, a1(row, col), rowStyle);
    if (xml === before) continue;
    changed = true;
    if (xml === null) byCol.delete(col);
    else byCol.set(col, { col, xml });
  }
  if (!changed) return { content, changed };
  const sorted = [...byCol.values()].sort((a, b) => a.col - b.col);
  // A cell without r takes its place from the one before it: once a cell is inserted, every cell needs its r.
  const body = sorted
    .map((c) =>
      missingRef && !/\sr\s*=/.test(c.xml.slice(0, c.xml.indexOf(">")))
        ? c.xml.replace(new RegExp(`^<${p}c`), `<${p}c r="${a1(row, c.col)}"`)
        : c.xml
    )
    .join("");
  return { content: body + tail, changed };
}

function spansOf(content: string, p: string): [number, number] | null {
  let lo = Infinity;
  let hi = -1;
  for (const m of content.matchAll(cellRe(p))) {
    const ref = attr(m[1], "r");
    if (!ref) return null;
    const c = colIndex(ref.replace(/\d+$/, "")) + 1;
    lo = Math.min(lo, c);
    hi = Math.max(hi, c);
  }
  return hi < 0 ? null : [lo, hi];
}

function rowXml(p: string, attrsText: string, content: string): string {
  const spans = attr(attrsText, "spans");
  if (spans !== undefined) {
    // spans is a hint for a block of rows; widen it to the cells the row now holds, never narrow it (the block's
    // other rows share it).
    const s = spansOf(content, p);
    const [lo, hi] = spans.split(":").map(Number);
    const next =
      s && Number.isFinite(lo) && Number.isFinite(hi)
        ? `${Math.min(lo, s[0])}:${Math.max(hi, s[1])}`
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
  if (e.cells.size === 0 && e.clears.length === 0) return content;
  const pending = [...e.cells.keys()].sort((a, b) => a - b);
  let k = 0;
  const out: string[] = [];
  let pos = 0;
  let prevRow = -1;
  let inserted = false;
  const newRows = (upTo: number) => {
    while (k < pending.length && pending[k] < upTo) {
      const row = pending[k++];
      const r = editRow(p, row, "", "", e);
      if (r.changed && r.content) {
        out.push(rowXml(p, ` r="${row + 1}"`, r.content));
        inserted = true;
      }
    }
  };
  const re = rowRe(p);
  let m: RegExpExecArray | null;
  while ((m = re.exec(content))) {
    const refText = attr(m[1], "r");
    const row = refText ? Number(refText) - 1 : prevRow + 1;
    prevRow = row;
    out.push(content.slice(pos, m.index));
    pos = m.index + m[0].length;
    newRows(row);
    if (k < pending.length && pending[k] === row) k++;
    if (!rowTouched(e, row)) {
      // A row without r takes its place from the one before: after an inserted row it needs its r.
      out.push(
        !refText && inserted
          ? m[0].replace(new RegExp(`^<${p}row`), `<${p}row r="${row + 1}"`)
          : m[0]
      );
      continue;
    }
    const r = editRow(p, row, m[1], m[2] ?? "", e);
    if (!r.changed) out.push(m[0]);
    else if (!r.content && emptyRow(m[1])) continue;
    else out.push(rowXml(p, refText ? m[1] : ` r="${row + 1}"` + m[1], r.content));
    if (!refText) inserted = true; // from here on, rows are written with their r
  }
  out.push(content.slice(pos));
  const rest = out.length;
  newRows(Infinity);
  // Rows after the last existing one were appended after the trailing text; move them before it.
  const trailing = out.splice(rest - 1, 1);
  out.push(...trailing);
  return out.join("");
}
