// Strings of the "Periksa" panel explanations come from the locale packs' `explain` section.
import { messages, type Messages } from "../i18n/messages";
import type { Aggregation, Config, Lang } from "../types";

export type ExplainKey = keyof Messages["explain"];

export function xl(k: ExplainKey, lang: Lang): string {
  return messages(lang).explain[k];
}

export function aggregationText(
  agg: Aggregation | "stated",
  cumulative: boolean,
  lang: Lang
): string {
  return xl(cumulative && agg !== "stated" ? "last" : agg, lang);
}

export function capText(cap: Config["cap"], lang: Lang): string {
  return cap === null ? "" : `; ${xl("capped", lang)} ${Math.round(cap * 100)}%`;
}
