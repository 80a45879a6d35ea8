// The "placement facts" of a sheet read straight from the package XML: what a write or removal plan must keep
// clear of or put back (the user's formatted empty cells, data validations, conditional formats, notes). With
// these, `--out` and `remove` build their snapshot without ExcelJS's workbook model (an object per cell, and per
// validated cell: gigabytes at 200,000 rows). Each reader gives what snapshotFromWorkbook(loadWorkbook(bytes))
// gives (tests/exceljs/direct-placement.test.ts compares the plans built from both), except where ExcelJS loses
// something a plan must avoid: x14 (cross-sheet) validations and x14 conditional formats are obstacles too.
// No Node imports: the browser workbench may use it too.
import { parseA1, type CellFormat, type SheetSnapshot } from "../../core";
import { attrs, tags, unescapeXml } from "./zip-parts";

/** Formatted empty cells are read this many columns right of, and rows below, the content (where a block may land). */
export const FORMAT_MARGIN = 16;

type Side = "top" | "left" | "bottom" | "right";
const SIDES: Side[] = ["top", "left", "bottom", "right"];

/** A colour as the CellFormat records it: "#RRGGBB" from an ARGB/RGB attribute, none for theme/indexed. */
function hexOf(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const rgb = attrs(tag).rgb;
  return rgb !== undefined && /^[0-9A-Fa-f]{6,8}$/.test(rgb)
    ? "#" + rgb.slice(-6).toUpperCase()
    : undefined;
}

/** The children of one container (<fonts>, <fills>, ...) of styles.xml, each as its XML text. */
function items(xml: string, container: string, item: string): string[] {
  const m = new RegExp(`<${container}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${container}>)`).exec(xml);
  if (!m || !m[1]) return [];
  const out: string[] = [];
  const re = new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, "g");
  for (const x of m[1].matchAll(re)) out.push(x[0]);
  return out;
}

/** First tag `<name …>` inside `xml` (a boolean-ish child such as <b/>, <wrapText>...). */
function child(xml: string, name: string): string | undefined {
  return new RegExp(`<${name}(?=[\\s/>])[^>]*>`).exec(xml)?.[0];
}

/** A boolean child as Excel reads it: present, and not val="0"/"false". */
function on(xml: string, name: string): boolean {
  const t = child(xml, name);
  if (!t) return false;
  const v = attrs(t).val;
  return v === undefined || (v !== "0" && v !== "false");
}

function fontOf(xml: string | undefined): CellFormat["font"] | undefined {
  if (!xml) return undefined;
  const font: NonNullable<CellFormat["font"]> = {};
  if (on(xml, "b")) font.bold = true;
  if (on(xml, "i")) font.italic = true;
  const u = child(xml, "u");
  if (u && attrs(u).val !== "none") font.underline = true;
  const color = hexOf(child(xml, "color"));
  if (color) font.color = color;
  const sz = child(xml, "sz");
  // ExcelJS reads the size as an integer (IntegerXform); so does this reader, so both record the same.
  const size = sz ? parseInt(attrs(sz).val ?? "", 10) : NaN;
  if (Number.isFinite(size)) font.size = size;
  const name = child(xml, "name");
  if (name && attrs(name).val !== undefined) font.name = attrs(name).val;
  return Object.keys(font).length ? font : undefined;
}

function fillOf(xml: string | undefined): string | undefined {
  if (!xml) return undefined;
  const pf = child(xml, "patternFill");
  if (!pf || attrs(pf).patternType !== "solid") return undefined;
  return hexOf(child(xml, "fgColor")) ?? hexOf(child(xml, "bgColor"));
}

function borderOf(xml: string | undefined): CellFormat["border"] | undefined {
  if (!xml) return undefined;
  const border: NonNullable<CellFormat["border"]> = {};
  for (const side of SIDES) {
    const m = new RegExp(`<${side}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${side}>)`).exec(xml);
    const style = m ? attrs(`<x${m[1]}>`).style : undefined;
    if (!m || !style) continue;
    const color = m[2] ? hexOf(child(m[2], "color")) : undefined;
    border[side] = color ? { style, color } : { style };
  }
  return Object.keys(border).length ? border : undefined;
}

function alignmentOf(xf: string): CellFormat["alignment"] | undefined {
  const t = child(xf, "alignment");
  if (!t) return undefined;
  const a = attrs(t);
  const al: NonNullable<CellFormat["alignment"]> = {};
  if (a.horizontal) al.horizontal = a.horizontal;
  if (a.vertical) al.vertical = a.vertical;
  if (a.wrapText === "1" || a.wrapText === "true") al.wrapText = true;
  return Object.keys(al).length ? al : undefined;
}

/**
 * The CellFormat each cell style index (cellXfs) shows, null when it shows nothing of its own: the fields
 * snapshotFromWorkbook records for a formatted empty cell (numFmt, solid fill, font, border sides, alignment).
 * `numFmts` is the number format code per index, as the value reader resolves it.
 */
export function cellFormatsOfStyles(
  xml: string | null,
  numFmts: (string | null)[]
): (CellFormat | null)[] {
  if (!xml) return [];
  const fonts = items(xml, "fonts", "font");
  const fills = items(xml, "fills", "fill");
  const borders = items(xml, "borders", "border");
  return items(xml, "cellXfs", "xf").map((xf, i) => {
    const a = attrs(/^<[^>]*>/.exec(xf)?.[0] ?? "");
    const out: CellFormat = {};
    const code = numFmts[i];
    if (code && code !== "General") out.numFmt = code;
    const fill = fillOf(fills[Number(a.fillId ?? NaN)]);
    if (fill) out.fill = fill;
    const font = fontOf(fonts[Number(a.fontId ?? NaN)]);
    if (font) out.font = font;
    const border = borderOf(borders[Number(a.borderId ?? NaN)]);
    if (border) out.border = border;
    const alignment = alignmentOf(xf);
    if (alignment) out.alignment = alignment;
    return Object.keys(out).length ? out : null;
  });
}

/** The sqref of every data validation, the x14 ones (cross-sheet lists, which ExcelJS drops) included. */
export function validationAreas(xml: string, from: number): string[] {
  const out: string[] = [];
  const tail = xml.slice(from);
  for (const t of tags(tail, "dataValidation")) {
    const ref = attrs(t).sqref;
    if (ref) out.push(ref);
  }
  for (const m of tail.matchAll(/<(\w+):dataValidation\b[^>]*>[\s\S]*?<(?:\w+:)?sqref>([^<]*)</g))
    if (m[2].trim()) out.push(m[2].trim());
  return out;
}

/** The solid fill of each differential format (<dxfs>) of styles.xml: bgColor is the one Excel reads in a dxf. */
export function dxfFillsOfStyles(xml: string | null): (string | undefined)[] {
  if (!xml) return [];
  return items(xml, "dxfs", "dxf").map((dxf) => {
    const pf = /<patternFill\b[^>]*?(?:\/>|>([\s\S]*?)<\/patternFill>)/.exec(dxf);
    if (!pf || !pf[1]) return undefined;
    return hexOf(child(pf[1], "bgColor")) ?? hexOf(child(pf[1], "fgColor"));
  });
}

/**
 * Each conditional format rule with its range, the formula of a custom-formula rule ("=…"), and its solid fill
 * (`dxfFills`: dxfFillsOfStyles of the workbook's styles).
 */
export function conditionalFormatsOf(
  xml: string,
  from: number,
  dxfFills: (string | undefined)[] = []
): NonNullable<SheetSnapshot["conditionalFormats"]> {
  const out: NonNullable<SheetSnapshot["conditionalFormats"]> = [];
  const tail = xml.slice(from);
  for (const m of tail.matchAll(
    /<conditionalFormatting\b([^>]*)>([\s\S]*?)<\/conditionalFormatting>/g
  )) {
    const range = attrs(`<x${m[1]}>`).sqref;
    if (!range) continue;
    for (const r of m[2].matchAll(/<cfRule\b([^>]*?)(?:\/>|>([\s\S]*?)<\/cfRule>)/g)) {
      const f = /<formula>([\s\S]*?)<\/formula>/.exec(r[2] ?? "");
      const a = attrs(`<x${r[1]}>`);
      const expression = a.type === "expression";
      const rule: NonNullable<SheetSnapshot["conditionalFormats"]>[number] = {
        range,
        formula: expression && f ? "=" + unescapeXml(f[1]) : null,
      };
      const fill = a.dxfId !== undefined ? dxfFills[Number(a.dxfId)] : undefined;
      if (fill) rule.fill = fill;
      out.push(rule);
    }
  }
  // x14 rules (data bars and icon sets on other sheets' ranges...): ExcelJS merges those it can; either way the
  // cells are the user's, so their ranges are obstacles.
  for (const m of tail.matchAll(
    /<(\w+):conditionalFormatting\b[^>]*>([\s\S]*?)<\/\1:conditionalFormatting>/g
  )) {
    const sqref = /<(?:\w+:)?sqref>([^<]*)</.exec(m[2])?.[1]?.trim();
    if (sqref && !out.some((c) => c.range === sqref)) out.push({ range: sqref, formula: null });
  }
  return out;
}

/** The notes of a legacy comments part, row by row: cell, plain text (every run), kind "note". */
export function notesOf(
  xml: string | null,
  text: (raw: string) => string
): NonNullable<SheetSnapshot["notes"]> {
  if (!xml) return [];
  const found: Array<{ cell: string; text: string; row: number; col: number }> = [];
  for (const m of xml.matchAll(
    /<comment\b([^>]*?)\/>|<comment(?=[\s>])([^>]*)>([\s\S]*?)<\/comment>/g
  )) {
    const ref = attrs(`<x${m[1] ?? m[2]}>`).ref;
    if (!ref) continue;
    let p;
    try {
      p = parseA1(ref);
    } catch {
      continue; // not a cell reference: no note to keep clear of
    }
    const body = (m[3] ?? "").replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
    let t = "";
    for (const x of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) t += text(x[1]);
    found.push({ cell: ref.toUpperCase(), text: t, row: p.row, col: p.col });
  }
  found.sort((a, b) => a.row - b.row || a.col - b.col);
  return found.map((n) => ({ cell: n.cell, text: n.text, kind: "note" as const }));
}
