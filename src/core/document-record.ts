// The add-in's record in a document: its settings and review marks, kept where Excel keeps an add-in's document
// settings (Office.context.document.settings), so the pane, the workbench and the CLI read and write one record.
//
// Excel writes each `settings.set(name, value)` as `<we:property name="name" value="JSON of value"/>` in the
// add-in's web-extension part ([MS-OWEXML] 2.2.1 CT_OsfWebExtensionProperty; the part is found by its
// `<we:reference id>`, the manifest's <Id>). The value is the JSON serialisation of what was set: a boolean set
// as `true` is stored `value="true"` (learn.microsoft.com, "Automatically open a task pane with a document",
// Office.AutoShowTaskpaneWithDocument), a string as a JSON string (`value="&quot;e1c6&quot;"`). The pane sets
// JSON *strings* (`JSON.stringify(config)`), so the stored value is a JSON string holding JSON; an object set
// directly would be stored as a JSON object. Reading takes both. Pure: the parts themselves are read and written
// by the package adapter (src/adapters/xlsx/webextension.ts).
import { validateSettings, type ConfigProblem } from "./config";
import { parseMarks } from "./review/marks";
import type { ReviewMark, ReviewMarks } from "./review/types";
import type { Config, Lang } from "./types";

/** The manifest's <Id> and <Version> (manifest.xml; tests/xlsx/webextension.test.ts keeps them equal). */
export const ADDIN_ID = "3f6f2c1e-8a4b-4d0e-9b7a-5c2d1e4f6a81";
export const ADDIN_VERSION = "0.1.0.0";

/** Document-settings keys: the pane's settings (a partial Config) and the review marks record. */
export const SETTINGS_KEY = "capaianIku.config";
export const MARKS_KEY = "capaianIku.reviewMarks";

const NOT_JSON = Symbol("not JSON");

/** A setting's value as set: a JSON string is parsed (what the pane stores), anything else is taken as it is. */
function unwrap(raw: unknown): unknown {
  if (typeof raw !== "string") return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return NOT_JSON;
  }
}

/**
 * The value a document setting holds, as Office.js `settings.get` returns it (`raw`), validated once here: an
 * invalid value is dropped and named in `problems`, never cast through. A JSON string holding the config (what the
 * pane stores) or the config object itself.
 */
export function parseSavedSettings(raw: unknown): {
  settings: Partial<Config> | null;
  problems: ConfigProblem[];
} {
  if (raw == null || raw === "") return { settings: null, problems: [] };
  const value = unwrap(raw);
  if (value === NOT_JSON)
    return { settings: null, problems: [{ key: "", value: raw, expected: "notObject" }] };
  const { settings, problems } = validateSettings(value);
  const usable = !problems.some((p) => p.expected === "notObject");
  return { settings: usable ? settings : null, problems };
}

/**
 * What `settings.get` would return for a stored property value (the `value` attribute's text, the JSON of what
 * was set); undefined when it is not JSON (Office itself would not have written it).
 */
export function settingFromStored(stored: string | undefined): unknown {
  if (stored === undefined) return undefined;
  try {
    return JSON.parse(stored) as unknown;
  } catch {
    return undefined;
  }
}

/** The stored property value Office writes for `settings.set(name, value)`. */
export function storedFromSetting(value: unknown): string {
  // U+FFFE/U+FFFF are valid in JSON text but not in XML: escaped, they read back the same.
  return JSON.stringify(value).replace(
    /[\uFFFE\uFFFF]/g,
    (c) => "\\u" + c.charCodeAt(0).toString(16)
  );
}

/** The add-in's record read from its properties (name → stored value), each part validated. */
export interface DocumentRecord {
  /** The saved settings (valid values only), or null when there are none. */
  settings: Partial<Config> | null;
  settingsProblems: ConfigProblem[];
  /** The saved marks, or null when the document has none (an empty record is `[]`). */
  marks: ReviewMark[] | null;
  marksProblems: string[];
}

/**
 * The marks a document setting holds, as `settings.get` returns it: a JSON string of the record (what the pane
 * stores) or the record itself; null when there is none. Invalid marks are dropped and named.
 */
export function parseSavedMarks(
  raw: unknown,
  lang: Lang = "id"
): { marks: ReviewMark[] | null; problems: string[] } {
  if (raw == null || raw === "") return { marks: null, problems: [] };
  const value = unwrap(raw);
  return parseMarks(value === NOT_JSON ? null : value, lang);
}

export function readDocumentRecord(
  props: Record<string, string>,
  lang: Lang = "id"
): DocumentRecord {
  const { settings, problems } = parseSavedSettings(settingFromStored(props[SETTINGS_KEY]));
  // A stored value that is not JSON at all is named like a record that is not one.
  const stored = props[MARKS_KEY];
  const raw = settingFromStored(stored);
  const m =
    stored !== undefined && raw === undefined ? parseMarks(null, lang) : parseSavedMarks(raw, lang);
  return { settings, settingsProblems: problems, marks: m.marks, marksProblems: m.problems };
}

/**
 * The properties to store for these settings and marks, as the pane stores them (a JSON string of each, through
 * settings.set): only what is given is written.
 */
export function documentRecordProps(record: {
  settings?: Partial<Config> | null;
  marks?: ReviewMarks | null;
}): Record<string, string> {
  const out: Record<string, string> = {};
  if (record.settings) out[SETTINGS_KEY] = storedFromSetting(JSON.stringify(record.settings));
  if (record.marks) out[MARKS_KEY] = storedFromSetting(JSON.stringify(record.marks));
  return out;
}
