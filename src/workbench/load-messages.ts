// Why a file could not be opened, in the user's language (codes from the ExcelJS adapter's WorkbookLoadError).
import type { Lang } from "../core/types";

const MESSAGES: Record<string, [string, string]> = {
  empty: ["File kosong (0 byte).", "The file is empty (0 bytes)."],
  xls: [
    "Ini file Excel lama (.xls). Simpan dulu sebagai .xlsx.",
    "This is an old Excel file (.xls); save it as .xlsx first.",
  ],
  encrypted: [
    "Workbook dilindungi kata sandi. Hapus kata sandi lalu simpan ulang.",
    "The workbook is password-protected; remove the password and save it again.",
  ],
  csv: [
    "Ini file teks/CSV, bukan workbook Excel (.xlsx).",
    "This is a text/CSV file, not an Excel workbook (.xlsx).",
  ],
  "not-xlsx": [
    "File ini bukan workbook Excel (.xlsx).",
    "This file is not an Excel workbook (.xlsx).",
  ],
  truncated: [
    "File tampak terpotong (unduhan atau salinan tidak lengkap).",
    "The file looks cut off (incomplete download or copy).",
  ],
  corrupt: [
    "File ini arsip zip tetapi bukan workbook Excel yang dapat dibaca.",
    "The file is a zip archive but not a readable Excel workbook.",
  ],
};

export function loadErrorMessage(lang: Lang, err: unknown): string {
  const code =
    err && typeof err === "object" && "code" in err ? String((err as { code: unknown }).code) : "";
  const m = MESSAGES[code];
  if (m) return m[lang === "en" ? 1 : 0];
  return err instanceof Error ? err.message : String(err);
}
