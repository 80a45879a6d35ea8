// The package writer (the CLI's --out and remove, the workbench's download) on a hand-built plan over a user's
// workbook with a merge, a note, a rule of their own and an awkward sheet name: bytes → plan → bytes, read back
// by ExcelJS (a reader independent of the writer) and by the CLI's reader (loadSnapshot). What the user had stays,
// what the plan writes is there with the add-in's formats, rules, notes, names and record, and removal takes
// exactly that away.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   ExcelJS cells (worksheet.getCell) are plain objects, not Office.js proxies to load and sync. */
import ExcelJS from "exceljs";
import { loadSnapshot, loadWorkbook } from "../../src/adapters/exceljs";
import { applyPlanToPackage } from "../../src/adapters/xlsx";
import { decodeOwnership, encodeOwnership, readOwnership } from "../../src/core/ownership";
import {
  FLAG_TAG,
  META_SHEET,
  RECORD_NAME,
  type Ownership,
  type WritePlan,
  type WorkbookSnapshot,
} from "../../src/core/types";
import { emptyPlan, normalize, sampleBytes, toBytes, zipText, noteText } from "../exceljs/helpers";
import { editAsUser } from "../helpers/user-excel";
import {
  OTHER_SHEET,
  OWNERSHIP,
  SUMMARY,
  USER_SHEET,
  removalPlan,
  userWorkbook,
  writePlan,
} from "./fixture-plan";

/** The plan written into the bytes, with its record, as the CLI writes it. */
function write(bytes: Uint8Array, plan: WritePlan): Uint8Array {
  return applyPlanToPackage(bytes, plan, plan.ownership ? encodeOwnership(plan.ownership) : []);
}

/** As the CLI reads a file it may write back. */
function snapshot(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  return loadSnapshot(bytes, "x.xlsx", { placement: true });
}

const original = (): Promise<Uint8Array> => toBytes(userWorkbook());

async function written(): Promise<Uint8Array> {
  return write(await original(), writePlan());
}

/** value, formula, numFmt and full style of every cell ExcelJS knows, and its note's text, by address. */
function cellDump(
  ws: ExcelJS.Worksheet,
  skip: (addr: string) => boolean = () => false
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (skip(cell.address)) return;
      out[cell.address] = JSON.parse(
        JSON.stringify({
          type: cell.type,
          value: cell.value,
          formula: cell.formula ?? null,
          numFmt: cell.numFmt ?? null,
          style: cell.style,
          note: noteText(cell.note) ?? null,
        })
      );
    })
  );
  return out;
}

const inOurRange = (addr: string) => /^[FG][1-4]$/.test(addr);

type RawCfs = Array<{ ref: string; rules: Array<Record<string, any>> }>;
const cfList = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { conditionalFormattings: RawCfs }).conditionalFormattings;

function cfFormulae(ws: ExcelJS.Worksheet): string[] {
  return cfList(ws).flatMap((cf) => cf.rules.flatMap((r) => (r.formulae as string[]) ?? []));
}

describe("package writer: writing", () => {
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  let afterBytes: Uint8Array;
  beforeAll(async () => {
    before = await loadWorkbook(await original());
    afterBytes = await written();
    after = await loadWorkbook(afterBytes);
  });

  test("every user cell keeps its value, formula, number format, style and note", () => {
    for (const name of [USER_SHEET, OTHER_SHEET]) {
      expect(cellDump(after.getWorksheet(name)!, inOurRange)).toEqual(
        cellDump(before.getWorksheet(name)!, inOurRange)
      );
    }
    expect(noteText(after.getWorksheet(USER_SHEET)!.getCell("B2").note)).toBe("catatan pengguna");
  });

  test("text values stay text, even when they look like formulas", async () => {
    const ws = after.getWorksheet(USER_SHEET)!;
    expect(ws.getCell("G2").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("G2").value).toBe('=HYPERLINK("x")');
    expect(ws.getCell("G3").value).toBe("=1+1");
    expect(ws.getCell("G4").value).toBe(true);
    const snap = (await snapshot(afterBytes)).sheets.find((s) => s.name === USER_SHEET)!;
    expect(snap.formulas![1][6]).toBeNull();
    expect(snap.values[1][6]).toBe('=HYPERLINK("x")');
  });

  test("formulas are re-read as formulas with their cached result and format", () => {
    const ws = after.getWorksheet(USER_SHEET)!;
    expect(ws.getCell("F2").formula).toBe('IFERROR(D2/C2,"")');
    expect(ws.getCell("F2").result).toBeCloseTo(0.5 / 0.7, 10);
    expect(ws.getCell("F2").numFmt).toBe("0.00%");
    const summary = after.getWorksheet(SUMMARY)!;
    expect(summary.getCell("B3").formula).toBe(`AVERAGE('Capaian ''IKU'' — 2025 ✓'!F2:F4)`);
    expect(summary.getCell("B5").formula).toBe(`'Capaian ''IKU'' — 2025 ✓'!F2`);
  });

  test("Excel is asked to recalculate on open (the written results are only the engine's)", async () => {
    expect(await zipText(afterBytes, "xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  test("the add-in's styles", () => {
    const ws = after.getWorksheet(USER_SHEET)!;
    expect(ws.getCell("F1").font?.bold).toBe(true);
    expect(ws.getCell("F1").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFE8F1FB" },
    });
    expect(ws.getCell("F1").alignment?.wrapText).toBe(true);
    expect(ws.getCell("F2").fill).toMatchObject({ fgColor: { argb: "FFF3F8EE" } });
    const summary = after.getWorksheet(SUMMARY)!;
    expect(summary.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(summary.getCell("A2").font).toMatchObject({
      underline: true,
      color: { argb: "FF0563C1" },
    });
    expect(ws.getColumn("F").width).toBe(16);
  });

  test("internal link to a sheet with spaces, apostrophes and unicode", () => {
    const summary = after.getWorksheet(SUMMARY)!;
    const link = summary.getCell("A2");
    expect(link.value).toEqual({
      text: "Lihat tabel",
      hyperlink: "#'Capaian ''IKU'' — 2025 ✓'!A1",
    });
  });

  test("conditional format added next to the user's own rule, below it in priority", () => {
    const ws = after.getWorksheet(USER_SHEET)!;
    expect(cfFormulae(ws)).toEqual(["C2>0.9", `AND(F2>1.2,"${FLAG_TAG}"<>"")`]);
    const list = cfList(ws);
    const user = list.find((cf) => cf.ref === "C2:C4")!.rules[0];
    const ours = list.find((cf) => cf.ref === "F2:F4")!.rules[0];
    expect(ours.type).toBe("expression");
    expect(ours.priority).toBeGreaterThan(user.priority);
    expect(ours.style.fill.bgColor.argb).toBe("FFFDE2E1");
    expect(ours.style.font.color.argb).toBe("FF9C0006");
  });

  test("notes, comments written as notes", async () => {
    const ws = after.getWorksheet(USER_SHEET)!;
    expect(noteText(ws.getCell("F2").note)).toBe("[Capaian IKU] Capaian di bawah target");
    expect(noteText(ws.getCell("F3").note)).toBe("[Capaian IKU] Sesuai target");
    const snap = (await snapshot(afterBytes)).sheets.find((s) => s.name === USER_SHEET)!;
    expect([...snap.annotated!].sort()).toEqual(["B2", "F2", "F3"]);
  });

  test("ownership record in a very hidden sheet, readable by the engine", async () => {
    expect(after.getWorksheet(META_SHEET)!.state).toBe("veryHidden");
    const snap = await snapshot(afterBytes);
    expect(readOwnership(snap)).toEqual(OWNERSHIP);
    expect(snap.sheets.map((s) => s.name)).toEqual([USER_SHEET, OTHER_SHEET, SUMMARY, META_SHEET]);
  });
});

/** A record of 3,000 blocks: several 30,000-character chunks in the record sheet. */
function bigOwnership(): Ownership {
  return {
    ...OWNERSHIP,
    blocks: Array.from({ length: 3000 }, (_, i) => ({
      name: `_CapaianIKU_b${i + 1}`,
      sheet: USER_SHEET,
      range: `Z${i + 1}`,
      cells: [`fp${i}`],
    })),
  };
}

describe("package writer: removal", () => {
  test("write then remove gives back the original cells, cell by cell", async () => {
    const orig = await original();
    const back = write(await written(), removalPlan());
    expect(normalize(await snapshot(back))).toEqual(normalize(await snapshot(orig)));
    const [b, a] = [await loadWorkbook(orig), await loadWorkbook(back)];
    for (const name of [USER_SHEET, OTHER_SHEET]) {
      expect(cellDump(a.getWorksheet(name)!)).toEqual(cellDump(b.getWorksheet(name)!));
    }
    expect(a.getWorksheet(SUMMARY)).toBeUndefined();
    expect(a.getWorksheet(META_SHEET)).toBeUndefined();
  });

  test("only the add-in's conditional formats and notes are removed", async () => {
    const ws = (await loadWorkbook(write(await written(), removalPlan()))).getWorksheet(
      USER_SHEET
    )!;
    expect(cfFormulae(ws)).toEqual(["C2>0.9"]);
    expect(noteText(ws.getCell("B2").note)).toBe("catatan pengguna");
    expect(ws.findCell(2, 6)?.note).toBeUndefined();
    expect(ws.findCell(3, 6)?.note).toBeUndefined();
  });

  test("a re-run (remove the previous output, write again) gives the same workbook as one run", async () => {
    const once = await written();
    const again = write(once, writePlan(removalPlan().remove));
    expect(normalize(await snapshot(again))).toEqual(normalize(await snapshot(once)));
    const [o, a] = [await loadWorkbook(once), await loadWorkbook(again)];
    expect(cfFormulae(a.getWorksheet(USER_SHEET)!)).toEqual(
      cfFormulae(o.getWorksheet(USER_SHEET)!)
    );
    expect(a.worksheets.map((w) => w.name)).toEqual(o.worksheets.map((w) => w.name));
    expect(readOwnership(await snapshot(again))).toEqual(OWNERSHIP);
  });

  test("removal of things that are gone is a no-op; writing to a missing sheet throws", async () => {
    const orig = await original();
    const out = write(
      orig,
      emptyPlan({
        remove: {
          ranges: [
            { sheet: "Hilang", range: "A1:B2" },
            { sheet: USER_SHEET, range: "Z100:Z200" },
          ],
          restoreFormats: [],
          sheets: ["Hilang"],
          notes: [{ sheet: USER_SHEET, cell: "Z9", kind: "note" }],
          flags: [
            { sheet: "Hilang", formula: "=TRUE" },
            { sheet: OTHER_SHEET, formula: "=TRUE" },
          ],
          names: ["_CapaianIKU_hilang"],
        },
      })
    );
    const [b, a] = [await loadWorkbook(orig), await loadWorkbook(out)];
    for (const name of [USER_SHEET, OTHER_SHEET])
      expect(cellDump(a.getWorksheet(name)!)).toEqual(cellDump(b.getWorksheet(name)!));
    expect(cfFormulae(a.getWorksheet(USER_SHEET)!)).toEqual(["C2>0.9"]);
    expect(a.getWorksheet(USER_SHEET)!.rowCount).toBe(6);
    expect(() =>
      write(orig, emptyPlan({ cells: [{ sheet: "Hilang", cell: "A1", value: 1 }] }))
    ).toThrow(/Hilang/);
  });

  test("writing and clearing a cell does not reach other cells sharing its style", async () => {
    const sheet = "Capaian IKU 2025";
    const orig = sampleBytes();
    const wb0 = await loadWorkbook(orig);
    const shared = JSON.stringify(wb0.getWorksheet(sheet)!.getCell("E7").style);
    expect(JSON.stringify(wb0.getWorksheet(sheet)!.getCell("D7").style)).toBe(shared); // one xf for both
    const plan = emptyPlan({
      cells: [{ sheet, cell: "D7", value: 1, style: "computed", numFmt: "0.0" }],
    });
    const once = write(orig, plan);
    const ws1 = (await loadWorkbook(once)).getWorksheet(sheet)!;
    expect(ws1.getCell("D7").numFmt).toBe("0.0");
    expect(JSON.stringify(ws1.getCell("E7").style)).toBe(shared);
    const cleared = write(
      once,
      emptyPlan({
        remove: {
          ranges: [{ sheet, range: "D7" }],
          restoreFormats: [],
          sheets: [],
          notes: [],
          flags: [],
          names: [],
        },
      })
    );
    const ws2 = (await loadWorkbook(cleared)).getWorksheet(sheet)!;
    expect(JSON.stringify(ws2.getCell("E7").style)).toBe(shared);
    expect(ws2.getCell("D7").value).toBeNull();
  });

  test("the ownership record is rewritten, not appended to", async () => {
    const big = bigOwnership();
    const first = write(await original(), emptyPlan({ ownership: big }));
    const small = { ...OWNERSHIP, writtenAt: "2026-01-01T00:00:00.000Z" };
    const second = write(first, emptyPlan({ ownership: small }));
    const meta = (await snapshot(second)).sheets.find((s) => s.name === META_SHEET)!;
    const column = meta.values.map((row) => row[0] ?? null).filter((v) => v !== null && v !== "");
    expect(column).toHaveLength(encodeOwnership(small).length);
    expect(decodeOwnership(column)?.writtenAt).toBe("2026-01-01T00:00:00.000Z");
  });

  test("a large ownership record (several 30,000-character chunks) survives write and read", async () => {
    const big = bigOwnership();
    const snap = await snapshot(write(await original(), emptyPlan({ ownership: big })));
    const meta = snap.sheets.find((s) => s.name === META_SHEET)!;
    expect(meta.values.length).toBeGreaterThan(3);
    expect(readOwnership(snap)).toEqual(big);
  });
});

describe("package writer: names, exact rules, formats, the record sheet (WritePlan v2)", () => {
  test("our defined names are written hidden and read back; removal deletes them from the file", async () => {
    const bytes = await written();
    const xml = (await zipText(bytes, "xl/workbook.xml"))!;
    const tag = (name: string) =>
      new RegExp(`<definedName [^>]*name="${name}"[^>]*>`).exec(xml)?.[0];
    expect(tag("_CapaianIKU_b1")).toMatch(/hidden="1"/);
    expect(tag(RECORD_NAME)).toMatch(/hidden="1"/);
    const names = (await snapshot(bytes)).names!;
    expect(names).toContainEqual({
      name: "_CapaianIKU_b1",
      refersTo: "'Capaian ''IKU'' — 2025 ✓'!$F$1:$G$4",
      hidden: true,
    });
    expect(names).toContainEqual({
      name: "_CapaianIKU_s1",
      refersTo: "Ringkasan!$A$1",
      hidden: true,
    });
    expect(names).toContainEqual({
      name: RECORD_NAME,
      refersTo: `${META_SHEET}!$A$1`,
      hidden: true,
    });
    const cleaned = (await zipText(write(bytes, removalPlan()), "xl/workbook.xml"))!;
    expect(cleaned).not.toContain("_CapaianIKU_");
  });

  test("only rules with exactly the listed formula are removed, not one that mentions the tag", async () => {
    const edited = await editAsUser(await written(), (wb) =>
      wb.getWorksheet(USER_SHEET)!.addConditionalFormatting({
        ref: "B2:B4",
        rules: [
          {
            type: "expression",
            priority: 9,
            formulae: [`ISNUMBER(SEARCH("${FLAG_TAG}",B2))`],
            style: {},
          },
        ],
      })
    );
    const ws = (await loadWorkbook(write(edited, removalPlan()))).getWorksheet(USER_SHEET)!;
    expect(cfFormulae(ws)).toEqual(["C2>0.9", `ISNUMBER(SEARCH("${FLAG_TAG}",B2))`]);
  });

  test("restoreFormats puts the user's formatting back after the clear", async () => {
    const once = write(
      await original(),
      emptyPlan({ cells: [{ sheet: USER_SHEET, cell: "H2", value: 1, style: "computed" }] })
    );
    const back = write(
      once,
      emptyPlan({
        remove: {
          ranges: [{ sheet: USER_SHEET, range: "H2" }],
          restoreFormats: [
            {
              sheet: USER_SHEET,
              cell: "H2",
              format: {
                fill: "#FFCC00",
                border: { right: { style: "thin", color: "#000000" } },
                numFmt: "0.0",
              },
            },
          ],
          sheets: [],
          notes: [],
          flags: [],
          names: [],
        },
      })
    );
    const ws = (await loadWorkbook(back)).getWorksheet(USER_SHEET)!;
    const h2 = ws.getCell("H2");
    expect(h2.value).toBeNull();
    expect((h2.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFCC00");
    expect(h2.border?.right).toEqual({ style: "thin", color: { argb: "FF000000" } });
    expect(h2.numFmt).toBe("0.0");
  });

  test("a plan naming a user's sheet (no signature) as its record is refused, to write or to delete", async () => {
    const wb = userWorkbook();
    wb.addWorksheet(META_SHEET).getCell("A1").value = "data pengguna";
    const bytes = await toBytes(wb);
    expect(() => write(bytes, emptyPlan({ ownership: OWNERSHIP }))).toThrow(/user sheet/);
    expect(() => write(bytes, emptyPlan({ ownership: null }))).toThrow(/user sheet/);
  });
});
