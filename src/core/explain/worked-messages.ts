// The worked "Periksa" explanations and review marks, as typed functions over the packs' `worked` section
// (src/core/i18n/id.ts, en.ts): the words live in the one catalogue per language, the call sites keep their types.
import { messages } from "../i18n/messages";
import { interpolate } from "../i18n/interpolate";
import type { Lang } from "../types";

export interface WorkedMessages {
  // titles and labels
  capaian: string;
  realisasi: string;
  status: string;
  serapan: string;
  efisiensi: string;
  efisiensiPmk: string;
  average: string;
  total: string;
  target: string;
  annual: string;
  quarter: (n: number) => string;
  pagu: string;
  realisasiAnggaran: string;
  capaianKinerja: string;
  statedValue: string;
  /** "E (efisiensi PMK 214/2017)" */
  pmkE: string;
  // the formula in words
  wCapaianPos: string;
  wCapaianNeg: string;
  wCap: (cap: string) => string;
  wQualitative: string;
  wRealisasiSum: string;
  wRealisasiLast: string;
  wRealisasiAverage: string;
  wRealisasiStated: string;
  wStatus: string;
  wSerapan: string;
  wEfisiensiRatio: string;
  wPmkE: string;
  wPmkNe: string;
  wAverage: (policy: "exclude" | "zero") => string;
  wTotal: string;
  wTotalRatio: string;
  // how an input was read
  readText: (raw: string, shown: string) => string;
  readPercentFormat: (shown: string) => string;
  readPercentScale: (raw: string, shown: string) => string;
  readNumber: (shown: string) => string;
  readComputed: (shown: string) => string;
  readEmpty: string;
  readCategory: (raw: string) => string;
  // status words
  achieved: string;
  notAchieved: string;
  notComputable: string;
  // notes
  excluded: (n: number) => string;
  countedZero: (n: number) => string;
  capApplied: (raw: string, cap: string) => string;
  qualitativeRanks: (real: string, target: string) => string;
  clearMismatch: (expected: string) => string;
  textSourced: (raw: string) => string;
  /** The number was read from text and the add-in's formula reads it from the cell too. */
  textByFormula: (raw: string) => string;
  /** The number was read from text that no formula reads: the add-in wrote it as a constant. */
  textAsConstant: (raw: string) => string;
  // legal sources
  srcCapaianPos: string;
  srcCapaianNeg: string;
  srcSerapan: string;
  srcEfisiensiRatio: string;
  srcPmk214: string;
  srcBand: string;
  srcAverage: string;
  srcTotal: string;
  srcPractice: string;
  // review marks
  markChecked: string;
  markAccepted: string;
  markReopened: string;
  markOrphaned: string;
  ignoredAccepted: (n: number) => string;
  marksBad: (file: string, detail: string) => string;
  marksSummary: (kept: number, reopened: number, orphaned: number) => string;
}

const QUARTERS = ["I", "II", "III", "IV"];

function build(lang: Lang): WorkedMessages {
  const w = messages(lang).worked;
  return {
    ...w,
    quarter: (n) => interpolate(w.quarter, { n: QUARTERS[n - 1] ?? n }),
    wCap: (cap) => interpolate(w.wCap, { cap }),
    wAverage: (p) => (p === "zero" ? w.wAverageZero : w.wAverageExclude),
    readText: (raw, shown) => interpolate(w.readText, { raw, shown }),
    readPercentFormat: (shown) => interpolate(w.readPercentFormat, { shown }),
    readPercentScale: (raw, shown) => interpolate(w.readPercentScale, { raw, shown }),
    readNumber: (shown) => interpolate(w.readNumber, { shown }),
    readComputed: (shown) => interpolate(w.readComputed, { shown }),
    readCategory: (raw) => interpolate(w.readCategory, { raw }),
    excluded: (n) => interpolate(w.excluded, { n }),
    countedZero: (n) => interpolate(w.countedZero, { n }),
    capApplied: (raw, cap) => interpolate(w.capApplied, { raw, cap }),
    qualitativeRanks: (real, target) => interpolate(w.qualitativeRanks, { real, target }),
    clearMismatch: (expected) => interpolate(w.clearMismatch, { expected }),
    textSourced: (raw) => interpolate(w.textSourced, { raw }),
    textByFormula: (raw) => interpolate(w.textByFormula, { raw }),
    textAsConstant: (raw) => interpolate(w.textAsConstant, { raw }),
    ignoredAccepted: (n) => interpolate(w.ignoredAccepted, { n }),
    marksBad: (file, detail) => interpolate(w.marksBad, { file, detail }),
    marksSummary: (kept, reopened, orphaned) =>
      interpolate(w.marksSummary, { kept, reopened, orphaned }),
  };
}

// Built once per language: the explanations ask for it per cell.
const BUILT: Partial<Record<Lang, WorkedMessages>> = {};

export function workedMessages(lang: Lang): WorkedMessages {
  const key: Lang = lang === "en" ? "en" : "id";
  return (BUILT[key] ??= build(key));
}
