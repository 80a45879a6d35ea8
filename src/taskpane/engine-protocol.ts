// Messages between the pane and the engine's Web Worker. The worker keeps its last analyses (and their
// snapshots) and plans by key, so a plan request does not copy a 20,000-row analysis back across the thread
// boundary (and the workbench's apply does not copy the plan back).
import type { Analysis, Config, PlanOptions, WorkbookSnapshot, WritePlan } from "../core";
import type { PlanRequest } from "../shared/engine";

export type EngineRequestBody =
  /**
   * No snapshot: the workbook the worker holds (the workbench's workbook worker). `light`: answer the analysis
   * without the cells of its `view` (the page needs them only to explain a cell: "view" fetches them then).
   */
  | { kind: "analyze"; snapshot?: WorkbookSnapshot; config: Partial<Config>; light?: boolean }
  /** The whole `view` and `report` (the indicators' sources) of an analysis this worker made (by key). */
  | { kind: "view"; key: number }
  /** An analysis this worker made (by key). `light`: answer the plan light (LightPlan; the worker keeps it). */
  | { kind: "plan"; key: number; options: PlanOptions; stable: boolean; light?: boolean }
  /** Any analysis, sent whole. */
  | { kind: "planFull"; request: PlanRequest; light?: boolean }
  /** The whole plan this worker built (by key), answered light before. */
  | { kind: "wholePlan"; key: number };

export type EngineRequest = EngineRequestBody & { id: number };

export type EngineReply =
  | { id: number; ok: true; result: Analysis | WritePlan | unknown; key?: number }
  | { id: number; ok: false; message: string };

/** The answer to "view": what a light analysis left out. */
export type WholeParts = Pick<Analysis, "view" | "report">;

/** Posted while a request is under way (before its reply): rows read, or steps done, of all. */
export interface EngineProgress {
  id: number;
  progress: { done: number; total: number };
}
