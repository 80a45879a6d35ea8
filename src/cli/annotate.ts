// The write-back flow for .xlsx/.xlsm files: ExcelJS reads the snapshot → analyze → plan → the lossless package
// writer applies the plan to the original bytes (so what ExcelJS cannot hold is never lost).
import { deflateRawSync } from "zlib";
import type ExcelJS from "exceljs";
import { snapshotFromWorkbook } from "../adapters/exceljs";
import { applyPlanToPackage } from "../adapters/xlsx";
import {
  analyzeWorkbook,
  buildRemovalPlan,
  buildWritePlan,
  readOwnership,
  encodeOwnership,
  stablePlan,
  type Analysis,
  type Config,
  type HostCapabilities,
  type Lang,
  type WorkbookSnapshot,
  type WritePlan,
} from "../core";

/** The package writer writes notes (not threaded comments) and charts. */
export const EXCELJS_CAPABILITIES: HostCapabilities = {
  notes: true,
  comments: false,
  charts: true,
};

/**
 * One snapshot per workbook: the analysis and the plan read the same one (the engine never changes a snapshot;
 * reading 200,000 rows out of ExcelJS's model twice cost seconds and a second copy in memory).
 */
const snapshots = new WeakMap<ExcelJS.Workbook, WorkbookSnapshot>();
function snapshotOnce(wb: ExcelJS.Workbook, fileName?: string): WorkbookSnapshot {
  let s = snapshots.get(wb);
  if (!s) snapshots.set(wb, (s = snapshotFromWorkbook(wb, fileName)));
  return s;
}

export function analyzeExcelJS(
  wb: ExcelJS.Workbook,
  fileName: string,
  config: Partial<Config>
): Analysis {
  return analyzeWorkbook(snapshotOnce(wb, fileName), config);
}

/** The plan applied to the original bytes (Node's zlib deflates the changed parts: faster than plain JS). */
export function writePackage(bytes: Uint8Array, plan: WritePlan): Uint8Array {
  return applyPlanToPackage(bytes, plan, plan.ownership ? encodeOwnership(plan.ownership) : [], {
    deflateRaw: (data) => deflateRawSync(data),
  });
}

export async function annotate(
  bytes: Uint8Array,
  wb: ExcelJS.Workbook,
  analysis: Analysis,
  opts: { lang: Lang; summary: boolean; now: string }
): Promise<{ plan: WritePlan; bytes: Uint8Array }> {
  const snapshot = snapshotOnce(wb);
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
  return { plan, bytes: writePackage(bytes, plan) };
}

export async function removeOutput(
  bytes: Uint8Array,
  wb: ExcelJS.Workbook
): Promise<{ removed: boolean; bytes: Uint8Array; plan: WritePlan }> {
  const snapshot = snapshotFromWorkbook(wb);
  const ownership = readOwnership(snapshot);
  const plan = buildRemovalPlan(snapshot);
  return { removed: ownership !== null, bytes: writePackage(bytes, plan), plan };
}
