// Every string the planner writes into a workbook, Bahasa Indonesia first, English second.
import type { Config, Lang, Severity } from "../types";

const L = {
  realisasi: { id: "Realisasi (dihitung)", en: "Realisasi (computed)" },
  capaian: { id: "Capaian (dihitung)", en: "Achievement (computed)" },
  status: { id: "Status", en: "Status" },
  anomali: { id: "Anomali", en: "Anomalies" },
  serapan: { id: "Serapan (dihitung)", en: "Absorption (computed)" },
  efisiensi: { id: "Efisiensi (dihitung)", en: "Efficiency (computed)" },
  achieved: { id: "Tercapai", en: "Achieved" },
  notAchieved: { id: "Belum tercapai", en: "Not achieved" },
  cannot: { id: "Tidak dapat dihitung", en: "Cannot be computed" },
  readFromText: { id: "dibaca dari teks", en: "read from text" },
  percentScale: { id: "dibaca sebagai persen", en: "read as a percentage" },

  title: { id: "Ringkasan Capaian IKU", en: "Capaian IKU summary" },
  unit: { id: "Unit kerja", en: "Unit" },
  file: { id: "Berkas", en: "File" },
  date: { id: "Tanggal analisis", en: "Analysis date" },
  settings: { id: "Pengaturan", en: "Settings" },
  cap: { id: "Batas atas capaian", en: "Achievement cap" },
  noCap: { id: "Tanpa batas", en: "No cap" },
  missingPolicy: { id: "Data kosong", en: "Missing values" },
  exclude: { id: "Tidak dihitung (dikecualikan)", en: "Excluded" },
  zero: { id: "Dihitung nol", en: "Counted as zero" },
  efficiencyMethod: { id: "Metode efisiensi", en: "Efficiency method" },
  ratio: {
    id: "Capaian kinerja / serapan anggaran",
    en: "Performance achievement / budget absorption",
  },
  pmk214: { id: "PMK 214/2017 (nilai efisiensi)", en: "PMK 214/2017 (efficiency score)" },
  threshold: { id: "Ambang capaian ekstrem", en: "Extreme achievement threshold" },
  overall: { id: "Capaian IKU keseluruhan", en: "Overall IKU achievement" },
  counted: { id: "IKU dihitung / jumlah IKU", en: "IKU counted / total IKU" },
  perSasaran: { id: "Capaian per sasaran", en: "Achievement per objective (sasaran)" },
  sasaran: { id: "Sasaran", en: "Objective (sasaran)" },
  sheet: { id: "Lembar", en: "Sheet" },
  count: { id: "Jumlah IKU", en: "IKU count" },
  perKegiatan: {
    id: "Anggaran dan kinerja per kegiatan",
    en: "Budget and performance per activity",
  },
  kegiatan: { id: "Kegiatan", en: "Activity (kegiatan)" },
  pagu: { id: "Pagu", en: "Budget ceiling (pagu)" },
  realisasiAnggaran: { id: "Realisasi anggaran", en: "Budget realisation" },
  serapanShort: { id: "Serapan", en: "Absorption" },
  capaianKinerja: { id: "Capaian kinerja", en: "Performance achievement" },
  efisiensiShort: { id: "Efisiensi", en: "Efficiency" },
  band: { id: "Predikat NKA", en: "NKA band" },
  anomalies: { id: "Anomali", en: "Anomalies" },
  noAnomalies: { id: "Tidak ada anomali.", en: "No anomalies." },
  rule: { id: "Aturan", en: "Rule" },
  severity: { id: "Tingkat", en: "Severity" },
  cell: { id: "Sel", en: "Cell" },
  message: { id: "Pesan", en: "Message" },
  chartData: { id: "Data grafik: capaian per IKU", en: "Chart data: achievement per IKU" },
  indicator: { id: "Indikator", en: "Indicator" },
  capaianShort: { id: "Capaian", en: "Achievement" },
  target100: { id: "Target 100%", en: "Target 100%" },
  chartTitle: { id: "Capaian per IKU terhadap 100%", en: "Achievement per IKU against 100%" },
  error: { id: "Kesalahan", en: "Error" },
  warning: { id: "Peringatan", en: "Warning" },
  info: { id: "Info", en: "Info" },
} as const;

export type LabelKey = keyof typeof L;

export function label(k: LabelKey, lang: Lang): string {
  return L[k][lang];
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

/** Header labels of the computed columns, every language: how a version 1 record's columns are recognised. */
export const BLOCK_HEADERS: ReadonlySet<string> = new Set(
  (["realisasi", "capaian", "status", "anomali", "serapan", "efisiensi"] as const).flatMap((k) => [
    L[k].id,
    L[k].en,
  ])
);
