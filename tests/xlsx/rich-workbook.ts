// A workbook holding what ExcelJS cannot carry over: a chart, a pivot table with its cache, a slicer, a
// cross-sheet dropdown (x14 data validation), a sparkline, a threaded comment (with its legacy placeholder and
// person list), the `_x000D_` / `_x005F_x0041_` escapes in shared and inline strings, a user defined name, and
// (as .xlsm) a VBA project. Built from makeIkuWorkbook's IKU table (so the CLI has something to write) plus
// hand-written minimal parts following ECMA-376 and [MS-XLSX]; no part comes from a real user file.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { chartAnchorXml, chartXml, drawingXml } from "../../src/adapters/xlsx/chart-xml";
import { makeIkuWorkbook } from "../helpers/make-workbook";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";
const REL = (t: string) =>
  `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${t}`;

/** Cells added below the IKU table (rows 25-27), as they must come back byte for byte. */
export const USER_ROWS =
  '<row r="25"><c r="A25" t="s"><v>{S1}</v></c><c r="B25" t="s"><v>{S2}</v></c><c r="D25" s="0"><v>7</v></c></row>' +
  '<row r="26"><c r="A26" t="inlineStr"><is><t>baris satu_x000D_\nbaris dua</t></is></c><c r="B26" t="inlineStr"><is><t>kode _x005F_x0041_</t></is></c></row>';

function rels(list: Array<[string, string, string]>): string {
  return (
    HEAD +
    `<Relationships xmlns="${RELS}">` +
    list
      .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
      .join("") +
    "</Relationships>"
  );
}

function addToRels(xml: string, list: Array<[string, string, string]>): string {
  const add = list
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
    .join("");
  return xml.replace("</Relationships>", add + "</Relationships>");
}

const SHEET = (body: string, extra = "") =>
  HEAD +
  `<worksheet xmlns="${MAIN}" xmlns:r="${R}" xmlns:x14="${X14}" xmlns:xm="${XM}">${body}${extra}</worksheet>`;

export interface RichOptions {
  /** Write a macro-enabled workbook with a VBA project. */
  xlsm?: boolean;
}

/** Bytes of a VBA project stand-in: a CFB signature and a recognisable body (never parsed by the writer). */
export function vbaBytes(): Uint8Array {
  const b = new Uint8Array(1536);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 8; i < b.length; i++) b[i] = (i * 31 + 7) & 0xff;
  return b;
}

export async function makeRichWorkbook(
  opts: RichOptions = {}
): Promise<{ bytes: Uint8Array; ikuSheet: string }> {
  const { bytes, build } = await makeIkuWorkbook({ rows: 12, seed: 7 });
  const files: Record<string, Uint8Array> = unzipSync(bytes);
  for (const k of Object.keys(files)) if (k.endsWith("/")) delete files[k];
  const text = (p: string) => strFromU8(files[p]);
  const put = (p: string, s: string) => (files[p] = strToU8(s));

  // Shared strings: two escapes appended (existing indexes unchanged).
  let sst = text("xl/sharedStrings.xml");
  const count = (sst.match(/<si>/g) ?? []).length;
  sst = sst
    .replace(
      "</sst>",
      "<si><t>CR di sini_x000D_</t></si><si><t>harfiah _x005F_x0041_</t></si></sst>"
    )
    .replace(/count="\d+"/, `count="${count + 2}"`)
    .replace(/uniqueCount="\d+"/, `uniqueCount="${count + 2}"`);
  put("xl/sharedStrings.xml", sst);

  // The IKU sheet: user cells below the table, a user chart (drawing), a threaded comment on D25 (legacy
  // placeholder + VML), a dropdown from another sheet and a sparkline (both x14, in extLst).
  let s1 = text("xl/worksheets/sheet1.xml");
  s1 = s1.replace(
    "</sheetData>",
    USER_ROWS.replace("{S1}", String(count)).replace("{S2}", String(count + 1)) + "</sheetData>"
  );
  s1 = s1.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:K26"/>');
  s1 = s1.replace(/<worksheet [^>]*>/, (t) =>
    t.replace(">", ` xmlns:x14="${X14}" xmlns:xm="${XM}">`)
  );
  const ext =
    `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations count="1">` +
    `<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1">` +
    `<x14:formula1><xm:f>Daftar!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>E25</xm:sqref></x14:dataValidation></x14:dataValidations></ext>` +
    `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}"><x14:sparklineGroups>` +
    `<x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/>` +
    `<x14:colorAxis rgb="FF000000"/><x14:colorMarkers rgb="FFD00000"/><x14:colorFirst rgb="FFD00000"/>` +
    `<x14:colorLast rgb="FFD00000"/><x14:colorHigh rgb="FFD00000"/><x14:colorLow rgb="FFD00000"/>` +
    `<x14:sparklines><x14:sparkline><xm:f>'Capaian IKU'!E6:H6</xm:f><xm:sqref>F25</xm:sqref></x14:sparkline></x14:sparklines>` +
    `</x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`;
  s1 = s1.replace(
    "</worksheet>",
    `<drawing r:id="rIdDr1"/><legacyDrawing r:id="rIdVml1"/>${ext}</worksheet>`
  );
  put("xl/worksheets/sheet1.xml", s1);
  put(
    "xl/worksheets/_rels/sheet1.xml.rels",
    rels([
      ["rIdDr1", REL("drawing"), "../drawings/drawing1.xml"],
      ["rIdVml1", REL("vmlDrawing"), "../drawings/vmlDrawing1.vml"],
      ["rIdCm1", REL("comments"), "../comments1.xml"],
      [
        "rIdTc1",
        "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
        "../threadedComments/threadedComment1.xml",
      ],
    ])
  );
  put(
    "xl/drawings/drawing1.xml",
    drawingXml(
      chartAnchorXml({ fromRow: 28, fromCol: 0, toRow: 40, toCol: 6 }, "rId1", 2, "Grafik pengguna")
    )
  );
  put(
    "xl/drawings/_rels/drawing1.xml.rels",
    rels([["rId1", REL("chart"), "../charts/chart1.xml"]])
  );
  put(
    "xl/charts/chart1.xml",
    chartXml({
      title: "Target per indikator",
      categoriesRef: "'Capaian IKU'!$C$6:$C$8",
      categories: ["a", "b", "c"],
      series: [{ name: "Target", valuesRef: "'Capaian IKU'!$E$6:$E$8", values: [1, 2, 3] }],
    })
  );
  put(
    "xl/comments1.xml",
    HEAD +
      `<comments xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">` +
      `<authors><author>tc={6A1E1A39-1E09-4C33-9A4C-2B1B7B0B3C01}</author></authors><commentList>` +
      `<comment ref="D25" authorId="0" shapeId="0" xr:uid="{6A1E1A39-1E09-4C33-9A4C-2B1B7B0B3C01}"><text><t>[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    Cek angka ini</t></text></comment>` +
      `</commentList></comments>`
  );
  put(
    "xl/drawings/vmlDrawing1.vml",
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
      '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
      '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:200pt;margin-top:300pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">' +
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
      '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>4, 15, 23, 10, 6, 15, 28, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>24</x:Row><x:Column>3</x:Column></x:ClientData></v:shape></xml>'
  );
  put(
    "xl/threadedComments/threadedComment1.xml",
    HEAD +
      '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<threadedComment ref="D25" dT="2025-05-01T08:00:00.00" personId="{0B9C7B3E-5D5A-4C59-A9E1-2F3E4D5C6B7A}" id="{6A1E1A39-1E09-4C33-9A4C-2B1B7B0B3C01}"><text>Cek angka ini</text></threadedComment></ThreadedComments>'
  );
  put(
    "xl/persons/person.xml",
    HEAD +
      '<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<person displayName="Penelaah" id="{0B9C7B3E-5D5A-4C59-A9E1-2F3E4D5C6B7A}" userId="Penelaah" providerId="None"/></personList>'
  );

  // Two user sheets: the dropdown's list, and a pivot table (with its cache) carrying a slicer.
  put(
    "xl/worksheets/sheet3.xml",
    SHEET(
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Tercapai</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Belum</t></is></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>Tidak ada data</t></is></c></row></sheetData>'
    )
  );
  put(
    "xl/worksheets/sheet4.xml",
    SHEET(
      '<sheetData><row r="3"><c r="A3" t="inlineStr"><is><t>Sasaran</t></is></c><c r="B3" t="inlineStr"><is><t>Jumlah Target</t></is></c></row></sheetData>',
      '<extLst><ext uri="{A8765BA9-456A-4dab-B4F3-ACF838C121DE}"><x14:slicerList><x14:slicer r:id="rIdSl1"/></x14:slicerList></ext></extLst>'
    )
  );
  put(
    "xl/worksheets/_rels/sheet4.xml.rels",
    rels([
      ["rIdPt1", REL("pivotTable"), "../pivotTables/pivotTable1.xml"],
      [
        "rIdSl1",
        "http://schemas.microsoft.com/office/2007/relationships/slicer",
        "../slicers/slicer1.xml",
      ],
    ])
  );
  put(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    HEAD +
      `<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshOnLoad="1" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="2">` +
      `<cacheSource type="worksheet"><worksheetSource ref="B5:E8" sheet="Capaian IKU"/></cacheSource><cacheFields count="2">` +
      '<cacheField name="Sasaran" numFmtId="0"><sharedItems count="2"><s v="S1"/><s v="S2"/></sharedItems></cacheField>' +
      '<cacheField name="Target" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" minValue="1" maxValue="2"/></cacheField>' +
      "</cacheFields></pivotCacheDefinition>"
  );
  put(
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
    rels([["rId1", REL("pivotCacheRecords"), "pivotCacheRecords1.xml"]])
  );
  put(
    "xl/pivotCache/pivotCacheRecords1.xml",
    HEAD +
      `<pivotCacheRecords xmlns="${MAIN}" count="2"><r><x v="0"/><n v="1"/></r><r><x v="1"/><n v="2"/></r></pivotCacheRecords>`
  );
  put(
    "xl/pivotTables/pivotTable1.xml",
    HEAD +
      `<pivotTableDefinition xmlns="${MAIN}" name="PivotTable1" cacheId="11" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Values" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" indent="0" outline="1" outlineData="1" multipleFieldFilters="0">` +
      '<location ref="A3:B6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2">' +
      '<pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField>' +
      '<pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields>' +
      '<rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems>' +
      '<dataFields count="1"><dataField name="Jumlah Target" fld="1" baseField="0" baseItem="0"/></dataFields>' +
      '<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>'
  );
  put(
    "xl/pivotTables/_rels/pivotTable1.xml.rels",
    rels([["rId1", REL("pivotCacheDefinition"), "../pivotCache/pivotCacheDefinition1.xml"]])
  );
  put(
    "xl/slicers/slicer1.xml",
    HEAD +
      `<slicers xmlns="${X14}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x xr10" xmlns:x="${MAIN}" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10">` +
      '<slicer name="Sasaran" cache="Slicer_Sasaran" caption="Sasaran" rowHeight="241300"/></slicers>'
  );
  put(
    "xl/slicerCaches/slicerCache1.xml",
    HEAD +
      `<slicerCacheDefinition xmlns="${X14}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x" xmlns:x="${MAIN}" name="Slicer_Sasaran" sourceName="Sasaran">` +
      '<pivotTables><pivotTable tabId="4" name="PivotTable1"/></pivotTables><data><tabular pivotCacheId="11"><items count="2"><i x="0" s="1"/><i x="1" s="1"/></items></tabular></data></slicerCacheDefinition>'
  );

  // The workbook: the new sheets, the pivot cache, the slicer cache, a user name, persons (and the VBA project).
  let wb = text("xl/workbook.xml");
  wb = wb.replace(/<workbook [^>]*>/, (t) => t.replace(">", ` xmlns:x14="${X14}">`));
  wb = wb.replace(
    "</sheets>",
    '<sheet name="Daftar" sheetId="3" r:id="rIdW3"/><sheet name="Pivot" sheetId="4" r:id="rIdW4"/></sheets>' +
      '<definedNames><definedName name="Slicer_Sasaran">#N/A</definedName><definedName name="DaftarStatus">Daftar!$A$1:$A$3</definedName></definedNames>'
  );
  wb = wb.replace(
    "</workbook>",
    '<pivotCaches><pivotCache cacheId="11" r:id="rIdPc1"/></pivotCaches>' +
      '<extLst><ext uri="{BBE1A952-AA13-448e-AADC-164F8A28A991}"><x14:slicerCaches><x14:slicerCache r:id="rIdSc1"/></x14:slicerCaches></ext></extLst></workbook>'
  );
  put("xl/workbook.xml", wb);
  const wbRels: Array<[string, string, string]> = [
    ["rIdW3", REL("worksheet"), "worksheets/sheet3.xml"],
    ["rIdW4", REL("worksheet"), "worksheets/sheet4.xml"],
    ["rIdPc1", REL("pivotCacheDefinition"), "pivotCache/pivotCacheDefinition1.xml"],
    [
      "rIdSc1",
      "http://schemas.microsoft.com/office/2007/relationships/slicerCache",
      "slicerCaches/slicerCache1.xml",
    ],
    [
      "rIdPe1",
      "http://schemas.microsoft.com/office/2017/10/relationships/person",
      "persons/person.xml",
    ],
  ];
  if (opts.xlsm)
    wbRels.push([
      "rIdVba1",
      "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
      "vbaProject.bin",
    ]);
  put("xl/_rels/workbook.xml.rels", addToRels(text("xl/_rels/workbook.xml.rels"), wbRels));
  if (opts.xlsm) files["xl/vbaProject.bin"] = vbaBytes();

  const o = (part: string, ct: string) => `<Override PartName="/${part}" ContentType="${ct}"/>`;
  const sml = (t: string) => `application/vnd.openxmlformats-officedocument.spreadsheetml.${t}+xml`;
  let ct = text("[Content_Types].xml");
  ct = ct.replace(
    "</Types>",
    (opts.xlsm
      ? '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
      : "") +
      o("xl/worksheets/sheet3.xml", sml("worksheet")) +
      o("xl/worksheets/sheet4.xml", sml("worksheet")) +
      o("xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml") +
      o(
        "xl/charts/chart1.xml",
        "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
      ) +
      o("xl/comments1.xml", sml("comments")) +
      o(
        "xl/threadedComments/threadedComment1.xml",
        "application/vnd.ms-excel.threadedcomments+xml"
      ) +
      o("xl/persons/person.xml", "application/vnd.ms-excel.person+xml") +
      o("xl/pivotCache/pivotCacheDefinition1.xml", sml("pivotCacheDefinition")) +
      o("xl/pivotCache/pivotCacheRecords1.xml", sml("pivotCacheRecords")) +
      o("xl/pivotTables/pivotTable1.xml", sml("pivotTable")) +
      o("xl/slicers/slicer1.xml", "application/vnd.ms-excel.slicer+xml") +
      o("xl/slicerCaches/slicerCache1.xml", "application/vnd.ms-excel.slicerCache+xml") +
      "</Types>"
  );
  if (opts.xlsm)
    ct = ct.replace(sml("sheet.main"), "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  put("[Content_Types].xml", ct);
  return { bytes: zipSync(files), ikuSheet: build.ikuSheet };
}
