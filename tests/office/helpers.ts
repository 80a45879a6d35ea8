// Shared fixtures for the Office adapter tests: a seeded fake workbook, a hand-built plan and its removal.
import {
  FLAG_TAG,
  META_SHEET,
  NOTE_PREFIX,
  RECORD_NAME,
  type Ownership,
  type WritePlan,
} from "../../src/core/types";
import {
  detectCapabilities,
  type OfficeCapabilities,
} from "../../src/adapters/office/capabilities";
import { createFakeExcel, type FakeExcel, type FakeWorkbookSeed } from "../fakes/fake-excel";
import { installFakeOffice, type InstalledOffice } from "../fakes/fake-office";

export type Ctx = Excel.RequestContext;

/** Run a batch against the fake with Office.js types (the fake is structurally Office.js). */
export function runOn<T>(fake: FakeExcel, batch: (ctx: Ctx) => Promise<T>): Promise<T> {
  return fake.run((c) => batch(c as unknown as Ctx));
}

export function seedWorkbook(): FakeWorkbookSeed {
  return {
    sheets: [
      {
        name: "IKU 2024",
        values: [
          ["Capaian Kinerja 2024"],
          [],
          ["No", "Indikator", "Target", "Realisasi"],
          [1, "Indeks kepuasan", 80, 84],
          [2, "Persentase layanan", 0.9, 0.81],
          [3, "Jumlah kegiatan", 0, 5],
          [null, "Rata-rata", null, { error: "#DIV/0!" }],
        ],
        formulas: [[], [], [], [], [], [], [null, null, null, "=AVERAGE(D4:D6)/0"]],
        numberFormats: [[], [], [], [], [null, null, "0%", "0%"]],
        styles: { A3: { bold: true, fill: "#DDDDDD" } },
        conditionalFormats: [
          { range: "D4:D6", type: "Custom", formula: "=D4<C4", fill: "#FFFF00" },
          { range: "C4:C6", type: "ColorScale" },
        ],
        notes: { B4: "Catatan pengguna" },
        comments: { B5: "Komentar pengguna" },
      },
      {
        name: "Lampiran",
        hidden: true,
        values: [
          [null, null],
          [null, "rahasia"],
        ],
      },
    ],
  };
}

export function fakeWith(
  version = "1.18",
  seed: FakeWorkbookSeed = seedWorkbook()
): { fake: FakeExcel; office: InstalledOffice; caps: OfficeCapabilities } {
  const fake = createFakeExcel(seed);
  const office = installFakeOffice(globalThis as unknown as Record<string, unknown>, fake, {
    requirementSets: version,
  });
  return { fake, office, caps: detectCapabilities() };
}

export const FLAG_FORMULA = `=AND(TRUE,"${FLAG_TAG}"<>"")`;

export function ownershipFor(noteKind: "note" | "comment"): Ownership {
  return {
    version: 2,
    blocks: [
      { name: "_CapaianIKU_b1", sheet: "IKU 2024", range: "E3:F10", cells: Array.from({ length: 16 }, (_x, i) => `fp${i}`) },
    ],
    sheets: [{ name: "Ringkasan", definedName: "_CapaianIKU_s1" }],
    notes: [
      { sheet: "IKU 2024", cell: "E6", kind: noteKind, text: `${NOTE_PREFIX}Target nol: capaian tidak dihitung` },
    ],
    flags: [{ sheet: "IKU 2024", range: "D5", formula: FLAG_FORMULA }],
    writtenAt: "2024-12-31T00:00:00.000Z",
  };
}

/** A first run: computed column with formulas, tricky text, a link, flags, a note, a summary sheet with a chart. */
export function samplePlan(noteKind: "note" | "comment" = "note"): WritePlan {
  const s = "IKU 2024";
  return {
    version: 2,
    remove: { ranges: [], restoreFormats: [], sheets: [], notes: [], flags: [], names: [] },
    kept: [],
    addSheets: ["Ringkasan"],
    cells: [
      { sheet: s, cell: "E3", value: "Capaian", style: "header" },
      {
        sheet: s,
        cell: "E4",
        formula: '=IFERROR(D4/C4,"")',
        numFmt: "0.00%",
        style: "computed",
        result: 1.05,
      },
      {
        sheet: s,
        cell: "E5",
        formula: '=IFERROR(D5/C5,"")',
        numFmt: "0.00%",
        style: "computed",
        result: 0.9,
      },
      {
        sheet: s,
        cell: "E6",
        formula: '=IFERROR(D6/C6,"")',
        numFmt: "0.00%",
        style: "computed",
        result: "",
      },
      { sheet: s, cell: "F3", value: "Catatan", style: "header" },
      { sheet: s, cell: "F4", value: "=1+1" },
      { sheet: s, cell: "F5", value: "+62 812 555" },
      { sheet: s, cell: "F6", value: "-" },
      { sheet: s, cell: "F7", value: "@risiko" },
      { sheet: s, cell: "F8", value: "007" },
      { sheet: s, cell: "F9", value: "12%" },
      { sheet: s, cell: "F10", value: "#N/A" },
      { sheet: "Ringkasan", cell: "A1", value: "Ringkasan Capaian", style: "summaryTitle" },
      { sheet: "Ringkasan", cell: "A3", value: "Rata-rata capaian", style: "summaryLabel" },
      {
        sheet: "Ringkasan",
        cell: "B3",
        formula: "='IKU 2024'!E4",
        numFmt: "0.00%",
        style: "summaryValue",
      },
      {
        sheet: "Ringkasan",
        cell: "A4",
        value: "Lihat tabel",
        style: "link",
        link: "'IKU 2024'!E4",
      },
      { sheet: "Ringkasan", cell: "B4", value: true },
      { sheet: "Ringkasan", cell: "A6", value: "Indeks kepuasan" },
      { sheet: "Ringkasan", cell: "A7", value: "Persentase layanan" },
      { sheet: "Ringkasan", cell: "B6", value: 1.05, numFmt: "0%" },
      { sheet: "Ringkasan", cell: "B7", value: 0.9, numFmt: "0%" },
    ],
    columnWidths: [{ sheet: s, column: "E", width: 14 }],
    flags: [
      { sheet: s, range: "D5", severity: "error", formula: FLAG_FORMULA },
      { sheet: s, range: "C6", severity: "warning", formula: FLAG_FORMULA },
      { sheet: s, range: "E4", severity: "info", formula: FLAG_FORMULA },
    ],
    notes: [
      {
        sheet: s,
        cell: "E6",
        text: `${NOTE_PREFIX}Target nol: capaian tidak dihitung`,
        kind: noteKind,
      },
    ],
    charts: [
      {
        sheet: "Ringkasan",
        title: "Capaian per indikator",
        categories: "A6:A7",
        series: [{ name: "Capaian", values: "B6:B7" }],
        from: "D2",
        to: "J15",
      },
    ],
    names: NAMES,
    recordSheet: META_SHEET,
    ownership: ownershipFor(noteKind),
  };
}

export function removalPlan(o: Ownership): WritePlan {
  return {
    version: 2,
    remove: removalOf(o),
    kept: [],
    addSheets: [],
    cells: [],
    columnWidths: [],
    flags: [],
    notes: [],
    charts: [],
    names: [],
    recordSheet: META_SHEET,
    ownership: null,
  };
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection(p: Promise<unknown>): Promise<any> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}

export const NAMES: WritePlan["names"] = [
  { name: "_CapaianIKU_b1", sheet: "IKU 2024", range: "E3:F10" },
  { name: "_CapaianIKU_s1", sheet: "Ringkasan", range: "A1" },
  { name: RECORD_NAME, sheet: META_SHEET, range: "A1" },
];

/** The remove step of a plan whose previous output is all still ours (as the engine would plan it). */
export function removalOf(o: Ownership): WritePlan["remove"] {
  return {
    ranges: o.blocks.map((b) => ({ sheet: b.sheet, range: b.range })),
    restoreFormats: [],
    sheets: o.sheets.map((s) => s.name),
    notes: o.notes.map((n) => ({ sheet: n.sheet, cell: n.cell, kind: n.kind })),
    flags: o.flags.map((f) => ({ sheet: f.sheet, formula: f.formula })),
    names: NAMES.map((n) => n.name),
  };
}
