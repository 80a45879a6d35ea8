// Issue 12, "Done when", byte-level: for a workbook holding a chart, a pivot table, a slicer, x14 validation, a
// sparkline, threaded comments and (as .xlsm) a VBA project, every package part other than those the plan writes
// is byte-identical after `capaian analyze --out`, and `capaian remove` brings every written sheet's user cells
// back byte-identical; `_x000D_` and `_x005F_x0041_` survive. The output opens in ExcelJS and is well-formed XML.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { loadWorkbook, snapshotFromWorkbook } from "../../src/adapters/exceljs";
import { cleanupTmp, ensureBuilt, runCli, tmpDir } from "../cli/cli-helpers";
import { makeRichWorkbook, vbaBytes } from "./rich-workbook";

jest.setTimeout(180_000);

beforeAll(() => ensureBuilt());
afterAll(() => cleanupTmp());

/** Parts the plan may write: the workbook's lists, styles, the written sheets (and their notes parts). */
const MAY_CHANGE = new Set([
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/worksheets/sheet1.xml",
  "xl/worksheets/_rels/sheet1.xml.rels",
  "xl/worksheets/sheet2.xml",
  "xl/worksheets/_rels/sheet2.xml.rels",
  "xl/comments1.xml",
  "xl/drawings/vmlDrawing1.vml",
]);

function parts(file: string): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(fs.readFileSync(file)));
}

/** Every <c> element of a sheet part by its reference, as written. */
function cells(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<c\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:\/>|>[\s\S]*?<\/c>)/g)) {
    const ref = /\sr="([A-Z]+\d+)"/.exec(m[0])?.[1];
    if (ref) out.set(ref, m[0]);
  }
  return out;
}

function hasXmllint(): boolean {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe.each([
  ["xlsx", false],
  ["xlsm", true],
])("lossless write-back of a .%s", (ext, xlsm) => {
  let dir: string;
  let input: string;
  let out: string;
  let back: string;
  beforeAll(async () => {
    dir = tmpDir("capaian-xlsx-");
    input = path.join(dir, `rich.${ext}`);
    out = path.join(dir, `rich.capaian.${ext}`);
    back = path.join(dir, `rich.clean.${ext}`);
    fs.writeFileSync(input, (await makeRichWorkbook({ xlsm })).bytes);
    const run = await runCli(["analyze", input, "--out", out, "-q"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const rm = await runCli(["remove", out, "--out", back]);
    expect(rm.code).toBe(0);
  });

  test("every part the plan does not write is byte-identical, and none is lost", () => {
    const before = parts(input);
    const after = parts(out);
    const changed: string[] = [];
    for (const [name, bytes] of Object.entries(before)) {
      if (name.endsWith("/")) continue;
      expect(after[name]).toBeDefined();
      if (MAY_CHANGE.has(name)) continue;
      if (Buffer.compare(Buffer.from(bytes), Buffer.from(after[name])) !== 0) changed.push(name);
    }
    expect(changed).toEqual([]);
    // The plan did write: the IKU sheet got cells, and the Ringkasan sheet, its chart and the record exist.
    expect(strFromU8(after["xl/workbook.xml"])).toMatch(/name="Ringkasan"/);
    expect(strFromU8(after["xl/workbook.xml"])).toMatch(/state="veryHidden"/);
    expect(Object.keys(after).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).length).toBe(2);
  });

  test("in the written sheets every user cell, the x14 extensions, drawing and merges keep their exact XML", () => {
    const before = parts(input);
    const after = parts(out);
    for (const sheet of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]) {
      const a = strFromU8(before[sheet]);
      const b = strFromU8(after[sheet]);
      const mine = cells(b);
      for (const [ref, xml] of cells(a)) expect([ref, mine.get(ref)]).toEqual([ref, xml]);
      for (const el of ["extLst", "mergeCells"]) {
        const m = new RegExp(`<${el}>[\\s\\S]*?</${el}>`).exec(a);
        if (m) expect(b).toContain(m[0]);
      }
    }
    const iku = strFromU8(after["xl/worksheets/sheet1.xml"]);
    expect(iku).toContain('<drawing r:id="rIdDr1"/>');
    expect(iku).toContain("baris satu_x000D_\nbaris dua");
    expect(iku).toContain("kode _x005F_x0041_");
    expect(strFromU8(after["xl/sharedStrings.xml"])).toContain("CR di sini_x000D_</t>");
    expect(strFromU8(after["xl/sharedStrings.xml"])).toContain("harfiah _x005F_x0041_</t>");
  });

  test("the threaded comment's placeholder and VML shape stay; the notes are appended beside them", () => {
    const before = parts(input);
    const after = parts(out);
    const c0 = strFromU8(before["xl/comments1.xml"]);
    const c1 = strFromU8(after["xl/comments1.xml"]);
    const placeholder = /<comment ref="D25"[\s\S]*?<\/comment>/.exec(c0)![0];
    expect(c1).toContain(placeholder);
    expect((c1.match(/<comment /g) ?? []).length).toBeGreaterThan(1);
    const v0 = strFromU8(before["xl/drawings/vmlDrawing1.vml"]);
    const shape = /<v:shape [\s\S]*?<\/v:shape>/.exec(v0)![0];
    expect(strFromU8(after["xl/drawings/vmlDrawing1.vml"])).toContain(shape);
  });

  test(`the output stays a .${ext}${xlsm ? " with its VBA project" : ""}`, () => {
    const after = parts(out);
    const types = strFromU8(after["[Content_Types].xml"]);
    if (xlsm) {
      expect(types).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
      expect(Buffer.compare(Buffer.from(after["xl/vbaProject.bin"]), Buffer.from(vbaBytes()))).toBe(
        0
      );
      expect(strFromU8(after["xl/_rels/workbook.xml.rels"])).toContain('Target="vbaProject.bin"');
    } else expect(after["xl/vbaProject.bin"]).toBeUndefined();
  });

  test("remove gives back every written sheet's cells byte-identical and drops what the add-in added", () => {
    const before = parts(input);
    const clean = parts(back);
    for (const sheet of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]) {
      expect(cells(strFromU8(clean[sheet]))).toEqual(cells(strFromU8(before[sheet])));
    }
    for (const [name, bytes] of Object.entries(before)) {
      if (name.endsWith("/") || MAY_CHANGE.has(name)) continue;
      expect([name, Buffer.compare(Buffer.from(bytes), Buffer.from(clean[name]))]).toEqual([
        name,
        0,
      ]);
    }
    // The user's notes parts are back to the user's notes only.
    expect((strFromU8(clean["xl/comments1.xml"]).match(/<comment /g) ?? []).length).toBe(1);
    expect((strFromU8(clean["xl/drawings/vmlDrawing1.vml"]).match(/<v:shape /g) ?? []).length).toBe(
      1
    );
    const wb = strFromU8(clean["xl/workbook.xml"]);
    expect(wb).not.toMatch(/Ringkasan|CapaianIKU/);
    expect(wb).toContain('<definedName name="Slicer_Sasaran">#N/A</definedName>');
    expect(Object.keys(clean).sort()).toEqual(
      Object.keys(before)
        .filter((n) => !n.endsWith("/"))
        .sort()
    );
  });

  test("the output opens in ExcelJS and the added cells read back", async () => {
    const wb = await loadWorkbook(new Uint8Array(fs.readFileSync(out)));
    const snap = snapshotFromWorkbook(wb);
    expect(snap.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Capaian IKU", "Anggaran", "Daftar", "Pivot", "Ringkasan"])
    );
    const iku = snap.sheets.find((s) => s.name === "Capaian IKU")!;
    expect(iku.values[24]?.[3]).toBe(7);
  });

  (hasXmllint() ? test : test.skip)(
    "every XML part of the output and of the cleaned copy is well-formed",
    () => {
      for (const file of [out, back]) {
        const xdir = path.join(dir, path.basename(file) + ".parts");
        for (const [name, bytes] of Object.entries(parts(file))) {
          if (!/\.(xml|rels|vml)$/.test(name)) continue;
          const p = path.join(xdir, name);
          fs.mkdirSync(path.dirname(p), { recursive: true });
          fs.writeFileSync(p, bytes);
          expect(() => execFileSync("xmllint", ["--noout", p], { stdio: "pipe" })).not.toThrow();
        }
      }
    }
  );
});
