// CLI wording, Bahasa Indonesia first.
import type { Lang } from "../core/types";

type Key =
  | "usage"
  | "missingFile"
  | "notFound"
  | "isDir"
  | "readFail"
  | "tables"
  | "overall"
  | "anomalies"
  | "bySeverity"
  | "noTables"
  | "wrote"
  | "jsonWrote"
  | "configBad"
  | "unknownOption"
  | "progress"
  | "problems"
  | "removed"
  | "noOutput"
  | "loadError"
  | "writeFail"
  | "nothingToRemove";

const M: Record<Key, { id: string; en: string }> = {
  usage: {
    id: `Pemakaian:
  capaian analyze BERKAS.xlsx... [--json KELUARAN.json] [--out HASIL.xlsx] [--no-summary] [--config PENGATURAN.json]
                  [--lang id|en] [--fail-on error|warning] [--marks TANDA.json]
  capaian remove BERKAS.xlsx --out BERSIH.xlsx      hapus semua hasil Capaian IKU dari buku kerja
Kode keluar: 0 analisis berjalan, 1 ada anomali sesuai --fail-on, 2 berkas atau argumen tidak dapat dipakai.`,
    en: `Usage:
  capaian analyze FILE.xlsx... [--json OUT.json] [--out ANNOTATED.xlsx] [--no-summary] [--config CFG.json]
                  [--lang id|en] [--fail-on error|warning] [--marks MARKS.json]
  capaian remove FILE.xlsx --out CLEAN.xlsx        remove everything Capaian IKU wrote into a workbook
Exit codes: 0 the analysis ran, 1 anomalies matching --fail-on, 2 a file or argument could not be used.`,
  },
  missingFile: { id: "Tidak ada berkas yang disebut. {usage}", en: "No file given. {usage}" },
  notFound: { id: "Berkas tidak ditemukan: {file}", en: "File not found: {file}" },
  isDir: { id: "Ini folder, bukan berkas: {file}", en: "This is a folder, not a file: {file}" },
  readFail: {
    id: "Berkas tidak dapat dibaca: {file} ({detail})",
    en: "The file cannot be read: {file} ({detail})",
  },
  loadError: { id: "{file}: {detail}", en: "{file}: {detail}" },
  tables: { id: "Tabel ditemukan: {n}", en: "Tables found: {n}" },
  noTables: {
    id: "Tidak ada tabel IKU atau anggaran yang dikenali.",
    en: "No IKU or budget table was recognised.",
  },
  overall: {
    id: "Capaian keseluruhan: {value} ({counted} dari {total} indikator, nilai kosong {policy})",
    en: "Overall achievement: {value} ({counted} of {total} indicators, missing values {policy})",
  },
  anomalies: { id: "Anomali: {n}", en: "Anomalies: {n}" },
  bySeverity: {
    id: "  galat {error} · peringatan {warning} · info {info}",
    en: "  errors {error} · warnings {warning} · info {info}",
  },
  wrote: { id: "Buku kerja beranotasi ditulis: {file}", en: "Annotated workbook written: {file}" },
  jsonWrote: { id: "Laporan JSON ditulis: {file}", en: "JSON report written: {file}" },
  configBad: {
    id: "Berkas pengaturan tidak dapat dipakai: {file} ({detail})",
    en: "The config file cannot be used: {file} ({detail})",
  },
  unknownOption: {
    id: "Pilihan tidak dikenal: {opt}. {usage}",
    en: "Unknown option: {opt}. {usage}",
  },
  progress: { id: "Membaca {file} …", en: "Reading {file} …" },
  problems: { id: "Masalah: {detail}", en: "Problem: {detail}" },
  removed: {
    id: "Semua hasil Capaian IKU dihapus: {file}",
    en: "All Capaian IKU output removed: {file}",
  },
  noOutput: {
    id: "Perintah remove memerlukan --out BERKAS.xlsx",
    en: "The remove command needs --out FILE.xlsx",
  },
  writeFail: { id: "Tidak dapat menulis {file} ({detail})", en: "Cannot write {file} ({detail})" },
  nothingToRemove: {
    id: "Tidak ada hasil Capaian IKU di {file}",
    en: "No Capaian IKU output in {file}",
  },
};

export function msg(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  return M[key][lang].replace(/\{(\w+)\}/g, (_, k: string) =>
    k === "usage" ? M.usage[lang] : String(params[k] ?? "")
  );
}
