// Why a file could not be opened, in the user's language: one table for the CLI, the workbench and the error itself.
import type { Lang } from "../../core/types";
import type { WorkbookLoadErrorCode } from "./load";

export const LOAD_ERRORS: Record<WorkbookLoadErrorCode, { id: string; en: string }> = {
  empty: { id: "berkas kosong (0 byte)", en: "the file is empty (0 bytes)" },
  xls: {
    id: "ini berkas Excel lama (.xls); simpan dulu sebagai .xlsx",
    en: "this is an old Excel file (.xls); save it as .xlsx first",
  },
  encrypted: {
    id: "buku kerja dilindungi kata sandi; hapus kata sandinya lalu simpan ulang",
    en: "the workbook is password-protected; remove the password and save it again",
  },
  csv: {
    id: "ini berkas teks/CSV, bukan buku kerja Excel (.xlsx)",
    en: "this is a text/CSV file, not an Excel workbook (.xlsx)",
  },
  "not-xlsx": {
    id: "ini bukan buku kerja Excel (.xlsx)",
    en: "this is not an Excel workbook (.xlsx)",
  },
  truncated: {
    id: "berkas terpotong (unduhan atau salinan tidak lengkap)",
    en: "the file is cut off (incomplete download or copy)",
  },
  "too-large": {
    id: "berkas terlalu besar setelah dibuka (batas 256 MB per bagian, 400 MB seluruhnya) atau dimampatkan secara tidak wajar (bom zip); tidak dibaca",
    en: "the file is too large once unpacked (limits: 256 MB per part, 400 MB in all) or implausibly compressed (a zip bomb); not read",
  },
  "missing-part": {
    id: "berkas rusak: sel teks merujuk ke daftar teks bersama (sharedStrings.xml) yang tidak ada di dalam berkas",
    en: "the file is damaged: text cells refer to the shared-strings list (sharedStrings.xml), which the file does not contain",
  },
  corrupt: {
    id: "berkas rusak: arsip zip tetapi bukan buku kerja yang dapat dibaca",
    en: "the file is damaged: a zip archive but not a readable workbook",
  },
};

/** The explanation of a load failure; anything that is not a WorkbookLoadError reads as a damaged file. */
export function loadErrorText(err: unknown, lang: Lang): string {
  const code =
    err && typeof err === "object" && "code" in err ? String((err as { code: unknown }).code) : "";
  const m =
    (LOAD_ERRORS as Record<string, { id: string; en: string }>)[code] ?? LOAD_ERRORS.corrupt;
  return m[lang];
}
