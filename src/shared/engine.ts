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
}

/**
 * An analysis a worker engine answered light: its `view` without cells and its indicators without `sources`
 * (they stay in the worker; `Engine.whole` fetches them for Periksa), with what the page would have needed the
 * cells for: the identities of its findings (the reviewer's list), computed in the worker.
 */
export interface LightAnalysis extends Analysis {
  findings: FindingIdentity[];
}

/** The identities of an analysis's findings where the engine computed them (a light analysis), else none. */
export function findingsOf(analysis: Analysis): FindingIdentity[] | undefined {
  return "findings" in analysis ? (analysis as LightAnalysis).findings : undefined;
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
  /** The plan with its cells and record, where the engine answered it light (light-plan.ts); else as it is. */
  wholePlan?(plan: WritePlan): Promise<WritePlan>;
}

/** The engine in this thread, loaded on first use (the pane's first screen does not need it). */
export const inThreadEngine: Engine = {
  analyze: async (snapshot, config) =>
    (await import("./engine-local")).analyzeHere(snapshot, config),
  plan: async (request) => (await import("./engine-local")).planFor(request),
};
