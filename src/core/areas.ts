// Ranges as hosts report them for validations and conditional formats: several areas ("A1:A5 C1:C5" or
// "A1:A5,C1:C5"), whole columns ("D:D") or rows ("3:3"), sheet prefixes, "$". Anything unreadable is skipped.
import { colIndex, parseRange, splitSheetRef, type RangeRef } from "./address";

/** Excel's last row (1,048,576) as a 0-based index. */
export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

export function parseAreas(text: string): RangeRef[] {
  const out: RangeRef[] = [];
  for (const raw of text.split(/[\s,]+/)) {
    if (!raw) continue;
    const part = splitSheetRef(raw).range.replace(/\$/g, "");
    const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(part);
    const rows = /^(\d+):(\d+)$/.exec(part);
    try {
      if (cols) {
        const a = colIndex(cols[1]);
        const b = colIndex(cols[2]);
        out.push({ top: 0, bottom: MAX_ROW, left: Math.min(a, b), right: Math.max(a, b) });
      } else if (rows) {
        const a = parseInt(rows[1], 10) - 1;
        const b = parseInt(rows[2], 10) - 1;
        out.push({ top: Math.min(a, b), bottom: Math.max(a, b), left: 0, right: MAX_COL });
      } else out.push(parseRange(part));
    } catch {
      // Not a range this engine can read: it cannot be placed on either.
    }
  }
  return out;
}

export const inside = (r: RangeRef, row: number, col: number): boolean =>
  row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
