// Budget hierarchies: Program (A, B, …) › kegiatan (I, II, …) › sub kegiatan (1.1, …), or SIPD/SAKTI codes
// (5.1.02.01.01.0024, 054.01.WA.2886.EBA). A row whose code sits above the next rows' codes is their parent;
// without codes, a row equal to the sum of the rows that follow it is one (the arithmetic says so, whatever the
// label). Parents are not counted again in totals; a coded parent that does not add up is an anomaly.
import { colIndex } from "../address";
import type { Grid } from "../grid";
import type { ColumnRole, DetectedTable } from "../types";

/** A row's code kind: "L" capital letter, "R" roman, "a" small letter, "N<k>" k dotted segments. */
export function codeKind(raw: string | null): string | null {
  if (raw === null) return null;
  const t = raw.trim().replace(/[.)]+$/, "");
  if (t === "") return null;
  if (/^(?=[IVXL])(X{0,3})(IX|IV|V?I{0,3})$/.test(t) && t.length > 0 && t !== "L") return "R";
  if (/^[A-Z]$/.test(t)) return "L";
  if (/^[a-z]$/.test(t)) return "a";
  // Dotted codes by their shape: a kegiatan code 5.02.01.1.01.0001 and an akun code 5.1.02.01.01.0024 have as
  // many segments but are different levels.
  if (/^[\dA-Z]+(\.[\dA-Z]+)*$/.test(t) && /\d/.test(t)) {
    const parts = t.split(".");
    // A plain number (1 … 10, 521211) is one level whatever its width.
    if (parts.length === 1) return "N1";
    return `N${parts.length}:${parts.map((x) => x.length).join("-")}`;
  }
  return null;
}

const LEAD = /^\s*([A-Z]|[IVX]{1,4}|[a-z]|\d+(?:\.\d+)*)[.)]\s+\S/;

/**
 * The row's code and the column it sits in: the last filled No./Kode cell (SIPD spreads urusan, organisasi,
 * program and akun codes over several columns, the most specific last), or the numbering that opens its name
 * ("A. Program …", "1.1 Belanja …").
 */
export function codeAt(
  grid: Grid,
  r: number,
  codeCols: number[],
  nameCol: number | null
): { code: string; col: number } | null {
  let found: { code: string; col: number } | null = null;
  for (const c of codeCols) {
    const v = grid.raw(r, c);
    if (v === null || typeof v === "object" || typeof v === "boolean") continue;
    const s = String(v).trim();
    if (s !== "") found = { code: s, col: c };
  }
  if (found || nameCol === null) return found;
  const t = grid.text(r, nameCol);
  const m = t ? LEAD.exec(t) : null;
  return m ? { code: m[1], col: -1 } : null;
}

export function findHierarchy(grid: Grid, t: DetectedTable): Record<number, number[]> | null {
  if (!t.columns.pagu) return null;
  const pagu = colIndex(t.columns.pagu);
  const real = t.columns.realisasiAnggaran ? colIndex(t.columns.realisasiAnggaran) : null;
  const skip = new Set([
    ...t.totalRows,
    ...t.averageRows,
    ...(t.nkoRow !== undefined ? [t.nkoRow] : []),
    ...(t.derivedRows ?? []),
  ]);
  const rows: number[] = [];
  for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
    if (!skip.has(r) && !grid.isMergedSlave(r, pagu) && amount(grid, r, pagu) !== null)
      rows.push(r);
  if (rows.length < 2) return null;

  const codeCols: number[] = [];
  const role = (c: number): ColumnRole | undefined =>
    (Object.entries(t.columns).find(([, l]) => l && colIndex(l) === c)?.[0] as ColumnRole) ??
    undefined;
  for (let c = t.firstCol; c < pagu; c++) {
    const h = (t.headers[c] ?? "").toLowerCase();
    if (role(c) === "no" || /^(kode|kd\b|no\b|nomor|rekening|kode rekening)/.test(h))
      codeCols.push(c);
  }
  const nameCol = t.columns.sasaran
    ? colIndex(t.columns.sasaran)
    : t.columns.indikator
      ? colIndex(t.columns.indikator)
      : null;

  // Levels by first appearance of each code kind (dotted codes by their column, then number of segments).
  const kinds = rows.map((r) => {
    const at = codeAt(grid, r, codeCols, nameCol);
    const k = at ? codeKind(at.code) : null;
    return k === null || at === null ? null : `${k}@${at.col + 1}`;
  });
  const distinct = [...new Set(kinds.filter((k): k is string => k !== null))];
  const children: Record<number, number[]> = {};
  const byPrefix = prefixParents(grid, rows, codeCols);
  if (byPrefix) return byPrefix;
  if (distinct.length >= 2) {
    const colOf = (k: string) => Number(k.slice(k.indexOf("@") + 1));
    const order = distinct.sort((a, b) => {
      if (colOf(a) !== colOf(b)) return colOf(a) - colOf(b);
      if (a[0] === "N" && b[0] === "N") {
        const d = parseInt(a.slice(1), 10) - parseInt(b.slice(1), 10);
        if (d !== 0) return d;
      }
      return kinds.indexOf(a) - kinds.indexOf(b);
    });
    const level = kinds.map((k) => (k === null ? order.length : order.indexOf(k)));
    for (let i = 0; i < rows.length; i++) {
      const below: number[] = [];
      let childLevel = -1;
      for (let j = i + 1; j < rows.length && level[j] > level[i]; j++) {
        if (childLevel < 0) childLevel = level[j];
        if (level[j] <= childLevel) {
          childLevel = level[j];
          below.push(rows[j]);
        }
      }
      if (below.length > 0) children[rows[i]] = below;
    }
    return Object.keys(children).length > 0 ? children : null;
  }

  // No codes: bottom-up, a row equal to the sum of the following top-level rows (two or more) is their parent.
  const covered = new Map<number, number>(); // row index -> index of the last row its subtree covers
  for (let i = rows.length - 2; i >= 0; i--) {
    const target = amount(grid, rows[i], pagu)!;
    if (target === 0) continue;
    let sum = 0;
    const below: number[] = [];
    let j = i + 1;
    while (j < rows.length && Math.abs(sum) < Math.abs(target) - tolerance(target)) {
      sum += amount(grid, rows[j], pagu)!;
      below.push(rows[j]);
      j = (covered.get(j) ?? j) + 1;
    }
    if (below.length < 2 || Math.abs(sum - target) > tolerance(target)) continue;
    if (real !== null) {
      const rs = below.reduce((a, r) => a + (amount(grid, r, real) ?? 0), 0);
      const rv = amount(grid, rows[i], real);
      if (rv !== null && Math.abs(rs - rv) > tolerance(rv) && rs !== 0) continue;
    }
    children[rows[i]] = below;
    covered.set(i, j - 1);
  }
  return Object.keys(children).length > 0 ? children : null;
}

/**
 * Dotted codes name their parent: 5.1.02.01 sits under 5.1.02, and in SIPD exports (urusan | organisasi | program
 * | akun codes in several columns) a row's codes extend its parent's. The parent is the nearest earlier row whose
 * codes are the longest prefix of the row's own, even when the export lists it far away (an organisation's rows
 * after another urusan's). Used when most coded rows find a parent that way.
 */
function prefixParents(
  grid: Grid,
  rows: number[],
  codeCols: number[]
): Record<number, number[]> | null {
  if (codeCols.length === 0) return null;
  const seen = new Map<string, number>();
  const children: Record<number, number[]> = {};
  const details: Record<number, number[]> = {};
  let lastCoded: number | null = null;
  let lastStructured: number | null = null;
  let coded = 0;
  let linked = 0;
  for (const r of rows) {
    const tokens: string[] = [];
    for (const c of codeCols) {
      const v = grid.raw(r, c);
      if (v === null || typeof v === "object" || typeof v === "boolean") continue;
      const t = String(v).trim();
      if (t === "" || !/^[\dA-Za-z]+(\.[\dA-Za-z]+)*$/.test(t)) continue;
      if (tokens.length > 0) tokens.push("|");
      tokens.push(...t.split("."));
    }
    if (tokens.length === 0) {
      // A detail line without a code ("- Tunjangan Kepala Desa") belongs to the coded row above it.
      if (lastCoded !== null) (details[lastCoded] ??= []).push(r);
      continue;
    }
    coded++;
    let found = false;
    for (let k = tokens.length - 1; k >= 1; k--) {
      if (tokens[k - 1] === "|") continue;
      const parent = seen.get(tokens.slice(0, k).join("."));
      if (parent === undefined) continue;
      (children[parent] ??= []).push(r);
      linked++;
      found = true;
      break;
    }
    // An account code of another system under an output code (SAKTI: 521213 under 054.01.WA.2886.EBA): a detail
    // of the last row coded the structured way.
    const account = tokens.length === 1 && /^\d{4,}$/.test(tokens[0]);
    if (!found && account && lastStructured !== null) {
      (details[lastStructured] ??= []).push(r);
      linked++;
    }
    if (!account) lastStructured = r;
    lastCoded = r;
    seen.set(tokens.join("."), r);
  }
  if (coded < 3 || linked * 3 < coded) return null;
  // Detail lines count as children only under a row that has no coded children of its own.
  for (const [p, rs] of Object.entries(details)) if (!children[Number(p)]) children[Number(p)] = rs;
  return children;
}

/** A sum of figures rounded to whole rupiah (or thousands) may be off by a unit or two. */
function tolerance(v: number): number {
  return Math.max(2, Math.abs(v) * 1e-9);
}

/** A budget amount: a number, an id-ID text number, or "-" / "0,00" meaning zero. */
export function amount(grid: Grid, r: number, c: number): number | null {
  const p = grid.cell(r, c);
  if ((p.kind === "number" || p.kind === "text-number") && p.value !== null) return p.value;
  if (p.kind === "missing" && typeof p.raw === "string" && /^\s*[-–—]\s*$/.test(p.raw)) return 0;
  return null;
}
