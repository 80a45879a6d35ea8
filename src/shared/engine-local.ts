// The engine's work itself: analysis and plan building. Loaded by the Web Worker, and on demand by the in-thread
// engine (tests, the ribbon commands), so the pane's first screen does not carry the whole engine.
import {
  analyzeWorkbook,
  buildWritePlan,
  stablePlan,
  type Analysis,
  type Config,
  type WorkbookSnapshot,
  type WritePlan,
} from "../core";
import type { PlanRequest } from "../shared/engine";

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

export function analyzeHere(snapshot: WorkbookSnapshot, config: Partial<Config>): Analysis {
  return analyzeWorkbook(snapshot, config);
}
