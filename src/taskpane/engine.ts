// The engine as the pane calls it: analysis and plan building, either here (tests, the ribbon commands) or in a
// Web Worker (the pane and the workbench, so a 20,000-row run never freezes the page).
import { analyzeWorkbook, buildWritePlan } from "../core/index";
import { stablePlan } from "../core/stable-run";
import type { Analysis, Config, PlanOptions, WorkbookSnapshot, WritePlan } from "../core/types";

export interface PlanRequest {
  analysis: Analysis;
  /** The snapshot the analysis was made from (a run: keeps the previous run's date when nothing changed). */
  snapshot?: WorkbookSnapshot;
  options: PlanOptions;
  /** false: a preview, built as is (no comparison with the workbook). Default true. */
  stable?: boolean;
}

export interface Engine {
  analyze(
    snapshot: WorkbookSnapshot,
    config: Partial<Config>,
    signal?: AbortSignal
  ): Promise<Analysis>;
  plan(request: PlanRequest, signal?: AbortSignal): Promise<WritePlan>;
}

/** The plan of a request (shared by both engines, so they cannot differ). */
export function planFor(request: PlanRequest): WritePlan {
  const { analysis, snapshot, options } = request;
  if (request.stable === false || !snapshot) return buildWritePlan(analysis, options);
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
  plan: async (request) => planFor(request),
};
