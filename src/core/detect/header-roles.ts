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
  "pagu dipa",
  // SIPD's RAK (anggaran kas) names the line's budget so.
  "nilai rincian"
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
add("bobot", "bobot", "bobot %", "weight", "bobot iku", "bobot ss");

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

/** "K" (kinerja) and "Rp" (anggaran) sub-columns of the E.81 Renja evaluation form and its relatives. */
const K_MARK = /^(k|kin|kinerja|fisik|output|vol|volume)$/;
const RP_MARK = /^(rp|rp ribu|rp juta|rupiah|anggaran|keuangan|dana)$/;
const BARE_QUARTER = /^(?:triwulan|tw|trw|kuartal|quarter|q)?\s*(i{1,3}|iv|[1-4])$/;
/** Earlier plans and the Renstra: columns the year's evaluation does not compute from. */
const NOT_THIS_YEAR = /\b(renstra|tahun lalu|n 1|akhir periode|sd tahun)\b/;

/**
 * The role of a column under a header of several rows: `path` runs from the top row to the column's own text.
 * K / Rp sub-columns take their meaning from the group above them (E.81: target K | Rp, TW I K | Rp, …).
 */
export function roleOfPath(path: readonly string[]): ColumnRole | null {
  if (path.length === 0) return null;
  const leaf = path[path.length - 1];
  const parents = path.slice(0, -1);
  const nl = normalizeHeader(leaf);
  const k = K_MARK.test(nl);
  const rp = RP_MARK.test(nl);
  if (parents.length > 0 && (k || rp)) {
    const all = normalizeHeader(parents.join(" "));
    if (NOT_THIS_YEAR.test(all)) return null;
    const quarter =
      parents.map((x) => BARE_QUARTER.exec(normalizeHeader(x))).find((m) => m) ??
      /\b(?:triwulan|tw|trw|kuartal|quarter)\s*(i{1,3}|iv|[1-4])\b/.exec(all);
    if (quarter && (/triwulan|\btw\b|\btrw\b|quarter|kuartal/.test(all) || parents.length === 1)) {
      return k ? (`tw${ROMAN[quarter[1]]}` as ColumnRole) : null;
    }
    const head = normalizeHeader(parents[0]);
    if (/^(tingkat capaian|capaian|persentase capaian|achievement)/.test(head))
      return k ? "capaian" : "serapan";
    if (/^(target|pagu)/.test(head)) return k ? "target" : "pagu";
    if (/^(realisasi|realization)/.test(head)) return k ? "realisasi" : "realisasiAnggaran";
    // A group that says nothing ("Tahun 2024", "APBD"): the sub-column's own word decides below.
  }
  // "I".."IV" under "Realisasi Kinerja pada Triwulan".
  const bare = BARE_QUARTER.exec(nl);
  if (
    bare &&
    parents.length > 0 &&
    /triwulan|\btw\b|quarter|kuartal|trw/.test(normalizeHeader(parents.join(" ")))
  )
    return `tw${ROMAN[bare[1]]}` as ColumnRole;
  const parent = parents.length > 0 ? parents[parents.length - 1] : null;
  const own = roleOf(leaf, parent);
  if (own !== null || parents.length < 2) return own;
  // A "%" two rows under "Anggaran" (Anggaran › Tahun 2024 › %).
  return roleOf(leaf, parents[0]);
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
  // "JUMLAH ANGGARAN (Rp)", "Total Realisasi": the amount the word after it names.
  const rest = /^(?:jumlah|total|nilai)\s+(.+)$/.exec(n);
  if (rest) {
    const r = roleOf(rest[1], parent);
    if (r === "pagu" || r === "realisasiAnggaran" || r === "realisasi" || r === "target") return r;
  }
  // Longer headers that keep a known start ("Indikator Kinerja Utama (IKU) 2025", "Realisasi Tahun 2025").
  if (/^(realisasi|realization)\b/.test(n) && /\b(rp|anggaran|keuangan|budget)\b/.test(n))
    return "realisasiAnggaran";
  if (/^(indikator|indicator)\b/.test(n)) return "indikator";
  // "Sasaran Strategis / Indikator Kinerja Utama": the rows name indicators.
  if (/\b(indikator|indicator|iku)\b/.test(n) && !/^(target|realisasi|capaian|bobot)/.test(n))
    return "indikator";
  if (/^(indeks|nilai|tingkat|persentase) capaian\b/.test(n)) return "capaian";
  if (/^(anggaran|alokasi)\b/.test(n) && !/\b(realisasi|sisa|selisih)\b/.test(n)) return "pagu";
  if (/^sasaran\b/.test(n)) return "sasaran";
  if (/^(capaian|achievement)\b/.test(n)) return "capaian";
  if (/^target\b/.test(n)) return "target";
  if (/^(realisasi|realization)\b/.test(n)) return "realisasi";
  // "Pencapaian (P)": the count achieved in the puskesmas PKP form (its ratio is "% Cakupan").
  if (/^pencapaian\b/.test(n) && !/%/.test(n)) return "realisasi";
  if (/^(pagu)\b/.test(n)) return "pagu";
  if (/\b(serapan|penyerapan|absorption)\b/.test(n)) return "serapan";
  if (/^(keterangan|catatan)\b/.test(n)) return "keterangan";
  if (/^(bobot|weight)\b/.test(n)) return "bobot";
  return null;
}
