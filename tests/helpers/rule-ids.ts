// The 15 rule ids issue 2 fixes, written out once: tests check the engine against this list, not against itself.
import type { RuleId } from "../../src/core/types";

export const RULE_IDS: RuleId[] = [
  "QUARTER_SUM_MISMATCH",
  "CAPAIAN_MISMATCH",
  "AVERAGE_MISMATCH",
  "ABSORPTION_MISMATCH",
  "TOTAL_MISMATCH",
  "BUDGET_OVER",
  "FORMULA_ERROR",
  "TARGET_ZERO",
  "MISSING_TARGET",
  "MISSING_REALISASI",
  "PERCENT_SCALE",
  "MIXED_UNITS",
  "CAPAIAN_EXTREME",
  "DUPLICATE_INDICATOR",
  "NUMBER_AS_TEXT",
];
