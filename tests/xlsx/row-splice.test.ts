// A written row is rebuilt by offsets: the cells the plan does not touch, and the text between them, reach the sink
// as ranges of the original content (copied as bytes by the writer), only new or changed cells as text. Rows the
// offset scan does not read (cells without r, out of order, unusual markup) take the text path; both give the same
// cells.
import {
  addEdit,
  editSheetData,
  editSheetDataInto,
  emptyEdits,
  type CellEdit,
  type SheetDataSink,
} from "../../src/adapters/xlsx/sheet-data";

const put: CellEdit<string> = (_cur, ref, _rowStyle, text) => `<c r="${ref}"><v>${text}</v></c>`;
const drop: CellEdit = () => null;

function edits(list: Array<[number, number, string | null]>, clear: CellEdit = drop) {
  const e = emptyEdits(clear);
  for (const [row, col, v] of list)
    if (v === null) addEdit(e, row, col, drop as CellEdit<undefined>, undefined);
    else addEdit(e, row, col, put, v);
  return e;
}

/** What the sink was handed: text pieces, and original ranges as "[from,to)". */
function pieces(content: string, e: ReturnType<typeof edits>) {
  const got: Array<string | [number, number]> = [];
  const sink: SheetDataSink = {
    push: (s) => got.push(s),
    original: (from, to) => got.push([from, to]),
  };
  const changed = editSheetDataInto("", content, e, sink);
  const text = got.map((g) => (typeof g === "string" ? g : content.slice(g[0], g[1]))).join("");
  return { changed, text, texts: got.filter((g): g is string => typeof g === "string") };
}

const row2 =
  '<row r="2" spans="1:3"><c r="A2" t="s"><v>0</v></c><c r="B2" s="1"><v>5</v></c><c r="C2"/></row>';

describe("a written row, by offsets", () => {
  test("cells appended after the last: only the new cells and the row's tags are text", () => {
    const content = '<row r="1"><c r="A1"><v>1</v></c></row>' + row2;
    const r = pieces(content, edits([[1, 4, "9"]]));
    expect(r.changed).toBe(true);
    expect(r.text).toBe(
      '<row r="1"><c r="A1"><v>1</v></c></row>' +
        '<row r="2" spans="1:5"><c r="A2" t="s"><v>0</v></c><c r="B2" s="1"><v>5</v></c><c r="C2"/>' +
        '<c r="E2"><v>9</v></c></row>'
    );
    // The user's cells never pass as text of their own.
    expect(r.texts.join("")).not.toContain('<c r="B2"');
    expect(r.texts.join("")).toContain('<c r="E2"><v>9</v></c>');
  });

  test("a cell inserted between, one replaced and one removed; the text between cells stays", () => {
    const content =
      '<row r="3"><c r="A3"><v>1</v></c>\n  <c r="C3"><v>3</v></c>\n  <c r="E3"><v>5</v></c>\n</row>';
    const r = pieces(
      content,
      edits([
        [2, 1, "2"],
        [2, 2, "33"],
        [2, 4, null],
      ])
    );
    expect(r.text).toBe(
      '<row r="3"><c r="A3"><v>1</v></c>\n  <c r="B3"><v>2</v></c><c r="C3"><v>33</v></c>\n  \n</row>'
    );
  });

  test("a clear range empties only its columns", () => {
    const e = edits([]);
    e.clears.push({ top: 1, bottom: 1, left: 1, right: 1 });
    expect(pieces(row2, e).text).toBe(
      '<row r="2" spans="1:3"><c r="A2" t="s"><v>0</v></c><c r="C2"/></row>'
    );
  });

  test("an edit that gives the cell back unchanged leaves the row as it was", () => {
    const same: CellEdit = (cur) => cur;
    const e = emptyEdits(drop);
    addEdit(e, 1, 1, same as CellEdit<undefined>, undefined);
    const r = pieces(row2, e);
    expect(r.changed).toBe(false);
    expect(r.text).toBe(row2);
  });

  test("attribute values holding > and / and single quotes are read as the cell's", () => {
    const content = `<row r="1"><c r='A1' t="str" x:a="a>/b"><f>1&gt;0</f><v>x</v></c></row>`;
    expect(editSheetData("", content, edits([[0, 1, "7"]]))).toBe(
      `<row r="1"><c r='A1' t="str" x:a="a>/b"><f>1&gt;0</f><v>x</v></c><c r="B1"><v>7</v></c></row>`
    );
  });

  test("a prefixed sheet (x:) is read the same way", () => {
    const content = '<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row>';
    const e = emptyEdits(drop);
    addEdit(e, 0, 2, ((_c, ref) => `<x:c r="${ref}"/>`) as CellEdit<undefined>, undefined);
    expect(editSheetData("x:", content, e)).toBe(
      '<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c r="C1"/></x:row>'
    );
  });

  test.each([
    ["cells without r", '<row r="1"><c><v>1</v></c><c><v>2</v></c></row>'],
    ["cells out of order", '<row r="1"><c r="B1"><v>2</v></c><c r="A1"><v>1</v></c></row>'],
    ["an attribute without quotes", '<row r="1"><c r=A1><v>1</v></c><c r="B1"><v>2</v></c></row>'],
  ])("%s take the text path and still get the edit", (_name, content) => {
    const out = editSheetData("", content, edits([[0, 3, "4"]]));
    expect(out).toContain('<c r="D1"><v>4</v></c></row>');
    expect(out.indexOf('<c r="D1">')).toBeGreaterThan(out.lastIndexOf("<v>2</v>"));
  });

  test("a row left without cells goes; one that says more stays empty", () => {
    const content =
      '<row r="1" spans="1:1"><c r="A1"><v>1</v></c></row><row r="2" ht="30" customHeight="1"><c r="A2"><v>2</v></c></row>';
    expect(
      editSheetData(
        "",
        content,
        edits([
          [0, 0, null],
          [1, 0, null],
        ])
      )
    ).toBe('<row r="2" ht="30" customHeight="1"/>');
  });
});
