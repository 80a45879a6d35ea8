// A user workbook and a hand-built WritePlan / removal plan over it, shared by the package writer's fixture tests.
import ExcelJS from "exceljs";
import { sheetRef } from "../../src/core/address";
import {
  FLAG_TAG,
  META_SHEET,
  NOTE_PREFIX,
  RECORD_NAME,
  type Ownership,
  type WritePlan,
} from "../../src/core/types";
import { emptyPlan } from "../exceljs/helpers";

export const USER_SHEET = "Capaian 'IKU' — 2025 ✓";
export const OTHER_SHEET = "Anggaran";
export const SUMMARY = "Ringkasan";
export const FLAG_FORMULA = `=AND(F2>1.2,"${FLAG_TAG}"<>"")`;

/** The user's own workbook: values, formulas, formats, a merge, a note and a conditional format of their own. */
export function userWorkbook(opts: { note?: boolean } = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(USER_SHEET);
  ws.addRow(["No", "Indikator", "Target", "Realisasi", "Capaian"]);
  ws.getRow(1).eachCell((c) => {
    c.style = { font: { bold: true }, border: { bottom: { style: "thin" } } };
  });
  const rows: Array<[number, string, number, number]> = [
    [1, "Layanan pengaduan", 0.7, 0.5],
    [2, "Pengaduan SISKOP2MI", 1, 1],
    [3, "Kerjasama", 0.8, 1],
  ];
  rows.forEach(([no, name, target, real], i) => {
    const r = i + 2;
    ws.getCell(`A${r}`).value = no;
    ws.getCell(`B${r}`).value = name;
    ws.getCell(`C${r}`).value = target;
    ws.getCell(`D${r}`).value = real;
    ws.getCell(`E${r}`).value = { formula: `D${r}/C${r}`, result: real / target };
    for (const col of ["C", "D", "E"]) ws.getCell(`${col}${r}`).numFmt = "0%";
  });
  ws.mergeCells("A6:B6");
  ws.getCell("A6").value = "Rata-rata";
  ws.getCell("E6").value = { formula: "AVERAGE(E2:E4)", result: 0.9 };
  if (opts.note !== false) ws.getCell("B2").note = "catatan pengguna";
  ws.addConditionalFormatting({
    ref: "C2:C4",
    rules: [
      { type: "expression", priority: 1, formulae: ["C2>0.9"], style: { font: { italic: true } } },
    ],
  });
  const other = wb.addWorksheet(OTHER_SHEET);
  other.getCell("A1").value = "Pagu";
  other.getCell("B1").value = 7022542000;
  other.getCell("B1").numFmt = "#,##0";
  return wb;
}

export const OWNERSHIP: Ownership = {
  version: 2,
  blocks: [
    {
      name: "_CapaianIKU_b1",
      sheet: USER_SHEET,
      range: "F1:G4",
      cells: ["h1", "h2", "f1", "v1", "f1", "v2", "f1", "v3"],
    },
  ],
  sheets: [{ name: SUMMARY, definedName: "_CapaianIKU_s1" }],
  notes: [
    { sheet: USER_SHEET, cell: "F2", kind: "note", text: `${NOTE_PREFIX}Capaian di bawah target` },
    { sheet: USER_SHEET, cell: "F3", kind: "comment", text: `${NOTE_PREFIX}Sesuai target` },
  ],
  flags: [{ sheet: USER_SHEET, range: "F2:F4", formula: FLAG_FORMULA }],
  writtenAt: "2025-06-30T00:00:00.000Z",
};

export const NAMES: WritePlan["names"] = [
  { name: "_CapaianIKU_b1", sheet: USER_SHEET, range: "F1:G4" },
  { name: "_CapaianIKU_s1", sheet: SUMMARY, range: "A1" },
  { name: RECORD_NAME, sheet: META_SHEET, range: "A1" },
];

/** What the planner would write: a computed column, literal texts, a summary sheet with a link, flags, notes, a chart. */
export function writePlan(remove: WritePlan["remove"] = emptyPlan().remove): WritePlan {
  const s = USER_SHEET;
  return emptyPlan({
    remove,
    addSheets: [SUMMARY],
    cells: [
      { sheet: s, cell: "F1", value: "Capaian (hitung)", style: "header" },
      {
        sheet: s,
        cell: "F2",
        formula: '=IFERROR(D2/C2,"")',
        result: 0.5 / 0.7,
        numFmt: "0.00%",
        style: "computed",
      },
      {
        sheet: s,
        cell: "F3",
        formula: '=IFERROR(D3/C3,"")',
        result: 1,
        numFmt: "0.00%",
        style: "computed",
      },
      {
        sheet: s,
        cell: "F4",
        formula: '=IFERROR(D4/C4,"")',
        result: 1.25,
        numFmt: "0.00%",
        style: "computed",
      },
      { sheet: s, cell: "G1", value: "Keterangan", style: "header" },
      { sheet: s, cell: "G2", value: '=HYPERLINK("x")' },
      { sheet: s, cell: "G3", value: "=1+1" },
      { sheet: s, cell: "G4", value: true },
      { sheet: SUMMARY, cell: "A1", value: "Ringkasan Capaian", style: "summaryTitle" },
      { sheet: SUMMARY, cell: "A2", value: "Lihat tabel", style: "link", link: sheetRef(s, "A1") },
      { sheet: SUMMARY, cell: "A3", value: "Rata-rata", style: "summaryLabel" },
      {
        sheet: SUMMARY,
        cell: "B3",
        formula: `=AVERAGE(${sheetRef(s, "F2:F4")})`,
        result: 0.9881,
        numFmt: "0.00%",
        style: "summaryValue",
      },
      { sheet: SUMMARY, cell: "A5", value: "Layanan pengaduan" },
      { sheet: SUMMARY, cell: "A6", value: "Pengaduan SISKOP2MI" },
      { sheet: SUMMARY, cell: "A7", value: "Kerjasama" },
      { sheet: SUMMARY, cell: "B5", formula: `=${sheetRef(s, "F2")}`, result: 0.714 },
      { sheet: SUMMARY, cell: "B6", formula: `=${sheetRef(s, "F3")}`, result: 1 },
      { sheet: SUMMARY, cell: "B7", formula: `=${sheetRef(s, "F4")}`, result: 1.25 },
    ],
    columnWidths: [{ sheet: s, column: "F", width: 16 }],
    flags: [{ sheet: s, range: "F2:F4", severity: "error", formula: FLAG_FORMULA }],
    notes: [
      { sheet: s, cell: "F2", text: `${NOTE_PREFIX}Capaian di bawah target`, kind: "note" },
      { sheet: s, cell: "F3", text: `${NOTE_PREFIX}Sesuai target`, kind: "comment" },
    ],
    charts: [
      {
        sheet: SUMMARY,
        title: "Capaian per indikator",
        categories: "A5:A7",
        series: [{ name: "Capaian", values: "B5:B7" }],
        from: "D2",
        to: "K18",
      },
    ],
    names: NAMES,
    ownership: OWNERSHIP,
  });
}

export function removalPlan(o: Ownership = OWNERSHIP): WritePlan {
  return emptyPlan({
    remove: {
      ranges: o.blocks.map((b) => ({ sheet: b.sheet, range: b.range })),
      restoreFormats: [],
      sheets: o.sheets.map((s) => s.name),
      notes: o.notes.map((n) => ({ sheet: n.sheet, cell: n.cell, kind: n.kind })),
      flags: o.flags.map((f) => ({ sheet: f.sheet, formula: f.formula })),
      names: NAMES.map((n) => n.name),
    },
    ownership: null,
  });
}
