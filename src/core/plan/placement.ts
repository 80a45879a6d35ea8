// Where each table's computed block goes: the first columns right of the table that are empty in the user's
// cells over the whole table height and not taken by another table's block. Depends on the analysis only, so
// the explainer can recompute the same layout from (analysis) alone.
import { parseRange, type RangeRef } from "../address";
import type { Analysis, BudgetResult, DetectedTable, IndicatorResult } from "../types";
import { Grid } from "./grid";
import { maxOf } from "../arrays";

export type BlockRole = "realisasi" | "capaian" | "status" | "serapan" | "efisiensi" | "anomali";

export interface Block {
  tableIndex: number;
  table: DetectedTable;
  sheet: string;
  /** 0-based row of the header labels (DetectedTable.headerTop). */
  headerRow: number;
  /** 0-based rows the block spans (header top .. last data/total row). */
  top: number;
  bottom: number;
  startCol: number;
  /** Columns in order, left to right. */
  roles: BlockRole[];
  col: Partial<Record<BlockRole, number>>;
  indicators: IndicatorResult[];
  budget: BudgetResult[];
}

/** Excel's last column is XFD (16384). */
const MAX_COLS = 16384;

function hasIndicatorColumns(t: DetectedTable, inds: IndicatorResult[]): boolean {
  if (inds.length === 0) return false;
  if (t.kind === "indicators") return true;
  // A budget table also carries Kinerja target/realisasi/%: compute those rows like an indicators table.
  return t.kind === "budget" && !!t.columns.target && !!(t.columns.realisasi || t.columns.capaian);
}

function blockRoles(t: DetectedTable, inds: IndicatorResult[], buds: BudgetResult[]): BlockRole[] {
  const roles: BlockRole[] = [];
  if (hasIndicatorColumns(t, inds)) roles.push("realisasi", "capaian", "status");
  // Serapan needs a realisasi anggaran: a pagu-only list (e.g. in the Perjanjian Kinerja) gets no columns.
  const absorbable = !!t.columns.realisasiAnggaran || buds.some((b) => b.serapan !== null);
  if (t.kind === "budget" && buds.length > 0 && absorbable) roles.push("serapan", "efisiensi");
  if (roles.length) roles.push("anomali");
  return roles;
}

function tableBottom(t: DetectedTable, inds: IndicatorResult[], buds: BudgetResult[]): number {
  let bottom = maxOf(Math.max(t.lastDataRow, t.headerBottom), t.totalRows, t.averageRows);
  try {
    bottom = Math.max(bottom, parseRange(t.range).bottom);
  } catch {
    // A malformed range string: the row indices above are enough.
  }
  for (const i of inds) bottom = Math.max(bottom, i.row - 1);
  for (const b of buds) bottom = Math.max(bottom, b.lastRow - 1);
  return bottom;
}

const intersects = (a: RangeRef, b: RangeRef) =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

function byTable<T extends { tableIndex: number }>(items: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const it of items) {
    const list = out.get(it.tableIndex);
    if (list) list.push(it);
    else out.set(it.tableIndex, [it]);
  }
  return out;
}

export function layoutBlocks(analysis: Analysis, grid: Grid = new Grid(analysis.view)): Block[] {
  const blocks: Block[] = [];
  const reserved = new Map<string, RangeRef[]>();
  // Indicators and budget lines by table, grouped once (report order kept).
  const indsOf = byTable(analysis.report.indicators);
  const budsOf = byTable(analysis.report.budget);
  analysis.tables.forEach((table, tableIndex) => {
    if (table.kind === "other") return;
    const inds = (indsOf.get(tableIndex) ?? []).filter((i) => i.sheet === table.sheet);
    const buds = (budsOf.get(tableIndex) ?? []).filter((b) => b.sheet === table.sheet);
    const roles = blockRoles(table, inds, buds);
    if (roles.length === 0) return;
    const top = table.headerTop;
    const bottom = tableBottom(table, inds, buds);
    const taken = reserved.get(table.sheet) ?? [];
    const fits = (start: number) => {
      const area = { top, bottom, left: start, right: start + roles.length - 1 };
      if (taken.some((r) => intersects(r, area))) return false;
      for (let c = area.left; c <= area.right; c++) {
        for (let r = top; r <= bottom; r++) if (grid.userOccupied(table.sheet, r, c)) return false;
      }
      return true;
    };
    let start = table.lastCol + 1;
    while (start + roles.length <= MAX_COLS && !fits(start)) start++;
    if (start + roles.length > MAX_COLS) return;
    taken.push({ top, bottom, left: start, right: start + roles.length - 1 });
    reserved.set(table.sheet, taken);
    const col: Block["col"] = {};
    roles.forEach((r, i) => (col[r] = start + i));
    blocks.push({
      tableIndex,
      table,
      sheet: table.sheet,
      headerRow: top,
      top,
      bottom,
      startCol: start,
      roles,
      col,
      indicators: inds,
      budget: buds,
    });
  });
  return blocks;
}
