// A big edited worksheet is encoded as it is built and deflated a chunk at a time (EncodedPieces, setPieces): the
// part written must read back as exactly the text a single string would have given, through Node's zlib (a sync
// flush after each chunk but the last) and through the default fflate stream.
import { constants, deflateRawSync } from "zlib";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { EncodedPieces } from "../../src/adapters/xlsx/encoded-pieces";
import { Package, type DeflateRaw } from "../../src/adapters/xlsx/package";

const nodeDeflate: DeflateRaw = (data, final) =>
  deflateRawSync(data, final ? {} : { finishFlush: constants.Z_SYNC_FLUSH });

/** Rows of cells with ASCII, accented and astral text, and one long run (an untouched block) in the middle. */
function pieces(): string[] {
  const out: string[] = [];
  for (let r = 1; r <= 30000; r++)
    out.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Capaian ${r} é ✓ 𝔸</t></is></c></row>`
    );
  out.splice(15000, 0, "<row/>".repeat(200000)); // 1.2M characters in one piece
  return out;
}

function encoded(list: string[]): Uint8Array[] {
  const sink = new EncodedPieces();
  for (const p of list) sink.push(p);
  return sink.flush();
}

function packageBytes(): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8("<Types/>"),
    "xl/workbook.xml": strToU8("<workbook/>"),
    "xl/worksheets/sheet1.xml": strToU8("<worksheet/>"),
  });
}

describe("a part written in pieces", () => {
  const list = pieces();
  const text = list.join("");

  test("EncodedPieces gives several chunks that decode to the joined text", () => {
    const chunks = encoded(list);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.map((c) => new TextDecoder().decode(c)).join("")).toBe(text);
  });

  test.each([
    ["Node zlib with sync flushes", nodeDeflate],
    ["the default fflate stream", undefined],
  ])("reads back exactly through %s", (_name, deflate) => {
    const pkg = Package.open(packageBytes());
    pkg.setPieces("xl/worksheets/sheet1.xml", encoded(list));
    const files = unzipSync(pkg.toBytes(deflate));
    expect(strFromU8(files["xl/worksheets/sheet1.xml"])).toBe(text);
    expect(strFromU8(files["xl/workbook.xml"])).toBe("<workbook/>");
  });

  test("a part set in pieces can still be read as text", () => {
    const pkg = Package.open(packageBytes());
    pkg.setPieces("xl/worksheets/sheet1.xml", encoded(["<a>", "é", "</a>"]));
    expect(pkg.text("xl/worksheets/sheet1.xml")).toBe("<a>é</a>");
    expect(pkg.touched()).toContain("xl/worksheets/sheet1.xml");
  });
});
