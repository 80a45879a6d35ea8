// What the pane needs from wherever it runs: Excel (Office.js) or the browser workbench (ExcelJS in memory).
// The pane and the ribbon commands only ever talk to a Host.
import type {
  Config,
  ConfigProblem,
  HostCapabilities,
  WorkbookSnapshot,
  WritePlan,
  ReviewMarks,
} from "../core";
import type { Engine } from "./engine";

export interface ApplyOptions {
  /** Fraction done, 0..1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export interface Host {
  kind: "office" | "workbench";
  capabilities: HostCapabilities;
  /** Office's display language ("id-ID", "en-US"); the pane picks Bahasa Indonesia unless it starts with "en". */
  displayLanguage: string;
  readSnapshot(): Promise<WorkbookSnapshot>;
  apply(plan: WritePlan, options: ApplyOptions): Promise<void>;
  /** Select (and show) a cell or range, A1 on `sheet`. */
  select(sheet: string, cell: string): Promise<void>;
  /** Called with the sheet and A1 address (cell or range) whenever the user's selection changes. Returns unsubscribe. */
  onSelectionChanged(cb: (sheet: string, cell: string) => void): () => void;
  /** The document's saved settings (overrides of the defaults), or null when there are none. */
  loadSettings(): Promise<Partial<Config> | null>;
  /** What the last loadSettings dropped as invalid (issue 13: named to the user, never cast through). */
  settingsProblems?(): ConfigProblem[];
  saveSettings(c: Partial<Config>): Promise<void>;
  /**
   * The document's review marks (issue 10): Office keeps them in the add-in's document settings under
   * `capaianIku.reviewMarks` (xl/webextensions/webextension1.xml in the file); the workbench in that same part of
   * the loaded file. Null when there are none. Optional so older hosts and test fakes still type-check.
   */
  loadMarks?(): Promise<ReviewMarks | null>;
  saveMarks?(marks: ReviewMarks): Promise<void>;
  /** The Office user's display name where the host knows it, else null (the pane then asks for a name once). */
  userName?(): Promise<string | null>;

  /** Optional: the current selection, for "pick the table range yourself". */
  getSelection?(): Promise<{ sheet: string; address: string } | null>;
  /** Optional: called when a different workbook is loaded (workbench), so the pane detects again. */
  onWorkbookChanged?(cb: () => void): () => void;
  /** Optional: where analysis and plan building run (a Web Worker in the browser); default: this thread. */
  engine?: Engine;
  /** Optional: false when the host lacks a requirement (Excel below ExcelApi 1.7). */
  supported?: boolean;
}
