// Heading rows inside an indicator table: "2.1.1 Upaya Promosi Kesehatan" over "1 Rumah tangga yang dikaji …" in
// the puskesmas PKP form, "2.3.1. Pelayanan Non Rawat Inap" over "1. Angka Kontak". Such a row names a group, not
// an indicator: it has no target, no realisasi, no quarter and no stated capaian, and its code is of another
// kind than the next named row's (a heading's figures, if any, are the group's score in another column). An
// indicator left blank between indicators of its own numbering stays an indicator (its values are missing).
import { colIndex } from "../address";
import type { Grid } from "../grid";
import { codeAt, codeKind } from "../detect/hierarchy";
import type { ColumnRole, DetectedTable } from "../types";

const VALUE_ROLES: ColumnRole[] = ["target", "realisasi", "capaian", "tw1", "tw2", "tw3", "tw4"];

/** The 0-based rows of `table` that head a group of indicators (see above). */
export function headingRows(grid: Grid, table: DetectedTable, nameCol: number): Set<number> {
  const out = new Set<number>();
  const values = VALUE_ROLES.map((r) => table.columns[r])
    .filter((l): l is string => !!l)
    .map(colIndex);
  if (values.length === 0) return out;
  const codeCols = table.columns.no ? [colIndex(table.columns.no)] : [];
  const kindOf = (r: number) => {
    const at = codeAt(grid, r, codeCols, nameCol);
    return at ? codeKind(at.code) : null;
  };
  const named: number[] = [];
  for (let r = table.firstDataRow; r <= table.lastDataRow; r++)
    if (!grid.isMergedSlave(r, nameCol) && grid.text(r, nameCol) !== null) named.push(r);
  for (let i = 0; i + 1 < named.length; i++) {
    const r = named[i];
    if (values.some((c) => !grid.isEmpty(r, c))) continue;
    if (kindOf(r) !== kindOf(named[i + 1])) out.add(r);
  }
  return out;
}
