// Hostile packages built in memory for the loader's limits: zip bombs (honest and lying about their sizes), a full-
// column merge, cells that reference a shared-strings part the package lacks. No fs: bytes in, bytes out.
import { zipSync } from "fflate";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import * as zlib from "zlib";

/** A small real workbook (two columns of an IKU-ish table) written by ExcelJS. */
export async function smallWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("IKU");
  ws.addRow(["No", "Indikator", "Target", "Realisasi", "Capaian"]);
  ws.addRow([1, "Layanan pengaduan", 70, 63, 0.9]);
  ws.addRow([2, "Data penempatan", 1000, 1905, 1.905]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Replaces one part of a package (JSZip keeps the other parts' bytes). */
export async function withPart(
  pkg: Uint8Array,
  part: string,
  edit: (xml: string) => string | null
) {
  const zip = await JSZip.loadAsync(pkg);
  const xml = await zip.file(part)!.async("string");
  const next = edit(xml);
  if (next === null) zip.remove(part);
  else zip.file(part, next);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A worksheet part with one extra element after </sheetData> (merges, validations). */
export function afterSheetData(xml: string, element: string): string {
  return xml.replace(/<\/sheetData>|<sheetData\/>/, (m) => m + element);
}

/**
 * Raw deflate of `megabytes` MB of one repeated byte: one 1 MB segment compressed once with a sync flush (so it
 * ends byte-aligned and not final), repeated, then an empty final block. About 1 KB per MB.
 */
export function deflatedSpaces(megabytes: number, byte = 0x20): Uint8Array {
  const segment = zlib.deflateRawSync(Buffer.alloc(1024 * 1024, byte), {
    level: 9,
    finishFlush: zlib.constants.Z_SYNC_FLUSH,
  });
  const out = new Uint8Array(segment.length * megabytes + 2);
  for (let i = 0; i < megabytes; i++) out.set(segment, i * segment.length);
  out.set([0x03, 0x00], segment.length * megabytes);
  return out;
}

/**
 * A package whose sheet1 part is `megabytes` MB of spaces. `declared` is the size written in the zip headers: the
 * true size (an honest bomb) or a small lie.
 */
export async function bomb(megabytes: number, declared: "true" | "lie"): Promise<Uint8Array> {
  const pkg = await smallWorkbook();
  const marker = "xl/worksheets/sheet1.xml";
  // A placeholder part of known content is replaced byte for byte by the bomb's deflate stream.
  const zip = await JSZip.loadAsync(pkg);
  const files: Record<string, Uint8Array> = {};
  for (const [name, f] of Object.entries(zip.files))
    if (!f.dir) files[name] = await f.async("uint8array");
  files[marker] = new Uint8Array(0);
  const plain = zipSync(files, { level: 0 });
  return spliceEntry(
    plain,
    marker,
    deflatedSpaces(megabytes),
    declared === "true" ? megabytes * 1024 * 1024 : 4096
  );
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}
function put32(b: Uint8Array, i: number, v: number): void {
  b[i] = v & 0xff;
  b[i + 1] = (v >>> 8) & 0xff;
  b[i + 2] = (v >>> 16) & 0xff;
  b[i + 3] = (v >>> 24) & 0xff;
}

/**
 * Rebuilds a stored (uncompressed) zip with entry `name` holding `deflated` (method 8) and declaring `size`.
 * Offsets of the entries after it and of the central directory are moved accordingly.
 */
function spliceEntry(
  zip: Uint8Array,
  name: string,
  deflated: Uint8Array,
  size: number
): Uint8Array {
  const enc = new TextEncoder().encode(name);
  const isName = (at: number) => enc.every((c, k) => zip[at + k] === c);
  // Local header of the (empty) entry.
  let lh = 0;
  while (!(
    u32(zip, lh) === 0x04034b50 &&
    zip[lh + 26] + (zip[lh + 27] << 8) === enc.length &&
    isName(lh + 30)
  ))
    lh++;
  const dataAt = lh + 30 + enc.length + zip[lh + 28] + (zip[lh + 29] << 8);
  const grow = deflated.length;
  const out = new Uint8Array(zip.length + grow);
  out.set(zip.subarray(0, dataAt), 0);
  out.set(deflated, dataAt);
  out.set(zip.subarray(dataAt), dataAt + grow);
  out[lh + 8] = 8;
  out[lh + 9] = 0;
  put32(out, lh + 18, deflated.length);
  put32(out, lh + 22, size);
  // End of central directory, then each central entry.
  let eocd = out.length - 22;
  while (u32(out, eocd) !== 0x06054b50) eocd--;
  const cdAt = u32(out, eocd + 16) + grow;
  put32(out, eocd + 16, cdAt);
  let p = cdAt;
  const count = out[eocd + 10] + (out[eocd + 11] << 8);
  for (let n = 0; n < count; n++) {
    const nameLen = out[p + 28] + (out[p + 29] << 8);
    const extra = out[p + 30] + (out[p + 31] << 8);
    const comment = out[p + 32] + (out[p + 33] << 8);
    const local = u32(out, p + 42);
    if (local > lh) put32(out, p + 42, local + grow);
    if (local === lh) {
      out[p + 10] = 8;
      out[p + 11] = 0;
      put32(out, p + 20, deflated.length);
      put32(out, p + 24, size);
    }
    p += 46 + nameLen + extra + comment;
  }
  return out;
}
