// Strings of the worked "Periksa" explanations and of review marks. One object per language implementing one
// interface, so the pane's locale packs (src/core/i18n/id.ts, en.ts) can absorb them as they are.
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

export const id: WorkedMessages = {
  capaian: "Capaian",
  realisasi: "Realisasi tahunan",
  status: "Status",
  serapan: "Serapan anggaran",
  efisiensi: "Efisiensi",
  efisiensiPmk: "Nilai efisiensi (NE)",
  average: "Rata-rata capaian",
  total: "Jumlah",
  target: "Target",
  annual: "Realisasi tahunan",
  quarter: (n) => `Triwulan ${["I", "II", "III", "IV"][n - 1] ?? n}`,
  pagu: "Pagu",
  realisasiAnggaran: "Realisasi anggaran",
  capaianKinerja: "Capaian kinerja kegiatan",
  statedValue: "Nilai tertulis",
  pmkE: "E (efisiensi)",
  wCapaianPos: "Capaian = Realisasi ÷ Target",
  wCapaianNeg: "Capaian = 2 − Realisasi ÷ Target (polaritas negatif: makin kecil makin baik)",
  wCap: (cap) => `lalu dibatasi paling tinggi ${cap}`,
  wQualitative:
    "Capaian kualitatif = 100% bila kategori realisasi ≥ kategori target, selain itu peringkat realisasi ÷ peringkat target",
  wRealisasiSum: "Realisasi tahunan = Triwulan I + II + III + IV",
  wRealisasiLast: "Realisasi tahunan = nilai triwulan terakhir yang terisi",
  wRealisasiAverage: "Realisasi tahunan = rata-rata triwulan yang terisi",
  wRealisasiStated: "Realisasi tahunan sebagaimana tertulis",
  wStatus: "Tercapai bila Capaian ≥ 100%",
  wSerapan: "Serapan = Realisasi anggaran ÷ Pagu",
  wEfisiensiRatio: "Efisiensi = Capaian kinerja ÷ Serapan anggaran",
  wPmkE: "E = (Pagu × CK − Realisasi anggaran) ÷ (Pagu × CK)",
  wPmkNe: "NE = 50% + (E ÷ 20%) × 50%, dibatasi 0%–100%",
  wAverage: (p) =>
    p === "zero"
      ? "Rata-rata = jumlah capaian ÷ jumlah IKU (capaian kosong dihitung 0)"
      : "Rata-rata = jumlah capaian ÷ jumlah IKU yang capaiannya ada (capaian kosong tidak dihitung)",
  wTotal: "Jumlah = jumlah baris-baris di atasnya",
  wTotalRatio: "% serapan baris jumlah = Σ realisasi anggaran ÷ Σ pagu",
  readText: (raw, shown) => `teks "${raw}" → ${shown}`,
  readPercentFormat: (shown) => `angka berformat persen → ${shown}`,
  readPercentScale: (raw, shown) => `angka ${raw} dibaca sebagai persen → ${shown}`,
  readNumber: (shown) => `angka ${shown}`,
  readComputed: (shown) => `dihitung → ${shown}`,
  readEmpty: "kosong (tidak dipakai)",
  readCategory: (raw) => `kategori "${raw}"`,
  achieved: "Tercapai",
  notAchieved: "Belum tercapai",
  notComputable: "Tidak dapat dihitung",
  excluded: (n) => `${n} IKU tanpa capaian tidak dihitung`,
  countedZero: (n) => `${n} IKU tanpa capaian dihitung 0`,
  capApplied: (raw, cap) => `${raw} melebihi batas ${cap}, dipakai ${cap}`,
  qualitativeRanks: (real, target) => `peringkat realisasi ${real}, peringkat target ${target}`,
  clearMismatch: (expected) => `Tanda hilang bila sel ini berisi ${expected}.`,
  textSourced: (raw) => `dibaca dari teks "${raw}"`,
  textByFormula: (raw) =>
    `dibaca dari teks "${raw}"; rumus add-in membacanya langsung dari sel (VALUE), jadi tetap hidup`,
  textAsConstant: (raw) =>
    `dibaca dari teks "${raw}"; Excel tidak dapat menghitung dengan sel ini, jadi angkanya ditulis sebagai nilai tetap`,
  srcCapaianPos: "PermenPAN-RB 53/2014 dan PermenPAN-RB 8/2021 (capaian = realisasi ÷ target)",
  srcCapaianNeg: "PermenPAN-RB 8/2021 (polaritas negatif: 2 − realisasi ÷ target)",
  srcSerapan: "PMK 62/2023 (penyerapan anggaran = realisasi ÷ pagu)",
  srcEfisiensiRatio: "Indeks efisiensi: capaian kinerja ÷ serapan (efisien bila ≥ 100%)",
  srcPmk214: "PMK 214/2017 (pengukuran efisiensi)",
  srcBand: "PMK 62/2023 (predikat nilai kinerja anggaran)",
  srcAverage: "Kebijakan unit tentang nilai kosong, disebut di Ringkasan",
  srcTotal: "Aritmetika tabel",
  srcPractice: "Praktik LKjIP",
  markChecked: "Sudah diperiksa",
  markAccepted: "Diterima",
  markReopened: "Dibuka lagi: sel sumbernya berubah",
  markOrphaned: "Temuan ini tidak ada lagi",
  ignoredAccepted: (n) => `${n} temuan berstatus diterima diabaikan oleh --fail-on`,
  marksBad: (file, detail) => `Berkas tanda tinjauan tidak dapat dipakai: ${file} (${detail})`,
  marksSummary: (kept, reopened, orphaned) =>
    `Tanda tinjauan: ${kept} berlaku, ${reopened} dibuka lagi (sel sumber berubah), ${orphaned} temuannya sudah tidak ada`,
};

export const en: WorkedMessages = {
  capaian: "Achievement",
  realisasi: "Annual realisation",
  status: "Status",
  serapan: "Budget absorption",
  efisiensi: "Efficiency",
  efisiensiPmk: "Efficiency score (NE)",
  average: "Average achievement",
  total: "Total",
  target: "Target",
  annual: "Annual realisation",
  quarter: (n) => `Quarter ${["I", "II", "III", "IV"][n - 1] ?? n}`,
  pagu: "Budget ceiling (pagu)",
  realisasiAnggaran: "Budget realisation",
  capaianKinerja: "Activity performance achievement",
  statedValue: "Stated value",
  pmkE: "E (efficiency)",
  wCapaianPos: "Achievement = Realisation ÷ Target",
  wCapaianNeg: "Achievement = 2 − Realisation ÷ Target (negative polarity: lower is better)",
  wCap: (cap) => `then capped at ${cap}`,
  wQualitative:
    "Qualitative achievement = 100% when the realisation's category ≥ the target's, else realisation rank ÷ target rank",
  wRealisasiSum: "Annual realisation = Quarter I + II + III + IV",
  wRealisasiLast: "Annual realisation = the last quarter filled in",
  wRealisasiAverage: "Annual realisation = average of the quarters filled in",
  wRealisasiStated: "Annual realisation as stated",
  wStatus: "Achieved when Achievement ≥ 100%",
  wSerapan: "Absorption = Budget realisation ÷ Pagu",
  wEfisiensiRatio: "Efficiency = Performance achievement ÷ Budget absorption",
  wPmkE: "E = (Pagu × CK − Budget realisation) ÷ (Pagu × CK)",
  wPmkNe: "NE = 50% + (E ÷ 20%) × 50%, limited to 0%–100%",
  wAverage: (p) =>
    p === "zero"
      ? "Average = sum of achievements ÷ number of IKU (missing achievement counted as 0)"
      : "Average = sum of achievements ÷ number of IKU with an achievement (missing ones not counted)",
  wTotal: "Total = sum of the rows above",
  wTotalRatio: "Total row absorption = Σ budget realisation ÷ Σ pagu",
  readText: (raw, shown) => `text "${raw}" → ${shown}`,
  readPercentFormat: (shown) => `number formatted as a percentage → ${shown}`,
  readPercentScale: (raw, shown) => `number ${raw} read as a percentage → ${shown}`,
  readNumber: (shown) => `number ${shown}`,
  readComputed: (shown) => `computed → ${shown}`,
  readEmpty: "empty (not used)",
  readCategory: (raw) => `category "${raw}"`,
  achieved: "Achieved",
  notAchieved: "Not achieved",
  notComputable: "Cannot be computed",
  excluded: (n) => `${n} IKU without an achievement not counted`,
  countedZero: (n) => `${n} IKU without an achievement counted as 0`,
  capApplied: (raw, cap) => `${raw} is above the cap ${cap}; ${cap} is used`,
  qualitativeRanks: (real, target) => `realisation rank ${real}, target rank ${target}`,
  clearMismatch: (expected) => `The flag clears when this cell holds ${expected}.`,
  textSourced: (raw) => `read from the text "${raw}"`,
  textByFormula: (raw) =>
    `read from the text "${raw}"; the add-in's formula reads it from the cell (VALUE), so it stays live`,
  textAsConstant: (raw) =>
    `read from the text "${raw}"; Excel cannot compute with this cell, so the number is written as a constant`,
  srcCapaianPos:
    "PermenPAN-RB 53/2014 and PermenPAN-RB 8/2021 (achievement = realisation ÷ target)",
  srcCapaianNeg: "PermenPAN-RB 8/2021 (negative polarity: 2 − realisation ÷ target)",
  srcSerapan: "PMK 62/2023 (budget absorption = realisation ÷ pagu)",
  srcEfisiensiRatio:
    "Efficiency index: performance achievement ÷ absorption (efficient when ≥ 100%)",
  srcPmk214: "PMK 214/2017 (efficiency measurement)",
  srcBand: "PMK 62/2023 (budget performance score band)",
  srcAverage: "The unit's policy on missing values, named in Ringkasan",
  srcTotal: "Table arithmetic",
  srcPractice: "LKjIP practice",
  markChecked: "Checked",
  markAccepted: "Accepted",
  markReopened: "Reopened: its source cells changed",
  markOrphaned: "This finding no longer occurs",
  ignoredAccepted: (n) => `${n} accepted findings ignored by --fail-on`,
  marksBad: (file, detail) => `The review marks file cannot be used: ${file} (${detail})`,
  marksSummary: (kept, reopened, orphaned) =>
    `Review marks: ${kept} in force, ${reopened} reopened (source cells changed), ${orphaned} whose finding is gone`,
};

export function workedMessages(lang: Lang): WorkedMessages {
  return lang === "en" ? en : id;
}
