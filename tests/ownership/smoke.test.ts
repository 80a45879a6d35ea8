import * as fs from "fs";
import { applyPlanToWorkbook, loadWorkbook, saveWorkbook, snapshotFromWorkbook } from "../../src/adapters/exceljs";
import { analyzeWorkbook, buildRemovalPlan, buildWritePlan } from "../../src/core";
import { SAMPLE } from "../helpers/sample";

test("smoke", async () => {
  const wb = await loadWorkbook(fs.readFileSync(SAMPLE));
  const a = analyzeWorkbook(snapshotFromWorkbook(wb, "x.xlsx"));
  const plan = buildWritePlan(a, { capabilities: { notes: true, comments: false, charts: true }, lang: "id", summary: true, now: "2025-01-01T00:00:00Z" });
  console.log(plan.names, plan.ownership!.blocks.map((b) => [b.name, b.range, b.cells.length, Object.keys(b.prior ?? {}).length]));
  applyPlanToWorkbook(wb, plan);
  const bytes = await saveWorkbook(wb, plan);
  const wb2 = await loadWorkbook(bytes);
  const snap2 = snapshotFromWorkbook(wb2, "x.xlsx");
  console.log(snap2.names);
  const a2 = analyzeWorkbook(snap2);
  console.log(a2.located!.kept.slice(0, 10), a2.located!.owned.length, a2.located!.sheets, a2.located!.notes.length, a2.located!.flags.length);
  const plan2 = buildWritePlan(a2, { capabilities: { notes: true, comments: false, charts: true }, lang: "id", summary: true, now: "2025-01-01T00:00:00Z" });
  expect(plan2.cells).toEqual(plan.cells);
  const rm = buildRemovalPlan(snap2);
  console.log(rm.remove.ranges, rm.remove.names, rm.remove.flags.length, rm.kept);
});
