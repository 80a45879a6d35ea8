// The package writer on small hand-written packages: what it writes, what it leaves byte for byte, and the
// WritePlan v2 parts (restoreFormats, names, exact-formula flags, the record sheet's name).
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { loadWorkbook, snapshotFromWorkbook } from "../../src/adapters/exceljs";
import {
  applyPlanToPackage,
  Package,
  PackageError,
  type PackagePlan,
} from "../../src/adapters/xlsx";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = (t: string) =>
  `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${t}`;

/** Cells of the user's sheet, kept verbatim (odd but valid spellings on purpose). */
const USER_CELLS =
  '<row r="1" spans="1:3"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c><c r="B1" s="1"><v>2</v></c></row>' +
  '<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve"> a_x000D_b </t></is></c><c r="C3" s="2"/></row>' +
  "<row><c><v>5</v></c><c><v>6</v></c></row>";

function workbook(
  opts: { sheets?: string[]; cells?: string; extra?: string; names?: string } = {}
): Uint8Array {
  const sheets = opts.sheets ?? ["Data"];
  const files: Record<string, Uint8Array> = {};
  const put = (p: string, s: string) => (files[p] = strToU8(s));
  put(
    "[Content_Types].xml",
    HEAD +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
        )
        .join("") +
      "</Types>"
  );
  put(
    "_rels/.rels",
    HEAD +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL("officeDocument")}" Target="xl/workbook.xml"/></Relationships>`
  );
  put(
    "xl/workbook.xml",
    HEAD +
      `<workbook xmlns="${MAIN}" xmlns:r="${R}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
      sheets.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 2}"/>`).join("") +
      `</sheets>${opts.names ?? ""}<calcPr calcId="191029"/></workbook>`
  );
  put(
    "xl/_rels/workbook.xml.rels",
    HEAD +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL("styles")}" Target="styles.xml"/>` +
      sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 2}" Type="${REL("worksheet")}" Target="worksheets/sheet${i + 1}.xml"/>`
        )
        .join("") +
      "</Relationships>"
  );
  put(
    "xl/styles.xml",
    HEAD +
      `<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left/><right/><top/><bottom style="thin"><color rgb="FF000000"/></bottom><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/></cellXfs>' +
      "</styleSheet>"
  );
  sheets.forEach((_, i) =>
    put(
      `xl/worksheets/sheet${i + 1}.xml`,
      HEAD +
        `<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData>${i === 0 ? (opts.cells ?? USER_CELLS) : ""}</sheetData>${i === 0 ? (opts.extra ?? "") : ""}</worksheet>`
    )
  );
  return zipSync(files);
}

function plan(
  p: Partial<Omit<PackagePlan, "remove">> & { remove?: Partial<PackagePlan["remove"]> } = {}
): PackagePlan {
  return {
    addSheets: [],
    cells: [],
    columnWidths: [],
    flags: [],
    notes: [],
    charts: [],
    names: [],
    recordSheet: "CapaianIKU_meta",
    ownership: null,
    ...p,
    remove: {
      ranges: [],
      restoreFormats: [],
      sheets: [],
      notes: [],
      flags: [],
      names: [],
      ...(p.remove ?? {}),
    },
  };
}

const text = (bytes: Uint8Array, part: string) => strFromU8(unzipSync(bytes)[part]);
const sheet1 = (bytes: Uint8Array) => text(bytes, "xl/worksheets/sheet1.xml");

describe("cells", () => {
  test("written cells are spliced in column order; the user's cells keep their exact text", () => {
    const out = applyPlanToPackage(
      workbook(),
      plan({
        cells: [
          { sheet: "Data", cell: "C1", value: "=1+1" },
          {
            sheet: "Data",
            cell: "B3",
            formula: "=B1*2",
            result: 4,
            numFmt: "0.00%",
            style: "computed",
          },
          { sheet: "Data", cell: "A2", value: 1.5 },
          { sheet: "Data", cell: "D9", value: true },
        ],
      }),
      []
    );
    const xml = sheet1(out);
    expect(xml).toContain(
      '<c r="A1" t="inlineStr"><is><t>Nama</t></is></c><c r="B1" s="1"><v>2</v></c><c r="C1" t="inlineStr"><is><t>=1+1</t></is></c>'
    );
    expect(xml).toContain('<row r="2"><c r="A2"><v>1.5</v></c></row><row r="3">');
    expect(xml).toMatch(
      /<c r="A3" t="inlineStr"><is><t xml:space="preserve"> a_x000D_b <\/t><\/is><\/c><c r="B3" s="\d+"><f>B1\*2<\/f><v>4<\/v><\/c><c r="C3" s="2"\/>/
    );
    // Rows without r: once a row is inserted before them they need their r (their cells keep their text).
    expect(xml).toContain(
      '<row r="4"><c><v>5</v></c><c><v>6</v></c></row><row r="9"><c r="D9" t="b"><v>1</v></c></row>'
    );
    expect(xml).toContain('<row r="1" spans="1:3">'); // C1 is inside the span already
    expect(text(out, "xl/workbook.xml")).toContain('<calcPr calcId="191029" fullCalcOnLoad="1"/>');
  });

  test("text is stored with the SpreadsheetML escapes, so _x0041_ and CR come back as written", async () => {
    const out = applyPlanToPackage(
      workbook(),
      plan({ cells: [{ sheet: "Data", cell: "E1", value: "a_x0041_b\r\nc" }] }),
      []
    );
    expect(sheet1(out)).toContain(
      '<c r="E1" t="inlineStr"><is><t xml:space="preserve">a_x005F_x0041_b_x000D_\nc</t></is></c>'
    );
    expect(Object.keys(unzipSync(out))).not.toContain("xl/sharedStrings.xml");
  });

  test("the style of a written cell is the user's base xf with the add-in's style laid over it, appended once", () => {
    const out = applyPlanToPackage(
      workbook(),
      plan({
        cells: [
          { sheet: "Data", cell: "C3", value: 1, style: "computed", numFmt: "0.00%" },
          { sheet: "Data", cell: "D3", value: 2, style: "computed", numFmt: "0.00%" },
        ],
      }),
      []
    );
    const styles = text(out, "xl/styles.xml");
    expect(styles).toContain('<cellXfs count="5">');
    // C3 had the user's border (xf 2): it keeps it under the computed fill; D3 starts from xf 0.
    expect(styles).toContain(
      '<xf numFmtId="10" fontId="0" fillId="2" borderId="1" xfId="0" applyBorder="1" applyNumberFormat="1" applyFill="1"/>'
    );
    expect(styles).toContain(
      '<xf numFmtId="10" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"/>'
    );
    expect(styles).toContain('<fills count="3">');
    expect(sheet1(out)).toContain('<c r="C3" s="3"><v>1</v></c><c r="D3" s="4"><v>2</v></c>');
  });
});

describe("removal (WritePlan v2)", () => {
  test("a cleared cell that carried the user's format gets exactly that xf back", () => {
    const base = workbook();
    const written = applyPlanToPackage(
      base,
      plan({ cells: [{ sheet: "Data", cell: "C3", value: 9, style: "computed" }] }),
      []
    );
    expect(sheet1(written)).not.toContain('<c r="C3" s="2"/>');
    const back = applyPlanToPackage(
      written,
      plan({
        remove: {
          ranges: [{ sheet: "Data", range: "C3" }],
          restoreFormats: [
            {
              sheet: "Data",
              cell: "C3",
              format: { border: { bottom: { style: "thin", color: "#000000" } } },
            },
          ],
        },
      }),
      []
    );
    expect(sheet1(back)).toBe(sheet1(base));
  });

  test("only the rule with the exact formula goes; a user's rule mentioning CapaianIKU stays", () => {
    const user =
      '<conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="0" priority="1"><formula>ISTEXT("CapaianIKU")</formula></cfRule></conditionalFormatting>';
    const base = workbook({ extra: user });
    const flagged = applyPlanToPackage(
      base,
      plan({
        flags: [
          {
            sheet: "Data",
            range: "B1",
            severity: "error",
            formula: '=AND(TRUE,"CapaianIKU:f1"<>"")',
          },
        ],
      }),
      []
    );
    expect(sheet1(flagged)).toContain(
      'priority="2"><formula>AND(TRUE,&quot;CapaianIKU:f1&quot;&lt;&gt;&quot;&quot;)</formula>'
    );
    const back = applyPlanToPackage(
      flagged,
      plan({ remove: { flags: [{ sheet: "Data", formula: '=AND(TRUE,"CapaianIKU:f1"<>"")' }] } }),
      []
    );
    expect(sheet1(back)).toBe(sheet1(base));
  });

  test("hidden defined names are added and removed by name; the user's names stay as written", () => {
    const names =
      '<definedNames><definedName name="Mine" localSheetId="1">Other!$A$1</definedName><definedName name="Total">Data!$B$1</definedName></definedNames>';
    const base = workbook({ sheets: ["Data", "Other"], names });
    const named = applyPlanToPackage(
      base,
      plan({
        names: [
          { name: "_CapaianIKU_b1", sheet: "Data", range: "K5:N20" },
          { name: "_CapaianIKU_record", sheet: "CapaianIKU_meta2", range: "A1" },
        ],
        recordSheet: "CapaianIKU_meta2",
        ownership: {},
      }),
      ["capaian-iku-ownership:v2", '{"version":2}']
    );
    const wb = text(named, "xl/workbook.xml");
    expect(wb).toContain(
      '<definedName name="_CapaianIKU_b1" hidden="1">Data!$K$5:$N$20</definedName>'
    );
    expect(wb).toContain(
      '<definedName name="_CapaianIKU_record" hidden="1">CapaianIKU_meta2!$A$1</definedName>'
    );
    expect(wb).toMatch(
      /<sheet name="CapaianIKU_meta2" sheetId="3" r:id="rId\d+" state="veryHidden"\/>/
    );
    const back = applyPlanToPackage(
      named,
      plan({
        remove: { names: ["_CapaianIKU_b1", "_CapaianIKU_record"] },
        recordSheet: "CapaianIKU_meta2",
        ownership: null,
      }),
      []
    );
    expect(text(back, "xl/workbook.xml")).toBe(
      text(base, "xl/workbook.xml").replace(
        '<calcPr calcId="191029"/>',
        '<calcPr calcId="191029"/>'
      )
    );
    expect(Object.keys(unzipSync(back)).sort()).toEqual(Object.keys(unzipSync(base)).sort());
  });

  test("a user sheet named like the default record sheet is never touched", () => {
    const base = workbook({ sheets: ["Data", "CapaianIKU_meta"] });
    const out = applyPlanToPackage(base, plan({ recordSheet: "CapaianIKU_meta2", ownership: {} }), [
      "sig",
    ]);
    expect(text(out, "xl/worksheets/sheet2.xml")).toBe(text(base, "xl/worksheets/sheet2.xml"));
    expect(text(out, "xl/workbook.xml")).toContain(
      '<sheet name="CapaianIKU_meta" sheetId="2" r:id="rId3"/>'
    );
  });

  test("deleting a sheet moves the sheet-scoped names of the sheets after it", () => {
    const names =
      '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="2">Last!$A$1:$B$2</definedName><definedName name="Gone" localSheetId="1">Ringkasan!$A$1</definedName></definedNames>';
    const out = applyPlanToPackage(
      workbook({ sheets: ["Data", "Ringkasan", "Last"], names }),
      plan({ remove: { sheets: ["Ringkasan"] } }),
      []
    );
    const wb = text(out, "xl/workbook.xml");
    expect(wb).toContain(
      '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">Last!$A$1:$B$2</definedName></definedNames>'
    );
    expect(Object.keys(unzipSync(out))).not.toContain("xl/worksheets/sheet2.xml");
    expect(text(out, "[Content_Types].xml")).not.toContain("sheet2.xml");
  });
});

describe("sheets, notes, charts, widths", () => {
  test("a new sheet with cells, a chart and a link; notes on the user's sheet; ExcelJS reads it all", async () => {
    // ExcelJS cannot read rows without r: this workbook has none.
    const cells =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c><c r="B1" s="1"><v>2</v></c></row>';
    const out = applyPlanToPackage(
      workbook({ cells }),
      plan({
        addSheets: ["Ringkasan"],
        cells: [
          { sheet: "Ringkasan", cell: "A1", value: "Judul", style: "summaryTitle" },
          { sheet: "Ringkasan", cell: "A2", value: "S1" },
          { sheet: "Ringkasan", cell: "B2", value: 0.5, numFmt: "0%" },
          { sheet: "Ringkasan", cell: "A3", value: "ke Data", link: "Data!A1", style: "link" },
        ],
        columnWidths: [{ sheet: "Data", column: "B", width: 20 }],
        notes: [{ sheet: "Data", cell: "B1", text: "[Capaian IKU] catatan", kind: "note" }],
        charts: [
          {
            sheet: "Ringkasan",
            title: "Capaian",
            categories: "A2:A2",
            series: [{ name: "Capaian", values: "B2:B2" }],
            from: "D2",
            to: "J12",
          },
        ],
      }),
      []
    );
    const files = unzipSync(out);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        "xl/worksheets/sheet2.xml",
        "xl/charts/chart1.xml",
        "xl/drawings/drawing1.xml",
        "xl/comments1.xml",
        "xl/drawings/vmlDrawing1.vml",
      ])
    );
    expect(strFromU8(files["xl/charts/chart1.xml"])).toContain("<c:v>S1</c:v>");
    expect(sheet1(out)).toMatch(
      /<cols><col min="2" max="2" width="20" customWidth="1"\/><\/cols><sheetData>/
    );
    expect(sheet1(out)).toMatch(/<\/sheetData><legacyDrawing r:id="rId\d+"\/><\/worksheet>/);
    const wb = await loadWorkbook(out);
    const snap = snapshotFromWorkbook(wb);
    expect(snap.sheets.map((s) => s.name)).toEqual(["Data", "Ringkasan"]);
    const note = wb.getWorksheet("Data")!.getCell("B1").note as unknown as {
      texts: Array<{ text: string }>;
    };
    expect(note.texts.map((t) => t.text).join("")).toBe("[Capaian IKU] catatan");
    expect(wb.getWorksheet("Ringkasan")!.getCell("B2").value).toBe(0.5);
    expect(wb.getWorksheet("Ringkasan")!.getCell("B2").numFmt).toBe("0%");
    expect(wb.getWorksheet("Ringkasan")!.getCell("A1").font?.bold).toBe(true);

    const back = applyPlanToPackage(
      out,
      plan({ remove: { sheets: ["Ringkasan"], notes: [{ sheet: "Data", cell: "B1" }] } }),
      []
    );
    const left = Object.keys(unzipSync(back));
    for (const gone of [
      "xl/worksheets/sheet2.xml",
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/comments1.xml",
      "xl/drawings/vmlDrawing1.vml",
      "xl/worksheets/_rels/sheet1.xml.rels",
    ])
      expect(left).not.toContain(gone);
    expect(sheet1(back)).not.toContain("legacyDrawing");
  });

  test("a width inside the user's <col> range splits it and keeps its style", () => {
    const base = workbook({ cells: "", extra: "" }).slice();
    const files = unzipSync(base);
    files["xl/worksheets/sheet1.xml"] = strToU8(
      HEAD +
        `<worksheet xmlns="${MAIN}"><cols><col min="1" max="5" width="9" style="2" customWidth="1"/></cols><sheetData/></worksheet>`
    );
    const out = applyPlanToPackage(
      zipSync(files),
      plan({
        columnWidths: [{ sheet: "Data", column: "C", width: 30 }],
        cells: [{ sheet: "Data", cell: "C2", value: 1 }],
      }),
      []
    );
    const xml = sheet1(out);
    expect(xml).toContain(
      '<cols><col min="1" max="2" width="9" style="2" customWidth="1"/><col min="3" max="3" width="30" style="2" customWidth="1"/><col min="4" max="5" width="9" style="2" customWidth="1"/></cols>'
    );
    // A new cell takes the column's style as its base, as Excel does.
    expect(xml).toContain('<c r="C2" s="2"><v>1</v></c>');
  });
});

describe("package limits", () => {
  test("a part that would inflate past the limit is refused before it is inflated", () => {
    const big = new Uint8Array(40 * 1024 * 1024); // zeros: deflates ~1000:1
    const files = unzipSync(workbook());
    files["xl/media/bomb.bin"] = big;
    const bytes = zipSync(files, { level: 9 });
    expect(() => Package.open(bytes)).toThrow(PackageError);
  });

  test("bytes that are not a package are refused with a PackageError", () => {
    expect(() => Package.open(strToU8("not a zip"))).toThrow(PackageError);
  });
});

test("the writer imports no Node module (the workbench bundles it for the browser)", () => {
  const fs = require("fs") as typeof import("fs");
  const dir = `${__dirname}/../../src/adapters/xlsx`;
  for (const f of fs.readdirSync(dir)) {
    const src = fs.readFileSync(`${dir}/${f}`, "utf8");
    const imports = [...src.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
    expect([f, imports.filter((m) => !m.startsWith(".") && m !== "fflate")]).toEqual([f, []]);
  }
});
