// Marks: reading the stored record (untrusted JSON), matching marks to a new report's findings, and making marks.
import { text } from "../i18n/messages";
import type { Analysis, Lang } from "../types";
import { identifyFindings, splitKey } from "./identity";
import type {
  FindingIdentity,
  MarkMatch,
  MarkState,
  ReviewMark,
  ReviewMarks,
  ReviewedAnomaly,
} from "./types";

const MAX_TEXT = 2000;

/** Reads a marks record (`{ version: 1, marks: [...] }`, or a bare array); invalid entries are dropped and named. */
export function parseMarks(
  input: unknown,
  lang: Lang = "id"
): { marks: ReviewMark[]; problems: string[] } {
  const problems: string[] = [];
  const list = Array.isArray(input)
    ? input
    : input && typeof input === "object" && Array.isArray((input as { marks?: unknown }).marks)
      ? (input as { marks: unknown[] }).marks
      : null;
  if (!list) {
    problems.push(text(lang, "cli", "marksNotRecord"));
    return { marks: [], problems };
  }
  const marks: ReviewMark[] = [];
  list.forEach((m, i) => {
    const o = (m && typeof m === "object" ? m : {}) as Record<string, unknown>;
    const str = (k: string) =>
      typeof o[k] === "string" ? (o[k] as string).slice(0, MAX_TEXT) : "";
    const state = o.state === "checked" || o.state === "accepted" ? o.state : null;
    const reason = str("reason").trim();
    const bad = !str("key")
      ? "key"
      : !state
        ? "state"
        : state === "accepted" && !reason
          ? "reason"
          : !str("by").trim()
            ? "by"
            : !str("at")
              ? "at"
              : null;
    if (bad) {
      problems.push(text(lang, "cli", "markInvalid", { n: i + 1, field: bad }));
      return;
    }
    const mark: ReviewMark = {
      key: str("key"),
      state: state as MarkState,
      by: str("by").trim(),
      at: str("at"),
    };
    if (reason) mark.reason = reason;
    marks.push(mark);
  });
  return { marks, problems };
}

export function encodeMarks(marks: ReviewMark[]): ReviewMarks {
  return { version: 1, marks };
}

/**
 * Each anomaly of the analysis with its review state: a mark whose key matches is in force (checked/accepted);
 * a mark on the same finding made on other cell contents reopens it; marks on findings that are gone are orphaned.
 * The latest mark wins when several share a key.
 */
export function matchMarks(
  analysis: Analysis,
  marks: ReviewMark[],
  ids: FindingIdentity[] = identifyFindings(analysis)
): MarkMatch {
  const byKey = new Map<string, ReviewMark>();
  const byId = new Map<string, ReviewMark>();
  for (const m of marks) {
    const prev = byKey.get(m.key);
    if (!prev || prev.at <= m.at) byKey.set(m.key, m);
    const { id } = splitKey(m.key);
    const p2 = byId.get(id);
    if (!p2 || p2.at <= m.at) byId.set(id, m);
  }
  const used = new Set<ReviewMark>();
  const reopenedSet = new Set<ReviewMark>();
  const anomalies: ReviewedAnomaly[] = analysis.report.anomalies.map((a, i) => {
    const f = ids[i];
    const hit = byKey.get(f.key);
    if (hit) {
      used.add(hit);
      return { ...a, review: { key: f.key, state: hit.state, mark: hit } };
    }
    const old = byId.get(f.id);
    if (old) {
      reopenedSet.add(old);
      return { ...a, review: { key: f.key, state: "reopened", mark: old } };
    }
    return { ...a, review: { key: f.key, state: "open" } };
  });
  const kept: ReviewMark[] = [];
  const reopened: ReviewMark[] = [];
  const orphaned: ReviewMark[] = [];
  for (const m of new Set(byKey.values())) {
    if (used.has(m)) kept.push(m);
    else if (reopenedSet.has(m)) reopened.push(m);
    else orphaned.push(m);
  }
  return { anomalies, kept, reopened, orphaned };
}

/**
 * Marks keys (one finding, or a de-duplicated item's several) with a state: replaces earlier marks on the same
 * findings (on any contents), keeps the rest. "accepted" needs a reason.
 */
export function setMark(
  marks: ReviewMark[],
  keys: string[],
  mark: { state: MarkState; by: string; at: string; reason?: string }
): ReviewMark[] {
  if (mark.state === "accepted" && !mark.reason?.trim()) throw new Error("accepted needs a reason");
  const ids = new Set(keys.map((k) => splitKey(k).id));
  const rest = marks.filter((m) => !ids.has(splitKey(m.key).id));
  const add = keys.map((key) => {
    const m: ReviewMark = { key, state: mark.state, by: mark.by, at: mark.at };
    if (mark.state === "accepted") m.reason = mark.reason!.trim();
    return m;
  });
  return [...rest, ...add];
}

/** Removes the marks on these findings (any contents). */
export function clearMark(marks: ReviewMark[], keys: string[]): ReviewMark[] {
  const ids = new Set(keys.map((k) => splitKey(k).id));
  return marks.filter((m) => !ids.has(splitKey(m.key).id));
}
