// The Host of the browser workbench: the workbook's bytes, written with the same WritePlan as Excel by the lossless
// package writer (as the CLI does), and the snapshot read straight from them (as the CLI's --out and remove read
// it: with the user's formatted empty cells, x14 validations and conditional formats the plan must keep clear of).
// Nothing leaves the page: the workbook is loaded from a file input or the bundled sample, saved as a download.
// With a workbook worker (useWorker, the browser), the worker holds a copy and runs the engine and the writer on
// it: a run's snapshot, analysis and plan stay there, the page gets the new bytes and what the grid shows.
// Not the adapter's index: that loads ExcelJS (its read fallback) statically, which the page must not load at start.
import { loadSnapshot } from "../adapters/exceljs/load";
import {
  ADDIN_ID,
  ADDIN_VERSION,
  MARKS_KEY,
  SETTINGS_KEY,
  documentRecordProps,
  encodeMarks,
  encodeOwnership,
  readDocumentRecord,
  type ChartSpec,
  type Config,
  type ConfigProblem,
  type HostCapabilities,
  type ReviewMarks,
  type WorkbookSnapshot,
  type WritePlan,
} from "../core";
import type { ApplyOptions, Host } from "../shared/host";
import type { Engine } from "../shared/engine";
import { isLightPlan } from "../shared/light-plan";
import { langFromDisplay } from "../shared/i18n";
import { abortError } from "../shared/run-flow";
import { workerEngine, type WorkerEngine } from "../taskpane/worker-engine";
import type { AppliedBook, WorkbookRequestBody } from "./workbook-protocol";
import { bookView, type BookView, type GridFlag } from "./workbook-view";

export { flagsOf, type GridFlag } from "./workbook-view";

/** What the grid shows; replaced (never mutated) on every change. */
export interface WorkbookView {
  fileName: string | null;
  /** The whole snapshot, or with a workbook worker only the rows the grid shows. */
  snapshot: WorkbookSnapshot | null;
  /** The add-in's conditional-format flags, read back from the workbook. */
  flags: GridFlag[];
  /** Ranges the add-in owns (its computed cells), from the ownership record in the workbook. */
  owned: Array<{ sheet: string; range: string }>;
  /** The charts the last applied plan wrote (the snapshot holds no charts): the grid draws them. */
  charts: ChartSpec[];
  selection: { sheet: string; address: string } | null;
  /** Bumped on every change. */
  version: number;
}

export class WorkbenchHost implements Host {
  readonly kind = "workbench" as const;
  /** Set by the page (a Web Worker engine, or the workbook worker); unset: analysis runs in this thread. */
  engine?: Engine;
  /** The package writer writes notes and charts (threaded comments: not yet). */
  readonly capabilities: HostCapabilities = { notes: true, comments: false, charts: true };
  readonly displayLanguage: string;
  /** The workbook as a file: the one opened, with every applied plan written into it. */
  private bytes: Uint8Array | null = null;
  /** Its whole snapshot; null after a write in the worker until asked for (readSnapshot). */
  private full: WorkbookSnapshot | null = null;
  private worker: WorkerEngine | null = null;
  // Settings and marks: read from the file's add-in record (its web-extension part, where Excel keeps the
  // pane's document settings) on open; what the pane saves is written back into that record when the workbook
  // leaves the page (save), so a downloaded copy opens in Excel, and in `capaian analyze`, with them.
  private settings: Partial<Config> | null = null;
  private settingsIgnored: ConfigProblem[] = [];
  private marks: ReviewMarks | null = null;
  /**
   * The properties saved since open (name → stored value). Written into the bytes at save(), not before: the
   * workbook worker writes plans into its own copy of the bytes, which would not carry them.
   */
  private record: Record<string, string> = {};
  private charts: ChartSpec[] = [];
  private view: WorkbookView = {
    fileName: null,
    snapshot: null,
    flags: [],
    owned: [],
    charts: [],
    selection: null,
    version: 0,
  };
  private viewListeners = new Set<() => void>();
  private selectionListeners = new Set<(sheet: string, cell: string) => void>();
  private bookListeners = new Set<() => void>();

  constructor(displayLanguage = typeof navigator !== "undefined" ? navigator.language : "id-ID") {
    this.displayLanguage = displayLanguage;
  }

  // ------------------------------------------------------------ workbench-only API

  /**
   * Hold the workbook in a Web Worker (`url`, relative to the page) that is also the engine. Every new worker
   * (the first, and the next after a cancel terminated one) is first handed the page's bytes.
   */
  useWorker(url = "workbook-worker.js"): void {
    this.worker = workerEngine({
      url,
      // The worker writes the plans it builds: their cells stay there, the page gets what it shows of them.
      lightPlans: true,
      holds: (snapshot) => snapshot === this.full,
      onStart: (post) => {
        if (!this.bytes) return;
        const hold: WorkbookRequestBody = {
          kind: "hold",
          bytes: this.bytes.slice(),
          fileName: this.view.fileName,
        };
        post(hold, [hold.bytes.buffer]);
      },
    });
    this.engine = this.worker;
  }

  /** Open .xlsx bytes; throws the adapter's WorkbookLoadError for files that are not usable workbooks. */
  async open(bytes: Uint8Array | ArrayBuffer, fileName: string): Promise<void> {
    const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    const snapshot = await loadSnapshot(data, fileName, { placement: true });
    const record = await this.readRecord(data);
    this.bytes = data;
    this.settings = record.settings;
    this.settingsIgnored = record.settingsProblems;
    this.marks = record.marks ? encodeMarks(record.marks) : null;
    this.record = {};
    this.charts = [];
    // The worker held the previous workbook: the next request starts one that holds this one.
    this.worker?.restart();
    this.show(fileName, null, bookView(snapshot), true);
    for (const cb of this.bookListeners) cb();
  }

  /**
   * The annotated workbook as bytes: the opened file with the plans written into it and the settings and marks
   * saved since open in the add-in's record; nothing else changed.
   */
  async save(): Promise<Uint8Array> {
    const bytes = this.requireBytes();
    if (Object.keys(this.record).length === 0) return bytes;
    const { writeAddinRecord } = await import(
      /* webpackChunkName: "xlsx-writer" */ "../adapters/xlsx"
    );
    return writeAddinRecord(bytes, { id: ADDIN_ID, version: ADDIN_VERSION }, this.record);
  }

  get fileName(): string | null {
    return this.view.fileName;
  }

  getView = (): WorkbookView => this.view;

  subscribe = (listener: () => void): (() => void) => {
    this.viewListeners.add(listener);
    return () => this.viewListeners.delete(listener);
  };

  /** A click in the grid: the user's selection, as Excel would report it. */
  userSelect(sheet: string, address: string): void {
    this.setSelection(sheet, address);
  }

  // ------------------------------------------------------------ Host

  async readSnapshot(): Promise<WorkbookSnapshot> {
    this.requireBytes();
    if (!this.full && this.worker)
      this.full = await this.worker.request<WorkbookSnapshot>({ kind: "snapshot" });
    if (!this.full) throw new Error("No workbook loaded");
    return this.full;
  }

  async apply(plan: WritePlan, options: ApplyOptions): Promise<void> {
    const bytes = this.requireBytes();
    if (options.signal?.aborted) throw abortError(false);
    options.onProgress?.(0);
    // A plan's charts replace the previous run's (a removal plan has none and deletes Ringkasan).
    const charts = plan.charts.map((c) => ({ ...c }));
    if (this.worker) {
      // Written in the worker's copy; a cancel terminates it, and these bytes stay as they were.
      const key = this.worker.planKey(plan);
      // A light plan has no cells to send: only the worker that built it (gone if it failed) can write it.
      if (key === undefined && isLightPlan(plan))
        throw new Error("the plan is no longer held by the workbook worker");
      const body: WorkbookRequestBody =
        key !== undefined ? { kind: "apply", planKey: key } : { kind: "apply", plan };
      const applied = await this.worker.request<AppliedBook>(body, options.signal, (done, total) =>
        options.onProgress?.(done / total)
      );
      this.bytes = applied.bytes;
      this.charts = charts;
      options.onProgress?.(1);
      this.show(this.view.fileName, this.view.selection, applied.view, false);
      return;
    }
    // Loaded on first use: the writer is not needed to look at a workbook.
    const { applyPlanToPackage } = await import(
      /* webpackChunkName: "xlsx-writer" */ "../adapters/xlsx"
    );
    if (options.signal?.aborted) throw abortError(false);
    // One synchronous step: a plan is all-or-nothing here.
    const record = plan.ownership ? encodeOwnership(plan.ownership) : [];
    const next = applyPlanToPackage(bytes, plan, record);
    const snapshot = await loadSnapshot(next, this.view.fileName ?? undefined, { placement: true });
    this.bytes = next;
    this.charts = charts;
    options.onProgress?.(1);
    this.show(this.view.fileName, this.view.selection, bookView(snapshot), true);
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.setSelection(sheet, cell);
  }

  onSelectionChanged(cb: (sheet: string, cell: string) => void): () => void {
    this.selectionListeners.add(cb);
    return () => this.selectionListeners.delete(cb);
  }

  onWorkbookChanged(cb: () => void): () => void {
    this.bookListeners.add(cb);
    return () => this.bookListeners.delete(cb);
  }

  async getSelection(): Promise<{ sheet: string; address: string } | null> {
    return this.view.selection;
  }

  async loadSettings(): Promise<Partial<Config> | null> {
    return this.settings ? JSON.parse(JSON.stringify(this.settings)) : null;
  }

  settingsProblems(): ConfigProblem[] {
    return this.settingsIgnored;
  }

  async saveSettings(c: Partial<Config>): Promise<void> {
    this.settings = JSON.parse(JSON.stringify(c));
    this.record[SETTINGS_KEY] = documentRecordProps({ settings: c })[SETTINGS_KEY];
  }

  async loadMarks(): Promise<ReviewMarks | null> {
    return this.marks ? JSON.parse(JSON.stringify(this.marks)) : null;
  }

  async saveMarks(m: ReviewMarks): Promise<void> {
    this.marks = JSON.parse(JSON.stringify(m));
    this.record[MARKS_KEY] = documentRecordProps({ marks: m })[MARKS_KEY];
  }

  /** The browser knows no Office account: the pane asks for a name once. */
  async userName(): Promise<string | null> {
    return null;
  }

  // ------------------------------------------------------------ internals

  /** The file's add-in record; a package whose record cannot be read opens without one (never a failure). */
  private async readRecord(bytes: Uint8Array): Promise<ReturnType<typeof readDocumentRecord>> {
    const lang = langFromDisplay(this.displayLanguage);
    try {
      const { readAddinRecord } = await import(
        /* webpackChunkName: "xlsx-writer" */ "../adapters/xlsx"
      );
      return readDocumentRecord(readAddinRecord(bytes, ADDIN_ID), lang);
    } catch {
      return readDocumentRecord({}, lang);
    }
  }

  private requireBytes(): Uint8Array {
    if (!this.bytes) throw new Error("No workbook loaded");
    return this.bytes;
  }

  private setSelection(sheet: string, address: string): void {
    this.view = { ...this.view, selection: { sheet, address }, version: this.view.version + 1 };
    this.emitView();
    for (const cb of this.selectionListeners) cb(sheet, address);
  }

  /** `whole`: the view's snapshot is the whole workbook's (else only the grid's rows, from the worker). */
  private show(
    fileName: string | null,
    selection: WorkbookView["selection"],
    book: BookView,
    whole: boolean
  ): void {
    this.full = whole ? book.snapshot : null;
    this.view = {
      fileName,
      snapshot: book.snapshot,
      flags: book.flags,
      owned: book.owned,
      charts: this.charts,
      selection,
      version: this.view.version + 1,
    };
    this.emitView();
  }

  private emitView(): void {
    for (const l of this.viewListeners) l();
  }
}
