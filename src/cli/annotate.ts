// The write-back flow for .xlsx files: analyze → plan → apply with the ExcelJS adapter → bytes.
import type ExcelJS from "exceljs";
import { applyPlanToWorkbook, saveWorkbook, snapshotFromWorkbook } from "../adapters/exceljs";
import { analyzeWorkbook, buildRemovalPlan, buildWritePlan, readOwnership } from "../core";
import { stablePlan } from "../core/stable-run";
import type { Analysis, Config, HostCapabilities, Lang, WritePlan } from "../core/types";

/** ExcelJS writes notes (not threaded comments) and, through the adapter, charts. */
export const EXCELJS_CAPABILITIES: HostCapabilities = {
  notes: true,
  comments: false,
  charts: true,
};

export function analyzeExcelJS(
  wb: ExcelJS.Workbook,
  fileName: string,
  config: Partial<Config>
): Analysis {
  return analyzeWorkbook(snapshotFromWorkbook(wb, fileName), config);
}

export async function annotate(
  wb: ExcelJS.Workbook,
  analysis: Analysis,
  opts: { lang: Lang; summary: boolean; now: string }
): Promise<{ plan: WritePlan; bytes: Uint8Array }> {
  const snapshot = snapshotFromWorkbook(wb);
  const plan = stablePlan(
    snapshot,
    analysis,
    (now, a) =>
      buildWritePlan(a, {
        capabilities: EXCELJS_CAPABILITIES,
        lang: opts.lang,
        summary: opts.summary,
        now,
      }),
    opts.now
  );
  applyPlanToWorkbook(wb, plan);
  return { plan, bytes: await saveWorkbook(wb, plan) };
}

export async function removeOutput(
  wb: ExcelJS.Workbook
): Promise<{ removed: boolean; bytes: Uint8Array; plan: WritePlan }> {
  const snapshot = snapshotFromWorkbook(wb);
  const ownership = readOwnership(snapshot);
  const plan = buildRemovalPlan(snapshot);
  applyPlanToWorkbook(wb, plan);
  return { removed: ownership !== null, bytes: await saveWorkbook(wb, plan), plan };
}
