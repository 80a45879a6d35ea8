// Public API of the engine. Adapters, the CLI, the pane and the workbench call only these.
export * from "./types";
export { configProblemText, defaultConfig, resolveConfig, validateSettings } from "./config";
export type { ConfigProblem } from "./config";
export { messages, allPacks } from "./i18n/messages";
export type { Messages } from "./i18n/messages";
export { interpolate } from "./i18n/interpolate";
export { fmtCount, fmtDateTime, fmtNumber, fmtPercent, fmtRupiah } from "./i18n/format";
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
export { workedExplanation } from "./explain/worked";
export type { WorkedExplanation, WorkedInput, WorkedStep, WorkedFlag } from "./explain/worked";
export { workedMessages } from "./explain/worked-messages";
export type { WorkedMessages } from "./explain/worked-messages";
export * from "./review";
