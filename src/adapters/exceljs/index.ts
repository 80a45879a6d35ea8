// Reading .xlsx bytes: the package guard, the direct snapshot and, for what it does not understand, ExcelJS's
// model -> snapshot. Used by the CLI and the browser workbench; both write through src/adapters/xlsx.
export { loadSnapshot, WorkbookLoadError, type WorkbookLoadErrorCode } from "./load";
export { loadWorkbook } from "./load-workbook";
export { LOAD_ERRORS, loadErrorText } from "./load-messages";
export { snapshotFromWorkbook } from "./snapshot";
