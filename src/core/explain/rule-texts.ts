// What each anomaly rule checks and what would make it go away, for the "Periksa" panel. id first, en second.
import type { Anomaly, Lang, RuleId } from "../types";

interface Text {
  id: string;
  en: string;
}

export interface RuleText {
  title: Text;
  description: Text;
  fix: Text;
  /** The regulation or convention the check rests on, when there is one. */
  source?: Text;
}

const PERMENPAN: Text = {
  id: "PermenPAN-RB 53/2014 (capaian = realisasi / target); PermenPAN-RB 8/2021 (polaritas negatif: 2 − R/T)",
  en: "PermenPAN-RB 53/2014 (achievement = realisation / target); PermenPAN-RB 8/2021 (negative polarity: 2 − R/T)",
};
const PMK62: Text = {
  id: "PMK 62/2023 (penyerapan anggaran)",
  en: "PMK 62/2023 (budget absorption)",
};

export const RULE_TEXTS: Record<RuleId, RuleText> = {
  QUARTER_SUM_MISMATCH: {
    title: {
      id: "Realisasi tahunan ≠ realisasi triwulan",
      en: "Annual realisation ≠ quarterly realisation",
    },
    description: {
      id: "Realisasi tahunan tidak sama dengan gabungan realisasi Triwulan I–IV (jumlah, nilai terakhir, atau rata-rata sesuai sifat indikator).",
      en: "The annual realisation differs from the quarters I–IV combined (sum, last value or average, as the indicator requires).",
    },
    fix: {
      id: "Samakan realisasi tahunan dengan gabungan triwulan, atau atur cara agregasi indikator ini (jumlah / terakhir / rata-rata).",
      en: "Make the annual realisation match the quarters, or set this indicator's aggregation (sum / last / average).",
    },
  },
  CAPAIAN_MISMATCH: {
    title: {
      id: "Capaian tertulis ≠ capaian dihitung",
      en: "Stated achievement ≠ computed achievement",
    },
    description: {
      id: "Persentase capaian yang tertulis berbeda dari realisasi ÷ target (atau 2 − realisasi ÷ target untuk polaritas negatif).",
      en: "The stated achievement differs from realisation ÷ target (or 2 − realisation ÷ target for negative polarity).",
    },
    fix: {
      id: "Ganti capaian dengan nilai dihitung, atau periksa target, realisasi dan polaritas indikator.",
      en: "Replace the achievement with the computed value, or check the target, realisation and polarity.",
    },
    source: PERMENPAN,
  },
  AVERAGE_MISMATCH: {
    title: { id: "Rata-rata capaian tidak cocok", en: "Average achievement does not match" },
    description: {
      id: "Rata-rata yang tertulis berbeda dari rata-rata capaian IKU di atasnya (periksa rentang rumus dan pembaginya).",
      en: "The stated average differs from the average of the IKU achievements above it (check the formula range and divisor).",
    },
    fix: {
      id: "Hitung ulang rata-rata dari capaian setiap IKU; pastikan pembagi sama dengan jumlah IKU yang dihitung.",
      en: "Recompute the average from each IKU's achievement; the divisor must equal the number of IKU counted.",
    },
  },
  ABSORPTION_MISMATCH: {
    title: { id: "% serapan tidak cocok", en: "Absorption % does not match" },
    description: {
      id: "Persentase serapan yang tertulis berbeda dari realisasi anggaran ÷ pagu.",
      en: "The stated absorption differs from budget realisation ÷ budget ceiling (pagu).",
    },
    fix: {
      id: "Ganti % serapan dengan realisasi ÷ pagu, atau periksa angka pagu dan realisasinya.",
      en: "Replace the absorption with realisation ÷ pagu, or check the pagu and realisation figures.",
    },
    source: PMK62,
  },
  TOTAL_MISMATCH: {
    title: { id: "Baris jumlah tidak cocok", en: "Total row does not match" },
    description: {
      id: "Angka pada baris Jumlah/Total berbeda dari jumlah baris-baris di atasnya.",
      en: "The Jumlah/Total row differs from the sum of the rows above it.",
    },
    fix: {
      id: "Perbaiki rumus jumlah agar mencakup semua baris (hati-hati dengan sel gabungan yang dihitung dua kali).",
      en: "Fix the total formula to cover every row (beware of merged lines counted twice).",
    },
  },
  BUDGET_OVER: {
    title: { id: "Realisasi anggaran melebihi pagu", en: "Budget realisation exceeds the ceiling" },
    description: {
      id: "Realisasi anggaran lebih besar dari pagu (serapan di atas 100%).",
      en: "Budget realisation is larger than the pagu (absorption above 100%).",
    },
    fix: {
      id: "Periksa angka pagu (revisi DIPA) dan realisasi anggaran.",
      en: "Check the pagu (DIPA revisions) and the realisation figure.",
    },
    source: PMK62,
  },
  FORMULA_ERROR: {
    title: { id: "Galat rumus", en: "Formula error" },
    description: {
      id: "Sel berisi galat Excel (#DIV/0!, #REF!, #VALUE!…), jadi nilainya tidak dapat dipakai.",
      en: "The cell holds an Excel error (#DIV/0!, #REF!, #VALUE!…), so its value cannot be used.",
    },
    fix: {
      id: "Perbaiki rumus di sel ini (pembagi nol, referensi terhapus, teks di dalam perhitungan).",
      en: "Fix the formula in this cell (zero divisor, deleted reference, text inside arithmetic).",
    },
  },
  TARGET_ZERO: {
    title: { id: "Target nol", en: "Zero target" },
    description: {
      id: "Target bernilai nol, sehingga capaian (realisasi ÷ target) tidak dapat dihitung.",
      en: "The target is zero, so achievement (realisation ÷ target) cannot be computed.",
    },
    fix: {
      id: "Isi target sesuai Perjanjian Kinerja.",
      en: "Enter the target from the Perjanjian Kinerja (performance agreement).",
    },
    source: PERMENPAN,
  },
  MISSING_TARGET: {
    title: { id: "Target kosong", en: "Missing target" },
    description: {
      id: "Indikator ini tidak memiliki target, sehingga capaiannya tidak dapat dihitung.",
      en: "This indicator has no target, so its achievement cannot be computed.",
    },
    fix: {
      id: "Isi target sesuai Perjanjian Kinerja.",
      en: "Enter the target from the Perjanjian Kinerja (performance agreement).",
    },
  },
  MISSING_REALISASI: {
    title: { id: "Realisasi kosong", en: "Missing realisation" },
    description: {
      id: 'Realisasi tahunan dan triwulan kosong atau berisi "-", sehingga capaian tidak dapat dihitung.',
      en: 'The annual and quarterly realisation are empty or "-", so achievement cannot be computed.',
    },
    fix: {
      id: "Isi realisasi (tahunan atau per triwulan); jika memang belum ada, beri keterangan alasannya.",
      en: "Enter the realisation (annual or per quarter); if there is none yet, explain why in a remark.",
    },
  },
  PERCENT_SCALE: {
    title: { id: "Skala persen tidak konsisten", en: "Inconsistent percentage scale" },
    description: {
      id: "Persentase ditulis sebagai angka (mis. 92) di antara nilai pecahan (0,92 = 92%), sehingga terbaca 9.200%.",
      en: "A percentage is typed as a plain number (e.g. 92) among fractions (0.92 = 92%), so it reads as 9,200%.",
    },
    fix: {
      id: "Tulis nilainya sebagai 92% (atau 0,92) seperti sel lainnya.",
      en: "Type the value as 92% (or 0.92) like the other cells.",
    },
  },
  MIXED_UNITS: {
    title: { id: "Satuan berbeda", en: "Mixed units" },
    description: {
      id: "Target dan realisasi memakai satuan berbeda (mis. orang vs kasus, atau angka vs persen).",
      en: "Target and realisation use different units (e.g. people vs cases, or a count vs a percentage).",
    },
    fix: {
      id: "Nyatakan target dan realisasi dalam satuan yang sama.",
      en: "State target and realisation in the same unit.",
    },
  },
  CAPAIAN_EXTREME: {
    title: { id: "Capaian ekstrem", en: "Extreme achievement" },
    description: {
      id: "Capaian jauh di atas ambang (bawaan 200%): sering tanda target terlalu rendah atau salah ketik.",
      en: "Achievement is far above the threshold (200% by default): often a target set too low or a typo.",
    },
    fix: {
      id: "Periksa target dan realisasi; jika benar, jelaskan pada keterangan atau pakai batas atas capaian (mis. 120%).",
      en: "Check target and realisation; if correct, explain it in a remark or apply an achievement cap (e.g. 120%).",
    },
  },
  DUPLICATE_INDICATOR: {
    title: { id: "Indikator ganda", en: "Duplicate indicator" },
    description: {
      id: "Indikator yang sama muncul lebih dari sekali, sehingga terhitung dua kali dalam rata-rata.",
      en: "The same indicator appears more than once, so it counts twice in the average.",
    },
    fix: {
      id: "Hapus baris ganda atau bedakan nama indikatornya.",
      en: "Remove the duplicate row or make the indicator names distinct.",
    },
  },
  NUMBER_AS_TEXT: {
    title: { id: "Angka tersimpan sebagai teks", en: "Number stored as text" },
    description: {
      id: 'Sel berisi angka bersama teks (mis. "42.010 orang"); Excel tidak dapat menghitungnya, jadi nilai dibaca dari teks.',
      en: 'The cell holds a number with text (e.g. "42.010 orang"); Excel cannot compute with it, so the value was read from the text.',
    },
    fix: {
      id: "Tulis angkanya saja (42010) dan pindahkan satuan ke kolom Satuan atau ke format angka.",
      en: "Type the number only (42010) and move the unit to a Satuan column or the number format.",
    },
  },
};

export function ruleTitle(id: RuleId, lang: Lang): string {
  return RULE_TEXTS[id].title[lang];
}

export function ruleDescription(id: RuleId, lang: Lang): string {
  return RULE_TEXTS[id].description[lang];
}

/** Rules whose expected/actual figures are ratios (1 = 100%). */
const RATIO_RULES = new Set<RuleId>([
  "CAPAIAN_MISMATCH",
  "AVERAGE_MISMATCH",
  "ABSORPTION_MISMATCH",
  "CAPAIAN_EXTREME",
  "PERCENT_SCALE",
]);

function shownExpected(a: Anomaly): string {
  const x = a.expected;
  if (typeof x !== "number") return String(x);
  if (RATIO_RULES.has(a.rule)) return `${Number((x * 100).toFixed(2))}%`;
  return String(Number(x.toPrecision(10)));
}

/** What would make this anomaly go away; names the expected value when the rule reported one. */
export function ruleFix(a: Anomaly, lang: Lang): string {
  const base = RULE_TEXTS[a.rule].fix[lang];
  if (a.expected === undefined || a.expected === null || a.expected === "") return base;
  const shown = shownExpected(a);
  return `${base} ${lang === "id" ? "Nilai yang diharapkan" : "Expected value"}: ${shown}.`;
}

export function ruleSource(id: RuleId, lang: Lang): string | undefined {
  return RULE_TEXTS[id].source?.[lang];
}
