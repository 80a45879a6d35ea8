// Office.js cell formatting <-> CellFormat (the engine's host-neutral formatting). Border styles are kept in
// OOXML's names ("thin", "medium", "dashed"…), as the ExcelJS adapter and the file use them.
import type { CellFormat } from "../../core";

type Side = "top" | "left" | "bottom" | "right";
const EDGES: Record<Side, string> = {
  top: "EdgeTop",
  left: "EdgeLeft",
  bottom: "EdgeBottom",
  right: "EdgeRight",
};

/** Office (style, weight) → OOXML border style. */
function ooxmlBorder(style: string, weight: string | undefined): string | null {
  switch (style) {
    case "None":
    case undefined:
      return null;
    case "Continuous":
      return weight === "Medium"
        ? "medium"
        : weight === "Thick"
          ? "thick"
          : weight === "Hairline"
            ? "hair"
            : "thin";
    case "Dash":
      return weight === "Medium" ? "mediumDashed" : "dashed";
    case "DashDot":
      return "dashDot";
    case "DashDotDot":
      return "dashDotDot";
    case "Dot":
      return "dotted";
    case "Double":
      return "double";
    case "SlantDashDot":
      return "slantDashDot";
    default:
      return "thin";
  }
}

/** OOXML border style → Office (style, weight). */
export function officeBorder(style: string): { style: string; weight: string } {
  switch (style) {
    case "medium":
      return { style: "Continuous", weight: "Medium" };
    case "thick":
      return { style: "Continuous", weight: "Thick" };
    case "hair":
      return { style: "Continuous", weight: "Hairline" };
    case "dashed":
      return { style: "Dash", weight: "Thin" };
    case "mediumDashed":
      return { style: "Dash", weight: "Medium" };
    case "dashDot":
    case "mediumDashDot":
      return { style: "DashDot", weight: "Thin" };
    case "dashDotDot":
    case "mediumDashDotDot":
      return { style: "DashDotDot", weight: "Thin" };
    case "dotted":
      return { style: "Dot", weight: "Thin" };
    case "double":
      return { style: "Double", weight: "Thick" };
    case "slantDashDot":
      return { style: "SlantDashDot", weight: "Thin" };
    default:
      return { style: "Continuous", weight: "Thin" };
  }
}

export const edgeName = (side: Side): string => EDGES[side];

interface Props {
  format?: {
    fill?: { color?: string };
    font?: { bold?: boolean; italic?: boolean; color?: string; underline?: string };
    borders?: Partial<Record<Side, { style?: string; weight?: string; color?: string }>>;
    horizontalAlignment?: string;
    verticalAlignment?: string;
    wrapText?: boolean;
  };
}

/** A cell's own formatting from getCellProperties (plus its number format), or null when it has none. */
export function fromCellProperties(p: Props, numFmt: unknown): CellFormat | null {
  const out: CellFormat = {};
  if (typeof numFmt === "string" && numFmt && numFmt !== "General") out.numFmt = numFmt;
  const f = p.format ?? {};
  const fill = f.fill?.color;
  if (fill && fill.toUpperCase() !== "#FFFFFF") out.fill = fill.toUpperCase();
  const font: NonNullable<CellFormat["font"]> = {};
  if (f.font?.bold) font.bold = true;
  if (f.font?.italic) font.italic = true;
  if (f.font?.underline && f.font.underline !== "None") font.underline = true;
  if (f.font?.color && f.font.color.toUpperCase() !== "#000000")
    font.color = f.font.color.toUpperCase();
  if (Object.keys(font).length) out.font = font;
  const border: NonNullable<CellFormat["border"]> = {};
  for (const side of ["top", "left", "bottom", "right"] as Side[]) {
    const b = f.borders?.[side];
    const style = b?.style ? ooxmlBorder(b.style, b.weight) : null;
    if (style) border[side] = b?.color ? { style, color: b.color.toUpperCase() } : { style };
  }
  if (Object.keys(border).length) out.border = border;
  const al: NonNullable<CellFormat["alignment"]> = {};
  if (f.horizontalAlignment && f.horizontalAlignment !== "General")
    al.horizontal = f.horizontalAlignment.toLowerCase();
  if (f.verticalAlignment && f.verticalAlignment !== "Bottom")
    al.vertical = f.verticalAlignment.toLowerCase();
  if (f.wrapText) al.wrapText = true;
  if (Object.keys(al).length) out.alignment = al;
  return Object.keys(out).length ? out : null;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Queue the Office.js calls that put a recorded format back on a cleared cell. */
export function restoreFormat(range: Excel.Range, f: CellFormat): void {
  if (f.numFmt) range.numberFormat = [[f.numFmt]];
  if (f.fill) range.format.fill.color = f.fill;
  if (f.font?.bold) range.format.font.bold = true;
  if (f.font?.italic) range.format.font.italic = true;
  if (f.font?.underline) range.format.font.underline = "Single";
  if (f.font?.color) range.format.font.color = f.font.color;
  if (f.font?.size !== undefined) range.format.font.size = f.font.size;
  if (f.font?.name !== undefined) range.format.font.name = f.font.name;
  if (f.alignment?.wrapText) range.format.wrapText = true;
  if (f.alignment?.horizontal)
    range.format.horizontalAlignment = capital(f.alignment.horizontal) as Excel.HorizontalAlignment;
  if (f.alignment?.vertical)
    range.format.verticalAlignment = capital(f.alignment.vertical) as Excel.VerticalAlignment;
  for (const side of ["top", "left", "bottom", "right"] as Side[]) {
    const b = f.border?.[side];
    if (!b) continue;
    const edge = range.format.borders.getItem(EDGES[side] as Excel.BorderIndex);
    const o = officeBorder(b.style);
    edge.style = o.style as Excel.BorderLineStyle;
    edge.weight = o.weight as Excel.BorderWeight;
    if (b.color) edge.color = b.color;
  }
}
