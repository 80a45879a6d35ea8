// The durable record of what the add-in wrote: JSON in column A of a very hidden sheet, signature first. The
// sheet is found through a hidden defined name (it follows a rename) and only trusted when A1 holds the
// signature, so a user sheet that happens to carry the default name is never read, hidden or deleted.
// Locating the record's blocks in the workbook as it is now is in locate-ownership.ts.
import { parseRange, splitSheetRef } from "./address";
import {
  META_SHEET,
  RECORD_NAME,
  RECORD_SIGNATURE,
  type CellFormat,
  type OwnedBlock,
  type Ownership,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "./types";

/** The signature of records written by version 1 (absolute ranges, no fingerprints). */
export const V1_SIGNATURE = "capaian-iku-ownership:v1";
/** Excel cells hold at most 32,767 characters. */
const CHUNK = 30000;
/** The flag formula version 1 wrote on every flagged cell (removed by exact match, like ours now). */
export const V1_FLAG_FORMULA = '=ISTEXT("CapaianIKU")';

/** Runs of equal fingerprints are stored as "fp*n": a computed column's formulas mostly share one shape. */
function packCells(cells: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < cells.length;) {
    let j = i + 1;
    while (j < cells.length && cells[j] === cells[i]) j++;
    out.push(j - i > 1 ? `${cells[i]}*${j - i}` : cells[i]);
    i = j;
  }
  return out;
}

/** Cells per block at most (a 200,000-row table of 12 computed columns is 2.4 million). */
const MAX_BLOCK_CELLS = 5_000_000;

function unpackCells(packed: unknown): string[] | null {
  if (!Array.isArray(packed)) return null;
  const out: string[] = [];
  for (const p of packed) {
    if (typeof p !== "string") return null;
    const m = /^([^*]*)\*(\d+)$/.exec(p);
    if (!m) {
      if (out.length >= MAX_BLOCK_CELLS) return null;
      out.push(p);
      continue;
    }
    const n = parseInt(m[2], 10);
    if (out.length + n > MAX_BLOCK_CELLS) return null;
    for (let k = 0; k < n; k++) out.push(m[1]);
  }
  return out;
}

/** Row-major ↔ column-major: a computed column repeats one formula shape down its rows, so runs are long. */
function transpose(cells: string[], width: number): string[] {
  const height = width > 0 ? cells.length / width : 0;
  const out = new Array<string>(cells.length);
  for (let r = 0; r < height; r++)
    for (let c = 0; c < width; c++) out[c * height + r] = cells[r * width + c];
  return out;
}
function untranspose(cells: string[], width: number): string[] {
  const height = width > 0 ? cells.length / width : 0;
  const out = new Array<string>(cells.length);
  for (let r = 0; r < height; r++)
    for (let c = 0; c < width; c++) out[r * width + c] = cells[c * height + r];
  return out;
}
const widthOf = (range: string): number => {
  const r = parseRange(range);
  return r.right - r.left + 1;
};

/** Column A values for the record sheet: the signature, then the JSON in chunks. */
export function encodeOwnership(o: Ownership): string[] {
  // In the file the fingerprints are stored column by column, runs packed ("byColumn": cells are column-major).
  const json = JSON.stringify({
    ...o,
    blocks: o.blocks.map((b) => ({
      ...b,
      byColumn: true,
      cells: packCells(transpose(b.cells, widthOf(b.range))),
    })),
  });
  const out = [RECORD_SIGNATURE];
  for (let i = 0; i < json.length; i += CHUNK) out.push(json.slice(i, i + CHUNK));
  return out;
}

const isStr = (v: unknown): v is string => typeof v === "string";

function isRange(a1: unknown): a1 is string {
  if (!isStr(a1)) return false;
  try {
    parseRange(a1);
    return true;
  } catch {
    return false;
  }
}

const isKind = (k: unknown): k is "note" | "comment" => k === "note" || k === "comment";

function cellCount(range: string): number {
  // (A damaged record may name any range: its cell list must match it, and is capped above.)
  const r = parseRange(range);
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

function decodeBlock(b: Record<string, unknown>): OwnedBlock | null {
  if (!isStr(b?.name) || !isStr(b.sheet) || !isRange(b.range)) return null;
  const packed = unpackCells(b.cells);
  // A damaged block (wrong cell count) cannot be matched cell by cell: dropped, its cells are kept.
  if (!packed || packed.length !== cellCount(b.range)) return null;
  const cells = b.byColumn === true ? untranspose(packed, widthOf(b.range)) : packed;
  const block: OwnedBlock = { name: b.name, sheet: b.sheet, range: b.range, cells };
  if (b.prior && typeof b.prior === "object") {
    const prior: Record<string, CellFormat> = {};
    for (const [k, v] of Object.entries(b.prior as Record<string, unknown>))
      if (/^\d+,\d+$/.test(k) && v && typeof v === "object") prior[k] = v as CellFormat;
    block.prior = prior;
  }
  return block;
}

function decodeV2(o: Record<string, unknown>): Ownership | null {
  if (o?.version !== 2 || !Array.isArray(o.blocks)) return null;
  const arr = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v : []);
  return {
    version: 2,
    // A record edited or damaged by hand must not break the run: entries that do not parse are dropped.
    blocks: arr(o.blocks)
      .map(decodeBlock)
      .filter((b): b is OwnedBlock => b !== null),
    sheets: arr(o.sheets)
      .filter((s) => isStr(s?.name) && isStr(s?.definedName))
      .map((s) => ({ name: s.name as string, definedName: s.definedName as string })),
    notes: arr(o.notes)
      .filter((n) => isStr(n?.sheet) && isRange(n.cell) && isKind(n.kind) && isStr(n.text))
      .map((n) => ({
        sheet: n.sheet as string,
        cell: n.cell as string,
        kind: n.kind as "note" | "comment",
        text: n.text as string,
      })),
    flags: arr(o.flags)
      .filter((f) => isStr(f?.sheet) && isStr(f.range) && isStr(f.formula) && f.formula !== "")
      .map((f) => ({
        sheet: f.sheet as string,
        range: f.range as string,
        formula: f.formula as string,
      })),
    writtenAt: isStr(o.writtenAt) ? o.writtenAt : "",
    ...(isStr(o.file) ? { file: o.file } : {}),
  };
}

/**
 * A version 1 record as a version 2 one: its ranges become legacy blocks (no name, no fingerprints: a cell is
 * only taken as ours where it still holds what a v1 run writes, see locate-ownership.ts), its notes are matched by
 * our prefix at the recorded cell, its flags by the one formula v1 wrote.
 */
function decodeV1(o: Record<string, unknown>): Ownership | null {
  if (o?.version !== 1 || !Array.isArray(o.ranges) || !Array.isArray(o.sheets)) return null;
  const arr = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v : []);
  return {
    version: 2,
    blocks: arr(o.ranges)
      .filter((r) => isStr(r?.sheet) && isRange(r.range))
      .map((r) => ({
        name: "",
        sheet: r.sheet as string,
        range: r.range as string,
        cells: [],
        legacy: true,
      })),
    sheets: (o.sheets as unknown[]).filter(isStr).map((name) => ({ name, definedName: "" })),
    notes: arr(o.notes)
      .filter((n) => isStr(n?.sheet) && isRange(n.cell) && isKind(n.kind))
      .map((n) => ({
        sheet: n.sheet as string,
        cell: n.cell as string,
        kind: n.kind as "note" | "comment",
        text: "",
      })),
    flags: (Array.isArray(o.flaggedSheets) ? (o.flaggedSheets as unknown[]) : [])
      .filter(isStr)
      .map((sheet) => ({ sheet, range: "", formula: V1_FLAG_FORMULA })),
    writtenAt: isStr(o.writtenAt) ? o.writtenAt : "",
    ...(isStr(o.file) ? { file: o.file } : {}),
  };
}

export function decodeOwnership(cells: unknown[]): Ownership | null {
  const sig = cells[0];
  if (sig !== RECORD_SIGNATURE && sig !== V1_SIGNATURE) return null;
  try {
    const o = JSON.parse(cells.slice(1).filter(isStr).join(""));
    return sig === RECORD_SIGNATURE ? decodeV2(o) : decodeV1(o);
  } catch {
    return null;
  }
}

const columnA = (s: SheetSnapshot): unknown[] => s.values.map((row) => (row ? row[0] : null));
const signed = (s: SheetSnapshot): boolean => {
  const a1 = s.values[0]?.[0];
  return a1 === RECORD_SIGNATURE || a1 === V1_SIGNATURE;
};

/** Where a defined name points: sheet and plain A1 range, or null when Excel lost the reference (#REF!). */
export function nameTarget(
  snapshot: WorkbookSnapshot,
  name: string
): { sheet: string; range: string } | null | undefined {
  if (!snapshot.names) return undefined; // unknown: the host could not read names
  const n = snapshot.names.find((d) => d.name.toLowerCase() === name.toLowerCase());
  if (!n) return null;
  const { sheet, range } = splitSheetRef(n.refersTo.replace(/^=/, ""));
  const plain = range.replace(/\$/g, "");
  if (sheet === null || /#REF!/i.test(n.refersTo) || !isRange(plain)) return null;
  return { sheet, range: plain };
}

/**
 * The record sheet: the one the record's defined name points at, else (older files, hosts without names) the
 * sheet with the default name; in both cases only if A1 holds a signature.
 */
export function findRecordSheet(snapshot: WorkbookSnapshot): SheetSnapshot | null {
  const target = nameTarget(snapshot, RECORD_NAME);
  if (target) {
    const s = snapshot.sheets.find((x) => x.name === target.sheet);
    if (s && signed(s)) return s;
  }
  const byName = snapshot.sheets.find((x) => x.name === META_SHEET);
  return byName && signed(byName) ? byName : null;
}

export function readOwnership(snapshot: WorkbookSnapshot): Ownership | null {
  const sheet = findRecordSheet(snapshot);
  return sheet ? decodeOwnership(columnA(sheet)) : null;
}

/** A record sheet name no user sheet has: the default, else the default followed by 2, 3, … */
export function pickRecordSheet(snapshot: WorkbookSnapshot, current: string | null): string {
  if (current) return current;
  const taken = new Set(snapshot.sheets.map((s) => s.name.toLowerCase()));
  if (!taken.has(META_SHEET.toLowerCase())) return META_SHEET;
  for (let i = 2; ; i++)
    if (!taken.has(`${META_SHEET}${i}`.toLowerCase())) return `${META_SHEET}${i}`;
}
