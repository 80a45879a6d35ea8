// The Host of the browser workbench: the workbook's bytes, written with the same WritePlan as Excel by the lossless
// package writer (as the CLI does), and an ExcelJS model read from them for the grid and the snapshot.
// Nothing leaves the page: the workbook is loaded from a file input or the bundled sample, saved as a download.
import type ExcelJS from "exceljs";
import { loadWorkbook, snapshotFromWorkbook } from "../adapters/exceljs/index";
import { rawSheet } from "../adapters/exceljs/internals";
import {
  BAND_COLORS,
  ownedRanges,
  encodeOwnership,
  readOwnership,
  type CapaianBand,
  type ChartSpec,
  type Config,
  type HostCapabilities,
  type Severity,
  type WorkbookSnapshot,
  type WritePlan,
} from "../core";
import type { ApplyOptions, Host } from "../shared/host";
import type { Engine } from "../shared/engine";
import { abortError } from "../shared/run-flow";

export interface GridFlag {
  sheet: string;
  range: string;
  severity: Severity;
  /** A capaian band rule (its colours are the band's); `formula` says which cells it colours. */
  band?: CapaianBand;
  formula?: string;
}

/** What the grid shows; replaced (never mutated) on every change. */
export interface WorkbookView {
  fileName: string | null;
  snapshot: WorkbookSnapshot | null;
  /** The add-in's conditional-format flags, read back from the workbook. */
  flags: GridFlag[];
  /** Ranges the add-in owns (its computed cells), from the ownership record in the workbook. */
  owned: Array<{ sheet: string; range: string }>;
  /** The charts the last applied plan wrote (ExcelJS does not read charts back): the grid draws them. */
  charts: ChartSpec[];
  selection: { sheet: string; address: string } | null;
  /** Bumped on every change. */
  version: number;
}

const FILL_SEVERITY: Record<string, Severity> = {
  FDE2E1: "error",
  FFF2CC: "warning",
  DDEBF7: "info",
};

const FILL_BAND = new Map(
  (Object.keys(BAND_COLORS) as CapaianBand[]).map((b) => [BAND_COLORS[b].fill, b])
);

/** The formulas of the add-in's flags, from its record ("=" dropped, as ExcelJS keeps them). */
function ourFlagFormulas(snapshot: WorkbookSnapshot): Set<string> {
  return new Set((readOwnership(snapshot)?.flags ?? []).map((f) => f.formula.replace(/^=/, "")));
}

/** The add-in's flags in an ExcelJS workbook: conditional formats whose formula is one the record lists. */
export function flagsOf(wb: ExcelJS.Workbook, ours: Set<string>): GridFlag[] {
  const out: GridFlag[] = [];
  for (const ws of wb.worksheets) {
    const cfs = rawSheet(ws).conditionalFormattings;
    for (const cf of cfs ?? []) {
      for (const rule of cf.rules ?? []) {
        const formulae = (rule.formulae as unknown[] | undefined) ?? [];
        if (!formulae.some((f) => typeof f === "string" && ours.has(f.replace(/^=/, "")))) continue;
        const fill = (
          rule.style as
            { fill?: { bgColor?: { argb?: string }; fgColor?: { argb?: string } } } | undefined
        )?.fill;
        const argb = (fill?.bgColor?.argb ?? fill?.fgColor?.argb ?? "").toUpperCase().slice(-6);
        const band = FILL_BAND.get(argb);
        const formula = formulae.find((f): f is string => typeof f === "string");
        for (const range of cf.ref.split(/\s+/).filter(Boolean))
          out.push(
            band
              ? { sheet: ws.name, range, severity: "info", band, formula }
              : { sheet: ws.name, range, severity: FILL_SEVERITY[argb] ?? "info" }
          );
      }
    }
  }
  return out;
}

export class WorkbenchHost implements Host {
  readonly kind = "workbench" as const;
  /** Set by the page (a Web Worker engine); unset: analysis runs in this thread. */
  engine?: Engine;
  /** The package writer writes notes and charts (threaded comments: not yet). */
  readonly capabilities: HostCapabilities = { notes: true, comments: false, charts: true };
  readonly displayLanguage: string;
  private wb: ExcelJS.Workbook | null = null;
  /** The workbook as a file: the one opened, with every applied plan written into it. */
  private bytes: Uint8Array | null = null;
  private settings: Partial<Config> | null = null;
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

  /** Open .xlsx bytes; throws the adapter's WorkbookLoadError for files that are not usable workbooks. */
  async open(bytes: Uint8Array | ArrayBuffer, fileName: string): Promise<void> {
    const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    const wb = await loadWorkbook(data);
    this.wb = wb;
    this.bytes = data;
    this.settings = null;
    this.charts = [];
    this.refresh(fileName, null);
    for (const cb of this.bookListeners) cb();
  }

  /** The annotated workbook as bytes: the opened file with the plans written into it, nothing else changed. */
  async save(): Promise<Uint8Array> {
    this.requireWorkbook();
    return this.bytes!;
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
    return snapshotFromWorkbook(this.requireWorkbook(), this.view.fileName ?? undefined);
  }

  async apply(plan: WritePlan, options: ApplyOptions): Promise<void> {
    this.requireWorkbook();
    if (options.signal?.aborted) throw abortError(false);
    options.onProgress?.(0);
    // Loaded on first use: the writer is not needed to look at a workbook.
    const { applyPlanToPackage } = await import(
      /* webpackChunkName: "xlsx-writer" */ "../adapters/xlsx"
    );
    if (options.signal?.aborted) throw abortError(false);
    // One synchronous step: a plan is all-or-nothing here.
    const record = plan.ownership ? encodeOwnership(plan.ownership) : [];
    const next = applyPlanToPackage(this.bytes!, plan, record);
    const wb = await loadWorkbook(next);
    this.bytes = next;
    this.wb = wb;
    // A plan's charts replace the previous run's (a removal plan has none and deletes Ringkasan).
    this.charts = plan.charts.map((c) => ({ ...c }));
    options.onProgress?.(1);
    this.refresh(this.view.fileName, this.view.selection);
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

  async saveSettings(c: Partial<Config>): Promise<void> {
    this.settings = JSON.parse(JSON.stringify(c));
  }

  // ------------------------------------------------------------ internals

  private requireWorkbook(): ExcelJS.Workbook {
    if (!this.wb) throw new Error("No workbook loaded");
    return this.wb;
  }

  private setSelection(sheet: string, address: string): void {
    this.view = { ...this.view, selection: { sheet, address }, version: this.view.version + 1 };
    this.emitView();
    for (const cb of this.selectionListeners) cb(sheet, address);
  }

  private refresh(fileName: string | null, selection: WorkbookView["selection"]): void {
    const wb = this.requireWorkbook();
    const snapshot = snapshotFromWorkbook(wb, fileName ?? undefined);
    this.view = {
      fileName,
      snapshot,
      flags: flagsOf(wb, ourFlagFormulas(snapshot)),
      owned: ownedRanges(snapshot),
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
