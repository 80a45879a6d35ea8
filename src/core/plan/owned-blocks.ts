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
  const placed = cells.map((w) => ({ w, ...parseA1(w.cell) }));
  const members: Array<typeof placed> = areas.map(() => []);
  const stray = new Map<string, typeof placed>();
  for (const p of placed) {
    const i = areas.findIndex(
      (a) =>
        a.sheet === p.w.sheet &&
        p.row >= a.r.top &&
        p.row <= a.r.bottom &&
        p.col >= a.r.left &&
        p.col <= a.r.right
    );
    if (i >= 0) members[i].push(p);
    else {
      // push, not a spread: a spread per cell is quadratic in the cells outside the blocks
      const list = stray.get(p.w.sheet);
      if (list) list.push(p);
      else stray.set(p.w.sheet, [p]);
    }
  }
  // Cells outside every table's block (none today): one block per sheet around them.
  for (const [sheet, list] of stray) {
    areas.push({
      sheet,
      r: {
        top: minOf(
          Infinity,
          list.map((p) => p.row)
        ),
        bottom: maxOf(
          -Infinity,
          list.map((p) => p.row)
        ),
        left: minOf(
          Infinity,
          list.map((p) => p.col)
        ),
        right: maxOf(
          -Infinity,
          list.map((p) => p.col)
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
    for (const { w, row, col } of list) {
      const r = row - area.r.top;
      const c = col - area.r.left;
      const before = s?.formats?.[a1(row, col)];
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
