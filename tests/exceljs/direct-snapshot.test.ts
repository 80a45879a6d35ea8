// The direct reader (analysis-only runs) must see exactly what the ExcelJS path sees: the same snapshot, cell for
// cell, for the sample, a generated IKU workbook and a workbook holding every kind of cell ExcelJS distinguishes.
import * as fs from "fs";
import ExcelJS from "exceljs";
import { loadSnapshot, loadWorkbook, snapshotFromWorkbook } from "../../src/adapters/exceljs";
import { directSnapshot } from "../../src/adapters/exceljs/direct-snapshot";
import type { WorkbookSnapshot } from "../../src/core/types";
import { SAMPLE } from "../cli/cli-helpers";
import { afterSheetData, withPart } from "../helpers/hostile-zips";
import { makeIkuWorkbook } from "../helpers/make-workbook";

jest.setTimeout(60_000);

// What placement needs before a write (formatted empty cells, validations, rules, note texts) is read only with
// { placement: true } (`--out`, `remove`): tests/exceljs/direct-placement.test.ts compares the plans built from it.
function comparable(s: WorkbookSnapshot) {
  const sheets = s.sheets.map((sh) => {
    const { formats, validations, conditionalFormats, notes, ...rest } = sh;
    (void formats, void validations, void conditionalFormats, void notes);
    return {
      ...rest,
      merges: [...(sh.merges ?? [])].sort(),
      annotated: [...(sh.annotated ?? [])].sort(),
    };
  });
  return { sheets, names: s.names ?? [] };
}

async function expectSame(bytes: Uint8Array) {
  const viaExcelJS = snapshotFromWorkbook(await loadWorkbook(bytes), "f.xlsx");
  const direct = await directSnapshot(bytes, "f.xlsx");
  expect(direct).not.toBeNull();
  expect(comparable(direct!)).toEqual(comparable(viaExcelJS));
}

async function everyKind(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  ws.getCell("A1").value = "Teks";
  ws.getCell("B1").value = 42;
  ws.getCell("C1").value = 0.355;
  ws.getCell("C1").numFmt = "0.00%";
  ws.getCell("D1").value = true;
  ws.getCell("E1").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
  ws.getCell("F1").value = new Date(Date.UTC(2025, 5, 30, 8, 15, 0));
  ws.getCell("F1").numFmt = "dd/mm/yyyy hh:mm";
  ws.getCell("G1").value = {
    richText: [{ text: "Sangat " }, { font: { bold: true }, text: "Baik" }],
  };
  ws.getCell("H1").value = { text: "tautan", hyperlink: "https://example.org" };
  ws.getCell("A2").value = 1.5;
  ws.getCell("A3").value = 2.5;
  ws.getCell("B2").value = { formula: "A2*2", result: 3 };
  ws.getCell("B3").value = { sharedFormula: "B2", result: 5 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell("C2").value = { formula: 'IF(A2>1,"ya","tidak")', result: "ya" };
  ws.getCell("D2").value = { formula: "A2>1", result: true };
  ws.getCell("E2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("F2").value = { formula: "TODAY()", result: new Date(Date.UTC(2025, 0, 1)) };
  ws.getCell("F2").numFmt = "d-mmm-yy";
  ws.getCell("G2").numFmt = "#,##0"; // styled, empty
  ws.getCell("A5").value = "gabung";
  ws.mergeCells("A5:C6");
  ws.getCell("B6").numFmt = "0.0";
  ws.getCell("B1").note = "catatan";
  ws.getCell("J9").note = "catatan di sel kosong";
  ws.getCell("A8").value = "baris\r\nbaru _x005F_x0041_";
  const hidden = wb.addWorksheet("Tersembunyi", { state: "hidden" });
  hidden.getCell("A1").value = "rahasia";
  wb.addWorksheet("Kosong");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test("the sample", async () => {
  await expectSame(new Uint8Array(fs.readFileSync(SAMPLE)));
});

test("a generated 300-row IKU workbook (merged sasaran, % formats, texts, formulas)", async () => {
  const { bytes } = await makeIkuWorkbook({ rows: 300, sasaranRows: 7 });
  await expectSame(bytes);
});

test("every kind of cell: numbers, %, dates, booleans, errors, rich text, links, shared formulas, merges, notes", async () => {
  await expectSame(await everyKind());
});

test("inline strings and escaped characters", async () => {
  const pkg = await withPart(await everyKind(), "xl/worksheets/sheet1.xml", (x) =>
    x.replace(
      "</sheetData>",
      '<row r="12"><c r="A12" t="inlineStr"><is><t>sebaris &amp; _x000D_</t></is></c>' +
        '<c r="B12" t="inlineStr"><is><r><t>kaya</t></r><r><t xml:space="preserve"> teks</t></r></is></c>' +
        '<c r="C12"><v>7</v></c></row></sheetData>'
    )
  );
  await expectSame(pkg);
  const s = (await directSnapshot(pkg))!.sheets[0];
  expect(s.values[11]).toEqual(["sebaris & _x000D_", "kaya teks", 7]);
  expect(s.values[7][0]).toBe("baris\nbaru _x0041_");
});

test("a full-column merge is listed but never expanded", async () => {
  const pkg = await withPart(await everyKind(), "xl/worksheets/sheet2.xml", (x) =>
    afterSheetData(x, '<mergeCells count="1"><mergeCell ref="C1:C1048576"/></mergeCells>')
  );
  const s = (await directSnapshot(pkg))!.sheets[1];
  expect(s.merges).toEqual(["C1:C1048576"]);
  expect(s.values.length).toBe(1);
});

test("loadSnapshot explains what it cannot read exactly as loadWorkbook does", async () => {
  for (const bad of [new Uint8Array(0), new TextEncoder().encode("a;b\n1;2\n")]) {
    const a = await loadWorkbook(bad).catch((e) => e.code);
    const b = await loadSnapshot(bad).catch((e) => e.code);
    expect(b).toBe(a);
  }
  const half = fs.readFileSync(SAMPLE).subarray(0, 6000);
  expect(await loadSnapshot(half).catch((e) => e.code)).toBe("truncated");
});
