// The anomaly messages, Bahasa Indonesia first. {name} etc. are filled from the finding's params.
import type { Lang, RuleId } from "../types";

const MESSAGES: Record<RuleId, { id: string; en: string }> = {
  QUARTER_SUM_MISMATCH: {
    id: "Realisasi tahunan {actual} ≠ jumlah triwulan {expected} ({name})",
    en: "Annual realisation {actual} ≠ sum of quarters {expected} ({name})",
  },
  CAPAIAN_MISMATCH: {
    id: "Capaian tertulis {actual}, seharusnya {expected} ({name})",
    en: "Stated achievement {actual}, computed {expected} ({name})",
  },
  AVERAGE_MISMATCH: {
    id: "Rata-rata tertulis {actual}, dihitung {expected} ({counted} dari {total} indikator, nilai kosong {policy})",
    en: "Stated average {actual}, computed {expected} ({counted} of {total} indicators, missing values {policy})",
  },
  ABSORPTION_MISMATCH: {
    id: "% serapan tertulis {actual}, seharusnya realisasi/pagu = {expected} ({name})",
    en: "Stated absorption {actual}, realisation/budget = {expected} ({name})",
  },
  TOTAL_MISMATCH: {
    id: "Jumlah tertulis {actual} ≠ jumlah baris di atasnya {expected} (kolom {column})",
    en: "Stated total {actual} ≠ sum of the rows above {expected} (column {column})",
  },
  BUDGET_OVER: {
    id: "Realisasi anggaran {actual} melebihi pagu {expected} ({name})",
    en: "Budget realisation {actual} exceeds the budget {expected} ({name})",
  },
  FORMULA_ERROR: {
    id: "Sel berisi galat {actual}",
    en: "The cell holds the error {actual}",
  },
  TARGET_ZERO: {
    id: "Target 0: capaian tidak dapat dihitung ({name})",
    en: "Target is 0: achievement cannot be computed ({name})",
  },
  MISSING_TARGET: {
    id: "Target kosong ({name})",
    en: "Target is missing ({name})",
  },
  MISSING_REALISASI: {
    id: "Realisasi kosong: tidak ada realisasi tahunan maupun triwulan ({name})",
    en: "Realisation is missing: neither annual nor quarterly ({name})",
  },
  PERCENT_SCALE: {
    id: "Skala persen bercampur: {actual} dibaca sebagai {expected} ({name})",
    en: "Mixed percent scales: {actual} read as {expected} ({name})",
  },
  MIXED_UNITS: {
    id: 'Beberapa besaran dalam satu sel ("{actual}"): dipakai {expected} ({name})',
    en: 'Several quantities in one cell ("{actual}"): using {expected} ({name})',
  },
  CAPAIAN_EXTREME: {
    id: "Capaian {expected} di atas {threshold}: target kemungkinan kurang menantang ({name})",
    en: "Achievement {expected} above {threshold}: the target is likely not challenging ({name})",
  },
  DUPLICATE_INDICATOR: {
    id: "Indikator yang sama muncul dua kali dalam tabel (lihat juga {first}): {name}",
    en: "The same indicator appears twice in the table (see also {first}): {name}",
  },
  NUMBER_AS_TEXT: {
    id: 'Angka disimpan sebagai teks ("{actual}")',
    en: 'Number stored as text ("{actual}")',
  },
};

export function ruleMessage(
  rule: RuleId,
  lang: Lang,
  params: Record<string, string | number | null>
): string {
  const template = MESSAGES[rule][lang];
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = params[k];
    return v === null || v === undefined ? "–" : String(v);
  });
}

export function policyWord(policy: "exclude" | "zero", lang: Lang): string {
  if (lang === "id") return policy === "exclude" ? "tidak dihitung" : "dihitung 0";
  return policy === "exclude" ? "excluded" : "counted as 0";
}
