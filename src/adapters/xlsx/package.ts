// An .xlsx/.xlsm package held as its parts: declared sizes checked before anything is inflated, a part inflated
// only when it is read (the writer reads a few; a 200,000-row file's shared strings need never be), replaced parts
// deflated again, zipped. Parts nobody replaced keep their exact bytes and are never inflated.
import { Deflate, inflateSync, strFromU8, strToU8, unzipSync, Zip, ZipPassThrough } from "fflate";
import type { InflatedPart } from "../exceljs/package-guard";
import { concatBytes, rawEntries, type RawEntry } from "./zip-entries";

export type { InflatedPart };

/**
 * Raw DEFLATE (no zlib header) of one piece of a part; the part's pieces come in order, `final` on the last, and
 * their outputs put end to end must be one stream. So a call compresses its piece on its own and ends a non-final
 * piece on a byte boundary without a final block (a sync flush): Node callers pass
 * `deflateRawSync(data, final ? {} : { finishFlush: constants.Z_SYNC_FLUSH })` (faster than the default, fflate's).
 */
export type DeflateRaw = (data: Uint8Array, final: boolean) => Uint8Array;

/** The default: one fflate stream per part (it keeps its window across the pieces). */
function fflateDeflater(): DeflateRaw {
  let out: Uint8Array[] = [];
  const stream = new Deflate({ level: 6 }, (chunk) => out.push(chunk));
  return (data, final) => {
    out = [];
    stream.push(data, final);
    return concatBytes(out);
  };
}

/**
 * A zip entry whose data is pushed uncompressed (so fflate computes its CRC and size) and written compressed:
 * either the entry's original compressed bytes, or freshly deflated ones.
 */
class Entry extends ZipPassThrough {
  constructor(
    name: string,
    private readonly encode: DeflateRaw,
    method: number
  ) {
    super(name);
    this.compression = method;
  }

  override process(chunk: Uint8Array, final: boolean): void {
    this.ondata(null, this.encode(chunk, final) as Uint8Array<ArrayBuffer>, final);
  }
}

/** An entry written back as it came: its original compressed bytes, CRC and size (it is never inflated). */
class RawCopy extends ZipPassThrough {
  constructor(
    name: string,
    private readonly raw: RawEntry
  ) {
    super(name);
    this.compression = raw.method;
  }

  override push(): void {
    this.size = this.raw.size;
    this.crc = this.raw.crc;
    this.ondata(null, this.raw.compressed as Uint8Array<ArrayBuffer>, true);
  }
}

/** A part larger than this when inflated is refused before it is inflated (a real worksheet of 1M rows is less). */
export const MAX_PART_BYTES = 512 * 1024 * 1024;
/** The whole package inflated. */
export const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;
/** Deflate rarely beats 1:200 on XML; a zip bomb reaches 1:1000 and more. */
export const MAX_RATIO = 250;
const RATIO_FLOOR = 1024 * 1024; // small parts may compress well beyond the ratio (runs of blanks)

export class PackageError extends Error {
  constructor(
    readonly code: "not-zip" | "too-large",
    message: string
  ) {
    super(message);
    this.name = "PackageError";
  }
}

export class Package {
  /** Entry order is kept: [Content_Types].xml first, as Excel writes it. null: not inflated yet (see raw). */
  private readonly parts = new Map<string, Uint8Array | null>();
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();
  /** Parts set in pieces (setPieces): deflated a piece at a time when the package is written. */
  private readonly pieces = new Map<string, Uint8Array[]>();
  private raw: Map<string, RawEntry> | null = null;
  private inflated: ReadonlyMap<string, InflatedPart> | null = null;

  /**
   * `inflated`: parts a reader of these same bytes already inflated (the CLI's snapshot reader), used instead of
   * inflating them again when their size is the one the zip declares.
   */
  static open(bytes: Uint8Array, inflated?: ReadonlyMap<string, InflatedPart>): Package {
    const pkg = new Package();
    pkg.inflated = inflated ?? null;
    const raw = rawEntries(bytes);
    let total = 0;
    const check = (name: string, size: number, inflated: number) => {
      total += inflated;
      const ratioBad = inflated > RATIO_FLOOR && inflated > size * MAX_RATIO;
      if (inflated > MAX_PART_BYTES || total > MAX_TOTAL_BYTES || ratioBad)
        throw new PackageError("too-large", `part too large when inflated: ${name}`);
    };
    if (raw) {
      for (const [name, e] of raw) {
        check(name, e.compressed.length, e.size);
        if (e.method !== 0 && e.method !== 8)
          throw new PackageError("not-zip", `not a zip package: unknown compression ${e.method}`);
        if (!name.endsWith("/")) pkg.parts.set(name, null);
      }
      pkg.raw = raw;
    } else {
      // A zip the central directory reader does not take (zip64, encryption flags): fflate inflates it all.
      let files: Record<string, Uint8Array>;
      try {
        files = unzipSync(bytes, {
          filter(f) {
            check(f.name, f.size, f.originalSize);
            return !f.name.endsWith("/");
          },
        });
      } catch (e) {
        if (e instanceof PackageError) throw e;
        throw new PackageError("not-zip", `not a zip package: ${(e as Error).message}`);
      }
      for (const [name, data] of Object.entries(files)) pkg.parts.set(name, data);
    }
    if (!pkg.parts.has("[Content_Types].xml") || !pkg.parts.has("xl/workbook.xml"))
      throw new PackageError("not-zip", "not a SpreadsheetML package");
    return pkg;
  }

  has(path: string): boolean {
    return this.parts.has(path);
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  bytes(path: string): Uint8Array | undefined {
    const pieces = this.pieces.get(path);
    if (pieces) this.setBytes(path, concatBytes(pieces)); // read back (rare): the part becomes one buffer again
    const data = this.parts.get(path);
    if (data !== null) return data;
    const e = this.raw?.get(path);
    if (!e) return undefined;
    const known = this.inflated?.get(path);
    if (known && known.bytes.length === e.size) {
      this.parts.set(path, known.bytes);
      this.texts.set(path, withoutBom(known.text));
      return known.bytes;
    }
    let out: Uint8Array;
    try {
      // The output buffer has the declared size: an entry lying about its size is cut there, never grown.
      out =
        e.method === 0
          ? e.compressed.slice()
          : inflateSync(e.compressed, { out: new Uint8Array(e.size) });
    } catch (err) {
      throw new PackageError("not-zip", `damaged part ${path}: ${(err as Error).message}`);
    }
    this.parts.set(path, out);
    return out;
  }

  text(path: string): string | null {
    if (this.pieces.has(path)) this.bytes(path);
    const cached = this.texts.get(path);
    if (cached !== undefined) return cached;
    const data = this.bytes(path);
    if (!data) return null;
    const known = this.texts.get(path); // a part a reader had inflated comes with its text
    if (known !== undefined) return known;
    const s = withoutBom(strFromU8(data));
    this.texts.set(path, s);
    return s;
  }

  /** Replace (or add) a part; a text equal to the current one leaves the original bytes in place. */
  setText(path: string, xml: string): void {
    const wasPieces = this.pieces.delete(path);
    if (!wasPieces && this.text(path) === xml) return;
    this.texts.set(path, xml);
    this.parts.set(path, strToU8(xml));
    this.changed.add(path);
  }

  /**
   * Replace a part with its bytes in pieces, in order (a big edited worksheet): never joined, deflated a piece at
   * a time by toBytes.
   */
  setPieces(path: string, pieces: Uint8Array[]): void {
    this.texts.delete(path);
    this.parts.set(path, EMPTY);
    this.pieces.set(path, pieces);
    this.changed.add(path);
  }

  setBytes(path: string, data: Uint8Array): void {
    this.pieces.delete(path);
    this.texts.delete(path);
    this.parts.set(path, data);
    this.changed.add(path);
  }

  delete(path: string): void {
    this.pieces.delete(path);
    this.parts.delete(path);
    this.texts.delete(path);
    this.changed.add(path);
  }

  /** Paths replaced, added or deleted since open. */
  touched(): string[] {
    return [...this.changed];
  }

  /** The package as a zip: parts nobody replaced keep their original compressed bytes. */
  toBytes(deflateRaw?: DeflateRaw): Uint8Array {
    const chunks: Uint8Array[] = [];
    let failure: Error | null = null;
    const zip = new Zip((err, data) => {
      if (err) failure = err;
      else chunks.push(data);
    });
    for (const name of this.parts.keys()) {
      const raw = this.changed.has(name) ? undefined : this.raw?.get(name);
      if (raw) {
        const entry = new RawCopy(name, raw);
        zip.add(entry);
        entry.push();
        continue;
      }
      const entry = new Entry(name, deflateRaw ?? fflateDeflater(), 8);
      zip.add(entry);
      const pieces = this.pieces.get(name);
      if (pieces) pushPieces(entry, pieces);
      else entry.push(this.bytes(name) as Uint8Array, true);
    }
    zip.end();
    if (failure) throw failure;
    return concatBytes(chunks);
  }
}

const EMPTY = new Uint8Array(0);

/** A part's text without its byte order mark (decoding drops one; a second one would stay). */
function withoutBom(text: string): string {
  return text.replace(/^\uFEFF/, "");
}

function pushPieces(entry: ZipPassThrough, pieces: Uint8Array[]): void {
  for (let i = 0; i < pieces.length; i++) entry.push(pieces[i], i === pieces.length - 1);
  if (pieces.length === 0) entry.push(EMPTY, true);
}
