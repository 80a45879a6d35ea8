// One Messages shape, two packs. The Indonesian pack defines the keys; the English pack must have every one.
import type { Lang, RuleId } from "../types";
import { en } from "./en";
import { id } from "./id";
import { interpolate, type Params } from "./interpolate";

export interface RuleText {
  title: string;
  description: string;
  fix: string;
  /** The regulation or convention the check rests on, when there is one. */
  source?: string;
}

type IdShape = typeof id;

export interface Messages extends Omit<IdShape, "ruleTexts" | "anomaly"> {
  ruleTexts: Record<RuleId, RuleText>;
  anomaly: Record<RuleId, string>;
}

export type Section = keyof Messages;

const PACKS: Record<Lang, Messages> = { id, en };

/** The pack of a language; anything but "en" reads as Bahasa Indonesia (the first language). */
export function messages(lang: Lang): Messages {
  return PACKS[lang] ?? PACKS.id;
}

/** Every pack, for tests that check a page against both languages. */
export function allPacks(): Record<Lang, Messages> {
  return PACKS;
}

/** One string of a flat section, filled with `params`. */
export function text<S extends Exclude<Section, "ruleTexts">>(
  lang: Lang,
  section: S,
  key: keyof Messages[S],
  params?: Params
): string {
  const table = messages(lang)[section] as Record<string, string>;
  const fallback = PACKS.id[section] as Record<string, string>;
  const template = table[key as string] ?? fallback[key as string];
  return params ? interpolate(template, params) : template;
}
