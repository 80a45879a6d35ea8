// Strings of the "Periksa" panel explanations, id first, en second.
import type { Aggregation, Config, Lang } from "../types";

const T = {
  target: { id: "Target", en: "Target" },
  tw1: { id: "Triwulan I", en: "Quarter I" },
  tw2: { id: "Triwulan II", en: "Quarter II" },
  tw3: { id: "Triwulan III", en: "Quarter III" },
  tw4: { id: "Triwulan IV", en: "Quarter IV" },
  annual: { id: "Realisasi tahunan", en: "Annual realisation" },
  statedCapaian: { id: "Capaian tertulis", en: "Stated achievement" },
  realisasiComputed: { id: "Realisasi (dihitung)", en: "Realisasi (computed)" },
  capaianComputed: { id: "Capaian (dihitung)", en: "Achievement (computed)" },
  serapanComputed: { id: "Serapan (dihitung)", en: "Absorption (computed)" },
  pagu: { id: "Pagu", en: "Budget ceiling (pagu)" },
  realisasiAnggaran: { id: "Realisasi anggaran", en: "Budget realisation" },
  statedSerapan: { id: "Serapan tertulis", en: "Stated absorption" },
  capaianKinerja: { id: "Capaian kinerja kegiatan", en: "Activity performance achievement" },
  status: { id: "Status", en: "Status" },
  anomali: { id: "Anomali", en: "Anomalies" },
  sum: {
    id: "Realisasi tahunan = jumlah Triwulan I–IV",
    en: "Annual realisation = sum of quarters I–IV",
  },
  last: {
    id: "Realisasi tahunan = nilai triwulan terakhir yang terisi",
    en: "Annual realisation = the last quarter filled in",
  },
  average: {
    id: "Realisasi tahunan = rata-rata triwulan",
    en: "Annual realisation = average of the quarters",
  },
  stated: { id: "Realisasi tahunan sebagaimana tertulis", en: "Annual realisation as stated" },
  positive: {
    id: "PermenPAN-RB 53/2014 (capaian = realisasi ÷ target)",
    en: "PermenPAN-RB 53/2014 (achievement = realisation ÷ target)",
  },
  negative: {
    id: "PermenPAN-RB 8/2021 (polaritas negatif: 2 − R/T)",
    en: "PermenPAN-RB 8/2021 (negative polarity: 2 − R/T)",
  },
  qualitative: {
    id: "Indikator kualitatif: capaian sebagaimana dinilai",
    en: "Qualitative indicator: achievement as assessed",
  },
  capped: { id: "dibatasi paling tinggi", en: "capped at" },
  serapanSource: {
    id: "PMK 62/2023 (serapan = realisasi anggaran ÷ pagu)",
    en: "PMK 62/2023 (absorption = budget realisation ÷ pagu)",
  },
  ratio: {
    id: "Efisiensi = capaian kinerja ÷ serapan anggaran",
    en: "Efficiency = performance achievement ÷ budget absorption",
  },
  pmk214: {
    id: "PMK 214/2017 (NE = 50% + (E ÷ 20%) × 50%, E = (P×CK − RA) ÷ (P×CK))",
    en: "PMK 214/2017 (NE = 50% + (E ÷ 20%) × 50%, E = (P×CK − RA) ÷ (P×CK))",
  },
  band: {
    id: "PMK 62/2023 (predikat nilai kinerja anggaran)",
    en: "PMK 62/2023 (budget performance score band)",
  },
  statusRule: { id: "Tercapai bila capaian ≥ 100%", en: "Achieved when achievement ≥ 100%" },
  summary: { id: "Ringkasan", en: "Summary" },
  readFromText: { id: "dibaca dari teks", en: "read from text" },
  percentScale: { id: "dibaca sebagai persen", en: "read as a percentage" },
} as const;

export type ExplainKey = keyof typeof T;

export function xl(k: ExplainKey, lang: Lang): string {
  return T[k][lang];
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
