// Header text → column role. Case, spaces, punctuation and a trailing year are ignored; a parent header
// ("Realisasi", "Anggaran (Rp)", "Kinerja") tells which "Realisasi" and which "%" a column is.
import type { ColumnRole } from "../types";

export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/\u00A0/g, " ")
    .replace(/s\.\s*d\.?/g, "sd ") // "s.d." (sampai dengan)
    .replace(/[^a-z0-9%\u00C0-\u024F]+/g, " ")
    .replace(/\b(tahun|th|year)?\s*(19|20)\d\d\b/g, " ") // "Target Tahun 2025" → "target"
    .replace(/\s+/g, " ")
    .trim();
}

const QUARTER = /^(?:triwulan|tw|trw|kuartal|quarter|q)\s*(i{1,3}|iv|[1-4])$/;
const ROMAN: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
};

const EXACT: Record<string, ColumnRole> = {};
function add(role: ColumnRole, ...names: string[]): void {
  for (const n of names) EXACT[n] = role;
}
add("no", "no", "nomor", "no urut", "nomer");
add(
  "sasaran",
  "sasaran",
  "sasaran strategis",
  "sasaran program",
  "sasaran kegiatan",
  "program kegiatan",
  "kegiatan",
  "program",
  "strategic objective",
  "objective",
  "strategic objectives",
  "objectives",
  "sasaran strategis ss",
  "tujuan"
);
add(
  "indikator",
  "indikator",
  "indikator kinerja",
  "indikator kinerja utama",
  "indikator kinerja kegiatan",
  "indikator kinerja program",
  "indikator kinerja utama iku",
  "iku",
  "ikk",
  "iki",
  "indicator",
  "indicators",
  "key performance indicator",
  "key performance indicators",
  "kpi",
  "performance indicator"
);
add("satuan", "satuan", "unit", "satuan ukuran", "unit of measure");
add("polaritas", "polaritas", "polarity", "polarisasi");
add("agregasi", "agregasi", "jenis agregasi", "aggregation", "metode agregasi");
add("target", "target", "target kinerja", "target pk", "target tahunan", "annual target");
add(
  "realisasi",
  "tahunan",
  "realisasi",
  "realisasi tahunan",
  "realisasi sd tw iv",
  "realisasi sd triwulan iv",
  "annual",
  "realisasi kinerja",
  "realisasi sd tw 4",
  "sd tw iv",
  "sd triwulan iv",
  "actual",
  "realization",
  "realisasi iku"
);
add(
  "capaian",
  "capaian",
  "capaian %",
  "% capaian",
  "capaian kinerja",
  "capaian kinerja %",
  "achievement",
  "achievement %",
  "persentase capaian",
  "capaian realisasi",
  "% capaian kinerja",
  "capaian iku"
);
add(
  "pagu",
  "pagu",
  "pagu anggaran",
  "anggaran",
  "budget",
  "anggaran rp",
  "pagu rp",
  "alokasi anggaran",
  "pagu dipa"
);
add(
  "realisasiAnggaran",
  "realisasi anggaran",
  "realisasi rp",
  "spent",
  "realisasi anggaran rp",
  "budget realization",
  "spending"
);
add(
  "serapan",
  "% serapan",
  "% penyerapan",
  "penyerapan",
  "serapan",
  "absorption",
  "penyerapan %",
  "serapan %",
  "persentase penyerapan",
  "persentase serapan",
  "% realisasi anggaran",
  "absorption %"
);
add("keterangan", "keterangan", "notes", "catatan", "ket", "note", "remarks");

export type ParentKind = "realisasi" | "anggaran" | "kinerja" | "target" | "capaian" | null;

export function parentKind(text: string | null): ParentKind {
  if (!text) return null;
  const n = normalizeHeader(text);
  if (/^(anggaran|budget|pagu|keuangan)\b/.test(n)) return "anggaran";
  if (/^(kinerja|performance|output)\b/.test(n)) return "kinerja";
  if (/^(realisasi|realization|actual)\b/.test(n)) return "realisasi";
  if (/^target\b/.test(n)) return "target";
  if (/^(capaian|achievement)\b/.test(n)) return "capaian";
  return null;
}

/** The role of a column whose own header is `text`, under `parent` (the upper header row), or null. */
export function roleOf(text: string, parent: string | null = null): ColumnRole | null {
  const n = normalizeHeader(text);
  if (!n) return null;
  const p = parentKind(parent);
  const q = QUARTER.exec(n.replace(/^realisasi\s+/, ""));
  if (q) return `tw${ROMAN[q[1]]}` as ColumnRole;
  if (/^rata rata capaian|^average achievement/.test(n)) return "rataCapaian";
  if (n === "%" || n === "persentase" || n === "persen") {
    if (p === "anggaran") return "serapan";
    if (p === "kinerja" || p === "capaian" || p === "realisasi") return "capaian";
    return null;
  }
  if (p === "anggaran" && /^(realisasi|realization|spent)\b/.test(n)) return "realisasiAnggaran";
  if (p === "anggaran" && /^(pagu|anggaran|budget)\b/.test(n)) return "pagu";
  if (EXACT[n]) return EXACT[n];
  // Longer headers that keep a known start ("Indikator Kinerja Utama (IKU) 2025", "Realisasi Tahun 2025").
  if (/^(realisasi|realization)\b/.test(n) && /\b(rp|anggaran|keuangan|budget)\b/.test(n))
    return "realisasiAnggaran";
  if (/^(indikator|indicator)\b/.test(n)) return "indikator";
  if (/^sasaran\b/.test(n)) return "sasaran";
  if (/^(capaian|achievement)\b/.test(n)) return "capaian";
  if (/^target\b/.test(n)) return "target";
  if (/^(realisasi|realization)\b/.test(n)) return "realisasi";
  if (/^(pagu)\b/.test(n)) return "pagu";
  if (/\b(serapan|penyerapan|absorption)\b/.test(n)) return "serapan";
  if (/^(keterangan|catatan)\b/.test(n)) return "keterangan";
  return null;
}
