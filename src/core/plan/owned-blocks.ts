// The record's blocks: one per table's computed columns, named by a hidden defined name, with the fingerprint of
// every cell as written and the user's formatting of the cells it landed on (put back on removal).
import { maxOf, minOf } from "../arrays";
import { a1, parseA1, rangeA1, type RangeRef } from "../address";
import { fingerprintCell } from "../fingerprint";
import {
  NAME_PREFIX,
  type CellFormat,
  type CellWrite,
  type OwnedBlock,
  type WorkbookSnapshot,
} from "../types";
import type { Block } from "./placement";

interface Area {
  sheet: string;
  r: RangeRef;
}

function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

export const blockName = (i: number): string => `${NAME_PREFIX}b${i + 1}`;
export const sheetName = (i: number): string => `${NAME_PREFIX}s${i + 1}`;

export function sheetNames(addSheets: string[]): Array<{ name: string; definedName: string }> {
  return addSheets.map((name, i) => ({ name, definedName: sheetName(i) }));
}

export function ownedBlocks(
  view: WorkbookSnapshot,
  layout: Block[],
  cells: CellWrite[]
): OwnedBlock[] {
  const areas: Area[] = layout.map((b) => ({
    sheet: b.sheet,
    r: { top: b.top, bottom: b.bottom, left: b.startCol, right: b.startCol + b.roles.length - 1 },
  }));
  // Each cell's place parsed once and kept as numbers; blocks list their cells by index (an object per cell was
  // 600,000 more objects for the collector at 200,000 rows).
  const rows = new Array<number>(cells.length);
  const cols = new Array<number>(cells.length);
  const layoutAreas = areas.length;
  const members: number[][] = areas.map(() => []);
  const stray = new Map<string, number[]>();
  for (let i = 0; i < cells.length; i++) {
    const { row, col } = parseA1(cells[i].cell);
    rows[i] = row;
    cols[i] = col;
    const sheet = cells[i].sheet;
    let at = -1;
    for (let k = 0; k < layoutAreas && at < 0; k++) {
      const { r } = areas[k];
      const inside = row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
      if (inside && areas[k].sheet === sheet) at = k;
    }
    if (at >= 0) members[at].push(i);
    else {
      // push, not a spread: a spread per cell is quadratic in the cells outside the blocks
      const list = stray.get(sheet);
      if (list) list.push(i);
      else stray.set(sheet, [i]);
    }
  }
  // Cells outside every table's block (none today): one block per sheet around them.
  for (const [sheet, list] of stray) {
    areas.push({
      sheet,
      r: {
        top: minOf(
          Infinity,
          list.map((i) => rows[i])
        ),
        bottom: maxOf(
          -Infinity,
          list.map((i) => rows[i])
        ),
        left: minOf(
          Infinity,
          list.map((i) => cols[i])
        ),
        right: maxOf(
          -Infinity,
          list.map((i) => cols[i])
        ),
      },
    });
    members.push(list);
  }
  const sheets = new Map(view.sheets.map((s) => [s.name, s]));
  const out: OwnedBlock[] = [];
  areas.forEach((area, i) => {
    const list = members[i];
    if (list.length === 0) return;
    const s = sheets.get(area.sheet);
    const width = area.r.right - area.r.left + 1;
    const height = area.r.bottom - area.r.top + 1;
    const prints = new Array<string>(width * height).fill("");
    const prior: Record<string, CellFormat> = {};
    // The user's formats are keyed by A1: an address is made per cell only when the sheet has any.
    const formats = s?.formats && hasKeys(s.formats) ? s.formats : null;
    for (const i of list) {
      const w = cells[i];
      const row = rows[i];
      const col = cols[i];
      const r = row - area.r.top;
      const c = col - area.r.left;
      const before = formats ? formats[a1(row, col)] : undefined;
      if (before) prior[`${r},${c}`] = before;
      const numFmt = w.numFmt ?? s?.numberFormats?.[row]?.[col] ?? before?.numFmt ?? null;
      prints[r * width + c] =
        w.formula !== undefined
          ? fingerprintCell(w.formula, null, numFmt)
          : fingerprintCell(null, w.value ?? null, numFmt);
    }
    const block: OwnedBlock = {
      name: blockName(out.length),
      sheet: area.sheet,
      range: rangeA1(area.r),
      cells: prints,
    };
    if (Object.keys(prior).length > 0) block.prior = prior;
    out.push(block);
  });
  return out;
}
