// Finds tables on a sheet: a header of one or two rows anywhere (after title blocks), its column roles,
// and the data rows below it up to a blank row or the next header. Several tables per sheet are found.
import { colLetter } from "../address";
import { Grid } from "../grid";
import type { ColumnRole, DetectedTable, TableKind } from "../types";
import { roleOf } from "./header-roles";
import { isNumberingRow, rowLabel } from "./row-labels";
import { maxOf } from "../arrays";

interface HeaderGuess {
  top: number;
  bottom: number;
  first: number;
  last: number;
  roles: Map<number, ColumnRole>;
  labels: Map<number, string>;
  /** Columns whose header mentions "s.d." (running totals). */
  cumulative: Set<number>;
}

const KEY_ROLES: ColumnRole[] = [
  "indikator",
  "sasaran",
  "target",
  "realisasi",
  "tw1",
  "tw2",
  "tw3",
  "tw4",
  "capaian",
  "pagu",
  "realisasiAnggaran",
  "serapan",
];

export function findTables(grid: Grid): DetectedTable[] {
  const tables: DetectedTable[] = [];
  let r = 0;
  while (r < grid.rowCount) {
    const h = headerAt(grid, r);
    if (!h) {
      r++;
      continue;
    }
    const t = extendTable(grid, h);
    if (t) {
      tables.push(t);
      r = t.lastDataRow + 1;
    } else r = h.bottom + 1;
  }
  return tables;
}

/** Detect within a range the user chose: the header is the range's first non-empty row. */
export function tableInRange(
  grid: Grid,
  top: number,
  left: number,
  bottom: number,
  right: number
): DetectedTable | null {
  for (let r = top; r <= bottom; r++) {
    if (grid.rowIsEmpty(r, left, right)) continue;
    const h = headerAt(grid, r, { left, right, force: true });
    if (!h) return null;
    return extendTable(grid, h, bottom);
  }
  return null;
}

function cellText(grid: Grid, r: number, c: number): string | null {
  const p = grid.cell(r, c);
  if (p.kind === "text" || p.kind === "category") return grid.text(r, c);
  // Short texts like "%" or "Q1" parse as numbers-ish; headers keep them.
  if (p.kind === "text-number" && !p.pureNumberText) return grid.text(r, c);
  const t = grid.text(r, c);
  return t !== null && /^%$/.test(t) ? t : null;
}

function headerAt(
  grid: Grid,
  r: number,
  opts?: { left: number; right: number; force: boolean }
): HeaderGuess | null {
  const left = opts?.left ?? 0;
  const right = opts?.right ?? grid.lastCol(r);
  if (right < left) return null;
  // Fast path, called for every data row: a row holding a number is data, never a header.
  if (!opts?.force) {
    for (let c = left; c <= right; c++) if (typeof grid.raw(r, c) === "number") return null;
  }
  // Row r: texts only (a data row has numbers), at least two distinct ones.
  const top = new Map<number, string>();
  let numbers = 0;
  for (let c = left; c <= right; c++) {
    if (grid.isMergedSlave(r, c)) continue;
    const t = cellText(grid, r, c);
    if (t !== null) top.set(c, t);
    else if (!grid.isEmpty(r, c)) numbers++;
  }
  if (top.size < 2 && !opts?.force) return null;
  if (new Set(top.values()).size < 2 && !opts?.force) return null;
  if (numbers > 0 && !opts?.force) return null;

  // Parent of each column along row r: a blank cell right of a parent continues it (merged or not).
  const parentAt = new Map<number, string>();
  let current: string | null = null;
  // Merged parents leave the upper row shorter than the lower one: walk the wider of the two.
  const span = opts ? right : Math.max(right, r + 1 < grid.rowCount ? grid.lastCol(r + 1) : -1);
  for (let c = left; c <= span; c++) {
    if (top.has(c)) current = top.get(c) ?? null;
    else if (
      !grid.isMergedSlave(r, c) &&
      grid.isEmpty(r, c) &&
      r + 1 < grid.rowCount &&
      grid.isEmpty(r + 1, c)
    )
      current = null;
    if (current !== null) parentAt.set(c, current);
  }

  // A second header row: its texts are children of the row above ("Triwulan I", "Pagu", "%").
  let bottom = r;
  const below = new Map<number, string>();
  if (r + 1 < grid.rowCount) {
    let childRoles = 0;
    let belowNumbers = 0;
    for (let c = left; c <= span; c++) {
      if (grid.isMergedSlave(r + 1, c)) continue;
      const t = cellText(grid, r + 1, c);
      if (t !== null) {
        below.set(c, t);
        const parent = parentAt.get(c) ?? null;
        if (roleOf(t, parent) !== null && parent !== null && top.get(c) !== t) childRoles++;
      } else if (!grid.isEmpty(r + 1, c)) belowNumbers++;
    }
    if (childRoles >= 2 && belowNumbers === 0) bottom = r + 1;
  }

  const roles = new Map<number, ColumnRole>();
  const labels = new Map<number, string>();
  const cumulative = new Set<number>();
  const used = new Set<ColumnRole>();
  let first = -1;
  let last = -1;
  const lastCol = bottom > r ? maxOf(right, below.keys()) : right;
  let gap = 0;
  for (let c = left; c <= lastCol; c++) {
    const child = bottom > r ? (below.get(c) ?? null) : null;
    const own = top.get(c) ?? null;
    const parent = parentAt.get(c) ?? null;
    const label = child ? (parent && parent !== child ? `${parent} / ${child}` : child) : own;
    if (!label) {
      if (first >= 0 && ++gap >= 2) break;
      continue;
    }
    gap = 0;
    if (first < 0) first = c;
    last = c;
    labels.set(c, label);
    const role = child
      ? (roleOf(child, parent) ?? (own ? roleOf(own) : null))
      : own
        ? roleOf(own)
        : null;
    if (/s\s*\.?\s*d\b|sampai/i.test(label)) cumulative.add(c);
    if (role && !used.has(role)) {
      roles.set(c, role);
      used.add(role);
    }
  }
  if (first < 0) return null;
  const keyRoles = [...roles.values()].filter((x) => KEY_ROLES.includes(x)).length;
  if (keyRoles < 2 && !opts?.force) {
    // A generic table ("Jenis Kasus | Jumlah | Selesai"): texts over numbers, after a blank or title row.
    if (!genericHeader(grid, r, bottom, first, last)) return null;
  }
  return { top: r, bottom, first, last, roles, labels, cumulative };
}

function genericHeader(
  grid: Grid,
  top: number,
  bottom: number,
  first: number,
  last: number
): boolean {
  if (last - first < 1) return false;
  if (top > 0) {
    const prevFilled = [];
    for (let c = 0; c <= Math.max(last, grid.lastCol(top - 1)); c++)
      if (!grid.isEmpty(top - 1, c)) prevFilled.push(c);
    if (prevFilled.length > 1) return false;
  }
  let next = bottom + 1;
  if (next < grid.rowCount && isNumberingRow(grid, next, first, last)) next++;
  if (next >= grid.rowCount) return false;
  let nums = 0;
  for (let c = first; c <= last; c++) {
    const p = grid.cell(next, c);
    if (p.kind === "number" || (p.kind === "text-number" && p.pureNumberText)) nums++;
  }
  return nums >= 1;
}

function extendTable(grid: Grid, h: HeaderGuess, limit = grid.rowCount - 1): DetectedTable | null {
  let firstData = h.bottom + 1;
  if (firstData <= limit && isNumberingRow(grid, firstData, h.first, h.last)) firstData++;
  let lastData = firstData - 1;
  const totalRows: number[] = [];
  const averageRows: number[] = [];
  for (let r = firstData; r <= limit; r++) {
    if (grid.rowIsEmpty(r, h.first, h.last)) break;
    if (r > firstData && headerAt(grid, r) && !rowLabel(grid, r, h.first, h.last)) break;
    const label = rowLabel(grid, r, h.first, h.last);
    if (label === "total") totalRows.push(r);
    else if (label === "average") averageRows.push(r);
    lastData = r;
  }
  if (lastData < firstData) return null;
  const columns: Partial<Record<ColumnRole, string>> = {};
  for (const [c, role] of h.roles) columns[role] = colLetter(c);
  const kind = kindOf(columns);
  const headers: Record<number, string> = {};
  for (const [c, l] of h.labels) headers[c] = l;
  const t: DetectedTable = {
    sheet: grid.name,
    kind,
    range: `${colLetter(h.first)}${h.top + 1}:${colLetter(h.last)}${lastData + 1}`,
    columns,
    headerTop: h.top,
    headerBottom: h.bottom,
    firstDataRow: firstData,
    lastDataRow: lastData,
    firstCol: h.first,
    lastCol: h.last,
    totalRows,
    averageRows,
    confidence: confidenceOf(kind, columns),
    headers,
  };
  (t as DetectedTable & { cumulativeCols?: number[] }).cumulativeCols = [...h.cumulative];
  return t;
}

export function kindOf(columns: Partial<Record<ColumnRole, string>>): TableKind {
  if (columns.pagu || columns.realisasiAnggaran) return "budget";
  const hasReal = !!(
    columns.realisasi ||
    columns.tw1 ||
    columns.tw2 ||
    columns.tw3 ||
    columns.tw4 ||
    columns.capaian
  );
  if (columns.indikator && hasReal) return "indicators";
  return "other";
}

export function confidenceOf(
  kind: TableKind,
  columns: Partial<Record<ColumnRole, string>>
): number {
  const has = (r: ColumnRole) => (columns[r] ? 1 : 0);
  if (kind === "indicators") {
    const real = columns.realisasi || columns.tw1 || columns.tw4 ? 1 : 0;
    return (
      (has("indikator") + has("target") + real + (has("sasaran") || has("capaian") ? 1 : 0)) / 4
    );
  }
  if (kind === "budget")
    return (
      (has("pagu") +
        has("realisasiAnggaran") +
        has("serapan") +
        (has("sasaran") || has("indikator") ? 1 : 0)) /
      4
    );
  return 0.5;
}
