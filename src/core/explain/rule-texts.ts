// What each anomaly rule checks and what would make it go away, for the "Periksa" panel (texts in the locale packs).
import { messages } from "../i18n/messages";
import type { Anomaly, Lang, RuleId } from "../types";

interface Text {
  id: string;
  en: string;
}

export interface RuleText {
  title: Text;
  description: Text;
  fix: Text;
  source?: Text;
}

function both(rule: RuleId, part: "title" | "description" | "fix" | "source"): Text | undefined {
  const id = messages("id").ruleTexts[rule][part];
  const en = messages("en").ruleTexts[rule][part];
  return id === undefined || en === undefined ? undefined : { id, en };
}

/** Both languages side by side, for tests and tools that compare them. */
export const RULE_TEXTS = Object.fromEntries(
  (Object.keys(messages("id").ruleTexts) as RuleId[]).map((rule) => {
    const t: RuleText = {
      title: both(rule, "title")!,
      description: both(rule, "description")!,
      fix: both(rule, "fix")!,
    };
    const source = both(rule, "source");
    if (source) t.source = source;
    return [rule, t];
  })
) as Record<RuleId, RuleText>;

export function ruleTitle(id: RuleId, lang: Lang): string {
  return messages(lang).ruleTexts[id].title;
}

export function ruleDescription(id: RuleId, lang: Lang): string {
  return messages(lang).ruleTexts[id].description;
}

/** Rules whose expected/actual figures are ratios (1 = 100%). */
const RATIO_RULES = new Set<RuleId>([
  "CAPAIAN_MISMATCH",
  "AVERAGE_MISMATCH",
  "ABSORPTION_MISMATCH",
  "CAPAIAN_EXTREME",
  "PERCENT_SCALE",
]);

function shownExpected(a: Anomaly): string {
  const x = a.expected;
  if (typeof x !== "number") return String(x);
  if (RATIO_RULES.has(a.rule)) return `${Number((x * 100).toFixed(2))}%`;
  return String(Number(x.toPrecision(10)));
}

/** What would make this anomaly go away; names the expected value when the rule reported one. */
export function ruleFix(a: Anomaly, lang: Lang): string {
  const base = messages(lang).ruleTexts[a.rule].fix;
  if (a.expected === undefined || a.expected === null || a.expected === "") return base;
  const shown = shownExpected(a);
  return `${base} ${messages(lang).words.expectedValue}: ${shown}.`;
}

export function ruleSource(id: RuleId, lang: Lang): string | undefined {
  return messages(lang).ruleTexts[id].source;
}
