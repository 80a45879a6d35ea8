// An .xlsx/.xlsm package held as its parts: unzip with fflate (declared sizes checked before anything is
// inflated), read and replace parts as text, zip again. Parts nobody replaced keep their exact bytes.
import { deflateSync, strFromU8, strToU8, unzipSync, Zip, ZipPassThrough } from "fflate";
import { rawEntries, type RawEntry } from "./zip-entries";

/** Raw DEFLATE (no zlib header). The default is fflate's; Node callers may pass zlib.deflateRawSync (faster). */
export type DeflateRaw = (data: Uint8Array) => Uint8Array;

const fflateDeflate: DeflateRaw = (data) => deflateSync(data, { level: 6 });

/**
 * A zip entry whose data is pushed uncompressed (so fflate computes its CRC and size) and written compressed:
 * either the entry's original compressed bytes, or freshly deflated ones.
 */
class Entry extends ZipPassThrough {
  constructor(
    name: string,
    private readonly encode: (data: Uint8Array) => Uint8Array,
    method: number
  ) {
    super(name);
    this.compression = method;
  }

  override process(chunk: Uint8Array, final: boolean): void {
    this.ondata(null, this.encode(chunk) as Uint8Array<ArrayBuffer>, final);
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
  /** Entry order is kept: [Content_Types].xml first, as Excel writes it. */
  private readonly parts = new Map<string, Uint8Array>();
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();
  private raw: Map<string, RawEntry> | null = null;

  static open(bytes: Uint8Array): Package {
    let total = 0;
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(bytes, {
        filter(f) {
          total += f.originalSize;
          const ratioBad = f.originalSize > RATIO_FLOOR && f.originalSize > f.size * MAX_RATIO;
          if (f.originalSize > MAX_PART_BYTES || total > MAX_TOTAL_BYTES || ratioBad)
            throw new PackageError("too-large", `part too large when inflated: ${f.name}`);
          return !f.name.endsWith("/");
        },
      });
    } catch (e) {
      if (e instanceof PackageError) throw e;
      throw new PackageError("not-zip", `not a zip package: ${(e as Error).message}`);
    }
    const pkg = new Package();
    for (const [name, data] of Object.entries(files)) pkg.parts.set(name, data);
    pkg.raw = rawEntries(bytes);
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
    return this.parts.get(path);
  }

  text(path: string): string | null {
    const cached = this.texts.get(path);
    if (cached !== undefined) return cached;
    const data = this.parts.get(path);
    if (!data) return null;
    const s = strFromU8(data).replace(/^\uFEFF/, "");
    this.texts.set(path, s);
    return s;
  }

  /** Replace (or add) a part; a text equal to the current one leaves the original bytes in place. */
  setText(path: string, xml: string): void {
    if (this.text(path) === xml) return;
    this.texts.set(path, xml);
    this.parts.set(path, strToU8(xml));
    this.changed.add(path);
  }

  setBytes(path: string, data: Uint8Array): void {
    this.texts.delete(path);
    this.parts.set(path, data);
    this.changed.add(path);
  }

  delete(path: string): void {
    this.parts.delete(path);
    this.texts.delete(path);
    this.changed.add(path);
  }

  /** Paths replaced, added or deleted since open. */
  touched(): string[] {
    return [...this.changed];
  }

  /** The package as a zip: parts nobody replaced keep their original compressed bytes. */
  toBytes(deflateRaw: DeflateRaw = fflateDeflate): Uint8Array {
    const chunks: Uint8Array[] = [];
    let failure: Error | null = null;
    const zip = new Zip((err, data) => {
      if (err) failure = err;
      else chunks.push(data);
    });
    for (const [name, data] of this.parts) {
      const raw = this.changed.has(name) ? undefined : this.raw?.get(name);
      const entry = raw
        ? new Entry(name, () => raw.compressed, raw.method)
        : new Entry(name, deflateRaw, 8);
      zip.add(entry);
      entry.push(data, true);
    }
    zip.end();
    if (failure) throw failure;
    let length = 0;
    for (const c of chunks) length += c.length;
    const out = new Uint8Array(length);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}
