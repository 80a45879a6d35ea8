// Finds tables on a sheet: a header of one or two rows anywhere (after title blocks), its column roles,
// and the data rows below it up to a blank row or the next header. Several tables per sheet are found.
import { colLetter, type RangeRef } from "../address";
import { Grid } from "../grid";
import type { BudgetGroup, ColumnRole, DetectedTable, TableKind } from "../types";
import { findHierarchy } from "./hierarchy";
import { headerScore, inferColumns, kindFromColumns } from "./infer-columns";
import { normalizeHeader, roleOf, roleOfPath } from "./header-roles";
import { isNumberingRow, rowLabel } from "./row-labels";
import { titleTable } from "./titled-line";
import { labelBlocks } from "./label-blocks";
import { pushAll } from "../arrays";

interface HeaderGuess {
  top: number;
  bottom: number;
  first: number;
  last: number;
  roles: Map<number, ColumnRole>;
  labels: Map<number, string>;
  /** Columns whose header mentions "s.d." (running totals). */
  cumulative: Set<number>;
  /** Budget columns of further groups (Anggaran/Realisasi/% repeated per year or source). */
  alsoBudget: Array<[number, ColumnRole]>;
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
  pushAll(tables, labelBlocks(grid, tables));
  return tables;
}

/** Detect within a range the user chose: the header is the range's first non-empty row. */
export function tableInRange(grid: Grid, range: RangeRef): DetectedTable | null {
  const { top, left, bottom, right } = range;
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

/** Header rows beyond the first: SIPD exports and the E.81 form carry three (group › sub-group › K | Rp). */
const MAX_HEADER_ROWS = 3;

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

  // Merged parents leave the upper row shorter than the lower ones: walk the widest.
  let span = right;
  if (!opts)
    for (let k = 1; k < MAX_HEADER_ROWS && r + k < grid.rowCount; k++)
      span = Math.max(span, grid.lastCol(r + k));

  // Further header rows: their texts are children of the rows above ("Triwulan I", "Pagu", "%", "K", "Rp").
  const rows = [r];
  while (rows.length < MAX_HEADER_ROWS && rows[rows.length - 1] + 1 < grid.rowCount) {
    const next = rows[rows.length - 1] + 1;
    if (isNumberingRow(grid, next, left, span)) break;
    // A middle row that names groups only ("Operasi" | "Modal") proves itself by the row under it.
    if (
      rows.length === 1 &&
      next + 1 < grid.rowCount &&
      !isNumberingRow(grid, next + 1, left, span) &&
      textOnly(grid, next, left, span) &&
      childRolesOf(grid, [...rows, next], left, span) < 2 &&
      childRolesOf(grid, [...rows, next, next + 1], left, span) >= 2
    ) {
      rows.push(next, next + 1);
      break;
    }
    const candidate = [...rows, next];
    const paths = headerPaths(grid, candidate, left, span);
    let childRoles = 0;
    let texts = 0;
    let belowNumbers = 0;
    let mergedFromHeader = 0;
    let underGroup = 0;
    for (let c = left; c <= span; c++) {
      if (grid.isMergedSlave(next, c)) {
        if (grid.master(next, c)[0] >= r) mergedFromHeader++;
        continue;
      }
      const t = cellText(grid, next, c);
      if (t === null) {
        if (!grid.isEmpty(next, c)) belowNumbers++;
        continue;
      }
      texts++;
      if (rows.some((hr) => acrossMerge(grid, hr, c))) underGroup++;
      const path = paths.get(c) ?? [];
      if (path.length > 1 && path[path.length - 1] === t && roleOfPath(path) !== null) childRoles++;
    }
    if (belowNumbers > 0) break;
    // Header cells merged down into the row make it part of the header, whatever its texts say.
    // Texts that all sit under a header merged across their columns ("% Kinerja" over Sub Variabel | Variabel |
    // Program in the puskesmas PKP form) are its sub-columns, whatever their words.
    if (
      childRoles >= 2 ||
      (mergedFromHeader > 0 && texts >= 2 && rows.length === 1) ||
      (underGroup >= 2 && underGroup === texts && rows.length === 1)
    )
      rows.push(next);
    else break;
  }
  const bottom = rows[rows.length - 1];
  const paths = headerPaths(grid, rows, left, span);

  const roles = new Map<number, ColumnRole>();
  const labels = new Map<number, string>();
  const cumulative = new Set<number>();
  const used = new Set<ColumnRole>();
  const alsoBudget: Array<[number, ColumnRole]> = [];
  let first = -1;
  let last = -1;
  const lastCol = bottom > r ? span : right;
  let gap = 0;
  for (let c = left; c <= lastCol; c++) {
    const path = paths.get(c) ?? [];
    if (path.length === 0) {
      if (first >= 0 && ++gap >= 2) break;
      continue;
    }
    gap = 0;
    if (first < 0) first = c;
    last = c;
    const label = path.join(" / ");
    labels.set(c, label);
    const own = top.get(c) ?? null;
    const role =
      roleOfPath(path) ?? (path.length > 1 && own && !isMarkerLeaf(path) ? roleOf(own) : null);
    if (/s\s*\.?\s*d\b|s\/d|sampai/i.test(label)) cumulative.add(c);
    if (role && !used.has(role)) {
      roles.set(c, role);
      used.add(role);
    } else if (role === "pagu" || role === "realisasiAnggaran" || role === "serapan")
      alsoBudget.push([c, role]);
    else if (role === "realisasi") alsoBudget.push([c, "realisasiAnggaran"]);
  }
  if (first < 0) return null;
  const keyRoles = [...roles.values()].filter((x) => KEY_ROLES.includes(x)).length;
  if (keyRoles < 2 && !opts?.force) {
    // A generic table ("Jenis Kasus | Jumlah | Selesai"): texts over numbers, after a blank or title row; or one
    // with a budget/kinerja word or a "%" over rows of figures (the arithmetic then tells the columns apart).
    const hint = keyRoles >= 1 || [...labels.values()].some((l) => /%|persen/i.test(l));
    if (
      !genericHeader(grid, r, bottom, first, last) &&
      !(hint && figuresBelow(grid, bottom, first, last))
    )
      return null;
  }
  return { top: r, bottom, first, last, roles, labels, cumulative, alsoBudget };
}

/** The first data row under a header (after a numbering row) holds figures in two or more columns. */
function figuresBelow(grid: Grid, bottom: number, first: number, last: number): boolean {
  let r = bottom + 1;
  while (r < grid.rowCount && r <= bottom + 3 && grid.rowIsEmpty(r, first, last)) r++;
  if (r < grid.rowCount && isNumberingRow(grid, r, first, last)) r++;
  for (let k = 0; k < 3 && r < grid.rowCount; k++, r++) {
    let n = 0;
    for (let c = first; c <= last; c++) {
      const p = grid.cell(r, c);
      if (p.kind === "number" || (p.kind === "text-number" && p.pureNumberText)) n++;
    }
    if (n >= 2) return true;
  }
  return false;
}

/** True when (r, c) lies in a merged area of row r that spans several columns (a group header). */
function acrossMerge(grid: Grid, r: number, c: number): boolean {
  if (grid.isMergedSlave(r, c)) {
    const [mr, mc] = grid.master(r, c);
    return mr === r && mc !== c;
  }
  if (!grid.isMergedSlave(r, c + 1)) return false;
  const [mr, mc] = grid.master(r, c + 1);
  return mr === r && mc === c;
}

function textOnly(grid: Grid, r: number, left: number, span: number): boolean {
  for (let c = left; c <= span; c++) {
    if (grid.isMergedSlave(r, c) || grid.isEmpty(r, c)) continue;
    if (cellText(grid, r, c) === null) return false;
  }
  return true;
}

/** Columns of the last of `rows` whose header path (through the rows above) gives a role. */
function childRolesOf(grid: Grid, rows: number[], left: number, span: number): number {
  const last = rows[rows.length - 1];
  const paths = headerPaths(grid, rows, left, span);
  let n = 0;
  for (let c = left; c <= span; c++) {
    if (grid.isMergedSlave(last, c)) continue;
    const t = cellText(grid, last, c);
    const path = paths.get(c);
    if (t !== null && path && path.length > 1 && path[path.length - 1] === t && roleOfPath(path))
      n++;
  }
  return n;
}

function isMarkerLeaf(path: string[]): boolean {
  const n = normalizeHeader(path[path.length - 1]);
  return /^(k|rp|%|persen|kinerja|keuangan|anggaran)$/.test(n);
}

/**
 * Each column's header path, top row first. A merged cell is read in every row and column it covers; a blank
 * cell right of a group header continues the group (unmerged headers) while something sits below it.
 */
function headerPaths(
  grid: Grid,
  rows: number[],
  left: number,
  span: number
): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const current: (string | null)[] = rows.map(() => null);
  const headerTop = rows[0];
  for (let c = left; c <= span; c++) {
    const path: string[] = [];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      let t: string | null = null;
      if (grid.isMergedSlave(row, c)) {
        const [mr, mc] = grid.master(row, c);
        if (mr >= headerTop) t = cellText(grid, mr, mc);
      } else t = cellText(grid, row, c);
      if (t !== null) current[i] = t;
      else if (i === rows.length - 1) current[i] = null;
      else {
        let below = false;
        for (let j = i + 1; j < rows.length && !below; j++) below = !grid.isEmpty(rows[j], c);
        if (!below || grid.isMergedSlave(row, c)) current[i] = null;
      }
      // Deeper rows restart under a new group.
      if (t !== null) for (let j = i + 1; j < rows.length; j++) current[j] = null;
      const v = current[i];
      if (v !== null && path[path.length - 1] !== v) path.push(v);
    }
    if (path.length > 0) out.set(c, path);
  }
  return out;
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
  // Rows left blank by header cells merged down over them belong to the header.
  while (firstData <= limit && firstData <= h.bottom + 2 && mergedHeaderRow(grid, firstData, h))
    firstData++;
  if (firstData <= limit && isNumberingRow(grid, firstData, h.first, h.last)) firstData++;
  let lastData = firstData - 1;
  const totalRows: number[] = [];
  const averageRows: number[] = [];
  let nkoRow: number | null = null;
  const derivedRows: number[] = [];
  // A "Jumlah …" row with its own satuan, polarity or target is an indicator, not a total.
  const own: number[] = [];
  if ([...h.roles.values()].includes("indikator"))
    for (const [c, role] of h.roles)
      if (role === "satuan" || role === "polaritas" || role === "target") own.push(c);
  for (let r = firstData; r <= limit; r++) {
    if (grid.rowIsEmpty(r, h.first, h.last)) {
      // One blank row between sections (PENDAPATAN … BELANJA) does not end a coded table.
      if (!continuesAfterBlank(grid, r, h, own)) break;
      continue;
    }
    const label = rowLabel(grid, r, h.first, h.last, own);
    if (r > firstData && !label && headerAt(grid, r)) break;
    if (label === "total") totalRows.push(r);
    else if (label === "average") averageRows.push(r);
    else if (label === "nko") nkoRow = r;
    else if (label === "derived") derivedRows.push(r);
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
    cumulativeCols: [...h.cumulative],
  };
  if (nkoRow !== null) t.nkoRow = nkoRow;
  if (derivedRows.length > 0) t.derivedRows = derivedRows;
  const groups = headerGroups(h);
  if (groups.length > 0) t.budgetGroups = groups;
  inferColumns(grid, t);
  titleTable(grid, t);
  const children = findHierarchy(grid, t);
  if (children) {
    t.children = children;
    (t.reasons ??= []).push({ kind: "hierarchy", matched: Object.keys(children).length });
  }
  return t;
}

function continuesAfterBlank(grid: Grid, r: number, h: HeaderGuess, own: number[]): boolean {
  const next = r + 1;
  if (next >= grid.rowCount || grid.rowIsEmpty(next, h.first, h.last)) return false;
  if (headerAt(grid, next) || rowLabel(grid, next, h.first, h.last, own)) return false;
  // The row after the gap opens with a code in the table's first column ("2", "5.1", "B.").
  const v = grid.raw(next, h.first);
  const code = typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : "";
  if (!/^([A-Z]|[IVX]+|\d+(\.\d+)*)[.)]?$/.test(code)) return false;
  let filled = 0;
  for (let c = h.first; c <= h.last; c++) if (!grid.isEmpty(next, c)) filled++;
  return filled >= 2;
}

function mergedHeaderRow(grid: Grid, r: number, h: HeaderGuess): boolean {
  if (!grid.rowIsEmpty(r, h.first, h.last)) return false;
  for (let c = h.first; c <= h.last; c++)
    if (grid.isMergedSlave(r, c) && grid.master(r, c)[0] >= h.top) return true;
  return false;
}

/** Pagu columns beyond the first, each with the realisasi and % that follow it before the next pagu. */
function headerGroups(h: HeaderGuess): BudgetGroup[] {
  const out: BudgetGroup[] = [];
  let g: BudgetGroup | null = null;
  for (const [c, role] of h.alsoBudget.sort((a, b) => a[0] - b[0])) {
    if (role === "pagu") {
      g = { pagu: colLetter(c) };
      const label = h.labels.get(c);
      if (label && label.includes(" / ")) g.label = label.split(" / ").slice(0, -1).join(" / ");
      out.push(g);
    } else if (g && role === "realisasiAnggaran" && !g.realisasiAnggaran)
      g.realisasiAnggaran = colLetter(c);
    else if (g && role === "serapan" && !g.serapan) g.serapan = colLetter(c);
  }
  return out;
}

export function kindOf(columns: Partial<Record<ColumnRole, string>>): TableKind {
  return kindFromColumns(columns);
}

export function confidenceOf(
  kind: TableKind,
  columns: Partial<Record<ColumnRole, string>>
): number {
  return headerScore(kind, columns);
}
