// What the engine took a table's columns to be, and why, in the user's language (report, CLI, pane). The words
// are in the packs (`roleWords`, `tableReasons`).
import type { ColumnRole, Lang, TableReason } from "../types";
import { messages, text } from "./messages";

/** A column role as a word inside a sentence ("pagu", "realisasi anggaran"). */
export function roleWord(role: ColumnRole, lang: Lang): string {
  return messages(lang).roleWords[role];
}

export function tableReasonText(r: TableReason, lang: Lang): string {
  const rows = text(lang, "tableReasons", "rows", { matched: r.matched ?? 0, rows: r.rows ?? 0 });
  const negative = r.negative ? text(lang, "tableReasons", "negative", { n: r.negative }) : "";
  const params = {
    column: r.column,
    role: r.role ? roleWord(r.role, lang) : "",
    rows,
    negative,
    num: r.of?.[0],
    den: r.of?.[1],
    matched: r.matched ?? 0,
  };
  return text(lang, "tableReasons", r.kind, params);
}
