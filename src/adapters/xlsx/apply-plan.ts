// Apply a WritePlan to the original package bytes, surgically: only the parts the plan writes change (the cells
// it clears or writes, its conditional formats, notes, hyperlinks, defined names, its own sheets and chart, the
// sheet list, relationships and content types, appended styles). Every other part keeps its exact bytes, and in a
// written sheet every other cell keeps its exact XML. Apply order: docs/design/write-plan-v2.md.
import {
  a1,
  parseA1,
  parseRange,
  sheetRef,
  splitSheetRef,
  type CellWrite,
  type ChartSpec,
  type ConditionalFlag,
  type NoteWrite,
} from "../../core";
import { addCharts, writtenValues } from "./charts";
import { addNotes, removeNotes } from "./notes";
import {
  CT,
  REL,
  addOverride,
  addRelationship,
  allTargets,
  deletePartTree,
  relsOf,
  removeRelationships,
  targetOf,
} from "./opc";
import { Package, type DeflateRaw, type InflatedPart } from "./package";
import { addEdit, emptyEdits, type CellEdit, type SheetDataEdits } from "./sheet-data";
import { StyleSheet, type CellFormat } from "./styles-xml";
import {
  activeTab,
  addSheet,
  listSheets,
  removeDefinedNames,
  removeSheetEntry,
  setActiveTab,
  setDefinedName,
  setFullCalcOnLoad,
  setSheetState,
  workbookPath,
} from "./workbook-xml";
import { Worksheet, newWorksheetXml } from "./worksheet-xml";
import { textElement, escapeXml } from "./xml";

/** The WritePlan fields this writer reads (WritePlan v2, docs/design/write-plan-v2.md, fits it). */
export interface PackagePlan {
  remove: {
    ranges: Array<{ sheet: string; range: string }>;
    restoreFormats?: Array<{ sheet: string; cell: string; format: CellFormat }>;
    sheets: string[];
    notes: Array<{ sheet: string; cell: string }>;
    flags?: Array<{ sheet: string; formula: string }>;
    names?: string[];
  };
  addSheets: string[];
  cells: CellWrite[];
  columnWidths: Array<{ sheet: string; column: string; width: number }>;
  flags: ConditionalFlag[];
  notes: NoteWrite[];
  charts: ChartSpec[];
  names?: Array<{ name: string; sheet: string; range: string }>;
  /** The very hidden record sheet; absent (v1) = the default name. */
  recordSheet?: string;
  ownership: unknown;
}

const DEFAULT_RECORD_SHEET = "CapaianIKU_meta";
/** A1 of the record sheet: "capaian-iku-ownership:v2" (or :v1 in files written before). */
const RECORD_A1 = /^capaian-iku-ownership:v\d+$/;

interface OpenSheet {
  path: string;
  ws: Worksheet;
  edits: SheetDataEdits;
  /** The edit of one cell the plan writes on this sheet (one function for all: the edit's arg is the write). */
  write: CellEdit<CellWrite>;
  /** The box around the cells written (null: none). */
  written: { top: number; left: number; bottom: number; right: number } | null;
}

function styleOf(cell: string): number {
  const m = /^<(?:\w+:)?c\b[^>]*?\ss\s*=\s*"(\d+)"/.exec(cell);
  return m ? Number(m[1]) : 0;
}

function numberText(n: number): string | null {
  return Number.isFinite(n) ? String(n) : null;
}

/** The <c> element of a written cell. Text is always text (inline string), never a formula. */
export function cellXml(p: string, ref: string, s: number, w: CellWrite): string {
  const sAttr = s ? ` s="${s}"` : "";
  if (w.formula !== undefined) {
    const f = `<${p}f>${escapeXml(w.formula.replace(/^=/, ""))}</${p}f>`;
    const r = w.result;
    if (typeof r === "number" && numberText(r) !== null)
      return `<${p}c r="${ref}"${sAttr}>${f}<${p}v>${numberText(r)}</${p}v></${p}c>`;
    if (typeof r === "boolean")
      return `<${p}c r="${ref}"${sAttr} t="b">${f}<${p}v>${r ? 1 : 0}</${p}v></${p}c>`;
    if (typeof r === "string")
      return `<${p}c r="${ref}"${sAttr} t="str">${f}${textElement(p + "v", r)}</${p}c>`;
    return `<${p}c r="${ref}"${sAttr}>${f}</${p}c>`;
  }
  const v = w.value;
  if (typeof v === "number" && numberText(v) !== null)
    return `<${p}c r="${ref}"${sAttr}><${p}v>${numberText(v)}</${p}v></${p}c>`;
  if (typeof v === "boolean")
    return `<${p}c r="${ref}"${sAttr} t="b"><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
  if (typeof v === "string")
    return `<${p}c r="${ref}"${sAttr} t="inlineStr"><${p}is>${textElement(p + "t", v)}</${p}is></${p}c>`;
  return `<${p}c r="${ref}"${sAttr}/>`;
}

/** The record sheet: column A holds the record's chunks (a new part each time: the whole sheet is ours). */
function recordSheetXml(chunks: string[]): string {
  const rows = chunks
    .map(
      (c, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is>${textElement("t", c)}</is></c></row>`
    )
    .join("");
  return newWorksheetXml().replace("<sheetData/>", `<sheetData>${rows}</sheetData>`);
}

function absolute(range: string): string {
  const r = parseRange(range);
  const abs = (row: number, col: number) => a1(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const s = abs(r.top, r.left);
  const e = abs(r.bottom, r.right);
  return s === e ? s : `${s}:${e}`;
}

/** A user's recorded format put back on a cell the add-in had written. */
const restoreFormat: CellEdit<{ p: string; xf: number }> = (cur, ref, _rowStyle, { p, xf }) => {
  if (cur === null) return xf ? `<${p}c r="${ref}" s="${xf}"/>` : null;
  return /\ss\s*=/.test(cur)
    ? cur.replace(/(\ss\s*=\s*)"\d+"/, `$1"${xf}"`)
    : cur.replace(/^<(\w+:)?c\b/, `$&${xf ? ` s="${xf}"` : ""}`);
};

class PackageWriter {
  readonly wb: string;
  readonly styles: StyleSheet;
  private readonly open = new Map<string, OpenSheet>();
  private dropCalcChain = false;

  constructor(readonly pkg: Package) {
    this.wb = workbookPath(pkg);
    const rel = relsOf(pkg, this.wb).find((r) => r.type === REL.styles);
    let stylesPath = rel ? targetOf(this.wb, rel) : "xl/styles.xml";
    if (!rel) {
      stylesPath = "xl/styles.xml";
      addRelationship(pkg, this.wb, REL.styles, stylesPath);
      addOverride(
        pkg,
        stylesPath,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
      );
    }
    this.styles = new StyleSheet(pkg, stylesPath);
  }

  sheet(name: string): OpenSheet | null {
    const known = this.open.get(name);
    if (known) return known;
    const entry = listSheets(this.pkg, this.wb).find((s) => s.name === name);
    if (!entry || !entry.path) return null;
    const xml = this.pkg.text(entry.path);
    if (xml === null) return null;
    const ws = new Worksheet(xml, this.pkg.bytes(entry.path));
    const s: OpenSheet = {
      path: entry.path,
      // With the bytes the text came from: the cells the plan leaves alone are copied from them, not re-encoded.
      ws,
      edits: emptyEdits((cur) => this.cleared(cur)),
      write: (cur, ref, rowStyle, w, col) => this.writeCell(ws, cur, ref, rowStyle, w, col),
      written: null,
    };
    this.open.set(name, s);
    return s;
  }

  need(name: string): OpenSheet {
    const s = this.sheet(name);
    if (!s) throw new Error(`WritePlan names a sheet that does not exist: ${name}`);
    return s;
  }

  /**
   * A cleared cell looks as a new cell there would (the row's style, else the column's): that is no element.
   * (The user's own format, recorded before the add-in wrote, comes back through remove.restoreFormats.)
   */
  private cleared(cur: string | null): string | null {
    if (cur !== null && /<(?:\w+:)?f[\s>/]/.test(cur)) this.dropCalcChain = true;
    return null;
  }

  removeSheet(name: string): void {
    const entry = removeSheetEntry(this.pkg, name, this.wb);
    this.open.delete(name);
    if (!entry?.path) return;
    // Parts reached only from this sheet go with it; one another part also points to (a shared image) stays.
    const links = allTargets(this.pkg);
    const tree = new Set<string>([entry.path]);
    for (let grew = true; grew;) {
      grew = false;
      for (const l of links)
        if (tree.has(l.from) && !tree.has(l.to)) {
          tree.add(l.to);
          grew = true;
        }
    }
    const shared = new Set(
      links.filter((l) => !tree.has(l.from) && tree.has(l.to)).map((l) => l.to)
    );
    deletePartTree(this.pkg, entry.path, (p) => shared.has(p));
  }

  apply(plan: PackagePlan, record: string[]): void {
    const active = listSheets(this.pkg, this.wb)[activeTab(this.pkg, this.wb)]?.name;
    this.remove(plan);
    for (const name of plan.addSheets)
      if (!this.sheet(name)) addSheet(this.pkg, name, newWorksheetXml(), this.wb);
    this.writeCells(plan.cells);
    for (const { sheet, column, width } of plan.columnWidths)
      this.need(sheet).ws.setColumnWidth(column, width);
    this.addFlags(plan.flags);
    const notesBySheet = new Map<string, NoteWrite[]>();
    for (const n of plan.notes)
      notesBySheet.set(n.sheet, [...(notesBySheet.get(n.sheet) ?? []), n]);
    for (const [sheet, notes] of notesBySheet) {
      const s = this.need(sheet);
      for (const n of notes) parseA1(n.cell);
      addNotes(this.pkg, s.path, s.ws, notes);
    }
    const chartsBySheet = new Map<string, ChartSpec[]>();
    for (const c of plan.charts)
      chartsBySheet.set(c.sheet, [...(chartsBySheet.get(c.sheet) ?? []), c]);
    const chartSheets = new Set(
      plan.charts.flatMap((c) => [
        c.sheet,
        ...[c.categories, ...c.series.map((x) => x.values)].map(
          (r) => splitSheetRef(r).sheet ?? c.sheet
        ),
      ])
    );
    const values = writtenValues(plan.cells.filter((w) => chartSheets.has(w.sheet)));
    for (const [sheet, specs] of chartsBySheet) {
      const s = this.need(sheet);
      addCharts(this.pkg, s.path, s.ws, specs, values);
    }
    for (const n of plan.names ?? [])
      setDefinedName(this.pkg, n.name, sheetRef(n.sheet, absolute(n.range)), this.wb);
    this.writeRecord(
      plan.recordSheet ?? DEFAULT_RECORD_SHEET,
      plan.ownership === null ? null : record
    );
    this.flush();
    this.keepActiveTab(active);
  }

  private remove(plan: PackagePlan): void {
    const r = plan.remove;
    for (const { sheet, range } of r.ranges) {
      const s = this.sheet(sheet);
      if (!s) continue;
      const box = parseRange(range);
      s.edits.clears.push(box);
      s.ws.removeHyperlinks((ref) => {
        try {
          const h = parseRange(ref);
          return (
            h.top >= box.top && h.bottom <= box.bottom && h.left >= box.left && h.right <= box.right
          );
        } catch {
          return false;
        }
      });
    }
    for (const { sheet, cell, format } of r.restoreFormats ?? []) {
      const s = this.sheet(sheet);
      if (!s) continue;
      const { row, col } = parseA1(cell);
      addEdit(s.edits, row, col, restoreFormat, { p: s.ws.p, xf: this.styles.xfFor(format) });
    }
    const notesBySheet = new Map<string, string[]>();
    for (const n of r.notes)
      notesBySheet.set(n.sheet, [...(notesBySheet.get(n.sheet) ?? []), n.cell]);
    for (const [sheet, cells] of notesBySheet) {
      const s = this.sheet(sheet);
      if (s) removeNotes(this.pkg, s.path, s.ws, cells);
    }
    for (const f of r.flags ?? []) {
      const formula = f.formula.replace(/^=/, "");
      this.sheet(f.sheet)?.ws.removeConditionalFormats((g) => g === formula);
    }
    for (const name of r.sheets) this.removeSheet(name);
    removeDefinedNames(this.pkg, new Set(r.names ?? []), this.wb);
  }

  /** One written cell's new XML, given its current <c> (see CellEdit). */
  private writeCell(
    ws: Worksheet,
    cur: string | null,
    ref: string,
    rowStyle: number | null,
    w: CellWrite,
    col: number
  ): string | null {
    const base = cur !== null ? styleOf(cur) : (rowStyle ?? ws.colStyle(col) ?? 0);
    const xf = this.styles.forWrite(base, w.style, w.numFmt);
    if (w.formula === undefined && w.value === undefined && cur !== null)
      return xf === base
        ? cur
        : cur.replace(/^(<(?:\w+:)?c\b[^>]*?)(\ss\s*=\s*"\d+")?(\s*\/?>)/, `$1 s="${xf}"$3`);
    return cellXml(ws.p, ref, xf, w);
  }

  private writeCells(cells: CellWrite[]): void {
    let formulas = false;
    for (const w of cells) {
      const s = this.need(w.sheet);
      const { row, col } = parseA1(w.cell);
      const box = s.written;
      if (!box) s.written = { top: row, left: col, bottom: row, right: col };
      else {
        if (row < box.top) box.top = row;
        if (row > box.bottom) box.bottom = row;
        if (col < box.left) box.left = col;
        if (col > box.right) box.right = col;
      }
      if (w.formula !== undefined) formulas = true;
      addEdit(s.edits, row, col, s.write, w);
      if (w.link !== undefined) {
        const ref = w.cell.toUpperCase();
        s.ws.removeHyperlinks((h) => h === ref);
        s.ws.addHyperlink(ref, w.link);
      }
    }
    if (formulas) setFullCalcOnLoad(this.pkg, this.wb);
  }

  private addFlags(flags: ConditionalFlag[]): void {
    for (const f of flags) {
      const s = this.need(f.sheet);
      s.ws.addConditionalFormat(
        f.range,
        f.formula.replace(/^=/, ""),
        this.styles.dxf(f),
        s.ws.nextPriority()
      );
    }
  }

  private writeRecord(name: string, chunks: string[] | null): void {
    const list = listSheets(this.pkg, this.wb);
    const at = list.findIndex((s) => s.name === name);
    const entry = list[at];
    // The planner never names a user's sheet; this makes sure no plan could ever take one over.
    if (entry && !RECORD_A1.test(this.firstCellText(entry.path)))
      throw new Error(`WritePlan names a user sheet as its record: ${name}`);
    if (
      chunks !== null &&
      entry &&
      at === list.length - 1 &&
      relsOf(this.pkg, entry.path).length === 0
    ) {
      // Rewritten in place: a re-run leaves the sheet list as it was.
      this.open.delete(name);
      this.pkg.setText(entry.path, recordSheetXml(chunks));
      setSheetState(this.pkg, name, "veryHidden", this.wb);
      return;
    }
    if (entry) this.removeSheet(name);
    if (chunks === null) return;
    // A new part at the end of the list, so a re-run's new sheets land where the first run put them.
    addSheet(this.pkg, name, recordSheetXml(chunks), this.wb);
    setSheetState(this.pkg, name, "veryHidden", this.wb);
  }

  /** Text of A1 (inline or shared string), to recognise the record sheet by its signature. */
  private firstCellText(path: string): string {
    const xml = this.pkg.text(path) ?? "";
    const cell = /<(?:\w+:)?c\b[^>]*\br="A1"[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/.exec(xml);
    if (!cell) return "";
    const inline = /<(?:\w+:)?t\b[^>]*>([^<]*)</.exec(cell[1] ?? "");
    if (/\bt="inlineStr"/.test(cell[0])) return inline?.[1] ?? "";
    const v = /<(?:\w+:)?v>(\d+)</.exec(cell[1] ?? "");
    if (!/\bt="s"/.test(cell[0]) || !v) return "";
    const rel = relsOf(this.pkg, this.wb).find((r) => r.type === REL.sharedStrings);
    const sst = rel ? (this.pkg.text(targetOf(this.wb, rel)) ?? "") : "";
    const items = sst.split(/<(?:\w+:)?si>/).slice(1);
    return /<(?:\w+:)?t\b[^>]*>([^<]*)</.exec(items[Number(v[1])] ?? "")?.[1] ?? "";
  }

  private flush(): void {
    for (const s of this.open.values()) {
      s.ws.editCells(s.edits);
      // Cells cleared (a removal or a re-run): the hint gives back what the clears emptied, as before the run.
      if (s.edits.clears.length > 0) s.ws.fitDimension(s.edits.clears);
      if (s.written) s.ws.extendDimension(s.written);
      const pieces = s.ws.toPieces();
      if (pieces) this.pkg.setPieces(s.path, pieces);
      else this.pkg.setText(s.path, s.ws.toXml());
    }
    this.styles.flush();
    if (this.dropCalcChain) {
      // Excel reports a damaged file when calcChain lists a cell that no longer holds a formula; it rebuilds it.
      const rel = relsOf(this.pkg, this.wb).find((r) => r.type === REL.calcChain);
      if (rel) {
        deletePartTree(this.pkg, targetOf(this.wb, rel), () => true);
        removeRelationships(this.pkg, this.wb, new Set([rel.id]));
      }
    }
  }

  /** The tab that was active stays active; when it went (or is hidden now), the first visible one. */
  private keepActiveTab(name: string | undefined): void {
    const list = listSheets(this.pkg, this.wb);
    let i = list.findIndex((s) => s.name === name && s.state === "visible");
    if (i < 0)
      i = Math.max(
        0,
        list.findIndex((s) => s.state === "visible")
      );
    if (i !== activeTab(this.pkg, this.wb)) setActiveTab(this.pkg, i, this.wb);
  }
}

/**
 * The package with the plan applied. `record` is the ownership record's column-A chunks (encodeOwnership);
 * ignored when `plan.ownership` is null (the record sheet is then deleted).
 */
export function applyPlanToPackage(
  bytes: Uint8Array,
  plan: PackagePlan,
  record: string[],
  options: { deflateRaw?: DeflateRaw; inflated?: ReadonlyMap<string, InflatedPart> } = {}
): Uint8Array {
  const pkg = Package.open(bytes, options.inflated);
  new PackageWriter(pkg).apply(plan, record);
  return pkg.toBytes(options.deflateRaw);
}

export { CT };
