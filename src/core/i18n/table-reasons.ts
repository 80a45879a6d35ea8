// What the engine took a table's columns to be, and why, in the user's language (report, CLI, pane).
import type { ColumnRole, Lang, TableReason } from "../types";

const ROLE: Record<ColumnRole, [string, string]> = {
  no: ["No", "No."],
  sasaran: ["sasaran/program", "objective/programme"],
  indikator: ["indikator", "indicator"],
  satuan: ["satuan", "unit"],
  polaritas: ["polaritas", "polarity"],
  agregasi: ["agregasi", "aggregation"],
  target: ["target", "target"],
  tw1: ["TW I", "Q1"],
  tw2: ["TW II", "Q2"],
  tw3: ["TW III", "Q3"],
  tw4: ["TW IV", "Q4"],
  realisasi: ["realisasi", "realisation"],
  capaian: ["capaian", "achievement"],
  pagu: ["pagu", "budget"],
  realisasiAnggaran: ["realisasi anggaran", "spending"],
  serapan: ["% serapan", "% absorption"],
  rataCapaian: ["rata-rata capaian", "average achievement"],
  keterangan: ["keterangan", "remarks"],
  bobot: ["bobot", "weight"],
};

export function roleWord(role: ColumnRole, lang: Lang): string {
  return ROLE[role][lang === "en" ? 1 : 0];
}

export function tableReasonText(r: TableReason, lang: Lang): string {
  const id = lang === "id";
  const role = r.role ? roleWord(r.role, lang) : "";
  const rows = `${r.matched ?? 0} ${id ? "dari" : "of"} ${r.rows ?? 0} ${id ? "baris" : "rows"}`;
  const neg = r.negative
    ? id
      ? `, ${r.negative} dengan polaritas negatif (2 − R/T)`
      : `, ${r.negative} with negative polarity (2 − R/T)`
    : "";
  switch (r.kind) {
    case "header":
      return id ? `${r.column}: ${role} (judul kolom)` : `${r.column}: ${role} (column header)`;
    case "ratio":
      return id
        ? `${r.column} = ${r.of?.[0]}/${r.of?.[1]} pada ${rows}${neg}: ${role}`
        : `${r.column} = ${r.of?.[0]}/${r.of?.[1]} on ${rows}${neg}: ${role}`;
    case "ratioOverHeader":
      return id
        ? `${r.column} = ${r.of?.[0]}/${r.of?.[1]} pada ${rows}${neg}: dibaca sebagai ${role}, apa pun judulnya`
        : `${r.column} = ${r.of?.[0]}/${r.of?.[1]} on ${rows}${neg}: read as ${role}, whatever its header says`;
    case "ratioBroken":
      return id
        ? `${r.column}: judulnya ${role}, tetapi nilainya tidak sama dengan rasio kolom lain`
        : `${r.column}: headed ${role}, but its values match no ratio of other columns`;
    case "capaianHoldsRealisasi":
      return id
        ? `${r.column}: judulnya capaian, tetapi nilainya realisasi (realisasi/target mendekati 100%)`
        : `${r.column}: headed achievement, but it holds the realisation (realisation/target near 100%)`;
    case "hierarchy":
      return id
        ? `${r.matched ?? 0} baris induk = jumlah baris di bawahnya (tidak dihitung dua kali)`
        : `${r.matched ?? 0} parent rows = sum of the rows below them (not counted twice)`;
    case "budgetGroups":
      return id
        ? `${r.matched ?? 0} kelompok Anggaran/Realisasi/% dalam satu baris`
        : `${r.matched ?? 0} Budget/Realisation/% groups in one row`;
  }
}
