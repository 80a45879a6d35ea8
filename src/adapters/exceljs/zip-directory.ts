// The central directory of a zip: every entry's name, method, declared sizes and where its data starts.
// Read by hand (a few fixed-layout records) because the sizes must be known before anything is inflated.
// No Node imports: the browser workbench loads files through here too.

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is left to the zip library to refuse. */
  method: number;
  compressedSize: number;
  /** As declared: a zip bomb may lie here, so inflation is bounded again on the real output. */
  size: number;
  /** Offset of the entry's local file header. */
  localHeader: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}
function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 0x100000000;
}

function findEocd(b: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const stop = Math.max(0, b.length - 22 - 65535);
  for (let i = b.length - 22; i >= stop; i--) if (u32(b, i) === EOCD) return i;
  return -1;
}

const utf8 = new TextDecoder("utf-8");
const cp437ish = new TextDecoder("latin1");

/** The entries of the central directory, or null when there is none to read (a cut-off or damaged zip). */
export function readZipDirectory(b: Uint8Array): ZipEntry[] | null {
  const eocd = findEocd(b);
  if (eocd < 0) return null;
  let count = u16(b, eocd + 10);
  let size = u32(b, eocd + 12);
  let offset = u32(b, eocd + 16);
  const loc = eocd - 20;
  if (loc >= 0 && u32(b, loc) === EOCD64_LOCATOR) {
    const at = u64(b, loc + 8);
    if (at + 56 <= b.length && u32(b, at) === EOCD64) {
      count = u64(b, at + 32);
      size = u64(b, at + 40);
      offset = u64(b, at + 48);
    }
  }
  if (offset + size > b.length) return null;
  const out: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || u32(b, p) !== CENTRAL) return null;
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    let compressedSize = u32(b, p + 20);
    let entrySize = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    let localHeader = u32(b, p + 42);
    const nameBytes = b.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x800 ? utf8 : cp437ish).decode(nameBytes);
    // ZIP64: the 32-bit fields hold 0xFFFFFFFF and the real values follow in extra field 0x0001, in this order.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = u16(b, e);
      const len = u16(b, e + 2);
      if (id === 1) {
        let q = e + 4;
        if (entrySize === MAX32) {
          entrySize = u64(b, q);
          q += 8;
        }
        if (compressedSize === MAX32) {
          compressedSize = u64(b, q);
          q += 8;
        }
        if (localHeader === MAX32) localHeader = u64(b, q);
      }
      e += 4 + len;
    }
    out.push({ name, method, compressedSize, size: entrySize, localHeader });
    p = extraEnd + commentLen;
  }
  return out;
}

/** The entry's compressed bytes (a view, not a copy), or null when its local header is not where it says. */
export function entryData(b: Uint8Array, e: ZipEntry): Uint8Array | null {
  const h = e.localHeader;
  if (h + 30 > b.length || u32(b, h) !== LOCAL) return null;
  const start = h + 30 + u16(b, h + 26) + u16(b, h + 28);
  const end = start + e.compressedSize;
  return end <= b.length ? b.subarray(start, end) : null;
}
