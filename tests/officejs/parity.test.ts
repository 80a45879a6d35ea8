// Parity: the sample workbook read through the Office adapter (Microsoft's office.js against RichApiHost) and
// through ExcelJS gives the same snapshot (values, formulas, number formats, merged areas, file name) and the same
// analysis. The host's workbook is seeded from the ExcelJS read, so this checks the Office read path end to end:
// the requests our adapter builds, as office.js serializes them, and the answers as office.js parses them.
import type { Browser, BrowserContext } from "playwright-core";
import { analyzeWorkbook } from "../../src/core/index";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/types";
import { createFakeExcel } from "../fakes/fake-excel";
import { sampleSnapshot, seedFromSnapshot } from "../browser/fake-seed";
import { assertBuilt, contextOptions, launch, serveDist, SAMPLE_NAME, type Served } from "../browser/helpers";
import { openAdapterPage, readThroughOfficeJs } from "./adapter-page";

jest.setTimeout(120_000);

let server: Served;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  assertBuilt();
  server = await serveDist();
  browser = await launch();
  context = await browser.newContext(contextOptions);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const isBlank = (v: unknown): boolean => v === null || v === undefined || v === "";

/** Rows trimmed of trailing blanks; "General" and no format are the same; merges sorted. */
function normal(s: SheetSnapshot) {
  const trim = <T>(grid: T[][] | undefined, blank: (v: T) => boolean): T[][] => {
    const rows = (grid ?? []).map((row) => {
      const r = [...(row ?? [])];
      while (r.length > 0 && blank(r[r.length - 1])) r.pop();
      return r.map((v) => (blank(v) ? null : v)) as T[];
    });
    while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
    return rows;
  };
  return {
    name: s.name,
    hidden: Boolean(s.hidden),
    values: trim(s.values, isBlank),
    formulas: trim(s.formulas as unknown[][], (f) => typeof f !== "string" || !f.startsWith("=")),
    numberFormats: trim(s.numberFormats as unknown[][], (f) => isBlank(f) || f === "General"),
    merges: [...(s.merges ?? [])].sort(),
  };
}

describe("Office adapter through the real office.js vs ExcelJS", () => {
  let excel: WorkbookSnapshot;
  let office: WorkbookSnapshot;

  beforeAll(async () => {
    excel = await sampleSnapshot();
    const fake = createFakeExcel(seedFromSnapshot(excel), { apiVersion: "1.15" });
    const { page } = await openAdapterPage(context, server.url, fake);
    office = (await readThroughOfficeJs(page)).snapshot;
    await page.close();
  });

  it("the sample has merged areas (else this parity proves little about them)", () => {
    expect(excel.sheets.some((s) => (s.merges ?? []).length > 0)).toBe(true);
  });

  it("reads the same sheets, values, formulas, number formats and merged areas", () => {
    expect(office.sheets.map(normal)).toEqual(excel.sheets.map(normal));
  });

  it("reads the file name (Ringkasan's Berkas row)", () => {
    expect(office.fileName).toBe(SAMPLE_NAME);
  });

  it("gives the same analysis", () => {
    const a = analyzeWorkbook(office, { lang: "id" });
    const b = analyzeWorkbook(excel, { lang: "id" });
    expect(a.report).toEqual(b.report);
    expect(a.tables).toEqual(b.tables);
  });
});
