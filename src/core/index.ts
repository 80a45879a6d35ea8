// Public API of the engine. Adapters, the CLI, the pane and the workbench call only these.
export * from "./types";
export { defaultConfig, resolveConfig } from "./config";
export {
  a1,
  colLetter,
  colIndex,
  parseA1,
  parseRange,
  rangeA1,
  quoteSheet,
  sheetRef,
  splitSheetRef,
} from "./address";
export { analyzeWorkbook } from "./analyze/analyze-workbook";
export { buildWritePlan, buildRemovalPlan } from "./plan/build-plan";
export { readOwnership, encodeOwnership, decodeOwnership } from "./ownership";
export { locateOwnership, userView, stripOwned, ownedRanges } from "./locate-ownership";
export { fingerprintCell } from "./fingerprint";
export { kindAt } from "./source-kind";
export { explainCell } from "./explain/explain-cell";
export type { Explanation } from "./explain/explain-cell";
