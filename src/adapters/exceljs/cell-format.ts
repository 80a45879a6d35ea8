// ExcelJS styles <-> CellFormat (the engine's host-neutral formatting, recorded where our output lands on the
// user's formatted empty cells and put back on removal). Colours are "#RRGGBB"; a theme colour has no RGB here
// and is left out (see docs/ARCHITECTURE.md, WritePlan semantics).
import type ExcelJS from "exceljs";
import type { CellFormat } from "../../core";

type Side = "top" | "left" | "bottom" | "right";
const SIDES: Side[] = ["top", "left", "bottom", "right"];

const hex = (c: Partial<ExcelJS.Color> | undefined): string | undefined => {
  const argb = c?.argb;
  return typeof argb === "string" && /^[0-9A-Fa-f]{6,8}$/.test(argb)
    ? "#" + argb.slice(-6).toUpperCase()
    : undefined;
};
const argb = (h: string): Partial<ExcelJS.Color> => ({
  argb: "FF" + h.replace(/^#/, "").toUpperCase(),
});

/** The formatting a cell carries of its own, or null when it has none. */
export function toCellFormat(style: Partial<ExcelJS.Style> | undefined): CellFormat | null {
  if (!style) return null;
  const out: CellFormat = {};
  const nf = style.numFmt as unknown;
  if (typeof nf === "string" && nf && nf !== "General") out.numFmt = nf;
  const fill = style.fill as ExcelJS.FillPattern | undefined;
  if (fill?.type === "pattern" && fill.pattern === "solid") {
    const c = hex(fill.fgColor) ?? hex(fill.bgColor);
    if (c) out.fill = c;
  }
  const f = style.font;
  if (f) {
    const font: NonNullable<CellFormat["font"]> = {};
    if (f.bold) font.bold = true;
    if (f.italic) font.italic = true;
    if (f.underline) font.underline = true;
    const color = hex(f.color);
    if (color) font.color = color;
    if (typeof f.size === "number") font.size = f.size;
    if (typeof f.name === "string") font.name = f.name;
    if (Object.keys(font).length) out.font = font;
  }
  const b = style.border;
  if (b) {
    const border: NonNullable<CellFormat["border"]> = {};
    for (const side of SIDES) {
      const s = b[side];
      if (s?.style) {
        const color = hex(s.color);
        border[side] = color ? { style: s.style, color } : { style: s.style };
      }
    }
    if (Object.keys(border).length) out.border = border;
  }
  const a = style.alignment;
  if (a) {
    const al: NonNullable<CellFormat["alignment"]> = {};
    if (a.horizontal) al.horizontal = a.horizontal;
    if (a.vertical) al.vertical = a.vertical;
    if (a.wrapText) al.wrapText = true;
    if (Object.keys(al).length) out.alignment = al;
  }
  return Object.keys(out).length ? out : null;
}

/** The ExcelJS style parts of a CellFormat (merged over the cell's plain style on restore). */
export function fromCellFormat(f: CellFormat): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (f.numFmt) out.numFmt = f.numFmt;
  if (f.fill)
    out.fill = { type: "pattern", pattern: "solid", fgColor: argb(f.fill), bgColor: argb(f.fill) };
  if (f.font) {
    const font: Partial<ExcelJS.Font> = {};
    if (f.font.bold) font.bold = true;
    if (f.font.italic) font.italic = true;
    if (f.font.underline) font.underline = true;
    if (f.font.color) font.color = argb(f.font.color) as ExcelJS.Color;
    if (f.font.size !== undefined) font.size = f.font.size;
    if (f.font.name !== undefined) font.name = f.font.name;
    out.font = font;
  }
  if (f.border) {
    const border: Partial<ExcelJS.Borders> = {};
    for (const side of SIDES) {
      const s = f.border[side];
      if (s)
        border[side] = {
          style: s.style as ExcelJS.BorderStyle,
          ...(s.color ? { color: argb(s.color) } : {}),
        };
    }
    out.border = border as ExcelJS.Borders;
  }
  if (f.alignment) out.alignment = { ...f.alignment } as Partial<ExcelJS.Alignment>;
  return out;
}
