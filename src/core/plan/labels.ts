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
