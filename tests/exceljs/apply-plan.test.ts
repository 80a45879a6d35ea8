import ExcelJS from "exceljs";
import { applyPlanToWorkbook, loadWorkbook, saveWorkbook, snapshotFromWorkbook } from "../../src/adapters/exceljs";
import { decodeOwnership, readOwnership } from "../../src/core/ownership";
import { FLAG_TAG, META_SHEET, RECORD_NAME } from "../../src/core/types";
import { OTHER_SHEET, OWNERSHIP, SUMMARY, USER_SHEET, removalPlan, userWorkbook, writePlan } from "./fixture-plan";
import { emptyPlan, normalize, sampleBytes, toBytes, zipText } from "./helpers";

/** Through bytes, as the CLI and the workbench do. */
async function roundTrip(wb: ExcelJS.Workbook, plan?: Parameters<typeof saveWorkbook>[1]): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await saveWorkbook(wb, plan));
}

async function original(): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await toBytes(userWorkbook()));
}

async function written(): Promise<ExcelJS.Workbook> {
  const wb = await original();
  const plan = writePlan();
  applyPlanToWorkbook(wb, plan);
  return roundTrip(wb, plan);
}

/** value, formula, numFmt and full style of every cell ExcelJS knows, by address. */
function cellDump(ws: ExcelJS.Worksheet, skip: (addr: string) => boolean = () => false): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (skip(cell.address)) return;
      out[cell.address] = JSON.parse(
        JSON.stringify({ type: cell.type, value: cell.value, formula: cell.formula ?? null, numFmt: cell.numFmt ?? null, style: cell.style, note: cell.note ?? null }),
      );
    }),
  );
  return out;
}

const inOurRange = (addr: string) => /^[FG][1-4]$/.test(addr);

function cfFormulae(ws: ExcelJS.Worksheet): string[] {
  const list = (ws as unknown as { conditionalFormattings: Array<{ rules: Array<{ formulae?: string[] }> }> }).conditionalFormattings;
  return list.flatMap((cf) => cf.rules.flatMap((r) => r.formulae ?? []));
}

describe("applyPlanToWorkbook: writing", () => {
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  beforeAll(async () => {
    before = await original();
    after = await written();
  });

  test("every user cell keeps its value, formula, number format, style and note", () => {
    for (const name of [USER_SHEET, OTHER_SHEET]) {
      expect(cellDump(after.getWorksheet(name)!, inOurRange)).toEqual(cellDump(before.getWorksheet(name)!, inOurRange));
    }
    expect(after.getWorksheet(USER_SHEET)!.getCell("B2").note).toBe("catatan pengguna");
  });

  test("text values stay text, even when they look like formulas", () => {
    const ws = after.getWorksheet(USER_SHEET)!;
    expect(ws.getCell("G2").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("G2").value).toBe('=HYPERLINK("x")');
    expect(ws.getCell("G3").value).toBe("=1+1");
    expect(ws.getCell("G4").value).toBe(true);
    const snap = snapshotFromWorkbook(after).sheets.find((s) => s.name === USER_SHEET)!;
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
    const wb = await original();
    applyPlanToWorkbook(wb, writePlan());
    expect(await zipText(await saveWorkbook(wb), "xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  test("the add-in's styles", () => {
    const ws = after.getWorksheet(USER_SHEET)!;
    expect(ws.getCell("F1").font?.bold).toBe(true);
    expect(ws.getCell("F1").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFE8F1FB" } });
    expect(ws.getCell("F1").alignment?.wrapText).toBe(true);
    expect(ws.getCell("F2").fill).toMatchObject({ fgColor: { argb: "FFF3F8EE" } });
    const summary = after.getWorksheet(SUMMARY)!;
    expect(summary.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(summary.getCell("A2").font).toMatchObject({ underline: true, color: { argb: "FF0563C1" } });
    expect(ws.getColumn("F").width).toBe(16);
  });

  test("internal link to a sheet with spaces, apostrophes and unicode", () => {
    const cell = after.getWorksheet(SUMMARY)!.getCell("A2");
    expect(cell.value).toEqual({ text: "Lihat tabel", hyperlink: "#'Capaian ''IKU'' — 2025 ✓'!A1" });
  });

  test("conditional format added next to the user's own rule", () => {
    const ws = after.getWorksheet(USER_SHEET)!;
    expect(cfFormulae(ws)).toEqual(["C2>0.9", `AND(F2>1.2,"${FLAG_TAG}"<>"")`]);
    const list = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<Record<string, any>> }> })
      .conditionalFormattings;
    const ours = list.find((cf) => cf.ref === "F2:F4")!.rules[0];
    expect(ours.type).toBe("expression");
    expect(ours.priority).toBe(2);
    expect(ours.style.fill.bgColor.argb).toBe("FFFDE2E1");
    expect(ours.style.font.color.argb).toBe("FF9C0006");
  });

  test("notes, comments written as notes", () => {
    const ws = after.getWorksheet(USER_SHEET)!;
    expect(ws.getCell("F2").note).toBe("[Capaian IKU] Capaian di bawah target");
    expect(ws.getCell("F3").note).toBe("[Capaian IKU] Sesuai target");
    const snap = snapshotFromWorkbook(after).sheets.find((s) => s.name === USER_SHEET)!;
    expect([...snap.annotated!].sort()).toEqual(["B2", "F2", "F3"]);
  });

  test("ownership record in a very hidden sheet, readable by the engine", () => {
    const meta = after.getWorksheet(META_SHEET)!;
    expect(meta.state).toBe("veryHidden");
    const snap = snapshotFromWorkbook(after);
    expect(readOwnership(snap)).toEqual(OWNERSHIP);
    expect(snap.sheets.map((s) => s.name)).toEqual([USER_SHEET, OTHER_SHEET, SUMMARY, META_SHEET]);
  });
});

describe("applyPlanToWorkbook: removal", () => {
  test("write then remove gives back the original cells, cell by cell", async () => {
    const before = await original();
    const wb = await written();
    applyPlanToWorkbook(wb, removalPlan());
    const after = await roundTrip(wb);

    expect(normalize(snapshotFromWorkbook(after))).toEqual(normalize(snapshotFromWorkbook(before)));
    for (const name of [USER_SHEET, OTHER_SHEET]) {
      expect(cellDump(after.getWorksheet(name)!)).toEqual(cellDump(before.getWorksheet(name)!));
    }
    expect(after.getWorksheet(SUMMARY)).toBeUndefined();
    expect(after.getWorksheet(META_SHEET)).toBeUndefined();
  });

  test("only the add-in's conditional formats and notes are removed", async () => {
    const wb = await written();
    applyPlanToWorkbook(wb, removalPlan());
    const ws = (await roundTrip(wb)).getWorksheet(USER_SHEET)!;
    expect(cfFormulae(ws)).toEqual(["C2>0.9"]);
    expect(ws.getCell("B2").note).toBe("catatan pengguna");
    expect(ws.findCell(2, 6)?.note).toBeUndefined();
    expect(ws.findCell(3, 6)?.note).toBeUndefined();
  });

  test("a re-run (remove the previous output, write again) gives the same workbook as one run", async () => {
    const once = await written();
    const twice = await written();
    const plan = writePlan(removalPlan().remove);
    applyPlanToWorkbook(twice, plan);
    const again = await roundTrip(twice, plan);
    expect(normalize(snapshotFromWorkbook(again))).toEqual(normalize(snapshotFromWorkbook(once)));
    expect(cfFormulae(again.getWorksheet(USER_SHEET)!)).toEqual(cfFormulae(once.getWorksheet(USER_SHEET)!));
    expect(again.worksheets.map((w) => w.name)).toEqual(once.worksheets.map((w) => w.name));
  });

  test("removal of things that are gone is a no-op; writing to a missing sheet throws", async () => {
    const wb = await original();
    applyPlanToWorkbook(
      wb,
      emptyPlan({
        remove: {
          ranges: [{ sheet: "Hilang", range: "A1:B2" }, { sheet: USER_SHEET, range: "Z100:Z200" }],
          restoreFormats: [],
          sheets: ["Hilang"],
          notes: [{ sheet: USER_SHEET, cell: "Z9", kind: "note" }],
          flags: [{ sheet: "Hilang", formula: "=TRUE" }, { sheet: OTHER_SHEET, formula: "=TRUE" }],
          names: ["_CapaianIKU_hilang"],
        },
      }),
    );
    expect(wb.getWorksheet(USER_SHEET)!.rowCount).toBe(6);
    expect(() => applyPlanToWorkbook(wb, emptyPlan({ cells: [{ sheet: "Hilang", cell: "A1", value: 1 }] }))).toThrow(/Hilang/);
  });

  test("a clear does not reach other cells sharing the same ExcelJS style object", async () => {
    const wb = await loadWorkbook(sampleBytes());
    const ws = wb.getWorksheet("Capaian IKU 2025")!;
    const sharedBefore = JSON.stringify(ws.getCell("E7").style);
    expect(ws.getCell("D7").style).toBe(ws.getCell("E7").style); // ExcelJS really shares them
    applyPlanToWorkbook(wb, emptyPlan({ cells: [{ sheet: "Capaian IKU 2025", cell: "D7", value: 1, style: "computed", numFmt: "0.0" }] }));
    expect(JSON.stringify(ws.getCell("E7").style)).toBe(sharedBefore);
    applyPlanToWorkbook(wb, emptyPlan({ remove: { ranges: [{ sheet: "Capaian IKU 2025", range: "D7" }], restoreFormats: [], sheets: [], notes: [], flags: [], names: [] } }));
    expect(JSON.stringify(ws.getCell("E7").style)).toBe(sharedBefore);
    expect(ws.getCell("D7").value).toBeNull();
  });

  test("the ownership record is rewritten, not appended to", async () => {
    const wb = await written();
    const meta = wb.getWorksheet(META_SHEET)!;
    meta.getCell("A5").value = "stale chunk";
    applyPlanToWorkbook(wb, emptyPlan({ ownership: { ...OWNERSHIP, writtenAt: "2026-01-01T00:00:00.000Z" } }));
    const col = meta.getColumn(1).values as unknown[];
    expect(decodeOwnership(col.slice(1))?.writtenAt).toBe("2026-01-01T00:00:00.000Z");
    expect(meta.getCell("A5").value).toBeNull();
  });

  test("a large ownership record (several 30,000-character chunks) survives save and load", async () => {
    const wb = await original();
    const big = {
      ...OWNERSHIP,
      blocks: Array.from({ length: 3000 }, (_, i) => ({ name: `_CapaianIKU_b${i + 1}`, sheet: USER_SHEET, range: `Z${i + 1}`, cells: [`fp${i}`] })),
    };
    applyPlanToWorkbook(wb, emptyPlan({ ownership: big }));
    const again = await roundTrip(wb);
    const meta = snapshotFromWorkbook(again).sheets.find((s) => s.name === META_SHEET)!;
    expect(meta.values.length).toBeGreaterThan(3);
    expect(readOwnership(snapshotFromWorkbook(again))).toEqual(big);
  });
});

describe("applyPlanToWorkbook: names, exact rules, formats, the record sheet (WritePlan v2)", () => {
  test("our defined names are written hidden and read back after save and load", async () => {
    const wb = await written();
    const bytes = await saveWorkbook(wb, writePlan());
    const xml = (await zipText(bytes, "xl/workbook.xml"))!;
    expect(xml).toContain(`<definedName name="_CapaianIKU_b1" hidden="1">&apos;Capaian &apos;&apos;IKU&apos;&apos; — 2025 ✓&apos;!$F$1:$G$4</definedName>`);
    expect(xml).toContain(`<definedName name="${RECORD_NAME}" hidden="1">${META_SHEET}!$A$1</definedName>`);
    const again = await loadWorkbook(bytes);
    const names = snapshotFromWorkbook(again).names!;
    expect(names).toContainEqual({ name: "_CapaianIKU_s1", refersTo: "Ringkasan!$A$1", hidden: true });
    // Removal deletes them from the file.
    applyPlanToWorkbook(again, removalPlan());
    const cleaned = (await zipText(await saveWorkbook(again), "xl/workbook.xml"))!;
    expect(cleaned).not.toContain("_CapaianIKU_");
  });

  test("only rules with exactly the listed formula are removed, not one that mentions the tag", async () => {
    const wb = await written();
    const ws = wb.getWorksheet(USER_SHEET)!;
    ws.addConditionalFormatting({
      ref: "B2:B4",
      rules: [{ type: "expression", priority: 9, formulae: [`ISNUMBER(SEARCH("${FLAG_TAG}",B2))`], style: {} }],
    });
    applyPlanToWorkbook(wb, removalPlan());
    expect(cfFormulae(ws)).toEqual(["C2>0.9", `ISNUMBER(SEARCH("${FLAG_TAG}",B2))`]);
  });

  test("restoreFormats puts the user's formatting back after the clear", async () => {
    const wb = await original();
    const ws = wb.getWorksheet(USER_SHEET)!;
    applyPlanToWorkbook(wb, emptyPlan({ cells: [{ sheet: USER_SHEET, cell: "H2", value: 1, style: "computed" }] }));
    applyPlanToWorkbook(
      wb,
      emptyPlan({
        remove: {
          ranges: [{ sheet: USER_SHEET, range: "H2" }],
          restoreFormats: [
            {
              sheet: USER_SHEET,
              cell: "H2",
              format: { fill: "#FFCC00", border: { right: { style: "thin", color: "#000000" } }, numFmt: "0.0" },
            },
          ],
          sheets: [],
          notes: [],
          flags: [],
          names: [],
        },
      })
    );
    const cell = ws.getCell("H2");
    expect(cell.value).toBeNull();
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFCC00");
    expect(cell.border?.right).toEqual({ style: "thin", color: { argb: "FF000000" } });
    expect(cell.numFmt).toBe("0.0");
  });

  test("a plan naming a user's sheet (no signature) as its record is refused; removal never deletes it", async () => {
    const wb = await original();
    wb.addWorksheet(META_SHEET).getCell("A1").value = "data pengguna";
    expect(() => applyPlanToWorkbook(wb, emptyPlan({ ownership: OWNERSHIP }))).toThrow(/user sheet/);
    expect(() => applyPlanToWorkbook(wb, emptyPlan({ ownership: null }))).toThrow(/user sheet/);
    expect(wb.getWorksheet(META_SHEET)?.getCell("A1").value).toBe("data pengguna");
  });
});
