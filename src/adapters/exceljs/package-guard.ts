// Limits that hold before ExcelJS sees a package. ExcelJS inflates every part into memory and materialises every
// cell of a merged area and of a data validation's range, so a 1 MB zip bomb or one full-column merge would take
// gigabytes. Here each part is inflated as a stream and dropped chunk by chunk, and the run stops as soon as a part,
// the whole package or a part's compression ratio passes its bound (declared sizes are checked first, then the real
// output, because a bomb's declared sizes lie). On the way, worksheets are scanned for:
//   - cells of type "s" when the package has no shared-strings part (ExcelJS would read their indexes as values);
//   - merged areas and validation ranges larger than the sheet's used area: clipped to it, or dropped when still
//     huge, in a copy of the package that ExcelJS then reads (the user's file itself is never changed).
// No Node imports: the browser workbench loads files through here too.
import { Inflate } from "fflate";
import JSZip from "jszip";
import { a1, parseRange, type RangeRef } from "../../core";
import { concatBytes } from "../xlsx/zip-entries";
import { entryData, readZipDirectory, type ZipEntry } from "./zip-directory";

export const PACKAGE_LIMITS = {
  /** One part, inflated. A 600,000-row IKU sheet is about 250 MB of XML. */
  partBytes: 256 * 1024 * 1024,
  /** All parts together, inflated. */
  totalBytes: 400 * 1024 * 1024,
  /** Inflated / compressed, checked once a part has produced `ratioFromBytes` (XML of real sheets: 5–60). */
  ratio: 250,
  ratioFromBytes: 8 * 1024 * 1024,
  /** Cells of one merged area or validation range that ExcelJS may materialise (after clipping). */
  areaCells: 100_000,
  /** Cells of all merged areas and validation ranges of a sheet together. */
  sheetAreaCells: 2_000_000,
};

export type PackageProblem = "too-large" | "missing-part";

export class PackageLimitError extends Error {
  constructor(
    readonly problem: PackageProblem,
    readonly part: string
  ) {
    super(`${problem}: ${part}`);
    this.name = "PackageLimitError";
  }
}

/** Compressed bytes fed to the inflater at a time: deflate's ratio is at most ~1,032, so one piece yields ≤ 17 MB. */
const FEED = 16 * 1024;
/** Compressed bytes inflated by the probe before the native inflater takes a part. */
const PROBE = 128 * 1024;
/** Characters kept from the previous chunk so a pattern cut across two chunks is still found. */
const OVERLAP = 64;
const SHARED_STRINGS = "xl/sharedStrings.xml";

const latin1 = new TextDecoder("latin1");
const utf8 = new TextDecoder("utf-8");

function isWorksheet(name: string): boolean {
  return /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
}

/** What the scan of one worksheet found. */
interface SheetScan {
  part: string;
  /** Used area from <dimension ref>, or the last <row r> seen. */
  dimension: RangeRef | null;
  lastRow: number;
  sharedStringCells: boolean;
  /** Byte offset where </sheetData> starts, and every byte from there (merges and validations live there). */
  tailAt: number;
  tail: Uint8Array[];
}

type ChunkFn = (chunk: Uint8Array, offset: number) => void;

/** Compressed bytes taken so far by the inflater; the ratio is checked against it, so a bomb stops early. */
interface Progress {
  consumed: number;
}

/** Counts one part's output against the bounds; throws PackageLimitError as soon as one is passed. */
function meter(
  entry: ZipEntry,
  budget: { left: number },
  progress: Progress,
  onChunk: ChunkFn | null
) {
  let produced = 0;
  return (chunk: Uint8Array) => {
    const at = produced;
    produced += chunk.length;
    budget.left -= chunk.length;
    if (
      produced > PACKAGE_LIMITS.partBytes ||
      budget.left < 0 ||
      (produced > PACKAGE_LIMITS.ratioFromBytes &&
        produced > PACKAGE_LIMITS.ratio * Math.max(1, progress.consumed))
    )
      throw new PackageLimitError("too-large", entry.name);
    onChunk?.(chunk, at);
  };
}

/**
 * Native inflation (zlib in Node, the browser's own elsewhere), read chunk by chunk and cancelled on a bound. The
 * stream takes its input at once, so its ratio check counts the whole part as consumed: `probe` runs first.
 */
async function inflateNative(
  data: Uint8Array,
  progress: Progress,
  take: (chunk: Uint8Array) => void
): Promise<boolean> {
  const ds = new DecompressionStream("deflate-raw");
  const writer = ds.writable.getWriter();
  progress.consumed = data.length;
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = ds.readable.getReader();
  for (;;) {
    let next: Awaited<ReturnType<typeof reader.read>>;
    try {
      next = await reader.read();
    } catch {
      return false; // damaged deflate data: ExcelJS fails on it too and the loader explains it
    }
    if (next.done) return true;
    try {
      take(next.value);
    } catch (e) {
      await reader.cancel().catch(() => undefined);
      throw e;
    }
  }
}

/**
 * fflate, piece by piece: where DecompressionStream("deflate-raw") is missing (older browsers, some test
 * environments), and as the probe of the first `upTo` compressed bytes, which measures the real ratio early.
 */
function inflateFflate(
  data: Uint8Array,
  progress: Progress,
  take: (chunk: Uint8Array) => void,
  upTo = data.length
): boolean {
  const inflater = new Inflate((chunk) => take(chunk));
  try {
    for (let i = 0; i < Math.min(upTo, data.length); i += FEED) {
      const piece = data.subarray(i, Math.min(i + FEED, data.length));
      progress.consumed += piece.length;
      inflater.push(piece, i + FEED >= data.length);
    }
  } catch (e) {
    if (e instanceof PackageLimitError) throw e;
    return false;
  }
  return true;
}

function hasNativeInflate(): boolean {
  try {
    return typeof DecompressionStream === "function" && !!new DecompressionStream("deflate-raw");
  } catch {
    return false;
  }
}

/** Streams one part, calling `onChunk` with each piece; false when its data cannot be read (left to ExcelJS). */
async function inflateBounded(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: { left: number },
  onChunk: ChunkFn | null,
  native: boolean
): Promise<boolean> {
  const data = entryData(bytes, entry);
  if (data === null) return false;
  const progress: Progress = { consumed: 0 };
  const probe: Progress = { consumed: 0 };
  const take = meter(entry, budget, progress, onChunk);
  if (entry.method === 0) {
    progress.consumed = data.length;
    take(data);
    return true;
  }
  if (entry.method !== 8) return false;
  if (!native) return inflateFflate(data, progress, take);
  // A bomb shows its ratio within its first compressed bytes: measured exactly there, then inflated natively.
  inflateFflate(data, probe, meter(entry, { left: budget.left }, probe, null), PROBE);
  return inflateNative(data, progress, take);
}

function scanner(scan: SheetScan, lookForSharedStrings: boolean) {
  let carry = "";
  let inTail = false;
  return (chunk: Uint8Array, offset: number) => {
    if (inTail) {
      scan.tail.push(chunk.slice());
      return;
    }
    // latin1 keeps one character per byte, so string positions are byte offsets.
    const text = carry + latin1.decode(chunk);
    const base = offset - carry.length;
    if (scan.dimension === null && offset < 4096) {
      const d = /<dimension\s+ref="([^"]+)"/.exec(text);
      if (d) {
        try {
          scan.dimension = parseRange(d[1]);
        } catch {
          // A dimension that is not a range: the rows seen are used instead.
        }
      }
    }
    const lastRowTag = text.lastIndexOf("<row ");
    if (lastRowTag >= 0) {
      const m = /^<row\s[^>]*?\br="(\d+)"/.exec(text.slice(lastRowTag, lastRowTag + 200));
      if (m) scan.lastRow = Math.max(scan.lastRow, Number(m[1]) - 1);
    }
    if (lookForSharedStrings && !scan.sharedStringCells)
      scan.sharedStringCells = /<c\s[^>]*?\bt="s"/.test(text);
    let end = text.indexOf("</sheetData>");
    if (end < 0) end = text.indexOf("<sheetData/>");
    if (end >= 0) {
      inTail = true;
      scan.tailAt = base + end;
      // The tag may have begun in the previous chunk: those characters are ASCII, one byte each.
      const fromCarry = text.slice(end, carry.length);
      if (fromCarry) scan.tail.push(Uint8Array.from(fromCarry, (ch) => ch.charCodeAt(0)));
      scan.tail.push(chunk.slice(Math.max(0, end - carry.length)));
      return;
    }
    carry = text.slice(-OVERLAP);
  };
}

function area(r: RangeRef): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/**
 * A range clipped to the used area; null when it lies outside or is still too large to materialise. `spent` counts
 * the cells of the sheet's ranges kept so far.
 */
function clip(ref: string, used: RangeRef, spent: { cells: number }): string | null {
  let r: RangeRef;
  try {
    r = parseRange(ref);
  } catch {
    return ref; // not a plain A1 range: left to ExcelJS as it is
  }
  const c: RangeRef = {
    top: r.top,
    left: r.left,
    bottom: Math.min(r.bottom, used.bottom),
    right: Math.min(r.right, used.right),
  };
  if (c.bottom < c.top || c.right < c.left) return null;
  const n = area(c);
  if (n > PACKAGE_LIMITS.areaCells || spent.cells + n > PACKAGE_LIMITS.sheetAreaCells) return null;
  spent.cells += n;
  if (c.top === c.bottom && c.left === c.right) return a1(c.top, c.left);
  return `${a1(c.top, c.left)}:${a1(c.bottom, c.right)}`;
}

/** The tail of a sheet (from </sheetData>) with huge merges and validation ranges clipped; null when unchanged. */
function clipTail(tail: string, used: RangeRef): string | null {
  const spent = { cells: 0 };
  let changed = false;
  let out = tail.replace(/<mergeCell\s[^>]*?\bref="([^"]*)"[^>]*?\/>/g, (tag, ref: string) => {
    const kept = clip(ref, used, spent);
    if (kept === ref) return tag;
    changed = true;
    return kept === null ? "" : tag.replace(`ref="${ref}"`, `ref="${kept}"`);
  });
  out = out.replace(
    /<dataValidation\s[^>]*?\bsqref="([^"]*)"[^>]*?(?:\/>|>[\s\S]*?<\/dataValidation>)/g,
    (tag, sqref: string) => {
      const parts = sqref.split(/\s+/).filter(Boolean);
      const kept = parts.map((p) => clip(p, used, spent)).filter((p): p is string => p !== null);
      if (kept.join(" ") === parts.join(" ")) return tag;
      changed = true;
      return kept.length === 0 ? "" : tag.replace(`sqref="${sqref}"`, `sqref="${kept.join(" ")}"`);
    }
  );
  if (!changed) return null;
  // Empty containers are invalid: drop them; a count attribute that is now wrong is dropped too (it is optional).
  out = out
    .replace(/<mergeCells\b[^>]*>\s*<\/mergeCells>/g, "")
    .replace(/<dataValidations\b[^>]*>\s*<\/dataValidations>/g, "")
    .replace(/<(mergeCells|dataValidations)\s+count="\d+"/g, "<$1");
  return out;
}

/** The used area of a scanned sheet: its dimension when sane, else every column down to the last row seen. */
function usedArea(scan: SheetScan): RangeRef {
  const rowsSeen = Math.max(0, scan.lastRow);
  const d = scan.dimension;
  if (d && d.bottom >= rowsSeen) return { top: 0, left: 0, bottom: d.bottom, right: d.right };
  return { top: 0, left: 0, bottom: rowsSeen, right: 16383 };
}

/**
 * Checks a zip against PACKAGE_LIMITS and returns the bytes ExcelJS should read: the same bytes, or a copy whose
 * worksheets have their huge merges and validation ranges clipped. Throws PackageLimitError ("too-large",
 * "missing-part"). A zip whose directory cannot be read is returned as it is: ExcelJS's failure explains it.
 */
export async function guardPackage(bytes: Uint8Array): Promise<Uint8Array> {
  const entries = readZipDirectory(bytes);
  if (entries === null) return bytes;
  let declared = 0;
  for (const e of entries) {
    declared += e.size;
    if (
      e.size > PACKAGE_LIMITS.partBytes ||
      declared > PACKAGE_LIMITS.totalBytes ||
      (e.size > PACKAGE_LIMITS.ratioFromBytes &&
        e.size / Math.max(1, e.compressedSize) > PACKAGE_LIMITS.ratio)
    )
      throw new PackageLimitError("too-large", e.name);
  }
  const hasSharedStrings = entries.some((e) => e.name === SHARED_STRINGS);
  const budget = { left: PACKAGE_LIMITS.totalBytes };
  const scans: SheetScan[] = [];
  const native = hasNativeInflate();
  for (const e of entries) {
    if (e.name.endsWith("/")) continue;
    if (!isWorksheet(e.name)) {
      await inflateBounded(bytes, e, budget, null, native);
      continue;
    }
    const scan: SheetScan = {
      part: e.name,
      dimension: null,
      lastRow: -1,
      sharedStringCells: false,
      tailAt: -1,
      tail: [],
    };
    if (await inflateBounded(bytes, e, budget, scanner(scan, !hasSharedStrings), native))
      scans.push(scan);
  }
  const missing = scans.find((s) => s.sharedStringCells);
  if (missing) throw new PackageLimitError("missing-part", SHARED_STRINGS);

  const edits: Array<{ scan: SheetScan; tail: string }> = [];
  for (const scan of scans) {
    if (scan.tail.length === 0) continue;
    const tail = utf8.decode(concatBytes(scan.tail));
    if (!tail.includes("<mergeCell") && !tail.includes("<dataValidation")) continue;
    const clipped = clipTail(tail, usedArea(scan));
    if (clipped !== null) edits.push({ scan, tail: clipped });
  }
  if (edits.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  for (const { scan, tail } of edits) {
    const f = zip.file(scan.part);
    if (!f) continue;
    const whole = await f.async("uint8array");
    zip.file(
      scan.part,
      concatBytes([whole.subarray(0, scan.tailAt), new TextEncoder().encode(tail)])
    );
  }
  // Unchanged parts keep their compressed bytes (JSZip reuses them for the same method).
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Named parts of a package, inflated on demand under the same bounds (for readers that skip ExcelJS). */
export interface PackageParts {
  /** The part as UTF-8 text, or null when the package has no such part (or its data cannot be read). */
  text(name: string): Promise<string | null>;
}

/** A part inflated and decoded by readPackageParts, kept for a writer of the same bytes (see Package.open). */
export interface InflatedPart {
  bytes: Uint8Array;
  /** The bytes decoded as UTF-8 (TextDecoder, which drops a byte order mark). */
  text: string;
}

/**
 * `keep`: every part read is also put there, as its bytes and its text, for a writer of the same package (the CLI's
 * `--out` then never inflates or decodes a 150 MB worksheet a second time).
 */
export async function readPackageParts(
  bytes: Uint8Array,
  keep?: Map<string, InflatedPart>
): Promise<PackageParts> {
  const entries = readZipDirectory(bytes) ?? [];
  const byName = new Map(entries.map((e) => [e.name, e]));
  const budget = { left: PACKAGE_LIMITS.totalBytes };
  const native = hasNativeInflate();
  return {
    async text(name: string) {
      const e = byName.get(name);
      if (!e) return null;
      const chunks: Uint8Array[] = [];
      const ok = await inflateBounded(bytes, e, budget, (c) => chunks.push(c.slice()), native);
      if (!ok) return null;
      const data = concatBytes(chunks);
      const text = utf8.decode(data);
      keep?.set(name, { bytes: data, text });
      return text;
    },
  };
}
