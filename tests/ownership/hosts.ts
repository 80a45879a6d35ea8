// Two hosts for the ownership tests, driven the same way: the file path the CLI and the workbench run (the file's
// bytes → the direct snapshot → plan → the package writer → bytes; names must survive the file) and the Office.js
// path (the fake Excel, which moves names the way Excel does). Each offers the user's own edits between runs (in
// the file: opened, edited and saved by a simulated Excel, tests/helpers/user-excel.ts) and a dump of everything
// the user keeps.
import type ExcelJS from "exceljs";
import { loadSnapshot, loadWorkbook } from "../../src/adapters/exceljs";
import { applyPlan } from "../../src/adapters/office/apply-plan";
import { applyPlanToPackage } from "../../src/adapters/xlsx";
import { detectCapabilities } from "../../src/adapters/office/capabilities";
import { readWorkbook } from "../../src/adapters/office/read-snapshot";
import {
  analyzeWorkbook,
  buildRemovalPlan,
  buildWritePlan,
  colIndex,
  parseA1,
  a1,
} from "../../src/core";
import { encodeOwnership } from "../../src/core/ownership";
import { stablePlan } from "../../src/core/stable-run";
import type { WorkbookSnapshot, WritePlan } from "../../src/core/types";
import { createFakeExcel, type FakeExcel } from "../fakes/fake-excel";
import { cellKey, parseLocal } from "../fakes/excel/a1";
import { normColor } from "../fakes/excel/model";
import * as structure from "../fakes/excel/structure";
import { installFakeOffice } from "../fakes/fake-office";
import { buildIku, type SheetSpec } from "../helpers/make-workbook";
import {
  deleteRowsExcelJS,
  insertColumnsExcelJS,
  insertRowsExcelJS,
  renameSheetExcelJS,
} from "../helpers/structural-edits";
import { editAsUser } from "../helpers/user-excel";
import { noteText } from "../exceljs/helpers";

export const IKU = "Capaian IKU";

/** A small generated IKU workbook (14 indicators, planted problems) without merges (ExcelJS cannot move them). */
export function ikuSpecs(): SheetSpec[] {
  return buildIku({ rows: 14, budget: false }).sheets.map((s) => ({ ...s, merges: [] }));
}

export interface UserRule {
  range: string;
  formula: string;
}

export interface TestHost {
  label: string;
  read(): Promise<WorkbookSnapshot>;
  apply(plan: WritePlan): Promise<void>;
  /** Everything the user keeps: "Sheet!A1" → content, notes, rules, validations, sheets and their visibility. */
  content(): Promise<Record<string, string>>;
  insertColumns(sheet: string, at: number, count?: number): Promise<void>;
  insertRows(sheet: string, at: number, count?: number): Promise<void>;
  deleteRows(sheet: string, at: number, count?: number): Promise<void>;
  renameSheet(from: string, to: string): Promise<void>;
  setValue(sheet: string, addr: string, value: string | number): Promise<void>;
  setFill(sheet: string, addr: string, color: string): Promise<void>;
  addRule(sheet: string, rule: UserRule): Promise<void>;
  addValidation(sheet: string, range: string): Promise<void>;
  addNote(sheet: string, addr: string, text: string): Promise<void>;
  addSheet(name: string, values: (string | number)[][]): Promise<void>;
}

const CAPS = { notes: true, comments: false, charts: true };

/** A full run as the CLI and the pane do it (stable: an unchanged workbook is left unchanged). */
export async function run(host: TestHost, now = "2025-03-01T08:00:00.000Z"): Promise<WritePlan> {
  const snapshot = await host.read();
  const analysis = analyzeWorkbook(snapshot);
  const plan = stablePlan(
    snapshot,
    analysis,
    (t, a) => buildWritePlan(a, { capabilities: CAPS, lang: "id", summary: true, now: t }),
    now
  );
  await host.apply(plan);
  return plan;
}

export async function remove(host: TestHost): Promise<WritePlan> {
  const plan = buildRemovalPlan(await host.read());
  await host.apply(plan);
  return plan;
}

// ---------------------------------------------------------------- the file (package writer)

type Raw = { _rows: Array<{ _cells: Array<ExcelJS.Cell | undefined> } | undefined> };

function excelJsContent(wb: ExcelJS.Workbook): Record<string, string> {
  const out: Record<string, string> = {};
  for (const ws of wb.worksheets) {
    out[`#sheet!${ws.name}`] =
      ws.state === "visible" ? "Visible" : ws.state === "hidden" ? "Hidden" : "VeryHidden";
    if (ws.state === "veryHidden") continue; // the record
    for (const row of (ws as unknown as Raw)._rows) {
      for (const cell of row?._cells ?? []) {
        if (!cell) continue;
        const v = cell.value as unknown;
        const formula = (cell as unknown as { formula?: string }).formula;
        const style = cell.style ?? {};
        const fill = (style.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null;
        const item = {
          v: formula ? null : v instanceof Date ? v.toISOString() : (v ?? null),
          f: formula ?? null,
          nf: style.numFmt && style.numFmt !== "General" ? style.numFmt : null,
          fill,
          bold: style.font?.bold ?? false,
          border: style.border ? JSON.stringify(style.border) : null,
        };
        if (item.v === null && !item.f && !item.nf && !item.fill && !item.bold && !item.border)
          continue;
        out[`${ws.name}!${cell.address}`] = JSON.stringify(item);
        if (cell.note)
          out[`${ws.name}#note!${cell.address}`] = JSON.stringify(noteText(cell.note) ?? "");
      }
    }
    const cfs =
      (
        ws as unknown as {
          conditionalFormattings?: Array<{ ref: string; rules: Array<{ formulae?: unknown[] }> }>;
        }
      ).conditionalFormattings ?? [];
    for (const cf of cfs)
      for (const r of cf.rules) {
        const k = `${ws.name}#rule!=${String(r.formulae?.[0] ?? "").replace(/^=/, "")}`;
        out[k] = String(Number(out[k] ?? 0) + 1);
      }
    for (const addr of Object.keys(
      (ws as unknown as { dataValidations: { model: object } }).dataValidations.model
    ))
      out[`${ws.name}#validation!${addr}`] = "1";
  }
  return out;
}

/**
 * The CLI's and the workbench's path: each run reads the file's snapshot as the CLI does (`loadSnapshot`, the
 * direct reader with placement facts) and the package writer writes the plan into the file's bytes. The content
 * dump reads the bytes through ExcelJS, a reader independent of both.
 */
export async function fileHost(specs: SheetSpec[] = ikuSpecs()): Promise<TestHost> {
  const { workbookFromSpecs, workbookBytes } = await import("../helpers/make-workbook");
  let bytes = await workbookBytes(workbookFromSpecs(specs));
  const edit = async (f: (wb: ExcelJS.Workbook) => void) => {
    bytes = await editAsUser(bytes, f);
  };
  const ws = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name) as ExcelJS.Worksheet;
  return {
    label: "package writer (CLI, workbench)",
    read: () => loadSnapshot(bytes, "iku.xlsx", { placement: true }),
    apply: async (plan) => {
      const record = plan.ownership ? encodeOwnership(plan.ownership) : [];
      bytes = applyPlanToPackage(bytes, plan, record);
    },
    content: async () => excelJsContent(await loadWorkbook(bytes)),
    insertColumns: (s, at, n = 1) => edit((wb) => insertColumnsExcelJS(wb, s, at, n)),
    insertRows: (s, at, n = 1) => edit((wb) => insertRowsExcelJS(wb, s, at, n)),
    deleteRows: (s, at, n = 1) => edit((wb) => deleteRowsExcelJS(wb, s, at, n)),
    renameSheet: (from, to) => edit((wb) => renameSheetExcelJS(wb, from, to)),
    setValue: (s, addr, v) => edit((wb) => void (ws(wb, s).getCell(addr).value = v)),
    setFill: (s, addr, color) =>
      edit((wb) => {
        const argb = "FF" + color.replace("#", "").toUpperCase();
        ws(wb, s).getCell(addr).style = {
          fill: { type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } },
          border: { right: { style: "thin", color: { argb: "FF000000" } } },
        };
      }),
    addRule: (s, rule) =>
      edit((wb) =>
        ws(wb, s).addConditionalFormatting({
          ref: rule.range,
          rules: [
            {
              type: "expression",
              priority: 1,
              formulae: [rule.formula.replace(/^=/, "")],
              style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFFF00" } } },
            },
          ],
        })
      ),
    addValidation: (s, range) =>
      edit((wb) => {
        const r = parseLocal(range);
        for (let row = r.top; row <= r.bottom; row++)
          for (let col = r.left; col <= r.right; col++)
            ws(wb, s).getCell(a1(row, col)).dataValidation = {
              type: "list",
              allowBlank: true,
              formulae: ['"Ya,Tidak"'],
            };
      }),
    addNote: (s, addr, text) => edit((wb) => void (ws(wb, s).getCell(addr).note = text)),
    addSheet: (name, values) =>
      edit((wb) => {
        const sheet = wb.addWorksheet(name);
        values.forEach((row, r) => row.forEach((v, c) => (sheet.getCell(r + 1, c + 1).value = v)));
      }),
  };
}

// ---------------------------------------------------------------- fake Office.js

function seedOf(specs: SheetSpec[]) {
  return {
    sheets: specs.map((s) => ({
      name: s.name,
      values: s.values,
      formulas: s.formulas,
      numberFormats: s.numberFormats,
    })),
  };
}

function officeContent(fake: FakeExcel): Record<string, string> {
  const d = fake.dump();
  const out: Record<string, string> = {};
  for (const s of d.sheets) {
    out[`#sheet!${s.name}`] = s.visibility;
    if (s.visibility === "VeryHidden") continue;
    s.grid.forEach((row, r) =>
      row.forEach((c, col) => {
        if (c) out[`${s.name}!${a1(r, col)}`] = JSON.stringify(c);
      })
    );
    for (const [addr, text] of Object.entries(s.notes))
      out[`${s.name}#note!${addr}`] = JSON.stringify(text);
    for (const cf of s.conditionalFormats) {
      const k = `${s.name}#rule!=${(cf.formula ?? cf.type).replace(/^=/, "")}`;
      out[k] = String(Number(out[k] ?? 0) + 1);
    }
    for (const v of s.validations) out[`${s.name}#validation!${v}`] = "1";
  }
  return out;
}

export function officeHost(specs: SheetSpec[] = ikuSpecs()): TestHost & { fake: FakeExcel } {
  const fake = createFakeExcel(seedOf(specs));
  installFakeOffice(globalThis as unknown as Record<string, unknown>, fake, {
    requirementSets: "1.18",
  });
  const caps = detectCapabilities();
  const m = fake.workbookState;
  const sheet = (name: string) => {
    const s = m.findSheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  };
  return {
    fake,
    label: "Office.js (fake Excel)",
    read: async () =>
      (await fake.run((ctx) => readWorkbook(ctx as unknown as Excel.RequestContext, caps)))
        .snapshot,
    apply: async (plan) =>
      void (await fake.run(async (ctx) => {
        const context = ctx as unknown as Excel.RequestContext;
        const read = await readWorkbook(context, caps);
        return applyPlan(context, plan, caps, {
          annotations: read.annotations,
          snapshotSheetNames: read.snapshot.sheets.map((s) => s.name),
        });
      })),
    content: async () => officeContent(fake),
    insertColumns: async (s, at, n = 1) => structure.insertColumns(m, sheet(s), at, n),
    insertRows: async (s, at, n = 1) => structure.insertRows(m, sheet(s), at, n),
    deleteRows: async (s, at, n = 1) => structure.deleteRows(m, sheet(s), at, n),
    renameSheet: async (from, to) => structure.renameSheet(m, sheet(from), to),
    setValue: async (s, addr, v) => {
      const { row, col } = parseA1(addr);
      const c = sheet(s).ensure(row, col);
      c.value = v;
      c.formula = null;
    },
    setFill: async (s, addr, color) => {
      const { row, col } = parseA1(addr);
      sheet(s).ensure(row, col).fill = normColor(color);
    },
    addRule: async (s, rule) =>
      void sheet(s).cfs.push({
        id: m.nextId("cf"),
        type: "Custom",
        rect: parseLocal(rule.range),
        formula: rule.formula,
        fill: "#FFFF00",
        fontColor: null,
        bold: null,
        stopIfTrue: false,
      }),
    addValidation: async (s, range) => void sheet(s).validations.push(parseLocal(range)),
    addNote: async (s, addr, text) => {
      const { row, col } = parseA1(addr);
      sheet(s).notes.set(cellKey(row, col), { content: text, author: "Pengguna" });
    },
    addSheet: async (name, values) => {
      const s = m.addSheet(name);
      values.forEach((row, r) =>
        row.forEach((v, c) => {
          s.ensure(r, c).value = v;
        })
      );
    },
  };
}

export { colIndex };
