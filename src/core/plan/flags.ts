// Conditional-format flags and notes on the cells the anomalies name. One flag per cell (the most severe
// anomaly decides its colour); one note per cell, unless the user already keeps a note there.
import {
  FLAG_TAG,
  NOTE_PREFIX,
  type Anomaly,
  type ConditionalFlag,
  type NoteWrite,
  type Ownership,
  type PlanOptions,
} from "../types";
import { shortHash } from "../fingerprint";
import type { Grid } from "./grid";
import { mostSevere } from "./labels";

/**
 * Always true, and carries the tag plus a token unique to the rule (run time, sheet, cell): the record lists the
 * exact formula, so removal deletes this rule and never a user's rule that merely mentions the tag.
 */
export function flagFormula(now: string, sheet: string, cell: string): string {
  return `=ISTEXT("${FLAG_TAG}:${shortHash(`${now}\u0000${sheet}\u0000${cell}`)}")`;
}

export interface AnomalyCell {
  sheet: string;
  cell: string;
  anomalies: Anomaly[];
}

export function groupByCell(anomalies: Anomaly[]): AnomalyCell[] {
  const map = new Map<string, AnomalyCell>();
  for (const a of anomalies) {
    const cell = a.cell.replace(/\$/g, "").toUpperCase();
    const k = `${a.sheet}\u0000${cell}`;
    const entry = map.get(k) ?? { sheet: a.sheet, cell, anomalies: [] };
    entry.anomalies.push(a);
    map.set(k, entry);
  }
  return [...map.values()];
}

export function buildFlagsAndNotes(
  anomalies: Anomaly[],
  grid: Grid,
  options: PlanOptions,
  previous: Ownership | null
): { flags: ConditionalFlag[]; notes: NoteWrite[] } {
  const flags: ConditionalFlag[] = [];
  const notes: NoteWrite[] = [];
  const kind = options.capabilities.notes
    ? "note"
    : options.capabilities.comments
      ? "comment"
      : null;
  // Our own notes from the previous run are removed first, so they do not count as the user's.
  const ours = new Set(
    (previous?.notes ?? []).map((n) => `${n.sheet}\u0000${n.cell.toUpperCase()}`)
  );
  // The user's annotated cells per sheet, upper-cased once (not once per flagged cell).
  const annotatedBySheet = new Map<string, Set<string>>();
  const annotatedOn = (
    name: string,
    sheet: { annotated?: string[]; notes?: Array<{ cell: string }> }
  ): Set<string> => {
    let set = annotatedBySheet.get(name);
    if (!set) {
      set = new Set(
        [...(sheet.annotated ?? []), ...(sheet.notes ?? []).map((n) => n.cell)].map((c) =>
          c.toUpperCase()
        )
      );
      annotatedBySheet.set(name, set);
    }
    return set;
  };
  for (const g of groupByCell(anomalies)) {
    const sheet = grid.sheet(g.sheet);
    if (!sheet || !/^[A-Z]{1,3}\d+$/.test(g.cell)) continue;
    flags.push({
      sheet: g.sheet,
      range: g.cell,
      severity: mostSevere(g.anomalies.map((a) => a.severity)),
      formula: flagFormula(options.now, g.sheet, g.cell),
    });
    if (!kind) continue;
    const annotated = annotatedOn(g.sheet, sheet).has(g.cell);
    if (annotated && !ours.has(`${g.sheet}\u0000${g.cell}`)) continue;
    const text = NOTE_PREFIX + [...new Set(g.anomalies.map((a) => a.message))].join("\n");
    notes.push({ sheet: g.sheet, cell: g.cell, text, kind });
  }
  return { flags, notes };
}
