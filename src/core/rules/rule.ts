import type { RuleContext } from "../analyze/context";
import type { RuleId, Severity } from "../types";

/** One finding of a rule, before it is worded in the user's language. */
export interface Finding {
  sheet: string;
  cell: string;
  /** Values named in the message ({name}, {expected}, …). */
  params: Record<string, string | number | null>;
  expected?: number | string | null;
  actual?: number | string | null;
}

export interface Rule {
  id: RuleId;
  severity: Severity;
  run(ctx: RuleContext): Finding[];
}

/** Mismatch beyond the tolerance (ratios: 0.0005 = 0.05 percentage points). */
export function differs(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) > tolerance + 1e-12;
}
