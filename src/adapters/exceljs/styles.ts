// The add-in's cell styles and flag colours as ExcelJS style fragments (values from docs/ARCHITECTURE.md).
import type ExcelJS from "exceljs";
import { flagColors, type CellStyle, type ConditionalFlag } from "../../core";

const argb = (hex: string) => ({ argb: "FF" + hex });
const solid = (hex: string): ExcelJS.FillPattern => ({
  type: "pattern",
  pattern: "solid",
  fgColor: argb(hex),
  bgColor: argb(hex),
});

/** Only the parts each style sets; applyStyle merges them over the cell's existing font/fill/alignment. */
export const CELL_STYLES: Record<
  CellStyle,
  { font?: Partial<ExcelJS.Font>; fill?: ExcelJS.Fill; alignment?: Partial<ExcelJS.Alignment> }
> = {
  header: {
    font: { bold: true },
    fill: solid("E8F1FB"),
    alignment: { wrapText: true, vertical: "middle" },
  },
  computed: { fill: solid("F3F8EE") },
  summaryTitle: { font: { bold: true, size: 14 } },
  summaryLabel: { font: { bold: true } },
  summaryValue: {},
  link: { font: { color: argb("0563C1"), underline: true } },
};

/**
 * Differential style of a conditional-format flag (colours from the engine's one table). In a dxf a solid fill's
 * colour is bgColor (fgColor is ignored by Excel), so set both.
 */
export function flagStyle(f: ConditionalFlag): Partial<ExcelJS.Style> {
  const c = flagColors(f);
  return c.font ? { fill: solid(c.fill), font: { color: argb(c.font) } } : { fill: solid(c.fill) };
}
