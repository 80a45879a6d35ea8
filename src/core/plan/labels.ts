// Every string the planner writes into a workbook comes from the locale packs' `plan` section.
import { messages, type Messages } from "../i18n/messages";
import type { Config, Lang, Severity } from "../types";

export type LabelKey = keyof Messages["plan"];

export function label(k: LabelKey, lang: Lang): string {
  return messages(lang).plan[k];
}

export function severityLabel(s: Severity, lang: Lang): string {
  return label(s, lang);
}

export function capLabel(cap: Config["cap"], lang: Lang): string {
  return cap === null ? label("noCap", lang) : `${Math.round(cap * 100)}%`;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function mostSevere(list: Severity[]): Severity {
  return list.reduce((a, b) => (SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a), list[0]);
}

/** Header labels of the computed columns, every language: how a version 1 record's columns are recognised. */
export const BLOCK_HEADERS: ReadonlySet<string> = new Set(
  (["realisasi", "capaian", "status", "anomali", "serapan", "efisiensi"] as const).flatMap((k) => [
    messages("id").plan[k],
    messages("en").plan[k],
  ])
);
