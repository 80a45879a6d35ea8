// The reviewer's list: the same fault on two sheets shown once (one item, both cells), items grouped by rule or by
// indicator with counts, for collapsible groups and paging in the pane.
import type { RuleId, Severity } from "../types";
import type { FindingIdentity, ReviewState, ReviewedAnomaly } from "./types";

export interface ReviewItem {
  rule: RuleId;
  severity: Severity;
  /** The indicator / line / row label the finding concerns (normalised name), null when none. */
  subject: string | null;
  /** The subject as written, for display. */
  label: string | null;
  /** The first anomaly's message (the others say the same of another sheet). */
  message: string;
  /** Every cell the fault shows on, in report order. */
  cells: Array<{ sheet: string; cell: string }>;
  /** The mark keys of the item's findings: marking the item marks them all. */
  keys: string[];
  /** The findings' common state; when they differ, "reopened" if one was reopened, else "open". */
  state: ReviewState;
  anomalies: ReviewedAnomaly[];
}

export interface ReviewGroup {
  /** The rule id, or the subject. */
  id: string;
  items: ReviewItem[];
  /** Items (a fault on two sheets counts once). */
  count: number;
  /** Items not checked or accepted. */
  open: number;
  bySeverity: Record<Severity, number>;
}

/** One item per fault: anomalies with the same dedupe identity (rule, subject, column, figures) are merged. */
export function dedupeFindings(anomalies: ReviewedAnomaly[], ids: FindingIdentity[]): ReviewItem[] {
  const items: ReviewItem[] = [];
  const at = new Map<string, ReviewItem>();
  anomalies.forEach((a, i) => {
    const f = ids[i];
    const existing = at.get(f.dedupe);
    if (existing) {
      existing.cells.push({ sheet: a.sheet, cell: a.cell });
      existing.keys.push(a.review.key);
      existing.anomalies.push(a);
      // Sheets that disagree: reopened when one of them was reopened (its cells changed), else open.
      if (existing.state !== a.review.state)
        existing.state =
          existing.state === "reopened" || a.review.state === "reopened" ? "reopened" : "open";
      return;
    }
    const item: ReviewItem = {
      rule: a.rule,
      severity: a.severity,
      subject: f.subject,
      label: f.label,
      message: a.message,
      cells: [{ sheet: a.sheet, cell: a.cell }],
      keys: [a.review.key],
      state: a.review.state,
      anomalies: [a],
    };
    at.set(f.dedupe, item);
    items.push(item);
  });
  return items;
}

const isOpen = (s: ReviewState) => s === "open" || s === "reopened";

/** Groups in first-seen order (report order), by rule or by subject (indicator / line / row label). */
export function groupFindings(items: ReviewItem[], by: "rule" | "indicator"): ReviewGroup[] {
  const groups = new Map<string, ReviewGroup>();
  for (const it of items) {
    const id = by === "rule" ? it.rule : (it.subject ?? "");
    let g = groups.get(id);
    if (!g) {
      g = { id, items: [], count: 0, open: 0, bySeverity: { error: 0, warning: 0, info: 0 } };
      groups.set(id, g);
    }
    g.items.push(it);
    g.count++;
    if (isOpen(it.state)) g.open++;
    g.bySeverity[it.severity]++;
  }
  return [...groups.values()];
}

/** A page of a group's items, for lists of thousands. */
export function pageOf<T>(list: T[], page: number, size = 50): { items: T[]; pages: number } {
  const pages = Math.max(1, Math.ceil(list.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { items: list.slice(p * size, p * size + size), pages };
}
