// What the package writer leaves must open in Excel without a repair prompt: every XML part well-formed, every part
// typed and every relationship resolving, worksheet children in schema order; its chart, drawing and internal
// links written the way Excel writes them, beside a user's image, data bar and external link.

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadSnapshot, loadWorkbook } from "../../src/adapters/exceljs";
import { unescapeXml } from "../../src/adapters/exceljs/zip-parts";
import { applyPlanToPackage } from "../../src/adapters/xlsx";
import { encodeOwnership } from "../../src/core/ownership";
import type { ChartSpec, WritePlan } from "../../src/core/types";
import {
  assertWorksheetOrder,
  emptyPlan,
  normalize,
  parseXml,
  toBytes,
  noteText,
} from "../exceljs/helpers";
import { SUMMARY, USER_SHEET, userWorkbook, writePlan } from "./fixture-plan";

const PNG_1X1 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

function write(bytes: Uint8Array, plan: WritePlan): Uint8Array {
  return applyPlanToPackage(bytes, plan, plan.ownership ? encodeOwnership(plan.ownership) : []);
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

function resolve(from: string, target: string): string {
  const parts = from.split("/").slice(0, -1);
  for (const seg of target.split("/")) seg === ".." ? parts.pop() : parts.push(seg);
  return parts.join("/");
}

/** Package-level checks Excel would otherwise answer with a repair prompt. */
async function checkPackage(bytes: Uint8Array): Promise<JSZip> {
  const zip = await JSZip.loadAsync(bytes);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  const defaults = new Set(
    [...types.matchAll(/<Default [^>]*Extension="([^"]+)"/g)].map((m) => m[1])
  );
  const overrides = new Set(
    [...types.matchAll(/<Override [^>]*PartName="([^"]+)"/g)].map((m) => m[1].slice(1))
  );
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    const text = await file.async("string");
    if (/\.(xml|rels)$/.test(name)) parseXml(text); // well-formed, namespaces declared
    if (name !== "[Content_Types].xml") {
      const ext = name.slice(name.lastIndexOf(".") + 1);
      expect(overrides.has(name) || defaults.has(ext)).toBe(true);
    }
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) assertWorksheetOrder(parseXml(text).children);
    if (name.endsWith(".rels")) {
      // The package's own rels (_rels/.rels) resolve from the root.
      const source = name === "_rels/.rels" ? "" : name.replace(/_rels\/([^/]+)\.rels$/, "$1");
      for (const rel of text.match(/<Relationship [^>]*>/g) ?? []) {
        if (attr(rel, "TargetMode") === "External") continue;
        const target = attr(rel, "Target")!;
        const path = target.startsWith("/") ? target.slice(1) : resolve(source, target);
        expect([name, path, zip.file(path) !== null]).toEqual([name, path, true]);
      }
    }
  }
  for (const part of overrides) expect(zip.file(part)).not.toBeNull();
  return zip;
}

async function sheetPath(zip: JSZip, name: string): Promise<string> {
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const esc = name.replace(/&/g, "&amp;").replace(/'/g, "&apos;");
  const tag = [...wb.matchAll(/<sheet [^>]*>/g)]
    .map((m) => m[0])
    .find((t) => [esc, name.replace(/&/g, "&amp;")].includes(attr(t, "name") ?? ""))!;
  const rid = attr(tag, "r:id")!;
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rel = rels.match(new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*>`))![0];
  return resolve("xl/workbook.xml", attr(rel, "Target")!);
}

const relsPath = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");

/** A data bar: ExcelJS writes its x14 part in the sheet's <extLst>, which <drawing>/<legacyDrawing> must precede. */
function addDataBar(ws: ExcelJS.Worksheet): void {
  ws.addConditionalFormatting({
    ref: "D2:D4",
    rules: [
      {
        type: "dataBar",
        priority: 5,
        cfvo: [{ type: "min" }, { type: "max" }],
        color: { argb: "FF638EC6" },
      } as ExcelJS.DataBarRuleType,
    ],
  });
}

describe("package writer: a package Excel opens", () => {
  test("an empty plan leaves a valid package with the same cells", async () => {
    const bytes = await toBytes(userWorkbook());
    const out = write(bytes, emptyPlan());
    await checkPackage(out);
    const read = (b: Uint8Array) => loadSnapshot(b, "x.xlsx", { placement: true });
    expect(normalize(await read(out))).toEqual(normalize(await read(bytes)));
  });

  test("the plan's chart is written as a clustered bar chart and the file re-opens", async () => {
    const bytes = write(await toBytes(userWorkbook()), writePlan());
    const zip = await checkPackage(bytes);

    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    expect(parseXml(chart).root).toBe("chartSpace");
    expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="clustered"/>');
    expect(chart).toContain("<c:f>Ringkasan!$A$5:$A$7</c:f>");
    expect(chart).toContain("<c:f>Ringkasan!$B$5:$B$7</c:f>");
    expect(chart).toContain("<a:t>Capaian per indikator</a:t>");
    expect(chart).toContain('<c:pt idx="0"><c:v>Layanan pengaduan</c:v></c:pt>');
    expect(chart).toContain('<c:pt idx="2"><c:v>1.25</c:v></c:pt>');

    const path = await sheetPath(zip, SUMMARY);
    const sheet = await zip.file(path)!.async("string");
    const rid = /<drawing r:id="([^"]+)"\/>/.exec(sheet)![1];
    const rels = await zip.file(relsPath(path))!.async("string");
    const rel = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*>`).exec(rels)![0];
    expect(attr(rel, "Type")).toMatch(/\/relationships\/drawing$/);
    const drawingPath = resolve(path, attr(rel, "Target")!);
    expect(drawingPath).toMatch(/^xl\/drawings\/drawing\d+\.xml$/);
    const drawing = await zip.file(drawingPath)!.async("string");
    expect(drawing).toContain(
      "<xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>"
    );
    expect(drawing).toContain(
      "<xdr:to><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row>"
    );
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain(
      'PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"'
    );

    const again = await loadWorkbook(bytes);
    expect(again.getWorksheet(SUMMARY)!.getCell("A5").value).toBe("Layanan pengaduan");
  });

  test("charts and notes on a sheet with a data bar (extLst) and an image: one drawing, schema order kept", async () => {
    // Without the user's own note: ExcelJS itself writes <legacyDrawing> after <extLst> (invalid), and the writer
    // never reorders what it did not write. The plan's notes add the <legacyDrawing> here.
    const wb = userWorkbook({ note: false });
    const ws = wb.getWorksheet(USER_SHEET)!;
    addDataBar(ws);
    ws.addImage(wb.addImage({ base64: PNG_1X1, extension: "png" }), "H10:I12");
    const input = await toBytes(wb);
    const chart = (title: string, from: string, to: string): ChartSpec => ({
      sheet: USER_SHEET,
      title,
      categories: "B2:B4",
      series: [
        { name: "Target", values: "C2:C4" },
        { name: "Realisasi", values: "D2:D4" },
      ],
      from,
      to,
    });
    const plan = emptyPlan({
      charts: [chart("Satu", "H2", "M8"), chart("Dua & <tiga>", "H14", "M20")],
      notes: [{ sheet: USER_SHEET, cell: "E2", text: "[Capaian IKU] catatan", kind: "note" }],
    });
    const bytes = write(input, plan);
    const zip = await checkPackage(bytes); // asserts the worksheet child order

    const sheet = await zip.file(await sheetPath(zip, USER_SHEET))!.async("string");
    expect(sheet.match(/<drawing /g)).toHaveLength(1);
    expect(sheet.match(/<legacyDrawing /g)).toHaveLength(1);
    const drawings = Object.keys(zip.files).filter((n) =>
      /^xl\/drawings\/drawing\d+\.xml$/.test(n)
    );
    expect(drawings).toHaveLength(1);
    const drawing = await zip.file(drawings[0])!.async("string");
    expect(drawing.match(/<xdr:pic>/g)).toHaveLength(1);
    expect(drawing.match(/<c:chart /g)).toHaveLength(2);
    const ids = [...drawing.matchAll(/<xdr:cNvPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const charts = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
        .sort()
        .map((n) => zip.file(n)!.async("string"))
    );
    expect(charts).toHaveLength(2);
    expect(charts[1]).toContain("<a:t>Dua &amp; &lt;tiga&gt;</a:t>");
    expect(charts[0]).toContain(
      "<c:f>&apos;Capaian &apos;&apos;IKU&apos;&apos; — 2025 ✓&apos;!$C$2:$C$4</c:f>"
    );
    expect(charts[0].match(/<c:ser>/g)).toHaveLength(2);

    const again = await loadWorkbook(bytes);
    expect(noteText(again.getWorksheet(USER_SHEET)!.getCell("E2").note)).toBe(
      "[Capaian IKU] catatan"
    );
    expect(again.getWorksheet(USER_SHEET)!.getImages()).toHaveLength(1);
  });

  test("notes on a sheet with a data bar and no chart: <legacyDrawing> goes before <extLst>", async () => {
    const wb = userWorkbook({ note: false }); // see above
    const ws = wb.getWorksheet(USER_SHEET)!;
    addDataBar(ws);
    const plan = emptyPlan({
      notes: [{ sheet: USER_SHEET, cell: "E2", text: "[Capaian IKU] catatan", kind: "note" }],
    });
    const zip = await checkPackage(write(await toBytes(wb), plan)); // asserts the worksheet child order
    const sheet = await zip.file(await sheetPath(zip, USER_SHEET))!.async("string");
    expect(sheet).toContain("<extLst>");
    expect(sheet.indexOf("<legacyDrawing")).toBeLessThan(sheet.lastIndexOf("<extLst>")); // the top-level one
  });

  test("internal links are written as Excel writes them: location only, no external relationship", async () => {
    const wb = userWorkbook();
    wb.getWorksheet(USER_SHEET)!.getCell("H1").value = {
      text: "web",
      hyperlink: "https://example.org/?a=1&b=2",
    };
    const zip = await JSZip.loadAsync(write(await toBytes(wb), writePlan()));
    const summaryPath = await sheetPath(zip, SUMMARY);
    const sheet = await zip.file(summaryPath)!.async("string");
    const link = /<hyperlink [^>]*ref="A2"[^>]*>/.exec(sheet)![0];
    expect(unescapeXml(attr(link, "location")!)).toBe("'Capaian ''IKU'' — 2025 ✓'!A1");
    expect(attr(link, "r:id")).toBeUndefined();
    const rels = await zip.file(relsPath(summaryPath))?.async("string");
    expect(rels ?? "").not.toContain('Target="#');
    const userPath = await sheetPath(zip, USER_SHEET);
    const userRels = await zip.file(relsPath(userPath))!.async("string");
    expect(userRels).toContain('Target="https://example.org/?a=1&amp;b=2" TargetMode="External"');
  });

  test("a note on an empty cell (no <c> element) is read back", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = 1;
    const out = write(
      await toBytes(wb),
      emptyPlan({ notes: [{ sheet: "S", cell: "C5", text: "di sel kosong", kind: "note" }] })
    );
    const again = await loadWorkbook(out);
    expect(noteText(again.getWorksheet("S")!.getCell("C5").note)).toBe("di sel kosong");
    const snap = await loadSnapshot(out, "x.xlsx", { placement: true });
    expect(snap.sheets[0].annotated).toEqual(["C5"]);
  });

  test("a chart on a missing sheet is an error", async () => {
    const plan = emptyPlan({
      charts: [
        { sheet: "Hilang", title: "t", categories: "A1:A2", series: [], from: "A1", to: "B2" },
      ],
    });
    const bytes = await toBytes(userWorkbook());
    expect(() => write(bytes, plan)).toThrow(/Hilang/);
  });
});
