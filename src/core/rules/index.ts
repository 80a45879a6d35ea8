// Every anomaly rule, one file each; the order here is the order of the report.
import { absorptionMismatch } from "./absorption-mismatch";
import { averageMismatch } from "./average-mismatch";
import { budgetOver } from "./budget-over";
import { capaianExtreme } from "./capaian-extreme";
import { capaianMismatch } from "./capaian-mismatch";
import { duplicateIndicator } from "./duplicate-indicator";
import { formulaError } from "./formula-error";
import { missingRealisasi, missingTarget } from "./missing-values";
import { mixedUnits } from "./mixed-units";
import { numberAsText } from "./number-as-text";
import { percentScale } from "./percent-scale";
import type { Rule } from "./rule";
import { quarterSumMismatch } from "./quarter-sum-mismatch";
import { targetZero } from "./target-zero";
import { totalMismatch } from "./total-mismatch";

export const RULES: Rule[] = [
  formulaError,
  quarterSumMismatch,
  capaianMismatch,
  averageMismatch,
  absorptionMismatch,
  totalMismatch,
  budgetOver,
  targetZero,
  missingTarget,
  missingRealisasi,
  percentScale,
  mixedUnits,
  capaianExtreme,
  duplicateIndicator,
  numberAsText,
];
