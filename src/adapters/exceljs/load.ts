// Open .xlsx bytes and turn every failure into a WorkbookLoadError with a code the UI can explain: the sniffing,
// the package limits and the direct snapshot here; ExcelJS's model in load-workbook.ts, imported only when needed
// (the workbench page reads its snapshot directly and never loads ExcelJS for it).
// No Node imports: the browser workbench uses this too.
import JSZip from "jszip";
import { LOAD_ERRORS } from "./load-messages";
import { directSnapshot } from "./direct-snapshot";
import { guardPackage, PackageLimitError, type InflatedPart } from "./package-guard";
import type { WorkbookSnapshot } from "../../core";

export type WorkbookLoadErrorCode =
  | "empty"
  | "xls"
  | "encrypted"
  | "csv"
  | "not-xlsx"
  | "truncated"
  | "corrupt"
  | "too-large"
  | "missing-part";

export class WorkbookLoadError extends Error {
  readonly code: WorkbookLoadErrorCode;
  /** The underlying error, kept for logs; never shown as the message. */
  readonly detail?: unknown;
  constructor(code: WorkbookLoadErrorCode, detail?: unknown) {
    super(LOAD_ERRORS[code].en);
    this.name = "WorkbookLoadError";
    this.code = code;
    this.detail = detail;
  }
}

export function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

/** True when `name` occurs UTF-16LE encoded (how CFB directory entries store stream names). */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  const last = bytes.length - name.length * 2;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++) {
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** Text heuristic on the first 4 KB: no NUL bytes and almost only printable characters. */
function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let printable = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return false;
    if (b === 9 || b === 10 || b === 13 || b >= 32) printable++;
  }
  return printable / n > 0.95;
}

function looksLikeCsv(bytes: Uint8Array): boolean {
  // Excel's "Unicode Text" export is UTF-16 with a byte order mark (and so full of NUL bytes).
  const utf16 =
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (!utf16 && !looksLikeText(bytes)) return false;
  const encoding = utf16 ? (bytes[0] === 0xff ? "utf-16le" : "utf-16be") : "utf-8";
  const head = new TextDecoder(encoding, { fatal: false })
    .decode(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, "");
  const trimmed = head.trimStart();
  // HTML/XML "spreadsheets" (SpreadsheetML 2003, HTML exports saved as .xls) are text but not CSV.
  if (trimmed.startsWith("<")) return false;
  return /[,;\t]/.test(head) || /\r?\n/.test(head);
}

/** Classify bytes that ExcelJS must not see (or could not read). */
function classifyNonZip(bytes: Uint8Array): WorkbookLoadErrorCode {
  if (startsWith(bytes, CFB_MAGIC)) {
    return hasUtf16Name(bytes, "EncryptedPackage") || hasUtf16Name(bytes, "EncryptionInfo")
      ? "encrypted"
      : "xls";
  }
  if (looksLikeCsv(bytes)) return "csv";
  return "not-xlsx";
}

function isZip(bytes: Uint8Array): boolean {
  // Local file header, or the end-of-central-directory record of an empty archive.
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5) &&
    (bytes[3] === 4 || bytes[3] === 6)
  );
}

/** After ExcelJS (or the guard) failed: a zip JSZip cannot open (or inflate) is cut off; one it can open is not a workbook. */
export async function diagnoseZip(bytes: Uint8Array): Promise<WorkbookLoadErrorCode> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return "truncated";
  }
  if (!zip.file("[Content_Types].xml") || !zip.file("xl/workbook.xml")) return "corrupt";
  try {
    for (const f of Object.values(zip.files)) if (!f.dir) await f.async("uint8array");
  } catch {
    return "truncated";
  }
  return "corrupt";
}

/** The bytes ExcelJS (or the direct reader) may read: sniffed, then checked against the package limits. */
export async function readableBytes(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes.length === 0) throw new WorkbookLoadError("empty");
  if (!isZip(bytes)) throw new WorkbookLoadError(classifyNonZip(bytes));
  try {
    return await guardPackage(bytes);
  } catch (err) {
    if (err instanceof PackageLimitError) throw new WorkbookLoadError(err.problem, err);
    throw new WorkbookLoadError(await diagnoseZip(bytes), err);
  }
}

/**
 * A workbook's snapshot read straight from the package XML, which takes a fraction of ExcelJS's time and memory on
 * large sheets. With `placement` it also holds what a write or removal plan needs (the user's formatted empty
 * cells, validations, conditional formats, note texts), for `--out` and `remove`. A package the direct reader does
 * not understand goes through ExcelJS, which reads it or explains why not (WorkbookLoadError).
 */
export async function loadSnapshot(
  data: Uint8Array | ArrayBuffer,
  fileName?: string,
  options: {
    placement?: boolean;
    /** Filled with the parts the direct reader inflated (see readPackageParts), for a writer of these bytes. */
    keep?: Map<string, InflatedPart>;
  } = {}
): Promise<WorkbookSnapshot> {
  const bytes = toBytes(data);
  await readableBytes(bytes);
  const placement = options.placement === true;
  try {
    const snapshot = await directSnapshot(bytes, fileName, { placement, keep: options.keep });
    if (snapshot) return snapshot;
  } catch {
    // Not laid out as the direct reader expects: ExcelJS decides.
  }
  // Only a workbook that is written back needs ExcelJS's load losses repaired (notes on empty cells).
  const { loadWorkbook } = await import(/* webpackChunkName: "exceljs-load" */ "./load-workbook");
  const { snapshotFromWorkbook } = await import(
    /* webpackChunkName: "exceljs-load" */ "./snapshot"
  );
  return snapshotFromWorkbook(await loadWorkbook(bytes, { repair: placement }), fileName);
}
