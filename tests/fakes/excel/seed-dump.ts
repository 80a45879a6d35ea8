// Building a fake workbook from a snapshot-like seed, and dumping it as plain data for comparisons.
import {
  cellKey,
  colName,
  colNumber,
  keyCol,
  keyRow,
  parseLocal,
  quoteSheetName,
  rectLocal,
  splitSheet,
} from "./a1";
import {
  isBlank,
  normColor,
  WorkbookModel,
  type ModelValue,
  type SheetModel,
  type Visibility,
} from "./model";
import { nameFormula } from "./proxy-names";

export interface FakeSheetSeed {
  name: string;
  /** values[r][c] is the cell at row r+1, column c+1 (like SheetSnapshot); strings are stored as given (not parsed). */
  values?: ReadonlyArray<ReadonlyArray<unknown> | undefined>;
  /** "=..." where the cell holds a formula; the value in `values` is then its cached result. */
  formulas?: ReadonlyArray<ReadonlyArray<string | null | undefined> | undefined>;
  numberFormats?: ReadonlyArray<ReadonlyArray<string | null | undefined> | undefined>;
  hidden?: boolean;
  visibility?: Visibility;
  protected?: boolean;
  /** A1 -> style. */
  styles?: Record<string, { fill?: string; fontColor?: string; bold?: boolean }>;
  /** A1 -> internal link target ("'Sheet 1'!A1"). */
  hyperlinks?: Record<string, string>;
  /** A1 -> note text. */
  notes?: Record<string, string>;
  /** A1 -> comment text. */
  comments?: Record<string, string>;
  conditionalFormats?: Array<{
    range: string;
    type?: string;
    formula?: string;
    fill?: string;
    fontColor?: string;
  }>;
  /** Column letter -> width in points. */
  columnWidths?: Record<string, number>;
  /** A1 ranges carrying data validation. */
  validations?: string[];
}

export interface FakeWorkbookSeed {
  sheets: FakeSheetSeed[];
  activeSheet?: string;
  /** Workbook-level defined names ("'Sheet 1'!$A$1:$B$2"). */
  names?: Array<{ name: string; refersTo: string; visible?: boolean }>;
}

function seedValue(v: unknown): ModelValue {
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "object" && typeof (v as { error?: unknown }).error === "string")
    return { error: (v as { error: string }).error };
  throw new Error(`Unsupported seed value ${JSON.stringify(v)}`);
}

export function seedModel(model: WorkbookModel, seed: FakeWorkbookSeed): void {
  for (const sh of seed.sheets) {
    const s = model.addSheet(sh.name);
    s.visibility = sh.visibility ?? (sh.hidden ? "Hidden" : "Visible");
    s.protected = Boolean(sh.protected);
    const rows = Math.max(
      sh.values?.length ?? 0,
      sh.formulas?.length ?? 0,
      sh.numberFormats?.length ?? 0
    );
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(
        sh.values?.[r]?.length ?? 0,
        sh.formulas?.[r]?.length ?? 0,
        sh.numberFormats?.[r]?.length ?? 0
      );
      for (let c = 0; c < cols; c++) {
        const cell = s.ensure(r, c);
        cell.value = seedValue(sh.values?.[r]?.[c]);
        const f = sh.formulas?.[r]?.[c];
        if (typeof f === "string" && f.startsWith("=")) cell.formula = f;
        const nf = sh.numberFormats?.[r]?.[c];
        if (nf) cell.numberFormat = nf;
        s.prune(r, c);
      }
    }
    for (const [addr, st] of Object.entries(sh.styles ?? {})) {
      const { top, left } = parseLocal(addr);
      const cell = s.ensure(top, left);
      if (st.fill) cell.fill = normColor(st.fill);
      if (st.fontColor) cell.fontColor = normColor(st.fontColor);
      if (st.bold) cell.bold = true;
    }
    for (const [addr, target] of Object.entries(sh.hyperlinks ?? {})) {
      const { top, left } = parseLocal(addr);
      s.ensure(top, left).hyperlink = { documentReference: target };
    }
    for (const [addr, text] of Object.entries(sh.notes ?? {})) {
      const { top, left } = parseLocal(addr);
      s.notes.set(cellKey(top, left), { content: text, author: model.author });
    }
    for (const [addr, text] of Object.entries(sh.comments ?? {})) {
      const { top, left } = parseLocal(addr);
      model.comments.push({
        id: model.nextId("comment-"),
        sheet: s,
        row: top,
        col: left,
        content: text,
        author: model.author,
      });
    }
    for (const cf of sh.conditionalFormats ?? []) {
      s.cfs.push({
        id: model.nextId("cf"),
        type: cf.type ?? "Custom",
        rect: parseLocal(cf.range),
        formula: cf.formula ?? null,
        fill: cf.fill ? normColor(cf.fill) : null,
        fontColor: cf.fontColor ? normColor(cf.fontColor) : null,
        bold: null,
        stopIfTrue: false,
      });
    }
    for (const [col, w] of Object.entries(sh.columnWidths ?? {}))
      s.colWidths.set(colNumber(col), w);
    for (const v of sh.validations ?? []) s.validations.push(parseLocal(v));
  }
  for (const n of seed.names ?? []) {
    const { sheet, local } = splitSheet(n.refersTo.replace(/^=/, ""));
    const s = sheet === null ? null : (model.findSheet(sheet) ?? null);
    model.names.push({ name: n.name, sheet: s, rect: s ? parseLocal(local) : null, visible: n.visible ?? true });
  }
  const active = seed.activeSheet
    ? model.findSheet(seed.activeSheet)
    : model.sheets.find((x) => x.visibility === "Visible");
  model.activeSheet = active ?? model.sheets[0] ?? null;
}

// ---------------------------------------------------------------- dump

export interface DumpCell {
  value: ModelValue;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  fontColor: string | null;
  bold: boolean;
  hyperlink: string | null;
}

export interface ChartDump {
  type: string;
  title: string;
  from: string | null;
  to: string | null;
  series: Array<{ name: string; values: string | null; categories: string | null }>;
}

export interface SheetDump {
  name: string;
  visibility: Visibility;
  protected: boolean;
  /** grid[r][c] is A1-origin; null = an empty, unformatted cell. */
  grid: (DumpCell | null)[][];
  conditionalFormats: Array<{
    range: string;
    type: string;
    formula: string | null;
    fill: string | null;
    fontColor: string | null;
  }>;
  notes: Record<string, string>;
  comments: Record<string, string>;
  charts: ChartDump[];
  columnWidths?: Record<string, number>;
  validations: string[];
}

export interface WorkbookDump {
  sheets: SheetDump[];
  /** Defined names: name -> "=Sheet!$A$1" (hidden ones marked "(hidden) "). */
  names: Record<string, string>;
}

function dumpCell(s: SheetModel, r: number, c: number): DumpCell | null {
  const cell = s.get(r, c);
  if (!cell || isBlank(cell)) return null;
  const d: DumpCell = {
    value: cell.value,
    formula: cell.formula,
    numberFormat: cell.numberFormat,
    fill: cell.fill,
    fontColor: cell.fontColor,
    bold: cell.bold,
    hyperlink: cell.hyperlink
      ? (cell.hyperlink.documentReference ?? cell.hyperlink.address ?? null)
      : null,
  };
  const empty =
    d.value === null &&
    d.formula === null &&
    d.numberFormat === "General" &&
    !d.fill &&
    !d.fontColor &&
    !d.bold &&
    !d.hyperlink;
  return empty ? null : d;
}

function ref(
  x: {
    sheet: SheetModel;
    rect: { top: number; left: number; bottom: number; right: number };
  } | null
): string | null {
  return x ? `${quoteSheetName(x.sheet.name)}!${rectLocal(x.rect)}` : null;
}

export function dumpSheet(s: SheetModel, model: WorkbookModel, withWidths = false): SheetDump {
  let maxR = -1;
  let maxC = -1;
  for (const k of s.cells.keys()) {
    if (!dumpCell(s, keyRow(k), keyCol(k))) continue;
    maxR = Math.max(maxR, keyRow(k));
    maxC = Math.max(maxC, keyCol(k));
  }
  const grid: (DumpCell | null)[][] = [];
  for (let r = 0; r <= maxR; r++) {
    const row: (DumpCell | null)[] = [];
    for (let c = 0; c <= maxC; c++) row.push(dumpCell(s, r, c));
    grid.push(row);
  }
  const notes: Record<string, string> = {};
  for (const [k, n] of [...s.notes].sort((a, b) => a[0] - b[0]))
    notes[`${colName(keyCol(k))}${keyRow(k) + 1}`] = n.content;
  const comments: Record<string, string> = {};
  for (const c of model.comments.filter((x) => x.sheet === s))
    comments[`${colName(c.col)}${c.row + 1}`] = c.content;
  const out: SheetDump = {
    name: s.name,
    visibility: s.visibility,
    protected: s.protected,
    grid,
    conditionalFormats: s.cfs.map((cf) => ({
      range: rectLocal(cf.rect),
      type: cf.type,
      formula: cf.formula,
      fill: cf.fill,
      fontColor: cf.fontColor,
    })),
    notes,
    comments,
    validations: s.validations.map(rectLocal),
    charts: s.charts.map((ch) => ({
      type: ch.type,
      title: ch.title,
      from: ch.from,
      to: ch.to,
      series: ch.series.map((se) => ({
        name: se.name,
        values: ref(se.values),
        categories: ref(se.categories),
      })),
    })),
  };
  if (withWidths) {
    out.columnWidths = {};
    for (const [c, w] of [...s.colWidths].sort((a, b) => a[0] - b[0]))
      out.columnWidths[colName(c)] = w;
  }
  return out;
}

export function dumpModel(model: WorkbookModel, opts: { widths?: boolean } = {}): WorkbookDump {
  const names: Record<string, string> = {};
  for (const n of model.names) names[n.name] = (n.visible ? "" : "(hidden) ") + nameFormula(n);
  return { sheets: model.sheets.map((s) => dumpSheet(s, model, opts.widths)), names };
}

/** One cell of a dump by "Sheet!A1" (or sheet + "A1"), for terse assertions. */
export function dumpCellAt(d: WorkbookDump, sheet: string, addr: string): DumpCell | null {
  const s = d.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  const { local } = splitSheet(addr);
  const { top, left } = parseLocal(local);
  return s.grid[top]?.[left] ?? null;
}
