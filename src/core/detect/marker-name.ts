// An indicator header merged over two columns, the first holding only its item marker ("a", "b", "1.") and the
// second the name (the E.81 form as pemda fill it in): the name column is the indicator. Read by the marker, two
// indicators "a" under different programs would look like one indicator twice.
import { colIndex, colLetter } from "../address";
import type { Grid } from "../grid";
import type { DetectedTable } from "../types";

const MARKER = /^(\(?[a-z]{1,2}[.)]?|\d{1,2}[.)]?|[ivx]{1,4}[.)])$/i;

export function nameBesideMarker(grid: Grid, t: DetectedTable, rows: number[]): void {
  const l = t.columns.indikator;
  if (!l) return;
  const c = colIndex(l);
  const next = c + 1;
  if (next > t.lastCol || Object.values(t.columns).includes(colLetter(next))) return;
  // The same header over both columns (a merged header reads the same in each).
  if (!t.headers[next] || t.headers[next] !== t.headers[c]) return;
  let markers = 0;
  let names = 0;
  for (const r of rows) {
    const m = grid.text(r, c);
    const n = grid.text(r, next);
    if (m !== null && MARKER.test(m)) markers++;
    if (n !== null && n.length > 3 && grid.cell(r, next).kind === "text") names++;
  }
  if (markers >= 2 && names >= markers) t.columns.indikator = colLetter(next);
}
