// Public API of the engine. Adapters, the CLI, the pane and the workbench call only these.
export * from "./types";
export { configProblemText, defaultConfig, resolveConfig, validateSettings } from "./config";
export type { ConfigProblem } from "./config";
export { bandOf, flagColors, BAND_COLORS, DEFAULT_BANDS } from "./bands";
export { messages, allPacks, text } from "./i18n/messages";
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
export type { RangeRef } from "./address";
export { analyzeWorkbook } from "./analyze/analyze-workbook";
export { overallAtCap, overallBasis } from "./analyze/overall";
export { readBandFormula } from "./plan/band-formats";
export { ROWS_STEP, type RowsProgress } from "./analyze/rows-progress";
export { buildWritePlan, buildRemovalPlan } from "./plan/build-plan";
export { readOwnership, encodeOwnership, decodeOwnership, V1_SIGNATURE } from "./ownership";
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
// Also used outside the engine (pane, CLI, adapters): one door, so nothing outside src/core reaches past this file.
export { stablePlan } from "./stable-run";
export { CapaianError, CancelledError, isCancelled } from "./errors";
export type { CancelledErrorOptions } from "./errors";
export { keptLines } from "./i18n/kept";
export { policyWord } from "./i18n/rule-messages";
export { roleWord } from "./i18n/table-reasons";
export { compactRanges } from "./plan/ranges";
export { maxOf, minOf, pushAll } from "./arrays";
export {
  ADDIN_ID,
  ADDIN_VERSION,
  SETTINGS_KEY,
  MARKS_KEY,
  parseSavedSettings,
  parseSavedMarks,
  readDocumentRecord,
  documentRecordProps,
  settingFromStored,
  storedFromSetting,
} from "./document-record";
export type { DocumentRecord } from "./document-record";
