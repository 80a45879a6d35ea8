// ExcelJS styles -> CellFormat (the engine's host-neutral formatting, recorded where our output lands on the
// user's formatted empty cells, and put back on removal by the package writer or the Office adapter). Colours are "#RRGGBB"; a theme colour has no RGB here
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
