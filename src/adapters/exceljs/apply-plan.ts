// Apply a WritePlan to an ExcelJS workbook, following "WritePlan semantics" in docs/ARCHITECTURE.md.
// Charts are not here: ExcelJS cannot hold them, saveWorkbook(wb, plan) injects them into the saved file.
import type ExcelJS from "exceljs";
import {
  parseA1,
  parseRange,
  rangeA1,
  sheetRef,
  V1_SIGNATURE,
  encodeOwnership,
  RECORD_SIGNATURE,
  type CellWrite,
  type ConditionalFlag,
  type DefinedName,
  type WritePlan,
} from "../../core";
import { fromCellFormat } from "./cell-format";
import {
  rawSheet,
  type RawCell,
  type RawCf as Cf,
  type RawCfRule as CfRule,
  type RawRow,
} from "./internals";
import { setWorkbookNames, workbookNames } from "./names";
import { CELL_STYLES, flagStyle } from "./styles";

const T_MERGE = 1; // ExcelJS.ValueType.Merge

/** Style constants are copied into each cell so that no later edit of one cell's style reaches another. */
function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

function sheetOrThrow(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`WritePlan names a sheet that does not exist: ${name}`);
  return ws;
}

function existingCells(
  ws: ExcelJS.Worksheet,
  range: string,
  visit: (cell: RawCell, row: RawRow, col: number) => void
): void {
  const r = parseRange(range);
  const rows = rawSheet(ws)._rows;
  for (let i = r.top; i <= r.bottom && i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    for (let c = r.left; c <= r.right && c < row._cells.length; c++) {
      const cell = row._cells[c];
      if (cell) visit(cell, row, c);
    }
  }
}

/** The style a brand-new cell at this place gets: inherited from its row, else its column (as ExcelJS does). */
function plainStyle(ws: ExcelJS.Worksheet, row: RawRow, col: number): Partial<ExcelJS.Style> {
  const rowStyle = row.style ?? {};
  const colStyle = rawSheet(ws)._columns?.[col]?.style ?? {};
  const out: Partial<ExcelJS.Style> = {};
  for (const key of ["numFmt", "font", "alignment", "border", "fill", "protection"] as const) {
    const v = rowStyle[key] ?? colStyle[key];
    if (v) (out as Record<string, unknown>)[key] = v;
  }
  return out;
}

// ---------------------------------------------------------------- step 1: removal

function cfList(ws: ExcelJS.Worksheet): Cf[] {
  const holder = rawSheet(ws);
  if (!holder.conditionalFormattings) holder.conditionalFormattings = [];
  return holder.conditionalFormattings;
}

function removeOutput(wb: ExcelJS.Workbook, remove: WritePlan["remove"]): void {
  for (const { sheet, range } of remove.ranges) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) continue;
    existingCells(ws, range, (cell, row, col) => {
      if (cell.type === T_MERGE) return; // a merged slave: writing would reach its master
      cell.value = null; // also drops a formula or hyperlink
      // Replace (never mutate) the style: ExcelJS shares style objects between cells read with the same style.
      cell.style = plainStyle(ws, row, col);
    });
  }
  for (const { sheet, cell, format } of remove.restoreFormats) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) continue;
    const c = ws.getCell(cell);
    if (c.type === T_MERGE) continue;
    c.style = { ...clone(c.style ?? {}), ...fromCellFormat(format) };
  }
  for (const { sheet, cell } of remove.notes) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) continue;
    existingCells(ws, cell, (c) => {
      c._comment = undefined; // ExcelJS has no API to delete a note
      // Cell.model copies the note into the value's cached model, which a save would write back.
      if (c._value?.model) delete c._value.model.comment;
    });
  }
  // Exactly the listed formulas, nothing else: a user's rule that merely mentions our tag stays.
  const bySheet = new Map<string, Set<string>>();
  for (const f of remove.flags)
    bySheet.set(f.sheet, (bySheet.get(f.sheet) ?? new Set()).add(bare(f.formula)));
  for (const [name, formulas] of bySheet) {
    const ws = wb.getWorksheet(name);
    if (!ws) continue;
    const isOurs = (rule: CfRule) =>
      rule.type === "expression" &&
      (rule.formulae ?? []).length === 1 &&
      formulas.has(bare(String(rule.formulae?.[0])));
    const kept = cfList(ws)
      .map((cf) => ({ ...cf, rules: cf.rules.filter((rule) => !isOurs(rule)) }))
      .filter((cf) => cf.rules.length > 0);
    rawSheet(ws).conditionalFormattings = kept;
  }
  for (const name of remove.sheets) {
    const ws = wb.getWorksheet(name);
    if (ws) wb.removeWorksheet(ws.id);
  }
  if (remove.names.length > 0) {
    const drop = new Set(remove.names.map((n) => n.toLowerCase()));
    setWorkbookNames(
      wb,
      (workbookNames(wb) ?? []).filter((n) => !drop.has(n.name.toLowerCase()))
    );
  }
}

const bare = (formula: string): string => formula.replace(/^=/, "");

// ---------------------------------------------------------------- step 3: cells

function writeCell(ws: ExcelJS.Worksheet, w: CellWrite): void {
  const cell = ws.getCell(w.cell);
  if (w.formula !== undefined) {
    const result = w.result === null || w.result === undefined ? undefined : w.result;
    cell.value = { formula: w.formula.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue;
  } else if (w.value !== undefined) {
    // A plain JS string is stored as text by ExcelJS: "=1+1" stays literal text.
    cell.value = w.value;
  }
  if (w.link !== undefined) {
    const text = w.value !== undefined && w.value !== null ? String(w.value) : cell.text;
    // ExcelJS marks in-workbook targets with "#"; saveWorkbook turns them into Excel's location-only links.
    cell.value = { text, hyperlink: "#" + w.link };
  }
  if (w.numFmt === undefined && w.style === undefined) return;
  const base = cell.style ?? {};
  const next: Partial<ExcelJS.Style> = { ...base };
  if (w.numFmt !== undefined) next.numFmt = w.numFmt;
  const s = w.style ? CELL_STYLES[w.style] : undefined;
  if (s?.font) next.font = { ...(base.font ?? {}), ...clone(s.font) };
  if (s?.fill) next.fill = clone(s.fill);
  if (s?.alignment) next.alignment = { ...(base.alignment ?? {}), ...s.alignment };
  cell.style = next; // a fresh object, see removeOutput
}

// ---------------------------------------------------------------- step 4: formats, notes, ownership

function addFlags(wb: ExcelJS.Workbook, flags: ConditionalFlag[]): void {
  for (const f of flags) {
    const ws = sheetOrThrow(wb, f.sheet);
    const list = cfList(ws);
    // Explicit priorities after the user's rules (ExcelJS's own numbering can reuse the highest one).
    const top = list.reduce((p, cf) => Math.max(p, ...cf.rules.map((r) => r.priority ?? 0)), 0);
    ws.addConditionalFormatting({
      ref: f.range,
      rules: [
        {
          type: "expression",
          priority: top + 1,
          formulae: [f.formula.replace(/^=/, "")],
          style: flagStyle(f),
        },
      ],
    });
  }
}

function addNames(wb: ExcelJS.Workbook, names: WritePlan["names"]): void {
  if (names.length === 0) return;
  const list: DefinedName[] = [...(workbookNames(wb) ?? [])];
  for (const n of names) {
    // Absolute, as Excel writes a name's reference: "'Capaian IKU'!$K$5:$P$20".
    const ref = rangeA1(parseRange(n.range)).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    const entry: DefinedName = { name: n.name, refersTo: sheetRef(n.sheet, ref), hidden: true };
    const i = list.findIndex((x) => x.name.toLowerCase() === n.name.toLowerCase());
    if (i >= 0) list[i] = entry;
    else list.push(entry);
  }
  setWorkbookNames(wb, list);
}

const signed = (ws: ExcelJS.Worksheet): boolean => {
  const v = ws.getCell(1, 1).value;
  return v === RECORD_SIGNATURE || v === V1_SIGNATURE;
};

function writeOwnership(wb: ExcelJS.Workbook, plan: WritePlan): void {
  const existing = wb.getWorksheet(plan.recordSheet);
  // The planner never names a user's sheet; this check makes sure no plan could ever take one over.
  if (existing && !signed(existing))
    throw new Error(`WritePlan names a user sheet as its record: ${plan.recordSheet}`);
  if (plan.ownership === null) {
    if (existing) wb.removeWorksheet(existing.id);
    return;
  }
  const ws = existing ?? wb.addWorksheet(plan.recordSheet);
  ws.state = "veryHidden";
  // Keep it last, so a re-run's new sheets land where the first run put them.
  const order = rawSheet; // sheet position (orderNo), untyped in ExcelJS
  const last = wb.worksheets.reduce((m, s) => Math.max(m, order(s).orderNo), 0);
  if (order(ws).orderNo !== last) order(ws).orderNo = last + 1;
  for (const row of rawSheet(ws)._rows) {
    const a = row?._cells[0];
    if (a && a.type !== T_MERGE) a.value = null;
  }
  encodeOwnership(plan.ownership).forEach((chunk, i) => {
    ws.getCell(i + 1, 1).value = chunk;
  });
}

/** Keep the workbook's active tab on the same visible sheet after sheets were removed or added. */
function keepActiveTab(wb: ExcelJS.Workbook, activeName: string | undefined): void {
  const view = wb.views?.[0] as { activeTab?: number; firstSheet?: number } | undefined;
  if (!view) return;
  const sheets = wb.worksheets;
  let idx = sheets.findIndex((s) => s.name === activeName && s.state === "visible");
  if (idx < 0)
    idx = Math.max(
      0,
      sheets.findIndex((s) => s.state === "visible")
    );
  view.activeTab = idx;
  // Exactly one selected tab, else Excel opens with sheets grouped.
  sheets.forEach((s, i) => {
    const v = s.views?.[0] as { tabSelected?: boolean } | undefined;
    if (v) v.tabSelected = i === idx;
  });
  if (view.firstSheet !== undefined && view.firstSheet >= sheets.length) view.firstSheet = 0;
}

export function applyPlanToWorkbook(wb: ExcelJS.Workbook, plan: WritePlan): void {
  const activeTab = (wb.views?.[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
  const activeName = wb.worksheets[activeTab]?.name;

  removeOutput(wb, plan.remove);

  for (const name of plan.addSheets) if (!wb.getWorksheet(name)) wb.addWorksheet(name);

  for (const w of plan.cells) writeCell(sheetOrThrow(wb, w.sheet), w);
  // Excel recomputes on open, so written formulas show Excel's own results even where the cache is missing.
  if (plan.cells.some((w) => w.formula !== undefined)) wb.calcProperties.fullCalcOnLoad = true;

  for (const { sheet, column, width } of plan.columnWidths)
    sheetOrThrow(wb, sheet).getColumn(column).width = width;
  addFlags(wb, plan.flags);
  for (const n of plan.notes) {
    parseA1(n.cell); // reject a malformed address before ExcelJS creates odd rows
    // ExcelJS has no threaded comments: a "comment" is written as a note too.
    sheetOrThrow(wb, n.sheet).getCell(n.cell).note = n.text;
  }

  addNames(wb, plan.names);
  writeOwnership(wb, plan);
  keepActiveTab(wb, activeName);
}
