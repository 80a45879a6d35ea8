// Polarity and aggregation of an indicator: from its own columns when the table has them, else inferred.
import type { Aggregation, Polarity } from "../types";

const NEGATIVE =
  /^(negatif|negative|minimi[sz]e|min|menurun|turun|↓|semakin kecil semakin baik|lower is better)\b|↓|semakin kecil/i;

/**
 * A rate of loss is better lower whatever the sheet computed: water lost (UFW, NRW, "air yang hilang"), leakage.
 * Narrow on purpose: "waktu", "temuan" or "kematian" are better lower too, but a sheet's own capaian decides those
 * (indicator-row's polarityFromStatedCapaian), and "Penurunan …" names a positive indicator.
 */
const LOSS =
  /\b(ufw|nrw)\b|unaccounted[- ]for water|non[- ]revenue water|kehilangan air|air (yang )?hilang|kebocoran/i;
const REDUCTION = /penurunan|menurun|menurunkan|berkurangnya|pengurangan|reduction|reduce/i;

export function polarityFrom(text: string | null, name: string): Polarity {
  if (text && NEGATIVE.test(text.trim())) return "negative";
  if (text && /^(positif|positive|maximi[sz]e|max|↑)/i.test(text.trim())) return "positive";
  if (/semakin kecil semakin baik|\(negatif\)|polaritas negatif/i.test(name)) return "negative";
  if (LOSS.test(name) && !REDUCTION.test(name)) return "negative";
  return "positive";
}

export function aggregationFrom(text: string | null): Aggregation | null {
  if (!text) return null;
  const t = text.trim().toLowerCase();
  if (/^(kumulatif|cumulative|sum|jumlah|total|penjumlahan)/.test(t)) return "sum";
  if (/^(akhir|last|posisi akhir|terakhir|take last|nilai akhir|end)/.test(t)) return "last";
  if (/^(rata|average|mean|avg)/.test(t)) return "average";
  return null;
}

const COUNT_UNITS = new Set([
  "orang",
  "oran",
  "org",
  "jiwa",
  "data",
  "kasus",
  "dokumen",
  "dok",
  "kegiatan",
  "laporan",
  "unit",
  "paket",
  "rp",
  "pmi",
  "cpmi",
  "berkas",
  "kali",
  "lembaga",
  "desa",
  "perusahaan",
  "mitra",
  "pengaduan",
  "layanan",
  "peserta",
  "sertifikat",
  "buah",
  "set",
  "kk",
  "keluarga",
  "rekomendasi",
  "surat",
  "izin",
  "kerjasama",
  "mou",
  "pks",
  "sosialisasi",
  "pelatihan",
  "aplikasi",
  "sistem",
  "modul",
  "rekomendasi",
  "people",
  "persons",
  "cases",
  "reports",
  "documents",
  "activities",
  "units",
  "packages",
  "events",
]);
const LEVEL_UNITS = new Set([
  "%",
  "nilai",
  "indeks",
  "index",
  "skor",
  "score",
  "predikat",
  "poin",
  "point",
  "points",
  "level",
  "tingkat",
  "rasio",
  "ratio",
  "opini",
  "kategori",
]);
const LEVEL_NAME =
  /\b(nilai|indeks|index|skor|score|predikat|persentase|tingkat|rasio|opini|level|maturitas|rata-rata)\b/i;

/** Counts (orang, data, kasus, Rp …) sum over quarters; levels (%, nilai, indeks …) take the last. */
export function aggregationFromUnit(
  unit: string | null,
  percent: boolean,
  name: string
): Aggregation {
  if (percent) return "last";
  const u = unit?.toLowerCase() ?? null;
  if (u && LEVEL_UNITS.has(u)) return "last";
  if (u && COUNT_UNITS.has(u)) return "sum";
  if (LEVEL_NAME.test(name)) return "last";
  return "sum";
}

/** Units are compared loosely: "Orang" = "orang", "Oran" (a typo) ≈ "orang". */
export function sameUnit(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || (x.length >= 3 && y.startsWith(x)) || (y.length >= 3 && x.startsWith(y));
}
