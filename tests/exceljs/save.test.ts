import ExcelJS from "exceljs";
import JSZip from "jszip";
import { applyPlanToWorkbook, loadWorkbook, saveWorkbook, snapshotFromWorkbook } from "../../src/adapters/exceljs";
import type { ChartSpec } from "../../src/core/types";
import { SUMMARY, USER_SHEET, userWorkbook, writePlan } from "./fixture-plan";
import { assertWorksheetOrder, emptyPlan, normalize, parseXml, toBytes } from "./helpers";

const PNG_1X1 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

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
  const defaults = new Set([...types.matchAll(/<Default [^>]*Extension="([^"]+)"/g)].map((m) => m[1]));
  const overrides = new Set([...types.matchAll(/<Override [^>]*PartName="([^"]+)"/g)].map((m) => m[1].slice(1)));
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
  const rid = attr(wb.match(new RegExp(`<sheet [^>]*name="${esc.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*>`))![0], "r:id")!;
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rel = rels.match(new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*>`))![0];
  return resolve("xl/workbook.xml", attr(rel, "Target")!);
}

describe("saveWorkbook", () => {
  test("without a plan: plain ExcelJS output, re-opens identically", async () => {
    const wb = userWorkbook();
    const bytes = await saveWorkbook(wb);
    expect(bytes).toBeInstanceOf(Uint8Array);
    await checkPackage(bytes);
    const again = await loadWorkbook(bytes);
    expect(normalize(snapshotFromWorkbook(again))).toEqual(normalize(snapshotFromWorkbook(await loadWorkbook(await toBytes(wb)))));
  });

  test("the plan's chart is injected as a clustered bar chart and the file re-opens", async () => {
    const wb = await loadWorkbook(await toBytes(userWorkbook()));
    const plan = writePlan();
    applyPlanToWorkbook(wb, plan);
    const bytes = await saveWorkbook(wb, plan);
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
    const rels = await zip.file(path.replace(/([^/]+)$/, "_rels/$1.rels"))!.async("string");
    expect(rels).toMatch(new RegExp(`Id="${rid}" Type="[^"]+/relationships/drawing" Target="../drawings/drawing\\d+.xml"`));
    const drawingName = /Target="..\/drawings\/(drawing\d+\.xml)"/.exec(rels)![1];
    const drawing = await zip.file(`xl/drawings/${drawingName}`)!.async("string");
    expect(drawing).toContain("<xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>");
    expect(drawing).toContain("<xdr:to><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row>");
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain('PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"');

    const again = await loadWorkbook(bytes);
    expect(again.getWorksheet(SUMMARY)!.getCell("A5").value).toBe("Layanan pengaduan");
    expect(normalize(snapshotFromWorkbook(again))).toEqual(normalize(snapshotFromWorkbook(await loadWorkbook(await toBytes(wb)))));
  });

  test("charts on a sheet with notes, a data bar (extLst) and an image: one drawing, schema order kept", async () => {
    const wb = userWorkbook();
    const ws = wb.getWorksheet(USER_SHEET)!;
    ws.addConditionalFormatting({
      ref: "D2:D4",
      rules: [{ type: "dataBar", priority: 5, cfvo: [{ type: "min" }, { type: "max" }], color: { argb: "FF638EC6" } } as ExcelJS.DataBarRuleType],
    });
    ws.addImage(wb.addImage({ base64: PNG_1X1, extension: "png" }), "H10:I12");
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
    const plan = emptyPlan({ charts: [chart("Satu", "H2", "M8"), chart("Dua & <tiga>", "H14", "M20")] });
    const bytes = await saveWorkbook(wb, plan);
    const zip = await checkPackage(bytes);

    const sheet = await zip.file(await sheetPath(zip, USER_SHEET))!.async("string");
    expect(sheet.match(/<drawing /g)).toHaveLength(1);
    expect(sheet.indexOf("<legacyDrawing")).toBeLessThan(sheet.lastIndexOf("<extLst>")); // the top-level one
    const drawings = Object.keys(zip.files).filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n));
    expect(drawings).toHaveLength(1);
    const drawing = await zip.file(drawings[0])!.async("string");
    expect(drawing.match(/<xdr:pic>/g)).toHaveLength(1);
    expect(drawing.match(/<c:chart /g)).toHaveLength(2);
    const ids = [...drawing.matchAll(/<xdr:cNvPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const charts = await Promise.all(
      ["xl/charts/chart1.xml", "xl/charts/chart2.xml"].map((n) => zip.file(n)!.async("string")),
    );
    expect(charts[1]).toContain("<a:t>Dua &amp; &lt;tiga&gt;</a:t>");
    expect(charts[0]).toContain("<c:f>&apos;Capaian &apos;&apos;IKU&apos;&apos; — 2025 ✓&apos;!$C$2:$C$4</c:f>");
    expect(charts[0].match(/<c:ser>/g)).toHaveLength(2);

    const again = await loadWorkbook(bytes);
    expect(again.getWorksheet(USER_SHEET)!.getCell("B2").note).toBe("catatan pengguna");
    expect(again.getWorksheet(USER_SHEET)!.getImages()).toHaveLength(1);
  });

  test("notes + data bar without charts: <legacyDrawing> is moved before <extLst> too", async () => {
    const wb = userWorkbook();
    wb.getWorksheet(USER_SHEET)!.addConditionalFormatting({
      ref: "D2:D4",
      rules: [{ type: "dataBar", priority: 5, cfvo: [{ type: "min" }, { type: "max" }], color: { argb: "FF638EC6" } } as ExcelJS.DataBarRuleType],
    });
    await checkPackage(await saveWorkbook(wb)); // asserts the worksheet child order
  });

  test("internal links are written as Excel writes them: location only, no external relationship", async () => {
    const wb = await loadWorkbook(await toBytes(userWorkbook()));
    const plan = writePlan();
    applyPlanToWorkbook(wb, plan);
    wb.getWorksheet(USER_SHEET)!.getCell("H1").value = { text: "web", hyperlink: "https://example.org/?a=1&b=2" };
    const zip = await JSZip.loadAsync(await saveWorkbook(wb, plan));
    const summaryPath = await sheetPath(zip, SUMMARY);
    const sheet = await zip.file(summaryPath)!.async("string");
    expect(sheet).toContain(`<hyperlink ref="A2" location="&apos;Capaian &apos;&apos;IKU&apos;&apos; — 2025 ✓&apos;!A1"/>`);
    const rels = await zip.file(summaryPath.replace(/([^/]+)$/, "_rels/$1.rels"))?.async("string");
    expect(rels ?? "").not.toContain('Target="#');
    const userPath = await sheetPath(zip, USER_SHEET);
    const userRels = await zip.file(userPath.replace(/([^/]+)$/, "_rels/$1.rels"))!.async("string");
    expect(userRels).toContain('Target="https://example.org/?a=1&amp;b=2" TargetMode="External"');
  });

  test("an internal link written by Excel (location only) survives load and save", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Tujuan").getCell("A1").value = 1;
    const src = wb.addWorksheet("Asal");
    src.getCell("A1").value = { text: "ke tujuan", hyperlink: "#Tujuan!A1" };
    src.getCell("A2").value = 42;
    const first = await saveWorkbook(wb); // location-only, like Excel
    const loaded = await loadWorkbook(first);
    expect(loaded.getWorksheet("Asal")!.getCell("A1").value).toEqual({ text: "ke tujuan", hyperlink: "#Tujuan!A1" });
    const second = await JSZip.loadAsync(await saveWorkbook(loaded));
    expect(await second.file(await sheetPath(second, "Asal"))!.async("string")).toContain('<hyperlink ref="A1" location="Tujuan!A1"/>');
  });

  test("a note on an empty cell (no <c> element) is read back", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 1;
    ws.getCell("C5").note = "di sel kosong";
    const again = await loadWorkbook(await saveWorkbook(wb));
    expect(again.getWorksheet("S")!.getCell("C5").note).toBe("di sel kosong");
    expect(snapshotFromWorkbook(again).sheets[0].annotated).toEqual(["C5"]);
  });

  test("a chart on a missing sheet is an error", async () => {
    const wb = userWorkbook();
    const plan = emptyPlan({ charts: [{ sheet: "Hilang", title: "t", categories: "A1:A2", series: [], from: "A1", to: "B2" }] });
    await expect(saveWorkbook(wb, plan)).rejects.toThrow(/Hilang/);
  });
});
