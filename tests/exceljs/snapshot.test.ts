import ExcelJS from "exceljs";
import { loadWorkbook, snapshotFromWorkbook } from "../../src/adapters/exceljs";
import { parseA1 } from "../../src/core/address";
import type { CellValue, SheetSnapshot } from "../../src/core/types";
import { sampleBytes, toBytes } from "./helpers";

function at(s: SheetSnapshot, addr: string): CellValue {
  const { row, col } = parseA1(addr);
  return s.values[row]?.[col] ?? null;
}
function formulaAt(s: SheetSnapshot, addr: string) {
  const { row, col } = parseA1(addr);
  return s.formulas?.[row]?.[col] ?? null;
}
function fmtAt(s: SheetSnapshot, addr: string) {
  const { row, col } = parseA1(addr);
  return s.numberFormats?.[row]?.[col] ?? null;
}

describe("snapshotFromWorkbook on the sample", () => {
  let sheet: SheetSnapshot;
  let names: string[];
  beforeAll(async () => {
    const snap = snapshotFromWorkbook(await loadWorkbook(sampleBytes()), "lkj.xlsx");
    expect(snap.fileName).toBe("lkj.xlsx");
    names = snap.sheets.map((s) => s.name);
    sheet = snap.sheets.find((s) => s.name === "Capaian IKU 2025")!;
  });

  test("sheets", () => {
    expect(names.slice(0, 2)).toEqual(["Capaian IKU 2025", "Anggaran dan Kinerja 2025"]);
    expect(sheet.hidden).toBe(false);
  });

  test("values, text numbers and formulas", () => {
    expect(at(sheet, "D12")).toBe("42.010 orang");
    expect(at(sheet, "D6")).toBe(0.7);
    expect(at(sheet, "A6")).toBe(1);
    expect(formulaAt(sheet, "J19")).toBe("=SUM(J6:J18)/13");
    expect(at(sheet, "J19")).toBeCloseTo(1.4836153846, 8);
    expect(formulaAt(sheet, "J18")).toBeNull();
  });

  test("merged cells: value only in the top-left cell", () => {
    expect(at(sheet, "A9")).toBe(4);
    expect(at(sheet, "A10")).toBeNull();
    expect(at(sheet, "A11")).toBeNull();
    expect(at(sheet, "A1")).toBe("Tabel II.1 Pengukuran Capaian Kinerja");
    expect(at(sheet, "B1")).toBeNull();
    expect(sheet.merges).toEqual(expect.arrayContaining(["A9:A11", "A4:A5", "E4:I4", "A1:J1", "A19:I19"]));
    expect(sheet.merges).toHaveLength(13);
  });

  test("number formats", () => {
    expect(fmtAt(sheet, "D6")).toBe("0%");
    expect(fmtAt(sheet, "G6")).toBe("0.00%");
    expect(fmtAt(sheet, "J19")).toBe("0.00%");
    expect(fmtAt(sheet, "A6")).toBeNull();
  });

  test("A1 origin and ragged rows", () => {
    expect(sheet.values.length).toBe(19);
    expect(sheet.values[2]).toEqual([]); // row 3 is empty
    expect(sheet.values[0].length).toBe(1); // A1:J1 merged: only A1 holds the title
  });
});

describe("snapshotFromWorkbook on built workbooks", () => {
  async function built() {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    ws.getCell("A1").value = 12.5;
    ws.getCell("B1").value = "teks";
    ws.getCell("C1").value = true;
    ws.getCell("D1").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
    ws.getCell("E1").value = new Date(Date.UTC(2025, 0, 1));
    ws.getCell("E1").numFmt = "dd/mm/yyyy";
    ws.getCell("F1").value = { richText: [{ text: "Rata-" }, { font: { bold: true }, text: "rata" }] };
    ws.getCell("G1").value = { text: "ke sana", hyperlink: "https://example.org" };
    ws.getCell("H1").value = { formula: "A1*2", result: 25 };
    ws.getCell("I1").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    ws.getCell("J1").value = { formula: "B1&\"x\"" } as ExcelJS.CellFormulaValue; // no cached result
    // A shared formula: A3 is the master, A4:A5 share it.
    ws.getCell("A3").value = { formula: "A1+1", result: 13.5, shareType: "shared", ref: "A3:A5" } as ExcelJS.CellFormulaValue;
    ws.getCell("A4").value = { sharedFormula: "A3", result: 14.5 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell("A5").value = { sharedFormula: "A3", result: 15.5 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell("B3").note = "catatan pengguna";
    ws.mergeCells("C3:D4");
    ws.getCell("C3").value = "gabung";
    ws.getCell("B8").numFmt = "0%"; // a formatted empty cell
    wb.addWorksheet("Tersembunyi", { state: "hidden" }).getCell("A1").value = 1;
    wb.addWorksheet("CapaianIKU_meta", { state: "veryHidden" }).getCell("A1").value = "x";
    return wb;
  }

  test("every value kind, read back from saved bytes", async () => {
    const snap = snapshotFromWorkbook(await loadWorkbook(await toBytes(await built())));
    const [data, hidden, meta] = snap.sheets;
    expect(at(data, "A1")).toBe(12.5);
    expect(at(data, "B1")).toBe("teks");
    expect(at(data, "C1")).toBe(true);
    expect(at(data, "D1")).toEqual({ error: "#DIV/0!" });
    expect(at(data, "E1")).toBe(45658); // 2025-01-01 as an Excel serial
    expect(fmtAt(data, "E1")).toBe("dd/mm/yyyy");
    expect(at(data, "F1")).toBe("Rata-rata");
    expect(at(data, "G1")).toBe("ke sana");
    expect(at(data, "H1")).toBe(25);
    expect(formulaAt(data, "H1")).toBe("=A1*2");
    expect(at(data, "I1")).toEqual({ error: "#DIV/0!" });
    expect(at(data, "J1")).toBeNull();
    expect(formulaAt(data, "J1")).toBe('=B1&"x"');
    expect(formulaAt(data, "A3")).toBe("=A1+1");
    expect(formulaAt(data, "A4")).toBe("=A2+1");
    expect(formulaAt(data, "A5")).toBe("=A3+1");
    expect(at(data, "A5")).toBe(15.5);
    expect(data.annotated).toEqual(["B3"]);
    expect(data.merges).toEqual(["C3:D4"]);
    expect(at(data, "C3")).toBe("gabung");
    expect(at(data, "D3")).toBeNull();
    expect(at(data, "C4")).toBeNull();
    expect(fmtAt(data, "B8")).toBe("0%");
    expect(at(data, "B8")).toBeNull();
    expect([hidden.name, hidden.hidden]).toEqual(["Tersembunyi", true]);
    expect([meta.name, meta.hidden, at(meta, "A1")]).toEqual(["CapaianIKU_meta", true, "x"]);
  });

  test("works on an in-memory workbook too (no save/load)", async () => {
    const data = snapshotFromWorkbook(await built()).sheets[0];
    expect(at(data, "E1")).toBe(45658);
    expect(formulaAt(data, "A4")).toBe("=A2+1");
    expect(at(data, "D3")).toBeNull();
  });

  test("1904 date system", async () => {
    const wb = new ExcelJS.Workbook();
    (wb.properties as { date1904?: boolean }).date1904 = true;
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = new Date(Date.UTC(2025, 0, 1));
    expect(at(snapshotFromWorkbook(wb).sheets[0], "A1")).toBe(45658 - 1462);
  });
});

describe("snapshotFromWorkbook speed", () => {
  test("20,000 x 12 cells: a small fraction of ExcelJS's read time", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Besar");
    for (let r = 1; r <= 20000; r++) {
      const row = ws.getRow(r);
      for (let c = 1; c <= 12; c++) {
        if (c === 1) row.getCell(c).value = `Indikator ${r}`;
        else if (c === 12) row.getCell(c).value = { formula: `SUM(B${r}:K${r})`, result: r };
        else row.getCell(c).value = r * c + 0.5;
      }
      row.getCell(5).numFmt = "0%";
    }
    const bytes = await toBytes(wb);

    const t0 = performance.now();
    const loaded = await loadWorkbook(bytes);
    const readMs = performance.now() - t0;

    const t1 = performance.now();
    const snap = snapshotFromWorkbook(loaded);
    const snapMs = performance.now() - t1;

    // eslint-disable-next-line no-console
    console.log(`20,000 x 12: ExcelJS load ${readMs.toFixed(0)} ms, snapshot ${snapMs.toFixed(1)} ms`);
    expect(snap.sheets[0].values.length).toBe(20000);
    expect(snap.sheets[0].formulas![19999][11]).toBe("=SUM(B20000:K20000)");
    expect(snapMs).toBeLessThan(readMs / 5);
  }, 60000);
});
