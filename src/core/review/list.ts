// One call for the pane and Ringkasan: the report's findings with their marks, merged across sheets, and the marks
// as table rows (who, when, why) for the summary sheet.
import { ruleTitle } from "../explain/rule-texts";
import { workedMessages } from "../explain/worked-messages";
import type { Analysis, Lang } from "../types";
import { dedupeFindings, type ReviewItem } from "./group";
import { identifyFindings } from "./identity";
import { matchMarks } from "./marks";
import type { FindingIdentity, MarkMatch, ReviewMark } from "./types";

/**
 * `ids`: the findings' identities when they were computed where the cells are (a worker's light analysis carries
 * them: its view has no cells to compute them from).
 */
export function reviewList(
  analysis: Analysis,
  marks: ReviewMark[],
  ids: FindingIdentity[] = identifyFindings(analysis)
): { items: ReviewItem[]; match: MarkMatch } {
  const match = matchMarks(analysis, marks, ids);
  return { items: dedupeFindings(match.anomalies, ids), match };
}

/** A row of Ringkasan's review table. */
export interface MarkRow {
  finding: string;
  cells: string;
  state: string;
  reason: string;
  by: string;
  at: string;
}

/** The items carrying a mark (in force or reopened), as rows: rule title, cells, state, reason, who, when. */
export function markRows(items: ReviewItem[], lang: Lang): MarkRow[] {
  const m = workedMessages(lang);
  const out: MarkRow[] = [];
  for (const it of items) {
    const mark = it.anomalies.find((a) => a.review.mark)?.review.mark;
    if (!mark) continue;
    const state =
      it.state === "accepted"
        ? m.markAccepted
        : it.state === "checked"
          ? m.markChecked
          : it.anomalies.some((a) => a.review.state === "reopened")
            ? m.markReopened
            : mark.state === "accepted"
              ? m.markAccepted
              : m.markChecked;
    out.push({
      finding: `${ruleTitle(it.rule, lang)}${it.label ? ` — ${it.label}` : ""}`,
      cells: it.cells.map((c) => `${c.sheet}!${c.cell}`).join(", "),
      state,
      reason: mark.reason ?? "",
      by: mark.by,
      at: mark.at,
    });
  }
  return out;
}
