// The compressed bytes of each entry of a zip, read from its central directory (APPNOTE.TXT 4.3.12, 4.3.7), so
// that an entry the writer did not change is written back exactly as it came instead of deflated again.
// fflate reads and writes zips but does not hand out an entry's raw data; anything unusual (zip64, encryption,
// a header that does not check out) returns null and every entry is simply deflated again.
import { strFromU8 } from "fflate";

export interface RawEntry {
  /** 0 stored, 8 deflated (other methods are listed too; the caller refuses them). */
  method: number;
  compressed: Uint8Array;
  /** Declared size once inflated, and CRC-32 of the inflated data (so an unchanged entry is never inflated). */
  size: number;
  crc: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function rawEntries(bytes: Uint8Array): Map<string, RawEntry> | null {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (dv.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) return null;
  const count = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || p === 0xffffffff) return null; // zip64
  const out = new Map<string, RawEntry>();
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== CENTRAL) return null;
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    const crc = dv.getUint32(p + 16, true);
    const size = dv.getUint32(p + 20, true);
    const inflated = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const local = dv.getUint32(p + 42, true);
    if (flags & 1 || size === 0xffffffff || inflated === 0xffffffff || local === 0xffffffff)
      return null;
    if (local + 30 > bytes.length || dv.getUint32(local, true) !== LOCAL) return null;
    // Names are UTF-8 when bit 11 is set, else CP437 (read as Latin-1, as fflate does).
    const name = strFromU8(bytes.subarray(p + 46, p + 46 + nameLen), !(flags & 0x800));
    const start = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
    if (start + size > bytes.length) return null;
    out.set(name, { method, compressed: bytes.subarray(start, start + size), size: inflated, crc });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** Byte arrays end to end (one copy; a single array is returned as it is). */
export function concatBytes(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
