// The previous run's record against the workbook as it is now. Each block is found through its hidden defined
// name (Excel moves it with inserted/deleted rows and columns and renamed sheets); each of its cells is ours
// only while it still holds exactly what was written (same fingerprint) or nothing at all. A cell the user
// changed is kept and reported; a block whose name or sheet is gone is reported, never guessed at.
import { a1, parseRange, rangeA1, type RangeRef } from "./address";
import { fingerprintCell } from "./fingerprint";
import { findRecordSheet, nameTarget, readOwnership } from "./ownership";
import { compactRanges } from "./plan/ranges";
import { BLOCK_HEADERS } from "./plan/labels";
import {
  FLAG_TAG,
  NOTE_PREFIX,
  RECORD_NAME,
  type CellFormat,
  type LocatedOwnership,
  type OwnedBlock,
  type Ownership,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "./types";

type Owned = LocatedOwnership["owned"][number];
type Kept = LocatedOwnership["kept"][number];

const isEmpty = (s: SheetSnapshot, r: number, c: number): boolean => {
  const v = s.values[r]?.[c];
  const f = s.formulas?.[r]?.[c];
  return (v === null || v === undefined || v === "") && !f;
};

const currentPrint = (s: SheetSnapshot, r: number, c: number): string =>
  fingerprintCell(s.formulas?.[r]?.[c], s.values[r]?.[c], s.numberFormats?.[r]?.[c]);

/**
 * Map each current line (row or column of the block) to a recorded one (-1: a line inserted since). Equal
 * counts map one to one; otherwise lines are matched in order, skipping as many recorded lines as were deleted
 * or leaving as many current lines unmatched as were inserted, where the next line then matches.
 */
function align(
  recorded: number,
  current: number,
  eq: (rec: number, cur: number) => boolean
): number[] {
  const map = new Array<number>(current).fill(-1);
  if (recorded === current) return map.map((_x, i) => i);
  let p = 0;
  let spare = recorded - current; // > 0: lines deleted; < 0: lines inserted
  for (let i = 0; i < current && p < recorded; i++) {
    let found = -1;
    for (let j = p; j <= p + Math.max(0, spare) && j < recorded; j++)
      if (eq(j, i)) {
        found = j;
        break;
      }
    if (found >= 0) {
      spare -= found - p;
      map[i] = found;
      p = found + 1;
    } else if (spare < 0 && i + 1 < current && eq(p, i + 1)) {
      spare++; // an inserted line: left unmatched
    } else {
      map[i] = p++;
    }
  }
  return map;
}

function matchBlock(
  block: OwnedBlock,
  s: SheetSnapshot,
  now: RangeRef,
  owned: Owned[],
  kept: Kept[]
): void {
  const rec = parseRange(block.range);
  const R = rec.bottom - rec.top + 1;
  const C = rec.right - rec.left + 1;
  const R2 = now.bottom - now.top + 1;
  const C2 = now.right - now.left + 1;
  // A name stretched far beyond the block (not something inserts do) cannot be matched: reported, not walked.
  if (R2 * C2 > Math.max(4 * R * C, R * C + 100_000)) {
    kept.push({ sheet: s.name, cell: rangeA1(now), reason: "name-missing" });
    return;
  }
  const cur: string[][] = [];
  for (let i = 0; i < R2; i++) {
    const line: string[] = [];
    for (let j = 0; j < C2; j++) line.push(currentPrint(s, now.top + i, now.left + j));
    cur.push(line);
  }
  const recAt = (r: number, c: number) => block.cells[r * C + c];
  // A recorded "" (a cell never written) matches whatever is there now.
  const fits = (r: number, c: number, i: number, j: number) => {
    const w = recAt(r, c);
    return w === "" || w === cur[i][j];
  };
  let rowMap: number[];
  let colMap: number[];
  if (C2 === C) {
    colMap = Array.from({ length: C }, (_x, j) => j);
    rowMap = align(R, R2, (r, i) => colMap.every((c) => fits(r, c, i, c)));
  } else if (R2 === R) {
    rowMap = cur.map((_x, i) => i);
    colMap = align(C, C2, (c, j) => rowMap.every((r) => fits(r, c, r, j)));
  } else {
    // Rows and columns both changed inside the block: no cell can be matched safely, only empty ones are cleared.
    rowMap = new Array<number>(R2).fill(-1);
    colMap = new Array<number>(C2).fill(-1);
  }
  for (let i = 0; i < R2; i++) {
    for (let j = 0; j < C2; j++) {
      const row = now.top + i;
      const col = now.left + j;
      const r = rowMap[i];
      const c = colMap[j];
      const mapped = r >= 0 && c >= 0;
      const written = mapped ? recAt(r, c) : "";
      const prior: CellFormat | undefined = mapped ? block.prior?.[`${r},${c}`] : undefined;
      const entry: Owned = { sheet: s.name, row, col };
      if (prior) entry.prior = prior;
      if (mapped && written === "") continue; // a cell inside the block's rectangle that we never wrote
      if (isEmpty(s, row, col)) {
        // Nothing of the user's to lose; clearing also drops our styling and gives the user's back.
        if (mapped) owned.push(entry);
        continue;
      }
      if (mapped && cur[i][j] === written) owned.push(entry);
      else if (mapped) kept.push({ sheet: s.name, cell: a1(row, col), reason: "edited" });
      // Unmapped and not empty: a row/column the user inserted and filled, never ours.
    }
  }
}

/** A version 1 range: a column is ours only while its top cell still holds one of our header labels. */
function matchLegacy(block: OwnedBlock, s: SheetSnapshot, owned: Owned[], kept: Kept[]): void {
  const whole = parseRange(block.range);
  // Only where the sheet has cells: an old record's range past them holds nothing to clear.
  const width = s.values.reduce((m, line) => Math.max(m, line?.length ?? 0), 0);
  const r = {
    ...whole,
    bottom: Math.min(whole.bottom, s.values.length - 1),
    right: Math.min(whole.right, width - 1),
  };
  for (let col = r.left; col <= r.right; col++) {
    const top = s.values[r.top]?.[col];
    const trusted =
      typeof top === "string" && BLOCK_HEADERS.has(top) && !s.formulas?.[r.top]?.[col];
    for (let row = r.top; row <= r.bottom; row++) {
      if (trusted || isEmpty(s, row, col)) owned.push({ sheet: s.name, row, col });
      else kept.push({ sheet: s.name, cell: a1(row, col), reason: "edited" });
    }
  }
}

const norm = (f: string) => f.replace(/^=/, "");

/** The tag and unique token a rule of ours carries ("CapaianIKU:1x2y3z" in quotes), or null. */
const tokenOf = (f: string): string | null =>
  new RegExp(`"${FLAG_TAG}:[0-9a-z]+"`).exec(f)?.[0] ?? null;

/**
 * The formula our rule has now. A band rule refers to its capaian cell ($K6), which Excel rewrites when rows are
 * inserted above it; its token is unique to the rule, so the rule still carrying that token is ours.
 */
function currentFormula(sheet: SheetSnapshot | undefined, recorded: string): string {
  const cfs = sheet?.conditionalFormats;
  if (!cfs || cfs.some((c) => c.formula !== null && norm(c.formula) === norm(recorded)))
    return recorded;
  const token = tokenOf(recorded);
  const moved = token
    ? cfs.find((c) => c.formula !== null && tokenOf(c.formula) === token)
    : undefined;
  return moved?.formula ?? recorded;
}

export function locateOwnership(snapshot: WorkbookSnapshot, o: Ownership | null): LocatedOwnership {
  const recordSheet = findRecordSheet(snapshot)?.name ?? null;
  const out: LocatedOwnership = {
    recordSheet,
    owned: [],
    kept: [],
    sheets: [],
    names: [],
    notes: [],
    flags: [],
  };
  if (!o) return out;
  const byName = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const rename = new Map<string, string>();
  const names = new Set<string>([RECORD_NAME]);

  for (const block of o.blocks) {
    if (block.legacy) {
      const s = byName.get(block.sheet);
      if (!s) out.kept.push({ sheet: block.sheet, cell: block.range, reason: "sheet-missing" });
      else matchLegacy(block, s, out.owned, out.kept);
      continue;
    }
    names.add(block.name);
    const found = nameTarget(snapshot, block.name);
    // Names unknown (a host that cannot read them): the recorded place, still checked cell by cell.
    const t = found === undefined ? { sheet: block.sheet, range: block.range } : found;
    if (t === null) {
      out.kept.push({ sheet: block.sheet, cell: block.range, reason: "name-missing" });
      continue;
    }
    const s = byName.get(t.sheet);
    if (!s) {
      out.kept.push({ sheet: block.sheet, cell: block.range, reason: "sheet-missing" });
      continue;
    }
    rename.set(block.sheet, t.sheet);
    matchBlock(block, s, parseRange(t.range), out.owned, out.kept);
  }

  for (const sheet of o.sheets) {
    if (sheet.definedName) names.add(sheet.definedName);
    const found = sheet.definedName ? nameTarget(snapshot, sheet.definedName) : undefined;
    if (found === null) {
      out.kept.push({ sheet: sheet.name, cell: "A1", reason: "name-missing" });
      continue;
    }
    const now = found ? found.sheet : sheet.name;
    if (byName.has(now) && now !== recordSheet) out.sheets.push(now);
  }

  const ourSheets = new Set(out.sheets);
  const usedNotes = new Set<string>();
  for (const n of o.notes) {
    const sheet = rename.get(n.sheet) ?? n.sheet;
    const s = byName.get(sheet);
    if (!s || ourSheets.has(sheet)) continue;
    const cell = n.cell.replace(/\$/g, "").toUpperCase();
    if (!s.notes) {
      // A host that cannot read note texts: the recorded cell (the applier checks our prefix there).
      if ((s.annotated ?? []).some((c) => c.toUpperCase() === cell))
        out.notes.push({ sheet, cell, kind: n.kind });
      continue;
    }
    const matches = s.notes.filter((x) =>
      n.text === ""
        ? x.cell.toUpperCase() === cell && x.text.startsWith(NOTE_PREFIX)
        : x.text === n.text
    );
    const pick =
      matches.find((x) => x.cell.toUpperCase() === cell && !usedNotes.has(`${sheet}!${x.cell}`)) ??
      matches.find((x) => !usedNotes.has(`${sheet}!${x.cell}`));
    if (!pick) continue;
    usedNotes.add(`${sheet}!${pick.cell}`);
    out.notes.push({ sheet, cell: pick.cell.toUpperCase(), kind: pick.kind });
  }

  const seenFlags = new Set<string>();
  for (const f of o.flags) {
    const sheet = rename.get(f.sheet) ?? f.sheet;
    const k = `${sheet}\u0000${norm(f.formula)}`;
    if (!byName.has(sheet) || ourSheets.has(sheet) || seenFlags.has(k)) continue;
    seenFlags.add(k);
    out.flags.push({ sheet, formula: currentFormula(byName.get(sheet), f.formula) });
  }

  const known = snapshot.names ? new Set(snapshot.names.map((n) => n.name.toLowerCase())) : null;
  out.names = [...names].filter((n) => n && (!known || known.has(n.toLowerCase())));
  return out;
}

/**
 * The workbook as the user keeps it: the record sheet, the add-in's sheets, and the cells, notes and conditional
 * formats that are still ours removed. A cell the user changed stays (it is theirs now); where our block covered
 * the user's formatting, that formatting is shown as it will be after removal.
 */
export function stripOwned(
  snapshot: WorkbookSnapshot,
  located: LocatedOwnership
): WorkbookSnapshot {
  const drop = new Set(located.sheets);
  if (located.recordSheet) drop.add(located.recordSheet);
  const ownedBy = new Map<string, Owned[]>();
  for (const c of located.owned) {
    const list = ownedBy.get(c.sheet);
    if (list) list.push(c);
    else ownedBy.set(c.sheet, [c]);
  }
  const notesBy = new Map<string, Set<string>>();
  for (const n of located.notes)
    notesBy.set(n.sheet, (notesBy.get(n.sheet) ?? new Set()).add(n.cell));
  const flagsBy = new Map<string, Set<string>>();
  for (const f of located.flags)
    flagsBy.set(f.sheet, (flagsBy.get(f.sheet) ?? new Set()).add(norm(f.formula)));

  const sheets: SheetSnapshot[] = [];
  for (const s of snapshot.sheets) {
    if (drop.has(s.name)) continue;
    const cells = ownedBy.get(s.name) ?? [];
    const ourNotes = notesBy.get(s.name);
    const ourFlags = flagsBy.get(s.name);
    if (cells.length === 0 && !ourNotes && !ourFlags) {
      sheets.push(s);
      continue;
    }
    const copy = <T>(grid: T[][] | undefined): T[][] | undefined =>
      grid ? grid.map((row) => (row ? row.slice() : row)) : grid;
    const values = copy(s.values) ?? [];
    const formulas = copy(s.formulas);
    const numberFormats = copy(s.numberFormats);
    const formats = s.formats ? { ...s.formats } : undefined;
    let priorFormats: Record<string, CellFormat> | undefined = formats;
    for (const c of cells) {
      if (values[c.row] && c.col < values[c.row].length) values[c.row][c.col] = null;
      if (formulas?.[c.row] && c.col < formulas[c.row].length) formulas[c.row][c.col] = null;
      if (numberFormats?.[c.row] && c.col < numberFormats[c.row].length)
        numberFormats[c.row][c.col] = c.prior?.numFmt ?? null;
      if (c.prior) {
        priorFormats = priorFormats ?? {};
        priorFormats[a1(c.row, c.col)] = c.prior;
      } else if (priorFormats) {
        // Our own formatting on a cell of ours that reads as empty (a "" written, which Excel and the package
        // writer keep as an empty cell) is not the user's: it must not become a "prior" format of the next run.
        delete priorFormats[a1(c.row, c.col)];
      }
    }
    const next: SheetSnapshot = { ...s, values };
    if (formulas) next.formulas = formulas;
    if (numberFormats) next.numberFormats = numberFormats;
    if (priorFormats) next.formats = priorFormats;
    if (ourNotes) {
      if (s.notes) next.notes = s.notes.filter((n) => !ourNotes.has(n.cell.toUpperCase()));
      if (s.annotated) next.annotated = s.annotated.filter((c) => !ourNotes.has(c.toUpperCase()));
    }
    if (ourFlags && s.conditionalFormats)
      next.conditionalFormats = s.conditionalFormats.filter(
        (cf) => cf.formula === null || !ourFlags.has(norm(cf.formula))
      );
    sheets.push(next);
  }
  return { ...snapshot, sheets };
}

/** The user's view of a workbook given its record (located first). */
export function userView(
  snapshot: WorkbookSnapshot,
  ownership: Ownership | null
): WorkbookSnapshot {
  return stripOwned(snapshot, locateOwnership(snapshot, ownership));
}

/** The cells still ours, as compact ranges per sheet (for display: the workbench shades them). */
export function ownedRanges(snapshot: WorkbookSnapshot): Array<{ sheet: string; range: string }> {
  const located = locateOwnership(snapshot, readOwnership(snapshot));
  return compactRanges(located.owned.map((c) => ({ sheet: c.sheet, cell: a1(c.row, c.col) })));
}
