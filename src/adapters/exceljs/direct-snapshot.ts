// A WorkbookSnapshot read straight from the package XML, without building ExcelJS's workbook model: for every CLI
// run (with `placement`, also what a write or removal plan needs: direct-placement.ts). ExcelJS keeps an object
// per cell (and per merged or validated cell), which for 200,000 rows takes about a gigabyte and half a minute;
// this reader keeps only the snapshot's arrays.
// It reproduces what snapshotFromWorkbook(loadWorkbook(bytes)) gives, cell for cell (tests/exceljs/direct-snapshot
// .test.ts compares the two): the same value types, ExcelJS's date round trip for date-formatted numbers, shared
// formulas translated to each cell as ExcelJS translates them, merged slaves read as empty.
// No Node imports: the browser workbench may use it too.
import {
  a1,
  parseA1,
  type CellFormat,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../../core";
import { readPackageParts, type InflatedPart } from "./package-guard";
import {
  FORMAT_MARGIN,
  cellFormatsOfStyles,
  conditionalFormatsOf,
  dxfFillsOfStyles,
  notesOf,
  validationAreas,
} from "./direct-placement";
import { parseDefinedNames } from "./names";
import { attrs, parseRels, resolveTarget, tags, unescapeXml } from "./zip-parts";

const REL_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";

/** ExcelJS's built-in number formats (lib/xlsx/defaultnumformats.js): the ids that have one code in every locale. */
const BUILTIN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** ExcelJS's utils.isDateFmt: a y, m, d, h, s or b outside quotes and brackets. */
function isDateFmt(fmt: string | null): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** A date-formatted number as ExcelJS gives it back: through a Date rounded to the millisecond. */
function dateRoundTrip(v: number, date1904: boolean): number {
  const base = date1904 ? 24107 : 25569;
  const ms = Math.round((v - base) * 24 * 3600 * 1000);
  return ms / 86400000 + 25569 - (date1904 ? 1462 : 0);
}

/** Character data as an XML parser hands it over: line ends normalised to LF, then entities resolved. */
function xmlText(raw: string): string {
  return unescapeXml(raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw);
}

/** Text of a <t>: XML entities, then Excel's _xHHHH_ escapes (as ExcelJS's text-xform). */
function tText(raw: string): string {
  return xmlText(raw).replace(/_x([0-9A-F]{4})_/g, (_m, h: string) =>
    String.fromCharCode(parseInt(h, 16))
  );
}

/**
 * The visible text of a <si> or <is>: every <t>, phonetic runs left out. ExcelJS resolves _xHHHH_ escapes in
 * shared strings only, not in inline strings; so does this reader.
 */
function richText(inner: string, escapes = true): string {
  const body = inner.includes("<rPh") ? inner.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : inner;
  let out = "";
  for (const m of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g))
    out += m[1] === undefined ? "" : escapes ? tText(m[1]) : xmlText(m[1]);
  return out;
}

function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g))
    out.push(m[1] ? richText(m[1]) : "");
  return out;
}

/** Number format code per cell style index (cellXfs), null for General-by-omission. */
function styleFormats(xml: string | null): (string | null)[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const t of tags(xml, "numFmt")) {
    const a = attrs(t);
    custom.set(Number(a.numFmtId), a.formatCode);
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml);
  if (!cellXfs) return [];
  return tags(cellXfs[1], "xf").map((t) => {
    const id = Number(attrs(t).numFmtId ?? 0);
    if (!id) return null;
    return custom.get(id) ?? BUILTIN_FORMATS[id] ?? null;
  });
}

// ExcelJS's lib/utils/shared-formula.js (slideFormula, MIT licence), so shared formulas translate identically.
const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

function colName(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

function slideFormula(formula: string, dRow: number, dCol: number): string {
  return formula.replace(CANDIDATE, (match, sheet, _s, addr: string, paren) => {
    if (paren) return match;
    const m = CELL_REF.exec(addr);
    if (!m) return match;
    const letters = m[2].toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > "XFD")) return match;
    let col = colNumber(letters);
    let row = parseInt(m[4], 10);
    if (!m[1]) col += dCol;
    if (!m[3]) row += dRow;
    return (sheet || "") + (m[1] || "") + colName(col) + (m[3] || "") + row;
  });
}

const CELL_OR_ROW = /<row\b([^>]*?)(\/?)>|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const ATTR_R = /\br="([A-Za-z]*)(\d+)"/;
const ATTR_ROW = /\br="(\d+)"/;
const ATTR_S = /\bs="(\d+)"/;
const ATTR_T = /\bt="(\w+)"/;
const F = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/;
const V = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/;

interface Shared {
  formula: string;
  row: number;
  col: number;
}

interface SheetContext {
  strings: string[];
  formats: (string | null)[];
  date1904: boolean;
  /** The CellFormat per style index when placement facts are read (a write or removal follows), else null. */
  styles: (CellFormat | null)[] | null;
  /** The solid fill of each conditional format's dxf (placement only). */
  dxfFills: (string | undefined)[];
}

function mergesOf(xml: string, from: number): string[] {
  const out: string[] = [];
  for (const t of tags(xml.slice(from), "mergeCell")) {
    const ref = attrs(t).ref;
    if (ref) out.push(ref);
  }
  return out;
}

/** Cells inside merged areas other than their top-left one, as row → set of columns; huge areas are skipped. */
function mergedSlaves(merges: string[]): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const m of merges) {
    const [a, b] = m.split(":");
    if (!b) continue;
    let s, e;
    try {
      s = parseA1(a);
      e = parseA1(b);
    } catch {
      continue;
    }
    if ((e.row - s.row + 1) * (e.col - s.col + 1) > 100_000) continue;
    for (let r = s.row; r <= e.row; r++)
      for (let c = s.col; c <= e.col; c++) {
        if (r === s.row && c === s.col) continue;
        let set = out.get(r);
        if (!set) out.set(r, (set = new Set()));
        set.add(c);
      }
  }
  return out;
}

function readSheet(name: string, xml: string, hidden: boolean, ctx: SheetContext): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const start = xml.indexOf("<sheetData");
  let end = xml.indexOf("</sheetData>");
  if (end < 0) end = start;
  const merges = mergesOf(xml, Math.max(0, end));
  const slaves = mergedSlaves(merges);
  const shared = new Map<string, Shared>();
  // Empty cells with a style of their own, as flat (row, col, style) triples: no object per cell.
  const styled: number[] | null = ctx.styles ? [] : null;
  let widest = 0;

  let row = -1;
  let col = -1;
  let vRow: CellValue[] = [];
  let fRow: (string | null)[] = [];
  let nRow: (string | null)[] = [];
  let last = -1;
  const closeRow = () => {
    if (row < 0) return;
    vRow.length = fRow.length = nRow.length = last + 1;
    if (last + 1 > widest) widest = last + 1;
    while (values.length < row) {
      values.push([]);
      formulas.push([]);
      numberFormats.push([]);
    }
    values[row] = vRow;
    formulas[row] = fRow;
    numberFormats[row] = nRow;
  };
  const body = start >= 0 ? xml.slice(start, end) : "";
  CELL_OR_ROW.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CELL_OR_ROW.exec(body)) !== null) {
    if (m[3] === undefined) {
      closeRow();
      const r = ATTR_ROW.exec(m[1]);
      row = r ? Number(r[1]) - 1 : row + 1;
      col = -1;
      vRow = [];
      fRow = [];
      nRow = [];
      last = -1;
      if (m[2] === "/") {
        closeRow();
      }
      continue;
    }
    const a = m[3];
    const ref = ATTR_R.exec(a);
    col = ref && ref[1] ? colNumber(ref[1].toUpperCase()) - 1 : col + 1;
    const s = ATTR_S.exec(a);
    const si = s ? Number(s[1]) : 0;
    const fmt = s ? (ctx.formats[si] ?? null) : null;
    while (vRow.length < col) {
      vRow.push(null);
      fRow.push(null);
      nRow.push(null);
    }
    vRow[col] = null;
    fRow[col] = null;
    nRow[col] = fmt;
    if (fmt !== null) last = col;
    const inner = m[4];
    const slave = slaves.get(row)?.has(col) === true;
    if (!inner || slave) {
      if (styled && si > 0 && !slave) styled.push(row, col, si);
      continue;
    }
    const t = ATTR_T.exec(a)?.[1] ?? "n";
    const fm = F.exec(inner);
    const vm = V.exec(inner);
    const raw = vm ? vm[1] : undefined;
    let value: CellValue = null;
    if (fm) {
      let formula: string | null = fm[2] ? xmlText(fm[2]) : null;
      const fa = fm[1];
      if (/\bt="shared"/.test(fa)) {
        const si = /\bsi="(\d+)"/.exec(fa)?.[1] ?? "";
        if (/\bref="/.test(fa) && formula !== null) shared.set(si, { formula, row, col });
        else if (formula === null) {
          const master = shared.get(si);
          formula = master
            ? slideFormula(master.formula, row - master.row, col - master.col)
            : null;
        }
      }
      if (raw) {
        if (t === "str") value = xmlText(raw);
        else if (t === "b") value = parseInt(raw, 10) !== 0;
        else if (t === "e") value = { error: raw };
        else {
          const n = parseFloat(raw);
          value = isDateFmt(fmt) ? dateRoundTrip(n, ctx.date1904) : n;
        }
      }
      if (formula) {
        fRow[col] = "=" + formula;
        last = col;
      }
    } else if (t === "inlineStr") {
      const is = /<is>([\s\S]*?)<\/is>/.exec(inner);
      value = is ? richText(is[1], false) : null;
    } else if (raw !== undefined) {
      if (t === "s") value = ctx.strings[parseInt(raw, 10)] ?? null;
      else if (t === "str") value = xmlText(raw);
      else if (t === "b") value = parseInt(raw, 10) !== 0;
      else if (t === "e") value = { error: raw };
      else {
        const n = parseFloat(raw);
        value = isDateFmt(fmt) ? dateRoundTrip(n, ctx.date1904) : n;
      }
    }
    if (value !== null) {
      vRow[col] = value;
      last = col;
    } else if (styled && si > 0 && fRow[col] === null) styled.push(row, col, si);
  }
  closeRow();
  let height = values.length;
  while (height > 0 && values[height - 1].length === 0) height--;
  values.length = formulas.length = numberFormats.length = height;
  const sheet: SheetSnapshot = {
    name,
    values,
    formulas,
    numberFormats,
    merges,
    annotated: [],
    hidden,
  };
  if (styled && ctx.styles) {
    const tail = Math.max(0, end);
    sheet.formats = formatsOf(styled, ctx.styles, widest, height);
    sheet.validations = validationAreas(xml, tail);
    sheet.conditionalFormats = conditionalFormatsOf(xml, tail, ctx.dxfFills);
  }
  return sheet;
}

/** The user's formatted empty cells near the content (where a block may land), by A1. */
function formatsOf(
  styled: number[],
  styles: (CellFormat | null)[],
  widest: number,
  height: number
): Record<string, CellFormat> {
  const out: Record<string, CellFormat> = {};
  for (let i = 0; i < styled.length; i += 3) {
    const r = styled[i];
    const c = styled[i + 1];
    if (c >= widest + FORMAT_MARGIN || r > height + FORMAT_MARGIN) continue;
    const f = styles[styled[i + 2]];
    // One object per style, shared by its cells: the engine never changes a snapshot.
    if (f) out[a1(r, c)] = f;
  }
  return out;
}

function annotatedCells(xml: string | null): string[] {
  if (!xml) return [];
  const refs: Array<{ ref: string; row: number; col: number }> = [];
  for (const t of tags(xml, "comment")) {
    const ref = attrs(t).ref;
    if (!ref) continue;
    try {
      const p = parseA1(ref);
      refs.push({ ref: ref.toUpperCase(), row: p.row, col: p.col });
    } catch {
      // not a cell reference: no note to keep clear of
    }
  }
  return refs.sort((a, b) => a.row - b.row || a.col - b.col).map((r) => r.ref);
}

/**
 * The snapshot of a package already checked by guardPackage. Returns null when the package is not laid out as
 * this reader expects (no workbook part): the caller then loads it with ExcelJS, which explains the problem.
 */
export async function directSnapshot(
  bytes: Uint8Array,
  fileName?: string,
  options: { placement?: boolean; keep?: Map<string, InflatedPart> } = {}
): Promise<WorkbookSnapshot | null> {
  const parts = await readPackageParts(bytes, options.keep);
  const wbXml = await parts.text("xl/workbook.xml");
  const relsXml = await parts.text("xl/_rels/workbook.xml.rels");
  if (!wbXml || !relsXml) return null;
  const rels = new Map(parseRels(relsXml).map((r) => [r.id, r]));
  const wbPr = tags(wbXml, "workbookPr")[0];
  const flag = wbPr ? attrs(wbPr).date1904 : undefined;
  const stylesXml = await parts.text("xl/styles.xml");
  const formats = styleFormats(stylesXml);
  const ctx: SheetContext = {
    strings: sharedStrings(await parts.text("xl/sharedStrings.xml")),
    formats,
    date1904: flag === "1" || flag === "true",
    styles: options.placement ? cellFormatsOfStyles(stylesXml, formats) : null,
    dxfFills: options.placement ? dxfFillsOfStyles(stylesXml) : [],
  };
  const sheets: SheetSnapshot[] = [];
  for (const t of tags(wbXml, "sheet")) {
    const a = attrs(t);
    const rel = rels.get(a["r:id"]);
    if (!rel || a.name === undefined) continue;
    const path = resolveTarget("xl/workbook.xml", rel.target);
    if (!/^xl\/worksheets\//i.test(path)) continue; // chart sheets: ExcelJS has no worksheet for them either
    const xml = await parts.text(path);
    if (xml === null) continue;
    const sheet = readSheet(a.name, xml, (a.state ?? "visible") !== "visible", ctx);
    const sheetRels = await parts.text(`xl/worksheets/_rels/${path.split("/").pop()}.rels`);
    if (options.placement) sheet.notes = [];
    if (sheetRels) {
      for (const r of parseRels(sheetRels).filter((x) => x.type === REL_COMMENTS)) {
        const comments = await parts.text(resolveTarget(path, r.target));
        sheet.annotated = annotatedCells(comments);
        if (options.placement) sheet.notes = notesOf(comments, tText);
      }
    }
    sheets.push(sheet);
  }
  if (sheets.length === 0) return null;
  // The names locate the add-in's earlier output, so the analysis strips it as the ExcelJS path does.
  const snapshot: WorkbookSnapshot = { sheets, names: parseDefinedNames(wbXml) };
  if (fileName !== undefined) snapshot.fileName = fileName;
  return snapshot;
}
