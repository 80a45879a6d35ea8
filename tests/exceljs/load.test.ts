import ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadWorkbook, WorkbookLoadError } from "../../src/adapters/exceljs";
import { sampleBytes, toBytes } from "./helpers";

async function codeOf(bytes: Uint8Array | ArrayBuffer): Promise<string> {
  try {
    await loadWorkbook(bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookLoadError);
    return (e as WorkbookLoadError).code;
  }
  return "loaded";
}

function utf16(s: string): number[] {
  return [...s].flatMap((ch) => [ch.charCodeAt(0), 0]);
}

/** A CFB (OLE2) header followed by a fake directory sector holding the given stream names. */
function cfb(names: string[]): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  let at = 1024;
  for (const n of ["Root Entry", ...names]) {
    bytes.set(utf16(n), at);
    at += 128; // a CFB directory entry is 128 bytes, name first
  }
  return bytes;
}

describe("loadWorkbook", () => {
  test("loads the sample from a Uint8Array and from an ArrayBuffer", async () => {
    const bytes = sampleBytes();
    const wb = await loadWorkbook(bytes);
    expect(wb.worksheets.map((w) => w.name)).toContain("Capaian IKU 2025");
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect((await loadWorkbook(ab)).worksheets.length).toBe(wb.worksheets.length);
  });

  test("empty file", async () => {
    expect(await codeOf(new Uint8Array(0))).toBe("empty");
  });

  test("random bytes are not-xlsx", async () => {
    const bytes = new Uint8Array(5000);
    let seed = 7;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
    bytes[0] = 0x01; // make sure it cannot start like a zip or CFB
    expect(await codeOf(bytes)).toBe("not-xlsx");
  });

  test("cut-off sample is truncated", async () => {
    const bytes = sampleBytes();
    expect(await codeOf(bytes.slice(0, Math.floor(bytes.length / 2)))).toBe("truncated");
    expect(await codeOf(bytes.slice(0, 100))).toBe("truncated");
  });

  test("CSV text", async () => {
    const csv = "No;Indikator;Target;Realisasi\n1;Layanan;70%;36%\n2;Pengaduan;100%;100%\n";
    expect(await codeOf(new TextEncoder().encode(csv))).toBe("csv");
    expect(await codeOf(new TextEncoder().encode("\uFEFFa,b,c\r\n1,2,3\r\n"))).toBe("csv");
    // Excel's "Unicode Text" (UTF-16LE, tab separated)
    const text = "\uFEFFNo\tIndikator\r\n1\tLayanan\r\n";
    const utf16 = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) utf16.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], i * 2);
    expect(await codeOf(utf16)).toBe("csv");
  });

  test("HTML saved as .xls is not-xlsx, not csv", async () => {
    expect(await codeOf(new TextEncoder().encode("<html><body><table><tr><td>1</td></tr></table></body></html>"))).toBe("not-xlsx");
  });

  test("old binary .xls (CFB without encryption streams)", async () => {
    expect(await codeOf(cfb(["Workbook", "\u0005SummaryInformation"]))).toBe("xls");
  });

  test("password-protected .xlsx (CFB with EncryptedPackage)", async () => {
    expect(await codeOf(cfb(["EncryptionInfo", "EncryptedPackage"]))).toBe("encrypted");
    expect(await codeOf(cfb(["EncryptedPackage"]))).toBe("encrypted");
  });

  test("a zip that is not a workbook is corrupt", async () => {
    const zip = new JSZip();
    zip.file("hello.txt", "not a workbook");
    expect(await codeOf(await zip.generateAsync({ type: "uint8array" }))).toBe("corrupt");
  });

  test("a workbook zip with a broken workbook part is corrupt", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = 1;
    const zip = await JSZip.loadAsync(await toBytes(wb));
    zip.file("xl/workbook.xml", "<workbook><sheets><sheet name=");
    expect(await codeOf(await zip.generateAsync({ type: "uint8array" }))).toBe("corrupt");
  });

  test("the error never exposes ExcelJS's raw message", async () => {
    const bytes = sampleBytes().slice(0, 3000);
    await expect(loadWorkbook(bytes)).rejects.toMatchObject({ name: "WorkbookLoadError", code: "truncated" });
  });

  test("damaged bytes load or fail with a WorkbookLoadError, never a raw error", async () => {
    const original = sampleBytes();
    for (let k = 0; k < 40; k++) {
      const bytes = original.slice();
      const at = Math.floor((original.length * (k + 0.5)) / 40);
      for (let i = at; i < Math.min(at + 16, bytes.length); i++) bytes[i] ^= 0x5a;
      const code = await codeOf(bytes);
      expect(["loaded", "truncated", "corrupt"]).toContain(code);
    }
  });
});
