// The Office.js adapter: read a snapshot, apply a plan, detect what the host supports, follow the selection.
export {
  detectCapabilities,
  isLegacyWebView,
  type OfficeCapabilities,
  type OfficeRequirements,
} from "./capabilities";
export { OfficeApplyError, toApplyError, type OfficeApplyErrorCode } from "./errors";
export {
  readWorkbook,
  readWorkbookSnapshot,
  type Annotation,
  type WorkbookRead,
} from "./read-snapshot";
export {
  applyPlan,
  DEFAULT_MAX_REQUEST_BYTES,
  type ApplyPlanOptions,
  type ApplyPlanResult,
} from "./apply-plan";
export { selectCell, onSelection, type ExcelRun } from "./selection";
