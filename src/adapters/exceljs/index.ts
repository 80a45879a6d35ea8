// ExcelJS adapter: bytes <-> workbook, workbook -> snapshot, plan -> workbook. Used by the CLI and the browser workbench.
export { loadSnapshot, WorkbookLoadError, type WorkbookLoadErrorCode } from "./load";
export { loadWorkbook } from "./load-workbook";
export { LOAD_ERRORS, loadErrorText } from "./load-messages";
export { snapshotFromWorkbook } from "./snapshot";
export { applyPlanToWorkbook } from "./apply-plan";
export { saveWorkbook } from "./save";
