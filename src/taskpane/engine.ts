// The engine as the pane calls it: analysis and plan building, either here (tests, the ribbon commands) or in a
// Web Worker (the pane and the workbench, so a 20,000-row run never freezes the page).
import { analyzeWorkbook, buildWritePlan } from "../core/index";
import { stablePlan } from "../core/stable-run";
import type { Analysis, Config, PlanOptions, WorkbookSnapshot, WritePlan } from "../core/types";

export interface PlanRequest {
  snapshot: WorkbookSnapshot;
  analysis: Analysis;
  options: PlanOptions;
}

export interface Engine {
  analyze(
    snapshot: WorkbookSnapshot,
    config: Partial<Config>,
    signal?: AbortSignal
  ): Promise<Analysis>;
  /** The run's plan; a re-run on an unchanged workbook keeps the previous run's date (stablePlan). */
  plan(request: PlanRequest, signal?: AbortSignal): Promise<WritePlan>;
}

/** The plan a run writes (shared by both engines, so they cannot differ). */
export function runPlan({ snapshot, analysis, options }: PlanRequest): WritePlan {
  return stablePlan(
    snapshot,
    analysis,
    (now, a) => buildWritePlan(a, { ...options, now }),
    options.now
  );
}

/** The engine in this thread. */
export const inThreadEngine: Engine = {
  analyze: async (snapshot, config) => analyzeWorkbook(snapshot, config),
  plan: async (request) => runPlan(request),
};
