// One worksheet part, edited by splicing its top-level elements in CT_Worksheet's order (Excel repairs a file
// that breaks the order): cells, column widths, conditional formats, hyperlinks, drawing and legacyDrawing.
import { a1, colIndex, parseRange, rangeA1 } from "../../core";
import { EncodedPieces } from "./encoded-pieces";
import { editSheetDataInto, hasEdits, type SheetDataEdits, type SheetDataSink } from "./sheet-data";
import { Utf8Offsets } from "./utf8-offsets";
import {
  attrs,
  children,
  escapeXml,
  prefixOf,
  rootElement,
  setAttr,
  splice,
  type Element,
} from "./xml";

/** CT_Worksheet child order (ECMA-376 Part 1, 18.3.1.99). */
const ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A new, empty worksheet part. */
export function newWorksheetXml(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><sheetData/>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

/**
 * A worksheet part being edited. The content of <sheetData> (nearly all of a big sheet's bytes) is held apart,
 * so that editing the other elements never scans or copies it; toXml() puts it back.
 */
export class Worksheet {
  readonly p: string;
  private rPrefix: string | null = null;
  /** The part without the content of <sheetData> (its element stands as a placeholder). */
  private xml: string;
  private data = "";
  /** The edited content of <sheetData>, encoded as it was built (see EncodedPieces); null: `data` holds it. */
  private pieces: Uint8Array[] | null = null;
  private dataOpen = "";
  private original: string | null = null;
  private readonly mark: string;
  /** The part's original text and the bytes it was decoded from (when given), and where `data` starts in it. */
  private source: { xml: string; bytes: Uint8Array } | null = null;
  private dataAt = 0;

  /**
   * `bytes`: the UTF-8 the part's text was decoded from, when the caller has them: what the edit of the cells
   * leaves unchanged is then copied from them rather than encoded again.
   */
  constructor(xml: string, bytes?: Uint8Array) {
    const root = rootElement(xml);
    this.p = prefixOf(root);
    this.mark = `<${this.p}sheetData/>`;
    const sd = children(xml, root.openEnd, root.closeStart, ["sheetData"]).find(
      (k) => k.local === "sheetData"
    );
    if (!sd) {
      this.xml = xml;
      return;
    }
    this.original = xml.slice(sd.start, sd.end);
    this.dataOpen = sd.tag.replace(/\s*\/>$/, ">");
    this.data = xml.slice(sd.openEnd, sd.closeStart);
    this.dataAt = sd.openEnd;
    if (bytes) this.source = { xml, bytes };
    this.xml = xml.slice(0, sd.start) + this.mark + xml.slice(sd.end);
  }

  toXml(): string {
    this.decodePieces();
    const at = this.xml.indexOf(this.mark);
    if (at < 0) return this.xml;
    const original = this.original ?? this.mark;
    const el =
      this.data === "" && !original.includes("</")
        ? original
        : `${this.dataOpen || `<${this.p}sheetData>`}${this.data}</${this.p}sheetData>`;
    // An untouched <sheetData> is put back as it was, byte for byte.
    const same = this.original !== null && el === this.original;
    return (
      this.xml.slice(0, at) + (same ? this.original : el) + this.xml.slice(at + this.mark.length)
    );
  }

  private root(): Element {
    return rootElement(this.xml);
  }

  kids(): Element[] {
    const root = this.root();
    return children(this.xml, root.openEnd, root.closeStart);
  }

  find(local: string): Element | undefined {
    return this.kids().find((k) => k.local === local);
  }

  /** The prefix bound to the relationships namespace ("r:" in practice); declared on the root when missing. */
  rel(): string {
    if (this.rPrefix !== null) return this.rPrefix;
    const root = this.root();
    const m = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*"${NS_R.replace(/[./]/g, "\\$&")}"`).exec(
      root.tag
    );
    if (m) return (this.rPrefix = m[1] + ":");
    const free = /\sxmlns:r\s*=/.test(root.tag) ? "rel" : "r";
    this.xml = splice(this.xml, root.start, root.openEnd, setAttr(root.tag, `xmlns:${free}`, NS_R));
    return (this.rPrefix = free + ":");
  }

  insert(local: string, text: string): void {
    const rank = ORDER.indexOf(local);
    const next = this.kids().find((k) => ORDER.indexOf(k.local) > rank);
    const root = this.root();
    const at = next ? next.start : root.closeStart;
    this.xml = splice(this.xml, at, at, text);
  }

  remove(el: Element): void {
    this.xml = splice(this.xml, el.start, el.end, "");
  }

  content(el: Element): string {
    return this.xml.slice(el.openEnd, el.closeStart);
  }

  private replaceContent(el: Element, content: string): void {
    const p = this.p;
    if (el.closeStart === el.openEnd) {
      const open = el.tag.replace(/\s*\/>$/, ">");
      this.xml = splice(
        this.xml,
        el.start,
        el.end,
        content ? `${open}${content}</${p}${el.local}>` : el.tag
      );
    } else this.xml = splice(this.xml, el.openEnd, el.closeStart, content);
  }

  // ---------------------------------------------------------------- cells

  private colStyles: Array<{ min: number; max: number; style: number }> | null = null;
  private priority: number | null = null;

  /** Style index a new cell at (0-based) `col` gets from its column, when the column carries one. */
  colStyle(col: number): number | null {
    if (!this.colStyles) {
      this.colStyles = [];
      const cols = this.find("cols");
      for (const k of cols ? children(this.xml, cols.openEnd, cols.closeStart) : []) {
        const a = attrs(k.tag);
        if (a.style !== undefined)
          this.colStyles.push({ min: Number(a.min), max: Number(a.max), style: Number(a.style) });
      }
    }
    return this.colStyles.find((c) => col + 1 >= c.min && col + 1 <= c.max)?.style ?? null;
  }

  editCells(edits: SheetDataEdits): void {
    if (!hasEdits(edits)) return;
    if (!this.xml.includes(this.mark)) this.insert("sheetData", this.mark);
    // Offsets into the original bytes, unless they do not decode to exactly this text (or pieces replaced it).
    const source =
      this.source && !this.pieces ? Utf8Offsets.of(this.source.xml, this.source.bytes) : null;
    this.decodePieces();
    const out = new EncodedPieces();
    const data = this.data;
    const at = this.dataAt;
    const sink: SheetDataSink = {
      push: (piece) => out.push(piece),
      original: source
        ? (from, to) =>
            out.copy(source.bytes.subarray(source.byteAt(at + from), source.byteAt(at + to)))
        : (from, to) => out.push(data.slice(from, to)),
    };
    if (!editSheetDataInto(this.p, data, edits, sink)) return;
    this.pieces = out.flush();
    this.data = ""; // the original text can go: the pieces hold the content now
    this.source = null;
  }

  private decodePieces(): void {
    if (!this.pieces) return;
    const decoder = new TextDecoder();
    this.data = this.pieces.map((c) => decoder.decode(c)).join("");
    this.pieces = null;
  }

  /**
   * The part in pieces, in order, when its cells were edited (null otherwise: use toXml). The content of
   * <sheetData> is never joined into one string (a written 200,000-row sheet is 150 MB of text).
   */
  toPieces(): Uint8Array[] | null {
    const at = this.xml.indexOf(this.mark);
    if (!this.pieces || at < 0) return null;
    const encoder = new TextEncoder();
    const head = encoder.encode(this.xml.slice(0, at) + (this.dataOpen || `<${this.p}sheetData>`));
    const tail = encoder.encode(`</${this.p}sheetData>` + this.xml.slice(at + this.mark.length));
    return ([head] as Uint8Array[]).concat(this.pieces, [tail]);
  }

  /** Make an existing <dimension> cover this box of cells too (a hint readers use to size the sheet). */
  extendDimension(box: { top: number; left: number; bottom: number; right: number }): void {
    let { top, bottom, left, right } = box;
    const el = this.find("dimension");
    const ref = el ? attrs(el.tag).ref : undefined;
    if (ref) {
      try {
        const r = parseRange(ref);
        top = Math.min(top, r.top);
        bottom = Math.max(bottom, r.bottom);
        left = Math.min(left, r.left);
        right = Math.max(right, r.right);
      } catch {
        /* an unreadable hint is replaced */
      }
    }
    const next =
      top === bottom && left === right ? a1(top, left) : rangeA1({ top, left, bottom, right });
    // <dimension> is optional: only a sheet that has one gets it widened.
    if (next === ref || !el) return;
    this.xml = splice(this.xml, el.start, el.start + el.tag.length, setAttr(el.tag, "ref", next));
  }

  /**
   * After cells were cleared: an existing <dimension> gives back the edges the clears emptied (a column or row of
   * the hint inside a cleared range, with no cell left in it), so a removal returns the hint the sheet had before
   * the run. An edge the clears did not reach (a user's validated or formatted column) stays.
   */
  fitDimension(clears: Array<{ top: number; left: number; bottom: number; right: number }>): void {
    const el = this.find("dimension");
    const ref = el ? attrs(el.tag).ref : undefined;
    if (!el || !ref) return;
    let box;
    try {
      box = parseRange(ref);
    } catch {
      return;
    }
    const rows = new Set<number>();
    const cols = new Set<number>();
    const cell = new RegExp(`<${this.p}c\\b[^>]*?\\sr="([A-Z]+)(\\d+)"`, "g");
    // A cell never straddles two pieces (rows never do).
    const decoder = new TextDecoder();
    for (const piece of this.pieces ?? [this.data])
      for (const m of (typeof piece === "string" ? piece : decoder.decode(piece)).matchAll(cell)) {
        rows.add(Number(m[2]) - 1);
        cols.add(colIndex(m[1]));
      }
    const colCleared = (c: number) => clears.some((r) => c >= r.left && c <= r.right);
    const rowCleared = (r: number) => clears.some((x) => r >= x.top && r <= x.bottom);
    let { top, left, bottom, right } = box;
    while (right > left && !cols.has(right) && colCleared(right)) right--;
    while (left < right && !cols.has(left) && colCleared(left)) left++;
    while (bottom > top && !rows.has(bottom) && rowCleared(bottom)) bottom--;
    while (top < bottom && !rows.has(top) && rowCleared(top)) top++;
    const next =
      top === bottom && left === right ? a1(top, left) : rangeA1({ top, left, bottom, right });
    if (next !== ref)
      this.xml = splice(this.xml, el.start, el.start + el.tag.length, setAttr(el.tag, "ref", next));
  }

  // ---------------------------------------------------------------- columns

  setColumnWidth(column: string, width: number): void {
    const c = colIndex(column) + 1;
    const p = this.p;
    const mine = `<${p}col min="${c}" max="${c}" width="${width}" customWidth="1"/>`;
    const cols = this.find("cols");
    if (!cols) {
      this.insert("cols", `<${p}cols>${mine}</${p}cols>`);
      return;
    }
    const list = children(this.xml, cols.openEnd, cols.closeStart);
    const hit = list.find((k) => c >= Number(attrs(k.tag).min) && c <= Number(attrs(k.tag).max));
    if (!hit) {
      const after = list.find((k) => Number(attrs(k.tag).min) > c);
      const at = after ? after.start : cols.closeStart;
      this.xml = splice(this.xml, at, at, mine);
      return;
    }
    // Split the user's <col> range around ours, keeping its other attributes (style, hidden, outline).
    const a = attrs(hit.tag);
    const min = Number(a.min);
    const max = Number(a.max);
    const piece = (lo: number, hi: number, tag: string) =>
      setAttr(setAttr(tag, "min", String(lo)), "max", String(hi));
    const own = setAttr(setAttr(piece(c, c, hit.tag), "width", String(width)), "customWidth", "1");
    const parts = [
      min < c ? piece(min, c - 1, hit.tag) : "",
      own,
      max > c ? piece(c + 1, max, hit.tag) : "",
    ];
    this.xml = splice(this.xml, hit.start, hit.end, parts.join(""));
  }

  // ---------------------------------------------------------------- conditional formats

  /** Next cfRule priority after every rule of the sheet (x14 rules in extLst share the numbering). */
  nextPriority(): number {
    if (this.priority === null) {
      this.priority = 0;
      for (const m of this.xml.matchAll(/<(?:\w+:)?cfRule\b[^>]*\bpriority="(\d+)"/g))
        this.priority = Math.max(this.priority, Number(m[1]));
    }
    return ++this.priority;
  }

  addConditionalFormat(sqref: string, formula: string, dxfId: number, priority: number): void {
    const p = this.p;
    this.insert(
      "conditionalFormatting",
      `<${p}conditionalFormatting sqref="${escapeXml(sqref)}"><${p}cfRule type="expression" dxfId="${dxfId}" priority="${priority}">` +
        `<${p}formula>${escapeXml(formula)}</${p}formula></${p}cfRule></${p}conditionalFormatting>`
    );
  }

  /** Remove the cfRules whose formula `match`es; a conditionalFormatting left without rules goes too. */
  removeConditionalFormats(match: (formula: string) => boolean): void {
    for (const cf of this.kids()
      .filter((k) => k.local === "conditionalFormatting")
      .reverse()) {
      const rules = children(this.xml, cf.openEnd, cf.closeStart);
      const gone = rules.filter((r) => {
        if (r.local !== "cfRule") return false;
        const f = children(this.xml, r.openEnd, r.closeStart).filter((k) => k.local === "formula");
        return f.length > 0 && f.some((k) => match(unescape(this.content(k))));
      });
      if (gone.length === 0) continue;
      if (gone.length === rules.filter((r) => r.local === "cfRule").length) {
        this.remove(cf);
        continue;
      }
      for (const r of gone.reverse()) this.remove(r);
    }
  }

  // ---------------------------------------------------------------- hyperlinks

  addHyperlink(ref: string, location: string, display?: string): void {
    const p = this.p;
    const disp = display !== undefined ? ` display="${escapeXml(display)}"` : "";
    const link = `<${p}hyperlink ref="${ref}" location="${escapeXml(location)}"${disp}/>`;
    const el = this.find("hyperlinks");
    if (!el) this.insert("hyperlinks", `<${p}hyperlinks>${link}</${p}hyperlinks>`);
    else this.replaceContent(el, this.content(el) + link);
  }

  /** Remove hyperlinks whose ref `match`es; returns the r:ids of removed external ones. */
  removeHyperlinks(match: (ref: string) => boolean): string[] {
    const el = this.find("hyperlinks");
    if (!el) return [];
    const ids: string[] = [];
    const list = children(this.xml, el.openEnd, el.closeStart);
    const gone = list.filter((k) => match(attrs(k.tag).ref ?? ""));
    if (gone.length === 0) return [];
    for (const k of gone) {
      const id = attrs(k.tag)["r:id"];
      if (id) ids.push(id);
    }
    if (gone.length === list.length) this.remove(el);
    else for (const k of gone.reverse()) this.remove(k);
    return ids;
  }

  // ---------------------------------------------------------------- drawings

  relIdOf(local: "drawing" | "legacyDrawing"): string | null {
    const el = this.find(local);
    if (!el) return null;
    const a = attrs(el.tag);
    return a[this.rel() + "id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1] ?? null;
  }

  setRelElement(local: "drawing" | "legacyDrawing", id: string): void {
    const old = this.find(local);
    if (old) this.remove(old);
    this.insert(local, `<${this.p}${local} ${this.rel()}id="${id}"/>`);
  }

  removeElement(local: string): void {
    const el = this.find(local);
    if (el) this.remove(el);
  }
}

function unescape(s: string): string {
  return s.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_m, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e]!
  );
}
