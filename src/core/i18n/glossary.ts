// The terms of the trade, fixed once in both languages (docs/glossary.md shows the same table). A test checks
// that every string of the Indonesian pack that uses a term has the English term in its English twin, and
// that the words to avoid do not appear.

export interface Term {
  /** The Indonesian term, lower case, as it appears inside sentences. */
  id: string;
  /** Its one English translation, lower case. */
  en: string;
  /** What the term means, for docs/glossary.md. */
  note: string;
  /** Words that must not stand for this term in the Indonesian / English pack (drifted synonyms). */
  avoidId?: string[];
  avoidEn?: string[];
}

export const GLOSSARY: Term[] = [
  {
    id: "capaian",
    en: "achievement",
    note: "realisasi ÷ target (or 2 − R/T for negative polarity)",
  },
  {
    id: "realisasi anggaran",
    en: "budget realisation",
    note: "money spent",
    avoidEn: ["budget spent", "spending"],
  },
  { id: "realisasi", en: "realisation", note: "what was reached (indicator) or spent (budget)" },
  { id: "target", en: "target", note: "the value planned for the year" },
  { id: "triwulan", en: "quarter", note: "Triwulan I–IV, Roman numerals in both languages" },
  { id: "pagu", en: "pagu", note: "budget ceiling (pagu anggaran)" },
  { id: "serapan", en: "absorption", note: "realisasi anggaran ÷ pagu" },
  { id: "efisiensi", en: "efficiency", note: "capaian kinerja ÷ serapan, or PMK 214/2017 score" },
  { id: "kegiatan", en: "activity", note: "a budget line (program/kegiatan)" },
  { id: "sasaran", en: "objective", note: "sasaran strategis grouping indicators" },
  { id: "indikator", en: "indicator", note: "an IKU row" },
  { id: "anomali", en: "anomal", note: "a finding of a check rule (anomaly, anomalies)" },
  {
    id: "polaritas",
    en: "polarity",
    note: "positive: higher is better; negative: lower is better",
  },
  { id: "agregasi", en: "aggregation", note: "how quarters make the annual figure" },
  { id: "lembar", en: "sheet", note: "a worksheet" },
  {
    id: "buku kerja",
    en: "workbook",
    note: "the Excel file",
    avoidId: ["workbook", "dokumen"],
    avoidEn: ["document"],
  },
  { id: "rumus", en: "formula", note: "an Excel formula" },
  { id: "pengaturan", en: "setting", note: "calculation settings saved with the workbook" },
  { id: "peringatan", en: "warning", note: "severity" },
  { id: "informasi", en: "info", note: "severity", avoidEn: ["information"] },
];
