import type { Analysis, Config, WorkbookSnapshot } from "../types";
// STUB: the lead is writing the real engine here.
export function analyzeWorkbook(_snapshot: WorkbookSnapshot, _config?: Partial<Config>): Analysis {
  throw new Error("not implemented yet");
}
