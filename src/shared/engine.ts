// The engine as the pane calls it: analysis and plan building, either here (tests, the ribbon commands) or in a
// Web Worker (the pane and the workbench, so a 20,000-row run never freezes the page). The work itself is in
// engine-local.ts.
import type {
  Analysis,
  Config,
  FindingIdentity,
  PlanOptions,
  RowsProgress,
  WorkbookSnapshot,
  WritePlan,
} from "../core";

export interface PlanRequest {
  analysis: Analysis;
  /** The snapshot the analysis was made from (a run: keeps the previous run's date when nothing changed). */
  snapshot?: WorkbookSnapshot;
  options: PlanOptions;
  /** false: a preview, built as is (no comparison with the workbook). Default true. */
  stable?: boolean;
  /**
   * The plan is to be applied (a run), not shown: an engine whose host applies plans itself, by key (the
   * workbench's workbook worker), may answer it light (see LightPlan).
   */
  apply?: boolean;
}

/**
 * An analysis a worker engine answered without the cells of its `view` (they stay in the worker; `Engine.whole`
 * fetches them for Periksa), with what the page would have needed them for: the identities of its findings
 * (the reviewer's list), computed in the worker.
 */
export interface LightAnalysis extends Analysis {
  findings: FindingIdentity[];
}

/** The identities of an analysis's findings where the engine computed them (a light analysis), else none. */
export function findingsOf(analysis: Analysis): FindingIdentity[] | undefined {
  return "findings" in analysis ? (analysis as LightAnalysis).findings : undefined;
}

/**
 * A plan answered without its cells and ownership record (`cells` empty, `ownership` null): the workbench's
 * workbook worker builds the plan, keeps it and writes it itself, so its 60,000 cells for 20,000 rows never
 * cross to the page (copying them, then collecting them, made the page's longest tasks). What the page shows
 * of it is here; Periksa asks for the whole plan (`Engine.wholePlan`). Never applied as it is.
 */
export interface LightPlan extends WritePlan {
  light: { cells: number };
}

export function isLightPlan(plan: WritePlan): plan is LightPlan {
  return "light" in plan;
}

/** How many cells a plan writes, light or whole. */
export function planCellCount(plan: WritePlan): number {
  return isLightPlan(plan) ? plan.light.cells : plan.cells.length;
}

export interface Engine {
  analyze(
    snapshot: WorkbookSnapshot,
    config: Partial<Config>,
    signal?: AbortSignal,
    /** Rows read of all, while the analysis goes on (a worker engine; the in-thread one reports none). */
    onRows?: RowsProgress
  ): Promise<Analysis>;
  plan(request: PlanRequest, signal?: AbortSignal): Promise<WritePlan>;
  /**
   * The analysis with its whole `view` (the cells): a worker engine answers analyses without them, and fetches
   * them only when a cell is explained (Periksa). Absent: analyses are always whole.
   */
  whole?(analysis: Analysis): Promise<Analysis>;
  /** The plan with its cells and record, where the engine answered it light (LightPlan); else as it is. */
  wholePlan?(plan: WritePlan): Promise<WritePlan>;
}

/** The engine in this thread, loaded on first use (the pane's first screen does not need it). */
export const inThreadEngine: Engine = {
  analyze: async (snapshot, config) =>
    (await import("./engine-local")).analyzeHere(snapshot, config),
  plan: async (request) => (await import("./engine-local")).planFor(request),
};
