import type { Analysis, Ownership, PlanOptions, WritePlan } from "../types";
// STUB: the planner helper replaces this.
export function buildWritePlan(_analysis: Analysis, _options: PlanOptions): WritePlan {
  throw new Error("not implemented yet");
}
export function buildRemovalPlan(_ownership: Ownership | null): WritePlan {
  throw new Error("not implemented yet");
}
