// The workbook's own record (issue 10 item 6): the settings and review marks the pane saved in the file, where
// Excel keeps an add-in's document settings (its web-extension part). `capaian analyze FILE` uses them as the pane
// would, so a file saved in Excel gives the CLI the same numbers and marks.
//
// Order, lowest first: the defaults, the workbook's saved settings, `--config` (key by key: a key the file names
// replaces the workbook's whole value for that key), `--lang`. The workbook's `lang` is not used: the CLI's
// language is chosen on its command line. `--marks FILE` replaces the workbook's marks entirely.
// `--out` leaves the record as it is (the plan never writes that part; its bytes are copied).
import { readAddinRecord } from "../adapters/xlsx";
import {
  ADDIN_ID,
  configProblemText,
  readDocumentRecord,
  type Config,
  type DocumentRecord,
  type Lang,
  type ReviewMark,
} from "../core";
import type { Io } from "./main";
import { msg } from "./messages";

/** The record in the workbook's bytes; a package whose record cannot be read has none (the load reports it). */
export function workbookRecord(bytes: Uint8Array, lang: Lang): DocumentRecord {
  try {
    return readDocumentRecord(readAddinRecord(bytes, ADDIN_ID), lang);
  } catch {
    return readDocumentRecord({}, lang);
  }
}

/** Each invalid saved value on one line (stderr), like `--config`'s; the rest applies. */
export function reportRecordProblems(
  record: DocumentRecord,
  file: string,
  lang: Lang,
  io: Io,
  marksReplaced: boolean
): void {
  for (const p of record.settingsProblems)
    io.err(msg(lang, "docSettingsIgnored", { file, problem: configProblemText(p, lang) }));
  if (marksReplaced) return;
  for (const detail of record.marksProblems) io.err(msg(lang, "docMarksIgnored", { file, detail }));
}

/** The config for one workbook: its saved settings under the command line's (`config`, already validated). */
export function workbookConfig(config: Partial<Config>, record: DocumentRecord): Partial<Config> {
  const saved: Partial<Config> = { ...(record.settings ?? {}) };
  delete saved.lang;
  return { ...saved, ...config };
}

/** The marks for one workbook: `--marks` when given, else the workbook's own (null: none). */
export function workbookMarks(
  given: { marks: ReviewMark[]; problems: string[] } | null,
  record: DocumentRecord
): { marks: ReviewMark[]; problems: string[] } | null {
  if (given) return given;
  return record.marks ? { marks: record.marks, problems: record.marksProblems } : null;
}
