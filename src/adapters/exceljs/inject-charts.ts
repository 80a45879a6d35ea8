// Add the plan's charts to a package ExcelJS wrote (ExcelJS cannot write charts): per chart a chart part,
// an anchor in the sheet's drawing (created, or the existing one ExcelJS wrote for images), the relationships,
// the sheet's <drawing r:id> and the content types.
import type ExcelJS from "exceljs";
import type JSZip from "jszip";
import { a1, parseA1, parseRange, sheetRef, splitSheetRef, type ChartSpec } from "../../core";
import { chartAnchorXml, chartXml, drawingXml, type ChartData } from "./chart-xml";
import { drawingRelId, placeDrawingElements } from "./sheet-xml";
import {
  EMPTY_RELS,
  addOverride,
  addRel,
  freePartNumber,
  parseRels,
  readText,
  relsPathOf,
  resolveTarget,
  sheetParts,
} from "./zip-parts";

const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

/** "A2:A9" on `sheet` -> absolute reference for a chart formula; a range may also name its own sheet. */
function absoluteRef(sheet: string, range: string): { sheet: string; ref: string; range: string } {
  const split = splitSheetRef(range);
  const onSheet = split.sheet ?? sheet;
  const r = parseRange(split.range);
  const abs = (row: number, col: number) => a1(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const body = `${abs(r.top, r.left)}:${abs(r.bottom, r.right)}`;
  return { sheet: onSheet, ref: sheetRef(onSheet, body), range: split.range };
}

/** Cell contents for the chart's caches (Excel recomputes them from the references on open). */
// findRow/findCell do not create rows or cells, so reading the caches leaves the workbook untouched.
function cellsOf(wb: ExcelJS.Workbook, sheet: string, range: string): (ExcelJS.Cell | undefined)[] {
  const ws = wb.getWorksheet(sheet);
  const r = parseRange(range);
  const out: (ExcelJS.Cell | undefined)[] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line = ws?.findRow(row + 1);
    for (let col = r.left; col <= r.right; col++) out.push(line?.findCell(col + 1));
  }
  return out;
}

function numberOf(cell: ExcelJS.Cell | undefined): number | null {
  if (!cell) return null;
  const v = cell.type === 6 /* ValueType.Formula */ ? cell.result : cell.value;
  return typeof v === "number" ? v : null;
}

function chartData(wb: ExcelJS.Workbook, spec: ChartSpec): ChartData {
  const cat = absoluteRef(spec.sheet, spec.categories);
  return {
    title: spec.title,
    categoriesRef: cat.ref,
    categories: cellsOf(wb, cat.sheet, cat.range).map((c) => c?.text ?? ""),
    series: spec.series.map((s) => {
      const val = absoluteRef(spec.sheet, s.values);
      return {
        name: s.name,
        valuesRef: val.ref,
        values: cellsOf(wb, val.sheet, val.range).map(numberOf),
      };
    }),
  };
}

/** Largest cNvPr id in a drawing, so new shapes get unique ids. */
function maxShapeId(drawing: string): number {
  let max = 1;
  for (const m of drawing.matchAll(/<xdr:cNvPr\b[^>]*\bid="(\d+)"/g))
    max = Math.max(max, parseInt(m[1], 10));
  return max;
}

export async function injectCharts(
  zip: JSZip,
  wb: ExcelJS.Workbook,
  charts: ChartSpec[]
): Promise<void> {
  if (charts.length === 0) return;
  const parts = await sheetParts(zip);
  let types = (await readText(zip, "[Content_Types].xml")) ?? "";
  const taken = new Set<string>();

  const bySheet = new Map<string, ChartSpec[]>();
  for (const c of charts) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);

  for (const [sheet, specs] of bySheet) {
    const part = parts.find((p) => p.name === sheet);
    if (!part) throw new Error(`Chart on a sheet that does not exist: ${sheet}`);
    const sheetRelsPath = relsPathOf(part.path);
    let sheetXml = (await readText(zip, part.path)) ?? "";
    let sheetRels = (await readText(zip, sheetRelsPath)) ?? EMPTY_RELS;

    // Reuse the sheet's drawing (ExcelJS writes one for images) or start a new one.
    let drawingPath: string;
    let drawing: string;
    const existingId = drawingRelId(sheetXml);
    const existingRel = existingId
      ? parseRels(sheetRels).find((r) => r.id === existingId)
      : undefined;
    if (existingRel) {
      drawingPath = resolveTarget(part.path, existingRel.target);
      drawing = (await readText(zip, drawingPath)) ?? drawingXml("");
    } else {
      const n = freePartNumber(zip, (k) => `xl/drawings/drawing${k}.xml`, taken);
      drawingPath = `xl/drawings/drawing${n}.xml`;
      drawing = drawingXml("");
      const added = addRel(sheetRels, REL_DRAWING, `../drawings/drawing${n}.xml`);
      sheetRels = added.xml;
      sheetXml = placeDrawingElements(sheetXml, `<drawing r:id="${added.id}"/>`);
      types = addOverride(types, drawingPath, CT_DRAWING);
    }
    const drawingRelsPath = relsPathOf(drawingPath);
    let drawingRels = (await readText(zip, drawingRelsPath)) ?? EMPTY_RELS;

    let shapeId = maxShapeId(drawing);
    let anchors = "";
    for (const spec of specs) {
      const n = freePartNumber(zip, (k) => `xl/charts/chart${k}.xml`, taken);
      const chartPath = `xl/charts/chart${n}.xml`;
      zip.file(chartPath, chartXml(chartData(wb, spec)));
      types = addOverride(types, chartPath, CT_CHART);
      const rel = addRel(drawingRels, REL_CHART, `../charts/chart${n}.xml`);
      drawingRels = rel.xml;
      const from = parseA1(spec.from);
      const to = parseA1(spec.to);
      // `to` names the bottom-right cell the chart covers, so the anchor ends at that cell's far edge.
      const anchor = { fromRow: from.row, fromCol: from.col, toRow: to.row + 1, toCol: to.col + 1 };
      anchors += chartAnchorXml(anchor, rel.id, ++shapeId, `Chart ${shapeId - 1}`);
    }
    drawing = drawing.replace("</xdr:wsDr>", anchors + "</xdr:wsDr>");

    zip.file(part.path, sheetXml);
    zip.file(sheetRelsPath, sheetRels);
    zip.file(drawingPath, drawing);
    zip.file(drawingRelsPath, drawingRels);
  }
  zip.file("[Content_Types].xml", types);
}
