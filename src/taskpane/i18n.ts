// Strings of the pane, the commands and the workbench: Bahasa Indonesia first, English second.
import type { ColumnRole, Lang, RuleId, Severity, TableKind } from "../core/types";

const id = {
  appTitle: "Capaian IKU",
  appSubtitle: "Capaian kinerja dan anggaran (SAKIP)",
  language: "Bahasa / Language",
  tabDetect: "Deteksi",
  tabSettings: "Pengaturan",
  tabRun: "Jalankan",
  tabResults: "Hasil",
  tabInspect: "Periksa",
  tabsLabel: "Bagian panel",

  // detection
  detectTitle: "Tabel yang ditemukan",
  detectRefresh: "Deteksi ulang",
  detectNone:
    "Belum ada tabel kinerja atau anggaran yang dikenali. Pilih rentang tabel sendiri di bawah.",
  detectLoading: "Membaca workbook…",
  tableSheet: "Lembar",
  tableRange: "Rentang",
  tableKind: "Jenis",
  tableIndicators: "Jumlah indikator",
  tableConfidence: "Keyakinan deteksi",
  kindIndicators: "Indikator kinerja",
  kindBudget: "Anggaran",
  kindOther: "Lainnya",
  mappingTitle: "Pemetaan kolom",
  mappingEdit: "Ubah pemetaan kolom",
  mappingHide: "Tutup pemetaan kolom",
  mappingLowConfidence: "Keyakinan deteksi rendah: periksa pemetaan kolom tabel ini.",
  mappingNone: "(tidak ada)",
  mappingSave: "Simpan pemetaan",
  mappingReset: "Kembalikan deteksi otomatis",
  mappingSaved: "Pemetaan kolom disimpan di dokumen.",
  manualTitle: "Pilih rentang tabel sendiri",
  manualHelp:
    "Pilih seluruh tabel (termasuk baris judul kolom) di lembar kerja, lalu klik tombol di bawah.",
  manualSelection: "Pilihan saat ini",
  manualNoSelection: "Belum ada pilihan",
  manualUse: "Gunakan pilihan sebagai tabel",
  manualRemove: "Hapus rentang {range}",
  manualList: "Rentang manual",

  // settings
  settingsTitle: "Pengaturan perhitungan",
  settingsSaved:
    "Pengaturan disimpan di dokumen, sehingga pemeriksa yang membuka file mendapat angka yang sama.",
  capLabel: "Batas atas capaian",
  capNone: "Tanpa batas",
  missingLabel: "Indikator tanpa data",
  missingExclude: "Tidak dihitung dalam rata-rata",
  missingZero: "Dihitung sebagai 0%",
  efficiencyLabel: "Metode efisiensi",
  efficiencyRatio: "Rasio capaian kinerja / serapan anggaran",
  efficiencyPmk: "PMK 214/2017 (nilai efisiensi)",
  extremeLabel: "Ambang capaian ekstrem (%)",
  extremeHint: "Capaian di atas angka ini ditandai sebagai ekstrem.",
  indicatorsTitle: "Per indikator",
  indicatorsNone: "Jalankan deteksi untuk melihat daftar indikator.",
  polarityLabel: "Polaritas",
  polarityAuto: "Otomatis",
  polarityPositive: "Positif (makin tinggi makin baik)",
  polarityNegative: "Negatif (makin rendah makin baik)",
  aggregationLabel: "Agregasi triwulan",
  aggregationAuto: "Otomatis",
  aggregationSum: "Jumlah",
  aggregationLast: "Nilai terakhir",
  aggregationAverage: "Rata-rata",
  settingsSave: "Simpan pengaturan",
  settingsReset: "Kembalikan ke bawaan",
  settingsResetDone: "Pengaturan dikembalikan ke bawaan.",

  // run
  runTitle: "Jalankan analisis",
  runHelp:
    "Menghitung capaian dan efisiensi, menulis kolom hitungan sebagai rumus Excel, dan menandai anomali.",
  runButton: "Jalankan analisis",
  runCancel: "Batalkan",
  runPhaseRead: "Membaca workbook…",
  runPhaseAnalyze: "Menganalisis tabel…",
  runPhasePlan: "Menyusun perubahan…",
  runPhaseWrite: "Menulis hasil ke workbook…",
  runPhaseCleanup: "Membatalkan: membersihkan hasil yang sebagian tertulis…",
  runDone: "Selesai: {cells} sel ditulis, {anomalies} anomali ditemukan.",
  runCancelled: "Dibatalkan. Workbook tidak berisi hasil setengah jadi.",
  runProgress: "Kemajuan",
  summaryButton: "Buat Ringkasan",
  summaryHelp: "Jalankan analisis dan buat atau perbarui lembar Ringkasan.",
  summaryDone: "Lembar Ringkasan dibuat.",
  removeButton: "Hapus hasil",
  removeTitle: "Hapus semua hasil Capaian IKU?",
  removeBody:
    "Kolom hitungan, tanda warna, catatan, dan lembar Ringkasan yang dibuat add-in ini akan dihapus. Data Anda tidak berubah.",
  removeConfirm: "Hapus",
  removeCancel: "Batal",
  removeDone: "Hasil add-in dihapus dari workbook.",
  actionsLabel: "Tindakan",

  // results
  resultsNone: "Belum ada hasil. Jalankan analisis terlebih dahulu.",
  overallTitle: "Capaian keseluruhan",
  overallCounted: "{counted} dari {total} indikator dihitung",
  sasaranTitle: "Capaian per sasaran",
  sasaranName: "Sasaran",
  capaian: "Capaian",
  budgetTitle: "Anggaran",
  budgetLine: "Kegiatan",
  pagu: "Pagu",
  realisasiAnggaran: "Realisasi",
  serapan: "Serapan",
  efisiensi: "Efisiensi",
  anomaliesTitle: "Anomali ({count})",
  anomaliesNone: "Tidak ada anomali untuk filter ini.",
  filterSheet: "Lembar",
  filterSeverity: "Tingkat",
  filterAll: "Semua",
  severityError: "Kesalahan",
  severityWarning: "Peringatan",
  severityInfo: "Informasi",
  anomalyGo: "Pilih sel {cell} di {sheet}",
  anomalyExplain: "Jelaskan",
  problemsTitle: "Sebagian analisis tidak dapat dilakukan",
  notWritten: "Hasil ini belum ditulis ke workbook. Klik Jalankan analisis untuk menulisnya.",

  // inspect
  inspectTitle: "Periksa sel",
  inspectHelp: "Pilih sebuah sel di lembar kerja untuk melihat asal angkanya.",
  inspectNeedsRun: "Jalankan analisis agar sel dapat dijelaskan.",
  inspectSelected: "Sel terpilih",
  inspectNothing: "Tidak ada penjelasan untuk sel ini.",
  inspectFormula: "Rumus",
  inspectInputs: "Masukan",
  inspectRule: "Aturan",
  inspectSource: "Sumber",
  inspectFix: "Cara memperbaiki",
  inspectJump: "Ke {ref}",

  // errors
  errProtectedTitle: "Lembar dilindungi",
  errProtectedBody:
    "Add-in tidak dapat menulis karena lembar atau workbook dilindungi. Buka proteksi (Tinjau › Buka Proteksi Lembar), lalu jalankan lagi.",
  errTooLargeTitle: "Data terlalu besar",
  errTooLargeBody:
    "Excel menolak permintaan karena terlalu besar. Pilih rentang tabel yang lebih kecil (Deteksi › Pilih rentang tabel sendiri) atau pisahkan tabel ke beberapa lembar.",
  errUnsupportedTitle: "Versi Excel tidak didukung",
  errUnsupportedBody:
    "Add-in ini membutuhkan Excel 2021, Microsoft 365, atau Excel di web (ExcelApi 1.7). Perbarui Excel atau gunakan Workbench di browser.",
  errNotInExcelTitle: "Tidak berjalan di Excel",
  errNotInExcelBody:
    "Panel ini harus dibuka dari Excel (Beranda › Capaian IKU). Untuk mencoba tanpa Excel, buka Workbench.",
  errCellEditTitle: "Excel sedang menyunting sel",
  errCellEditBody:
    "Selesaikan dulu penyuntingan sel (tekan Enter atau Esc, atau klik sel lain), lalu jalankan lagi.",
  errCommandTitle: "Capaian IKU: perintah gagal",
  errOtherTitle: "Terjadi kesalahan",
  errOtherBody:
    "Coba lagi. Jika masalah berlanjut, simpan workbook, tutup lalu buka kembali panel. Rincian: {detail}",
  errDismiss: "Tutup pesan",
  openWorkbench: "Buka Workbench",

  // workbench
  wbTitle: "Capaian IKU — Workbench",
  wbSubtitle: "Coba add-in di browser: file tidak dikirim ke mana pun.",
  wbOpen: "Buka file .xlsx",
  wbDownload: "Unduh workbook hasil",
  wbLoading: "Memuat {file}…",
  wbLoaded: "{file} dimuat.",
  wbLoadError: "File tidak dapat dibuka sebagai .xlsx: {detail}",
  wbSheets: "Lembar kerja",
  wbGrid: "Isi lembar {sheet}",
  wbTruncated: "Hanya {rows} baris × {cols} kolom pertama yang ditampilkan.",
  wbLegendError: "kesalahan",
  wbLegendWarning: "peringatan",
  wbLegendInfo: "informasi",
  wbLegendComputed: "dihitung add-in",
  wbLegend: "Keterangan warna",
  wbEmpty: "Belum ada workbook.",
};

export type MessageKey = keyof typeof id;

const en: Record<MessageKey, string> = {
  appTitle: "Capaian IKU",
  appSubtitle: "Performance and budget achievement (SAKIP)",
  language: "Bahasa / Language",
  tabDetect: "Detection",
  tabSettings: "Settings",
  tabRun: "Run",
  tabResults: "Results",
  tabInspect: "Inspect",
  tabsLabel: "Pane sections",

  detectTitle: "Tables found",
  detectRefresh: "Detect again",
  detectNone: "No performance or budget table recognised yet. Pick the table range yourself below.",
  detectLoading: "Reading the workbook…",
  tableSheet: "Sheet",
  tableRange: "Range",
  tableKind: "Kind",
  tableIndicators: "Indicators",
  tableConfidence: "Detection confidence",
  kindIndicators: "Performance indicators",
  kindBudget: "Budget",
  kindOther: "Other",
  mappingTitle: "Column mapping",
  mappingEdit: "Edit column mapping",
  mappingHide: "Close column mapping",
  mappingLowConfidence: "Low detection confidence: check this table's column mapping.",
  mappingNone: "(none)",
  mappingSave: "Save mapping",
  mappingReset: "Back to automatic detection",
  mappingSaved: "Column mapping saved in the document.",
  manualTitle: "Pick the table range yourself",
  manualHelp:
    "Select the whole table (column headers included) on the sheet, then click the button below.",
  manualSelection: "Current selection",
  manualNoSelection: "Nothing selected yet",
  manualUse: "Use the selection as a table",
  manualRemove: "Remove range {range}",
  manualList: "Manual ranges",

  settingsTitle: "Calculation settings",
  settingsSaved:
    "Settings saved in the document, so a reviewer who opens the file gets the same numbers.",
  capLabel: "Upper cap on achievement",
  capNone: "No cap",
  missingLabel: "Indicators without data",
  missingExclude: "Left out of averages",
  missingZero: "Counted as 0%",
  efficiencyLabel: "Efficiency method",
  efficiencyRatio: "Ratio of performance achievement / budget absorption",
  efficiencyPmk: "PMK 214/2017 (efficiency score)",
  extremeLabel: "Extreme achievement threshold (%)",
  extremeHint: "Achievement above this value is flagged as extreme.",
  indicatorsTitle: "Per indicator",
  indicatorsNone: "Run detection to list the indicators.",
  polarityLabel: "Polarity",
  polarityAuto: "Automatic",
  polarityPositive: "Positive (higher is better)",
  polarityNegative: "Negative (lower is better)",
  aggregationLabel: "Quarter aggregation",
  aggregationAuto: "Automatic",
  aggregationSum: "Sum",
  aggregationLast: "Last value",
  aggregationAverage: "Average",
  settingsSave: "Save settings",
  settingsReset: "Reset to defaults",
  settingsResetDone: "Settings reset to defaults.",

  runTitle: "Run the analysis",
  runHelp:
    "Computes achievement and efficiency, writes computed columns as Excel formulas and flags anomalies.",
  runButton: "Run analysis",
  runCancel: "Cancel",
  runPhaseRead: "Reading the workbook…",
  runPhaseAnalyze: "Analysing tables…",
  runPhasePlan: "Planning changes…",
  runPhaseWrite: "Writing results to the workbook…",
  runPhaseCleanup: "Cancelling: cleaning up partly written results…",
  runDone: "Done: {cells} cells written, {anomalies} anomalies found.",
  runCancelled: "Cancelled. The workbook holds no half-written results.",
  runProgress: "Progress",
  summaryButton: "Build Ringkasan",
  summaryHelp: "Run the analysis and build or refresh the Ringkasan summary sheet.",
  summaryDone: "Ringkasan sheet built.",
  removeButton: "Remove results",
  removeTitle: "Remove all Capaian IKU results?",
  removeBody:
    "The computed columns, colour flags, notes and the Ringkasan sheet this add-in wrote will be removed. Your data is not changed.",
  removeConfirm: "Remove",
  removeCancel: "Cancel",
  removeDone: "The add-in's results were removed from the workbook.",
  actionsLabel: "Actions",

  resultsNone: "No results yet. Run the analysis first.",
  overallTitle: "Overall achievement",
  overallCounted: "{counted} of {total} indicators counted",
  sasaranTitle: "Achievement per objective (sasaran)",
  sasaranName: "Objective",
  capaian: "Achievement",
  budgetTitle: "Budget",
  budgetLine: "Activity",
  pagu: "Ceiling (pagu)",
  realisasiAnggaran: "Spent",
  serapan: "Absorption",
  efisiensi: "Efficiency",
  anomaliesTitle: "Anomalies ({count})",
  anomaliesNone: "No anomalies for this filter.",
  filterSheet: "Sheet",
  filterSeverity: "Severity",
  filterAll: "All",
  severityError: "Error",
  severityWarning: "Warning",
  severityInfo: "Info",
  anomalyGo: "Select cell {cell} on {sheet}",
  anomalyExplain: "Explain",
  problemsTitle: "Part of the analysis could not be done",
  notWritten:
    "These results are not written to the workbook yet. Click Run analysis to write them.",

  inspectTitle: "Inspect a cell",
  inspectHelp: "Select a cell on the sheet to see where its number comes from.",
  inspectNeedsRun: "Run the analysis so cells can be explained.",
  inspectSelected: "Selected cell",
  inspectNothing: "Nothing to explain for this cell.",
  inspectFormula: "Formula",
  inspectInputs: "Inputs",
  inspectRule: "Rule",
  inspectSource: "Source",
  inspectFix: "How to fix",
  inspectJump: "Go to {ref}",

  errProtectedTitle: "Protected sheet",
  errProtectedBody:
    "The add-in cannot write because the sheet or workbook is protected. Unprotect it (Review › Unprotect Sheet), then run again.",
  errTooLargeTitle: "Too much data",
  errTooLargeBody:
    "Excel refused the request because it is too large. Pick a smaller table range (Detection › Pick the table range yourself) or split the tables over several sheets.",
  errUnsupportedTitle: "Excel version not supported",
  errUnsupportedBody:
    "This add-in needs Excel 2021, Microsoft 365 or Excel on the web (ExcelApi 1.7). Update Excel or use the Workbench in a browser.",
  errNotInExcelTitle: "Not running in Excel",
  errNotInExcelBody:
    "Open this pane from Excel (Home › Capaian IKU). To try it without Excel, open the Workbench.",
  errCellEditTitle: "Excel is editing a cell",
  errCellEditBody:
    "Finish editing the cell first (press Enter or Esc, or click another cell), then run again.",
  errCommandTitle: "Capaian IKU: the command failed",
  errOtherTitle: "Something went wrong",
  errOtherBody:
    "Try again. If it keeps happening, save the workbook and reopen the pane. Details: {detail}",
  errDismiss: "Dismiss message",
  openWorkbench: "Open the Workbench",

  wbTitle: "Capaian IKU — Workbench",
  wbSubtitle: "Try the add-in in a browser: your file is not sent anywhere.",
  wbOpen: "Open an .xlsx file",
  wbDownload: "Download the annotated workbook",
  wbLoading: "Loading {file}…",
  wbLoaded: "{file} loaded.",
  wbLoadError: "The file could not be opened as .xlsx: {detail}",
  wbSheets: "Worksheets",
  wbGrid: "Contents of sheet {sheet}",
  wbTruncated: "Only the first {rows} rows × {cols} columns are shown.",
  wbLegendError: "error",
  wbLegendWarning: "warning",
  wbLegendInfo: "info",
  wbLegendComputed: "computed by the add-in",
  wbLegend: "Colour legend",
  wbEmpty: "No workbook yet.",
};

const MESSAGES: Record<Lang, Record<MessageKey, string>> = { id, en };

/** The pane's language from Office's display language: English for "en*", Bahasa Indonesia otherwise. */
export function langFromDisplay(displayLanguage: string | undefined | null): Lang {
  return (displayLanguage ?? "").toLowerCase().startsWith("en") ? "en" : "id";
}

export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  let s = MESSAGES[lang][key] ?? MESSAGES.id[key];
  if (params) for (const [k, v] of Object.entries(params)) s = s.split(`{${k}}`).join(String(v));
  return s;
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => t(lang, key, params);
}

const SEVERITY_KEY: Record<Severity, MessageKey> = {
  error: "severityError",
  warning: "severityWarning",
  info: "severityInfo",
};
export function severityLabel(lang: Lang, s: Severity): string {
  return t(lang, SEVERITY_KEY[s]);
}

const KIND_KEY: Record<TableKind, MessageKey> = {
  indicators: "kindIndicators",
  budget: "kindBudget",
  other: "kindOther",
};
export function kindLabel(lang: Lang, k: TableKind): string {
  return t(lang, KIND_KEY[k]);
}

const ROLE_LABELS: Record<ColumnRole, [string, string]> = {
  no: ["No", "No."],
  sasaran: ["Sasaran", "Objective (sasaran)"],
  indikator: ["Indikator", "Indicator"],
  satuan: ["Satuan", "Unit"],
  polaritas: ["Polaritas", "Polarity"],
  agregasi: ["Agregasi", "Aggregation"],
  target: ["Target", "Target"],
  tw1: ["Triwulan I", "Quarter 1"],
  tw2: ["Triwulan II", "Quarter 2"],
  tw3: ["Triwulan III", "Quarter 3"],
  tw4: ["Triwulan IV", "Quarter 4"],
  realisasi: ["Realisasi tahunan", "Annual realisation"],
  capaian: ["Capaian (%)", "Achievement (%)"],
  pagu: ["Pagu anggaran", "Budget ceiling (pagu)"],
  realisasiAnggaran: ["Realisasi anggaran", "Budget spent"],
  serapan: ["Serapan (%)", "Absorption (%)"],
  rataCapaian: ["Rata-rata capaian", "Average achievement"],
  keterangan: ["Keterangan", "Remarks"],
};
export function roleLabel(lang: Lang, role: ColumnRole): string {
  return ROLE_LABELS[role][lang === "en" ? 1 : 0];
}
export const ROLES_BY_KIND: Record<TableKind, ColumnRole[]> = {
  indicators: [
    "no",
    "sasaran",
    "indikator",
    "satuan",
    "polaritas",
    "agregasi",
    "target",
    "tw1",
    "tw2",
    "tw3",
    "tw4",
    "realisasi",
    "capaian",
    "keterangan",
  ],
  budget: [
    "no",
    "sasaran",
    "indikator",
    "pagu",
    "realisasiAnggaran",
    "serapan",
    "target",
    "realisasi",
    "capaian",
    "rataCapaian",
    "keterangan",
  ],
  other: ["no", "sasaran", "indikator", "target", "realisasi", "capaian", "keterangan"],
};

const RULE_LABELS: Record<RuleId, [string, string]> = {
  QUARTER_SUM_MISMATCH: [
    "Jumlah triwulan tidak sama dengan tahunan",
    "Quarters do not add up to the annual figure",
  ],
  CAPAIAN_MISMATCH: [
    "Capaian tertulis berbeda dengan hitungan",
    "Stated achievement differs from the computed one",
  ],
  AVERAGE_MISMATCH: [
    "Rata-rata tertulis berbeda dengan hitungan",
    "Stated average differs from the computed one",
  ],
  ABSORPTION_MISMATCH: [
    "Serapan tertulis berbeda dengan hitungan",
    "Stated absorption differs from the computed one",
  ],
  TOTAL_MISMATCH: [
    "Jumlah tertulis berbeda dengan hitungan",
    "Stated total differs from the computed one",
  ],
  BUDGET_OVER: ["Realisasi melebihi pagu", "Spending exceeds the ceiling"],
  FORMULA_ERROR: ["Rumus menghasilkan galat", "Formula returns an error"],
  TARGET_ZERO: ["Target nol", "Target is zero"],
  MISSING_TARGET: ["Target kosong", "Target missing"],
  MISSING_REALISASI: ["Realisasi kosong", "Realisation missing"],
  PERCENT_SCALE: ["Skala persen tidak konsisten", "Inconsistent percent scale"],
  MIXED_UNITS: ["Satuan bercampur", "Mixed units"],
  CAPAIAN_EXTREME: ["Capaian ekstrem", "Extreme achievement"],
  DUPLICATE_INDICATOR: ["Indikator ganda", "Duplicate indicator"],
  NUMBER_AS_TEXT: ["Angka tersimpan sebagai teks", "Number stored as text"],
};
export function ruleLabel(lang: Lang, rule: RuleId | string): string {
  const l = RULE_LABELS[rule as RuleId];
  return l ? l[lang === "en" ? 1 : 0] : rule;
}
