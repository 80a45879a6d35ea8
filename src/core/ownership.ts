// The durable marker: what the add-in wrote is recorded as JSON in column A of a very hidden sheet,
// so a re-run replaces exactly its own output and "Hapus hasil" removes all of it, without guessing.
import { parseRange } from "./address";
import { META_SHEET, type Ownership, type SheetSnapshot, type WorkbookSnapshot } from "./types";

const MARK = "capaian-iku-ownership:v1";
/** Excel cells hold at most 32,767 characters. */
const CHUNK = 30000;

/** Column A values for the meta sheet: a marker, then the JSON in chunks. */
export function encodeOwnership(o: Ownership): string[] {
  const json = JSON.stringify(o);
  const out = [MARK];
  for (let i = 0; i < json.length; i += CHUNK) out.push(json.slice(i, i + CHUNK));
  return out;
}

export function decodeOwnership(cells: unknown[]): Ownership | null {
  if (cells[0] !== MARK) return null;
  try {
    const o = JSON.parse(
      cells
        .slice(1)
        .filter((c) => typeof c === "string")
        .join("")
    );
    if (!o || o.version !== 1 || !Array.isArray(o.ranges) || !Array.isArray(o.sheets)) return null;
    return {
      version: 1,
      // A record edited or damaged by hand must not break the run: entries that do not parse are dropped.
      ranges: o.ranges.filter(
        (r: { sheet?: unknown; range?: unknown }) =>
          typeof r?.sheet === "string" && typeof r?.range === "string" && isRange(r.range)
      ),
      sheets: o.sheets.filter((s: unknown) => typeof s === "string"),
      notes: (Array.isArray(o.notes) ? o.notes : []).filter(
        (n: { sheet?: unknown; cell?: unknown; kind?: unknown }) =>
          typeof n?.sheet === "string" &&
          typeof n?.cell === "string" &&
          isRange(n.cell) &&
          (n.kind === "note" || n.kind === "comment")
      ),
      flaggedSheets: (Array.isArray(o.flaggedSheets) ? o.flaggedSheets : []).filter(
        (s: unknown) => typeof s === "string"
      ),
      writtenAt: typeof o.writtenAt === "string" ? o.writtenAt : "",
      ...(typeof o.file === "string" ? { file: o.file } : {}),
    };
  } catch {
    return null;
  }
}

function isRange(a1: string): boolean {
  try {
    parseRange(a1);
    return true;
  } catch {
    return false;
  }
}

export function readOwnership(snapshot: WorkbookSnapshot): Ownership | null {
  const meta = snapshot.sheets.find((s) => s.name === META_SHEET);
  if (!meta) return null;
  return decodeOwnership(meta.values.map((row) => (row ? row[0] : null)));
}

/** The workbook as the user keeps it: the meta sheet, the add-in's sheets and its cells removed. */
export function userView(
  snapshot: WorkbookSnapshot,
  ownership: Ownership | null
): WorkbookSnapshot {
  const ownSheets = new Set([META_SHEET, ...(ownership?.sheets ?? [])]);
  const sheets: SheetSnapshot[] = [];
  for (const s of snapshot.sheets) {
    if (ownSheets.has(s.name)) continue;
    const owned = (ownership?.ranges ?? [])
      .filter((r) => r.sheet === s.name)
      .map((r) => parseRange(r.range));
    if (owned.length === 0) {
      sheets.push(s);
      continue;
    }
    const blank = <T>(grid: T[][] | undefined, empty: T): T[][] | undefined => {
      if (!grid) return grid;
      const copy = grid.map((row) => (row ? row.slice() : row));
      for (const r of owned) {
        for (let row = r.top; row <= r.bottom && row < copy.length; row++) {
          const line = copy[row];
          if (!line) continue;
          for (let col = r.left; col <= r.right && col < line.length; col++) line[col] = empty;
        }
      }
      return copy;
    };
    sheets.push({
      ...s,
      values: blank(s.values, null) ?? [],
      formulas: blank(s.formulas, null),
      numberFormats: blank(s.numberFormats, null),
    });
  }
  return { ...snapshot, sheets };
}
