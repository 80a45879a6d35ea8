// The first screen's summary: tables found and the columns a run adds, per sheet.
import { firstSummary } from "../../src/taskpane/first-summary";
import { lightPlan } from "../../src/shared/light-plan";
import type { Analysis, WritePlan } from "../../src/core/types";

const analysis = {
  tables: [{ kind: "indicators" }, { kind: "budget" }, { kind: "other" }],
  // 13 rows of the IKU table (index 0), 4 of the budget table (index 1): only the first are IKU.
  report: {
    indicators: [...new Array(13).fill({ tableIndex: 0 }), ...new Array(4).fill({ tableIndex: 1 })],
  },
} as unknown as Analysis;

const cell = (sheet: string, cell: string) => ({ sheet, cell, value: 1 });

test("adjacent columns read as a span, gaps as a list; added sheets are not 'columns added'", () => {
  const plan = {
    addSheets: ["Ringkasan"],
    cells: [
      cell("IKU", "K4"),
      cell("IKU", "L4"),
      cell("IKU", "N6"),
      cell("IKU", "M5"),
      cell("Anggaran", "P3"),
      cell("Anggaran", "R3"),
      cell("Ringkasan", "A1"),
    ],
  } as unknown as WritePlan;
  expect(firstSummary(analysis, plan)).toEqual({
    tables: 2,
    iku: 13,
    adds: [
      { sheet: "IKU", columns: "K–N" },
      { sheet: "Anggaran", columns: "P, R" },
    ],
  });
  expect(firstSummary(analysis, null).adds).toEqual([]);
  // A light plan (the workbench: its cells stayed in the worker) says the same, from the columns it carries.
  const light = lightPlan(plan);
  expect(light.cells).toEqual([]);
  expect(firstSummary(analysis, light)).toEqual(firstSummary(analysis, plan));
});
