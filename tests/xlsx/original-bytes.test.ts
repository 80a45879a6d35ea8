// What the writer leaves unchanged in a worksheet is copied from the part's original bytes (Utf8Offsets,
// EncodedPieces.copy), and the CLI's writer takes the parts its snapshot reader already inflated. Either must give
// exactly the text a plain re-encoding would; bytes that do not decode to the text are never copied from.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { EncodedPieces } from "../../src/adapters/xlsx/encoded-pieces";
import { Package } from "../../src/adapters/xlsx/package";
import { addEdit, emptyEdits, type CellEdit } from "../../src/adapters/xlsx/sheet-data";
import { Utf8Offsets } from "../../src/adapters/xlsx/utf8-offsets";
import { Worksheet } from "../../src/adapters/xlsx/worksheet-xml";

const encode = (s: string) => new TextEncoder().encode(s);
const decode = (chunks: Uint8Array[]) => chunks.map((c) => new TextDecoder().decode(c)).join("");

describe("Utf8Offsets", () => {
  const text = "a é ✓ 𝔸 z";
  test("byte offsets of positions, in order and out of order", () => {
    const o = Utf8Offsets.of(text, encode(text))!;
    // Every position but the middle of a surrogate pair (𝔸), where no element of XML starts.
    const at = [...Array(text.length + 1).keys()].filter(
      (i) => !(text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff)
    );
    const bytes = at.map((i) => encode(text.slice(0, i)).length);
    expect(at.map((i) => o.byteAt(i))).toEqual(bytes);
    expect(o.byteAt(2)).toBe(2);
    expect(o.byteAt(text.length)).toBe(encode(text).length);
  });

  test("ASCII maps position to position; a byte order mark shifts by 3", () => {
    expect(Utf8Offsets.of("abc", encode("abc"))!.byteAt(2)).toBe(2);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...encode("ab")]);
    expect(Utf8Offsets.of("ab", withBom)!.byteAt(1)).toBe(4);
  });

  test("bytes that do not decode to the text are refused", () => {
    expect(Utf8Offsets.of("abd", encode("abc ")) ?? null).toBeNull();
    // A lone 0xFF decodes to U+FFFD (3 bytes once encoded): the lengths no longer agree.
    const bad = new Uint8Array([0x61, 0xff, 0x62]);
    expect(Utf8Offsets.of(new TextDecoder().decode(bad), bad)).toBeNull();
  });
});

describe("EncodedPieces", () => {
  test("text and copied bytes come out in order; a long copy is a chunk of its own, not copied", () => {
    const sink = new EncodedPieces();
    const long = encode("<row/>".repeat(100000));
    sink.push("<a>é");
    sink.copy(encode("✓ 𝔸"));
    sink.copy(long);
    sink.push("x".repeat(300) + "ü");
    const chunks = sink.flush();
    expect(decode(chunks)).toBe("<a>é✓ 𝔸" + "<row/>".repeat(100000) + "x".repeat(300) + "ü");
    expect(chunks).toContain(long);
  });
});

/** A sheet whose first row gets a cell at D1 through a Worksheet given (or not) the part's bytes. */
function edited(xml: string, bytes?: Uint8Array): string {
  const ws = new Worksheet(xml, bytes);
  const e = emptyEdits(() => null);
  addEdit(
    e,
    0,
    3,
    ((_c, ref) => `<c r="${ref}" t="inlineStr"><is><t>ñ</t></is></c>`) as CellEdit<undefined>,
    undefined
  );
  ws.editCells(e);
  return decode(ws.toPieces()!);
}

describe("a worksheet edited with its original bytes", () => {
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Capaian é ✓ 𝔸</t></is></c><c r="B1"><v>2</v></c></row>' +
    '<row r="2"><c r="A2" t="inlineStr"><is><t>Ü</t></is></c></row></sheetData></worksheet>';
  const expected = xml.replace(
    '<c r="B1"><v>2</v></c></row>',
    '<c r="B1"><v>2</v></c><c r="D1" t="inlineStr"><is><t>ñ</t></is></c></row>'
  );

  test("non-ASCII text before and after the edit", () => {
    expect(edited(xml)).toBe(expected);
    expect(edited(xml, encode(xml))).toBe(expected);
  });

  test("with a byte order mark", () => {
    expect(edited(xml, new Uint8Array([0xef, 0xbb, 0xbf, ...encode(xml)]))).toBe(expected);
  });

  test("a part that is not valid UTF-8 is encoded from its text, never copied from", () => {
    // A lone 0xFF in the first cell's text decodes to U+FFFD: offsets into such bytes would be off by two.
    const marked = xml.replace("Capaian", "Capai?n"); // ASCII up to there: string and byte offsets agree
    const bytes = encode(marked).map((b, i) => (i === marked.indexOf("?n") ? 0xff : b));
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain("Capai\uFFFDn");
    expect(edited(text, bytes)).toBe(edited(text));
    expect(edited(text)).toContain('<c r="B1"><v>2</v></c><c r="D1"');
  });
});

describe("parts a reader already inflated", () => {
  const sheet = '<worksheet><sheetData><row r="1"/></sheetData></worksheet>';
  const zip = () =>
    zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "xl/workbook.xml": strToU8("<workbook/>"),
      "xl/worksheets/sheet1.xml": strToU8(sheet),
    });

  test("are taken instead of inflating again when their size is the declared one", () => {
    // The text a reader decoded is taken as it is (a text made again from the bytes would not hold this mark).
    const known = { bytes: strToU8(sheet), text: "\uFEFF\uFEFF" + sheet };
    const pkg = Package.open(zip(), new Map([["xl/worksheets/sheet1.xml", known]]));
    expect(pkg.text("xl/worksheets/sheet1.xml")).toBe("\uFEFF" + sheet);
    expect(pkg.bytes("xl/worksheets/sheet1.xml")).toBe(known.bytes);
  });

  test("are ignored when their size is not", () => {
    const wrong = { bytes: strToU8(sheet + " "), text: sheet + " " };
    const pkg = Package.open(zip(), new Map([["xl/worksheets/sheet1.xml", wrong]]));
    expect(pkg.text("xl/worksheets/sheet1.xml")).toBe(sheet);
    expect(strFromU8(unzipSync(pkg.toBytes())["xl/worksheets/sheet1.xml"])).toBe(sheet);
  });
});
