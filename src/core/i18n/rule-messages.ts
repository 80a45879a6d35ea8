// The anomaly messages (texts in the locale packs). {name} etc. are filled from the finding's params.
import type { Lang, RuleId } from "../types";
import { interpolate } from "./interpolate";
import { messages } from "./messages";

export function ruleMessage(
  rule: RuleId,
  lang: Lang,
  params: Record<string, string | number | null>
): string {
  return interpolate(messages(lang).anomaly[rule], params);
}

export function policyWord(policy: "exclude" | "zero", lang: Lang): string {
  const w = messages(lang).words;
  return policy === "exclude" ? w.policyExclude : w.policyZero;
}
