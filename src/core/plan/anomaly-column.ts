// The Anomali column: per row, the messages of the anomalies the rules found on that row of the table, plus why
// an input was not referenced as is (read from text, read as a percentage). Always literal text.
import { a1, parseA1 } from "../address";
import type { Anomaly, Lang } from "../types";
import { capCellText } from "./cell-text";
import type { Draft } from "./draft";
import { label } from "./labels";
import type { Block } from "./placement";
import type { SourceTerm } from "./sources";

export type TermNote = NonNullable<SourceTerm["note"]>;

/** Anomalies inside the table's data rows and columns, grouped by 0-based row (report order kept). */
export function anomaliesByRow(anomalies: Anomaly[], block: Block): Map<number, Anomaly[]> {
  const t = block.table;
  const out = new Map<number, Anomaly[]>();
  for (const a of anomalies) {
    if (a.sheet !== block.sheet) continue;
    let pos;
    try {
      pos = parseA1(a.cell);
    } catch {
      continue;
    }
    if (
      pos.row < t.firstDataRow ||
      pos.row > block.bottom ||
      pos.col < t.firstCol ||
      pos.col > t.lastCol
    )
      continue;
    const list = out.get(pos.row);
    if (list) list.push(a);
    else out.set(pos.row, [a]);
  }
  return out;
}

export function noteText(notes: TermNote[], lang: Lang): string[] {
  const out: string[] = [];
  for (const kind of ["text", "scaled"] as const) {
    const list = notes
      .filter((n) => n.kind === kind)
      .sort((a, b) => parseA1(a.addr).col - parseA1(b.addr).col)
      .map((n) => `${n.addr} ${n.shown}`);
    if (list.length)
      out.push(
        `${label(kind === "text" ? "readFromText" : "percentScale", lang)}: ${list.join(", ")}`
      );
  }
  return out;
}

export function writeAnomalyColumn(
  draft: Draft,
  block: Block,
  anomalies: Anomaly[],
  notesByRow: Map<number, TermNote[]>,
  lang: Lang
): void {
  const col = block.col.anomali;
  if (col === undefined) return;
  const byRow = anomaliesByRow(anomalies, block);
  const rows = [...new Set([...byRow.keys(), ...notesByRow.keys()])].sort((x, y) => x - y);
  for (const row of rows) {
    const parts = [
      ...(byRow.get(row) ?? []).map((a) => a.message),
      ...noteText(notesByRow.get(row) ?? [], lang),
    ];
    const text = capCellText([...new Set(parts)].join("; "));
    if (text) draft.value(block.sheet, a1(row, col), text, { style: "computed" });
  }
}
