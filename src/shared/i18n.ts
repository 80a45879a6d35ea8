// The pane's, the commands' and the workbench's access to the locale packs (src/core/i18n/id.ts, en.ts).
import {
  fmtCount,
  fmtNumber,
  messages,
  text,
  type Messages,
  type ColumnRole,
  type Lang,
  type RuleId,
  type Severity,
  type TableKind,
} from "../core";

export type MessageKey = keyof Messages["pane"];

/** The pane's language from Office's display language: English for "en*", Bahasa Indonesia otherwise. */
export function langFromDisplay(displayLanguage: string | undefined | null): Lang {
  return (displayLanguage ?? "").toLowerCase().startsWith("en") ? "en" : "id";
}

/** A pane string; numeric parameters are written the language's way ("61.050 sel", "61,050 cells"). */
export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  if (!params) return text(lang, "pane", key);
  const shown: Record<string, string> = {};
  for (const [k, v] of Object.entries(params))
    shown[k] =
      typeof v === "number" ? (Number.isInteger(v) ? fmtCount(v, lang) : fmtNumber(v, lang)) : v;
  return text(lang, "pane", key, shown);
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => t(lang, key, params);
}

const SEVERITY_KEY: Record<Severity, MessageKey> = {
  error: "severityError",
  warning: "severityWarning",
  info: "severityInfo",
};
export function severityLabel(lang: Lang, s: Severity): string {
  return t(lang, SEVERITY_KEY[s]);
}

const KIND_KEY: Record<TableKind, MessageKey> = {
  indicators: "kindIndicators",
  budget: "kindBudget",
  other: "kindOther",
};
export function kindLabel(lang: Lang, k: TableKind): string {
  return t(lang, KIND_KEY[k]);
}

export function roleLabel(lang: Lang, role: ColumnRole): string {
  return messages(lang).roles[role];
}
export const ROLES_BY_KIND: Record<TableKind, ColumnRole[]> = {
  indicators: [
    "no",
    "sasaran",
    "indikator",
    "satuan",
    "polaritas",
    "agregasi",
    "target",
    "tw1",
    "tw2",
    "tw3",
    "tw4",
    "realisasi",
    "capaian",
    "keterangan",
  ],
  budget: [
    "no",
    "sasaran",
    "indikator",
    "pagu",
    "realisasiAnggaran",
    "serapan",
    "target",
    "realisasi",
    "capaian",
    "rataCapaian",
    "keterangan",
  ],
  other: ["no", "sasaran", "indikator", "target", "realisasi", "capaian", "keterangan"],
};

/** Detection confidence in words: high from 80%, medium from 60%, low below. */
export function confidenceLevel(confidence: number): "high" | "medium" | "low" {
  return confidence >= 0.8 ? "high" : confidence >= 0.6 ? "medium" : "low";
}

/** The rule's label (never its id), the same words as the Periksa panel and Ringkasan. */
export function ruleLabel(lang: Lang, rule: RuleId | string): string {
  const texts = messages(lang).ruleTexts as Record<string, { title: string } | undefined>;
  return texts[rule]?.title ?? rule;
}
