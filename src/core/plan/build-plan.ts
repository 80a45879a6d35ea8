// The WritePlan: remove the previous run's output, then computed columns beside each table, flags and notes on
// the cells the rules named, the Ringkasan sheet, and the ownership record of all of it. Pure and deterministic.
import { a1 } from "../address";
import { locateOwnership } from "../locate-ownership";
import { pickRecordSheet, readOwnership } from "../ownership";
import type {
  Analysis,
  Anomaly,
  LocatedOwnership,
  Ownership,
  PlanOptions,
  WorkbookSnapshot,
  WritePlan,
} from "../types";
import { RECORD_NAME } from "../types";
import { writeAnomalyColumn, type TermNote } from "./anomaly-column";
import { writeBudgetColumns, type BudgetCells } from "./budget-columns";
import { Draft } from "./draft";
import { DEFAULT_BANDS } from "../bands";
import { buildBandFormats } from "./band-formats";
import { buildFlagsAndNotes } from "./flags";
import { Grid } from "./grid";
import { writeIndicatorColumns, type IndicatorCells } from "./indicator-columns";
import { label, type LabelKey } from "./labels";
import { ownedBlocks, sheetNames } from "./owned-blocks";
import { layoutBlocks, type Block } from "./placement";
import { compactRanges } from "./ranges";
import { pickSummaryName, writeSummarySheet } from "./summary-sheet";
import { pushAll } from "../arrays";

const HEADER: Record<string, LabelKey> = {
  realisasi: "realisasi",
  capaian: "capaian",
  status: "status",
  serapan: "serapan",
  efisiensi: "efisiensi",
  anomali: "anomali",
};

/** Step 1 of a plan: what the previous run left that is still exactly ours, and the user's formatting to restore. */
function removalOf(located: LocatedOwnership): WritePlan["remove"] {
  const restoreFormats: WritePlan["remove"]["restoreFormats"] = [];
  for (const c of located.owned)
    if (c.prior) restoreFormats.push({ sheet: c.sheet, cell: a1(c.row, c.col), format: c.prior });
  const onOurSheet = new Set(located.sheets);
  return {
    ranges: compactRanges(
      located.owned
        .filter((c) => !onOurSheet.has(c.sheet))
        .map((c) => ({ sheet: c.sheet, cell: a1(c.row, c.col) }))
    ),
    restoreFormats,
    sheets: [...located.sheets],
    notes: located.notes.map((n) => ({ ...n })),
    flags: located.flags.map((f) => ({ ...f })),
    names: [...located.names],
  };
}

/** The analysis's located record, or (an analysis built by hand) the record located in its own view. */
function locatedOf(analysis: Analysis): LocatedOwnership {
  return analysis.located ?? locateOwnership(analysis.view, analysis.ownership);
}

/** Everything computed for the user's sheets, exposed for the explainer and tests. */
export interface PlannedColumns {
  indicators: IndicatorCells[];
  budget: BudgetCells[];
  /** Where each table's computed block went. */
  blocks: Block[];
}

export function planColumns(
  draft: Draft,
  analysis: Analysis,
  options: PlanOptions
): PlannedColumns {
  const config = analysis.report.config;
  const indicators: IndicatorCells[] = [];
  const budget: BudgetCells[] = [];
  const blocks: Block[] = [];
  // Each block reads only its own sheet's anomalies (report order kept).
  const anomaliesBySheet = new Map<string, Anomaly[]>();
  for (const a of analysis.report.anomalies) {
    const list = anomaliesBySheet.get(a.sheet);
    if (list) list.push(a);
    else anomaliesBySheet.set(a.sheet, [a]);
  }
  for (const block of layoutBlocks(analysis, draft.grid)) {
    blocks.push(block);
    for (const role of block.roles) {
      draft.value(
        block.sheet,
        a1(block.headerRow, block.col[role] as number),
        label(HEADER[role], options.lang),
        { style: "header" }
      );
    }
    const inds =
      block.col.realisasi !== undefined
        ? writeIndicatorColumns(draft, block, config, options.lang)
        : [];
    const buds =
      block.col.serapan !== undefined ? writeBudgetColumns(draft, block, inds, config) : [];
    const notesByRow = new Map<number, TermNote[]>();
    const addNotes = (row: number, notes: TermNote[]) => {
      if (notes.length === 0) return;
      const list = notesByRow.get(row);
      if (list) pushAll(list, notes);
      else notesByRow.set(row, [...notes]);
    };
    for (const c of inds) addNotes(c.ind.row - 1, c.notes);
    for (const b of buds) addNotes(b.line.row - 1, b.notes);
    const sheetAnomalies = anomaliesBySheet.get(block.sheet) ?? [];
    writeAnomalyColumn(draft, block, sheetAnomalies, notesByRow, options.lang);
    pushAll(indicators, inds);
    pushAll(budget, buds);
  }
  return { indicators, budget, blocks };
}

export function buildWritePlan(analysis: Analysis, options: PlanOptions): WritePlan {
  const grid = new Grid(analysis.view);
  const draft = new Draft(grid);
  const located = locatedOf(analysis);
  const columns = planColumns(draft, analysis, options);
  const userCells = [...draft.cells];

  const addSheets: string[] = [];
  const columnWidths: WritePlan["columnWidths"] = [];
  const charts: WritePlan["charts"] = [];
  if (options.summary) {
    const name = pickSummaryName(analysis);
    addSheets.push(name);
    const s = writeSummarySheet(draft, name, analysis, options, columns.indicators, columns.budget);
    pushAll(columnWidths, s.columnWidths);
    pushAll(charts, s.charts);
  }

  const { flags, notes } = buildFlagsAndNotes(
    analysis.report.anomalies,
    grid,
    options,
    analysis.ownership
  );
  // After the anomaly flags, so a flagged cell shows the flag's colour (the earlier rule has the higher priority).
  const bands = analysis.report.config.bands ?? DEFAULT_BANDS;
  pushAll(flags, buildBandFormats(columns.indicators, bands, options.now));
  const recordSheet = pickRecordSheet(analysis.view, located.recordSheet);
  const blocks = ownedBlocks(analysis.view, columns.blocks, userCells);
  const sheets = sheetNames(addSheets);
  const ownership: Ownership = {
    version: 2,
    blocks,
    sheets,
    notes: notes.map((n) => ({ sheet: n.sheet, cell: n.cell, kind: n.kind, text: n.text })),
    flags: flags.map((f) => ({ sheet: f.sheet, range: f.range, formula: f.formula })),
    writtenAt: options.now,
    file: analysis.report.file,
  };
  return {
    version: 2,
    remove: removalOf(located),
    kept: located.kept.map((k) => ({ ...k })),
    addSheets,
    cells: draft.cells,
    columnWidths,
    flags,
    notes,
    charts,
    names: [
      ...blocks.map((b) => ({ name: b.name, sheet: b.sheet, range: b.range })),
      ...sheets.map((s) => ({ name: s.definedName, sheet: s.name, range: "A1" })),
      { name: RECORD_NAME, sheet: recordSheet, range: "A1" },
    ],
    recordSheet,
    ownership,
  };
}

/** "Hapus hasil": everything the record names that is still exactly ours, and the record itself. */
export function buildRemovalPlan(snapshot: WorkbookSnapshot): WritePlan {
  const ownership = readOwnership(snapshot);
  const located = locateOwnership(snapshot, ownership);
  return {
    version: 2,
    remove: removalOf(located),
    kept: located.kept.map((k) => ({ ...k })),
    addSheets: [],
    cells: [],
    columnWidths: [],
    flags: [],
    notes: [],
    charts: [],
    names: [],
    recordSheet: located.recordSheet ?? pickRecordSheet(snapshot, null),
    ownership: null,
  };
}
