// The WritePlan: remove the previous run's output, then computed columns beside each table, flags and notes on
// the cells the rules named, the Ringkasan sheet, and the ownership record of all of it. Pure and deterministic.
import { a1 } from "../address";
import type { Analysis, Anomaly, Ownership, PlanOptions, WritePlan } from "../types";
import { writeAnomalyColumn, type TermNote } from "./anomaly-column";
import { writeBudgetColumns, type BudgetCells } from "./budget-columns";
import { Draft } from "./draft";
import { buildFlagsAndNotes } from "./flags";
import { Grid } from "./grid";
import { writeIndicatorColumns, type IndicatorCells } from "./indicator-columns";
import { label, type LabelKey } from "./labels";
import { layoutBlocks } from "./placement";
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

function removalOf(o: Ownership | null): WritePlan["remove"] {
  return {
    ranges: (o?.ranges ?? []).map((r) => ({ ...r })),
    sheets: [...(o?.sheets ?? [])],
    notes: (o?.notes ?? []).map((n) => ({ ...n })),
    flaggedSheets: [...(o?.flaggedSheets ?? [])],
  };
}

/** Everything computed for the user's sheets, exposed for the explainer and tests. */
export interface PlannedColumns {
  indicators: IndicatorCells[];
  budget: BudgetCells[];
}

export function planColumns(
  draft: Draft,
  analysis: Analysis,
  options: PlanOptions
): PlannedColumns {
  const config = analysis.report.config;
  const indicators: IndicatorCells[] = [];
  const budget: BudgetCells[] = [];
  // Each block reads only its own sheet's anomalies (report order kept).
  const anomaliesBySheet = new Map<string, Anomaly[]>();
  for (const a of analysis.report.anomalies) {
    const list = anomaliesBySheet.get(a.sheet);
    if (list) list.push(a);
    else anomaliesBySheet.set(a.sheet, [a]);
  }
  for (const block of layoutBlocks(analysis, draft.grid)) {
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
  return { indicators, budget };
}

export function buildWritePlan(analysis: Analysis, options: PlanOptions): WritePlan {
  const grid = new Grid(analysis.view);
  const draft = new Draft(grid);
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
  const ownership: Ownership = {
    version: 1,
    ranges: compactRanges(userCells),
    sheets: [...addSheets],
    notes: notes.map((n) => ({ sheet: n.sheet, cell: n.cell, kind: n.kind })),
    flaggedSheets: [...new Set(flags.map((f) => f.sheet))],
    writtenAt: options.now,
    file: analysis.report.file,
  };
  return {
    version: 1,
    remove: removalOf(analysis.ownership),
    addSheets,
    cells: draft.cells,
    columnWidths,
    flags,
    notes,
    charts,
    ownership,
  };
}

export function buildRemovalPlan(ownership: Ownership | null): WritePlan {
  return {
    version: 1,
    remove: removalOf(ownership),
    addSheets: [],
    cells: [],
    columnWidths: [],
    flags: [],
    notes: [],
    charts: [],
    ownership: null,
  };
}
