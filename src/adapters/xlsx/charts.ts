// The plan's bar charts as DrawingML parts (chart-xml.ts holds the XML): per chart a chart part, an anchor in the
// sheet's drawing (created, or the sheet's existing one appended to), relationships and content types.
import {
  a1,
  parseA1,
  parseRange,
  sheetRef,
  splitSheetRef,
  type CellWrite,
  type ChartSpec,
  type Scalar,
} from "../../core";
import { chartAnchorXml, chartXml, drawingXml, type ChartData } from "./chart-xml";
import { CT, REL, addOverride, addRelationship, freePath, relsOf, targetOf } from "./opc";
import type { Package } from "./package";
import type { Worksheet } from "./worksheet-xml";

function absoluteRef(sheet: string, range: string): { sheet: string; ref: string; range: string } {
  const split = splitSheetRef(range);
  const onSheet = split.sheet ?? sheet;
  const r = parseRange(split.range);
  const abs = (row: number, col: number) => a1(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return {
    sheet: onSheet,
    ref: sheetRef(onSheet, `${abs(r.top, r.left)}:${abs(r.bottom, r.right)}`),
    range: split.range,
  };
}

/** The caches come from what the plan writes (Excel recomputes them from the references on open). */
function valuesOf(
  cells: Map<string, Scalar | undefined>,
  sheet: string,
  range: string
): Array<Scalar | undefined> {
  const r = parseRange(range);
  const out: Array<Scalar | undefined> = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.push(cells.get(`${sheet}!${a1(row, col)}`));
  return out;
}

function chartData(spec: ChartSpec, cells: Map<string, Scalar | undefined>): ChartData {
  const cat = absoluteRef(spec.sheet, spec.categories);
  return {
    title: spec.title,
    categoriesRef: cat.ref,
    categories: valuesOf(cells, cat.sheet, cat.range).map((v) =>
      v === null || v === undefined ? "" : String(v)
    ),
    series: spec.series.map((s) => {
      const val = absoluteRef(spec.sheet, s.values);
      return {
        name: s.name,
        valuesRef: val.ref,
        values: valuesOf(cells, val.sheet, val.range).map((v) =>
          typeof v === "number" ? v : null
        ),
      };
    }),
  };
}

export function writtenValues(cells: CellWrite[]): Map<string, Scalar | undefined> {
  const m = new Map<string, Scalar | undefined>();
  for (const w of cells)
    m.set(`${w.sheet}!${w.cell}`, w.formula !== undefined ? w.result : w.value);
  return m;
}

export function addCharts(
  pkg: Package,
  sheetPath: string,
  ws: Worksheet,
  specs: ChartSpec[],
  cells: Map<string, Scalar | undefined>
): void {
  if (specs.length === 0) return;
  const existingId = ws.relIdOf("drawing");
  const existing = existingId ? relsOf(pkg, sheetPath).find((r) => r.id === existingId) : undefined;
  let drawingPath: string;
  if (existing) drawingPath = targetOf(sheetPath, existing);
  else {
    drawingPath = freePath(pkg, (n) => `xl/drawings/drawing${n}.xml`);
    pkg.setText(drawingPath, drawingXml(""));
    addOverride(pkg, drawingPath, CT.drawing);
    ws.setRelElement("drawing", addRelationship(pkg, sheetPath, REL.drawing, drawingPath));
  }
  let drawing = pkg.text(drawingPath) ?? drawingXml("");
  let shapeId = 1;
  for (const m of drawing.matchAll(/<(?:\w+:)?cNvPr\b[^>]*\bid="(\d+)"/g))
    shapeId = Math.max(shapeId, Number(m[1]));
  let anchors = "";
  for (const spec of specs) {
    const chartPath = freePath(pkg, (n) => `xl/charts/chart${n}.xml`);
    pkg.setText(chartPath, chartXml(chartData(spec, cells)));
    addOverride(pkg, chartPath, CT.chart);
    const relId = addRelationship(pkg, drawingPath, REL.chart, chartPath);
    const from = parseA1(spec.from);
    const to = parseA1(spec.to);
    const anchor = { fromRow: from.row, fromCol: from.col, toRow: to.row + 1, toCol: to.col + 1 };
    anchors += chartAnchorXml(anchor, relId, ++shapeId, `Chart ${shapeId - 1}`);
  }
  const close = drawing.lastIndexOf("</");
  drawing = drawing.slice(0, close) + anchors + drawing.slice(close);
  pkg.setText(drawingPath, drawing);
}
