// Every data-testid of the pane and the workbench, typed: components and browser tests use these names.

export const TEST_IDS = {
  anomalyGroup: "anomaly-group",
  anomalyItem: "anomaly-item",
  anomalyList: "anomaly-list",
  budgetBar: "budget-bar",
  budgetCard: "budget-card",
  budgetChart: "budget-chart",
  budgetTable: "budget-table",
  buildSummary: "build-summary",
  cancelRun: "cancel-run",
  capaianBar: "capaian-bar",
  capaianChart: "capaian-chart",
  currentSelection: "current-selection",
  detectedTable: "detected-table",
  downloadWorkbook: "download-workbook",
  errorBar: "error-bar",
  explanation: "explanation",
  filterSeverity: "filter-severity",
  filterSheet: "filter-sheet",
  firstSummary: "first-summary",
  headlineBand: "headline-band",
  headlineCap: "headline-cap",
  headlineCapped: "headline-capped",
  headlineChangeCap: "headline-change-cap",
  indicatorOverride: "indicator-override",
  inspect: "inspect",
  inspectCell: "inspect-cell",
  inspectError: "inspect-error",
  inspectInput: "inspect-input",
  langMenu: "lang-menu",
  legacyNotice: "legacy-notice",
  loadError: "load-error",
  manualRange: "manual-range",
  mappingEditor: "mapping-editor",
  noticeBar: "notice-bar",
  otherTables: "other-tables",
  overallCapaian: "overall-capaian",
  periksaArithmetic: "periksa-arithmetic",
  periksaFlag: "periksa-flag",
  periksaStep: "periksa-step",
  periksaTextSourced: "periksa-text-sourced",
  paneRoot: "pane-root",
  removeConfirm: "remove-confirm",
  removeResults: "remove-results",
  runAnalysis: "run-analysis",
  runProgress: "run-progress",
  sasaranTable: "sasaran-table",
  settingsReset: "settings-reset",
  settingsSave: "settings-save",
  sheetGrid: "sheet-grid",
  sheetTabs: "sheet-tabs",
  summaryChart: "summary-chart",
  tableList: "table-list",
  tabOverflow: "tab-overflow",
  useSelection: "use-selection",
  workbenchStatus: "workbench-status",
  workbookFile: "workbook-file",
} as const;

export type TestId = (typeof TEST_IDS)[keyof typeof TEST_IDS];

export type PaneTab = "detect" | "settings" | "run" | "results" | "inspect";

/** The tab button of a pane section ("tab-run"). */
export function tabTestId(tab: PaneTab): `tab-${PaneTab}` {
  return `tab-${tab}`;
}
