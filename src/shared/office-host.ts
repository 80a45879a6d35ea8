// The Host inside Excel: Office.js through the office adapter. Settings live in the document
// (Office.context.document.settings), so a reviewer who opens the file gets the same numbers.
import {
  applyPlan,
  detectCapabilities,
  onSelection,
  readWorkbook,
  selectCell,
  type Annotation,
  type OfficeCapabilities,
} from "../adapters/office/index";
import {
  encodeMarks,
  MARKS_KEY,
  parseSavedMarks,
  parseSavedSettings,
  SETTINGS_KEY,
  splitSheetRef,
  type Config,
  type ConfigProblem,
  type ReviewMarks,
  type WorkbookSnapshot,
  type WritePlan,
} from "../core";
import type { Engine } from "./engine";
import type { ApplyOptions, Host } from "./host";
import { abortError } from "./run-flow";

// The keys and their validation live with the document record (src/core/document-record.ts): the workbench and
// the CLI read the same properties from the file.
export { SETTINGS_KEY, MARKS_KEY };

/**
 * Every batch waits while the user is typing in a cell instead of failing (InvalidOperationInCellEditMode); hosts
 * without the DelayForCellEdit set still fail, and the pane then asks the user to finish editing.
 */
const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

type SelectionCallback = (sheet: string, cell: string) => void;

export class OfficeHost implements Host {
  readonly kind = "office" as const;
  /** Set by the page (a Web Worker engine); unset: analysis runs in this thread. */
  engine?: Engine;
  readonly displayLanguage: string;
  /** ExcelApi 1.7 is the floor (manifest Requirements); below it the pane explains instead of failing later. */
  readonly supported: boolean;
  /** What the last read saw, handed to applyPlan so it can skip a lookup sync and never touch the user's notes. */
  private lastRead: { sheetNames: string[]; annotations: Annotation[] } | null = null;
  private selectionCallbacks = new Set<SelectionCallback>();
  private lastSettingsProblems: ConfigProblem[] = [];
  private adapterUnsubscribe: Promise<() => void> | null = null;

  constructor(readonly capabilities: OfficeCapabilities) {
    this.displayLanguage = Office.context?.displayLanguage ?? "id-ID";
    this.supported = capabilities.floor;
  }

  readSnapshot(): Promise<WorkbookSnapshot> {
    return Excel.run(RUN_OPTIONS, async (context) => {
      const read = await readWorkbook(context, this.capabilities);
      this.lastRead = {
        sheetNames: read.snapshot.sheets.map((s) => s.name),
        annotations: read.annotations,
      };
      return read.snapshot;
    });
  }

  async apply(plan: WritePlan, options: ApplyOptions): Promise<void> {
    const last = this.lastRead;
    this.lastRead = null; // the workbook changes now: the next plan must come from a fresh read
    let written = 0;
    const result = await Excel.run(RUN_OPTIONS, (context) =>
      applyPlan(context, plan, this.capabilities, {
        snapshotSheetNames: last?.sheetNames,
        annotations: last?.annotations,
        signal: options.signal,
        onProgress: (done, total) => {
          written = done;
          options.onProgress?.(total > 0 ? done / total : 1);
        },
      })
    );
    // New sheets (Ringkasan) are not watched by the selection handlers registered before: register again.
    if (plan.addSheets.length > 0 || plan.remove.sheets.length > 0) this.resubscribe();
    if (result.cancelled) throw abortError(written > 0);
  }

  select(sheet: string, cell: string): Promise<void> {
    return Excel.run(RUN_OPTIONS, (context) => selectCell(context, sheet, cell));
  }

  onSelectionChanged(cb: SelectionCallback): () => void {
    this.selectionCallbacks.add(cb);
    if (!this.adapterUnsubscribe) this.subscribe();
    return () => {
      this.selectionCallbacks.delete(cb);
      if (this.selectionCallbacks.size === 0) this.unsubscribe();
    };
  }

  getSelection(): Promise<{ sheet: string; address: string } | null> {
    return Excel.run(RUN_OPTIONS, async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address");
      await context.sync();
      const { sheet, range: address } = splitSheetRef(range.address);
      return sheet ? { sheet, address } : null;
    });
  }

  async loadSettings(): Promise<Partial<Config> | null> {
    const { settings, problems } = parseSavedSettings(
      Office.context.document.settings.get(SETTINGS_KEY)
    );
    this.lastSettingsProblems = problems;
    return settings;
  }

  settingsProblems(): ConfigProblem[] {
    return this.lastSettingsProblems;
  }

  /**
   * Settings as the document holds them now: a ribbon command's runtime loaded its copy when it started, and the
   * pane may have saved since (Office.context.document.settings.refreshAsync).
   */
  refreshSettings(): Promise<void> {
    const settings = Office.context.document.settings;
    if (typeof settings.refreshAsync !== "function") return Promise.resolve();
    return new Promise((resolve, reject) => {
      settings.refreshAsync((result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
        else reject(result.error);
      });
    });
  }

  saveSettings(c: Partial<Config>): Promise<void> {
    return this.persist(SETTINGS_KEY, c);
  }

  /** The marks record, read as untrusted JSON: invalid marks are dropped, an unreadable record is no marks. */
  async loadMarks(): Promise<ReviewMarks | null> {
    const { marks } = parseSavedMarks(Office.context.document.settings.get(MARKS_KEY));
    // An unreadable record, or one with no valid mark, is no marks (never an error in the pane).
    return marks && marks.length > 0 ? encodeMarks(marks) : null;
  }

  saveMarks(marks: ReviewMarks): Promise<void> {
    return this.persist(MARKS_KEY, encodeMarks(marks.marks));
  }

  /**
   * Office.js has no reliable display name of the user in Excel at ExcelApi 1.7: `Office.context.userProfile`
   * exists only in Outlook, and the identity API needs SSO set up by the tenant. The pane asks for a name once.
   */
  async userName(): Promise<string | null> {
    return null;
  }

  /** One setting as JSON, saved into the document (saveAsync), as the settings and the marks are. */
  private persist(key: string, value: unknown): Promise<void> {
    const settings = Office.context.document.settings;
    settings.set(key, JSON.stringify(value));
    return new Promise((resolve, reject) => {
      settings.saveAsync((result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
        else reject(result.error);
      });
    });
  }

  private subscribe(): void {
    const dispatch: SelectionCallback = (sheet, address) => {
      for (const cb of this.selectionCallbacks) cb(sheet, address);
    };
    this.adapterUnsubscribe = onSelection(dispatch).catch(() => () => undefined);
  }

  private unsubscribe(): void {
    const pending = this.adapterUnsubscribe;
    this.adapterUnsubscribe = null;
    void pending?.then((off) => off());
  }

  private resubscribe(): void {
    if (this.selectionCallbacks.size === 0) return;
    this.unsubscribe();
    this.subscribe();
  }
}

export async function createOfficeHost(): Promise<OfficeHost> {
  return new OfficeHost(detectCapabilities());
}
