// In-memory fake of the Excel JavaScript API (the subset Capaian IKU uses), faithful to Office.js batching:
// writes and calls are queued and applied at `context.sync()`, unloaded properties throw PropertyNotLoaded,
// a request over 5 MB is refused, requirement sets can be switched, and syncs can be made to fail.
// Pure TypeScript, no Node imports: it is also bundled into the browser test page.
import { parseLocal } from "./excel/a1";
import { FakeRequestContext, type Host, type RequestLogEntry } from "./excel/client";
import { FakeRichApiError } from "./excel/errors";
import { WorkbookModel } from "./excel/model";
import { fireSelection } from "./excel/proxy-range";
import { FakeWorkbook } from "./excel/proxy-sheet";
import {
  dumpCellAt,
  dumpModel,
  seedModel,
  type FakeWorkbookSeed,
  type WorkbookDump,
} from "./excel/seed-dump";

export type { RequestLogEntry } from "./excel/client";
export type {
  FakeSheetSeed,
  FakeWorkbookSeed,
  WorkbookDump,
  SheetDump,
  DumpCell,
  ChartDump,
} from "./excel/seed-dump";
export { FakeRichApiError } from "./excel/errors";
export { FakeRequestContext } from "./excel/client";
export { dumpCellAt };

/** Excel on the web refuses requests over 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface FakeExcelOptions {
  /** Highest supported ExcelApi version, "1.7" … "1.18" (default "1.18"). */
  apiVersion?: string;
  payloadLimitBytes?: number;
  /** Refuse responses larger than this (off by default). */
  maxResponseBytes?: number | null;
  author?: string;
}

export type BatchFn<T> = (context: FakeRequestContext) => Promise<T>;

export interface FakeExcel {
  /** The server-side state (sheets, cells, comments…). Tests may poke it directly to simulate the user. */
  readonly workbookState: WorkbookModel;
  /** `Excel.run(batch)` or `Excel.run(contextOrObject, batch)`. */
  run<T>(batch: BatchFn<T>): Promise<T>;
  run<T>(contextOrObject: unknown, batch: BatchFn<T>): Promise<T>;
  createContext(): FakeRequestContext;
  readonly syncCount: number;
  readonly requestLog: RequestLogEntry[];
  /** ExcelApi version supported ("1.7" … "1.18"). */
  setRequirementSets(version: string): void;
  readonly apiVersion: string;
  isSetSupported(name: string, version?: string | number): boolean;
  /** Make a coming sync fail with `code`, applying nothing of its batch (0 = the next sync). */
  failNextSync(code: string, afterNSyncs?: number, message?: string): void;
  protectSheet(name: string, on?: boolean): void;
  /** Simulate the user selecting `address` on `sheet`; resolves once selection handlers have run. */
  userSelect(sheet: string, address: string): Promise<void>;
  dump(opts?: { widths?: boolean }): WorkbookDump;
}

export function parseApiMinor(version: string | number): number {
  const [maj, min = "0"] = String(version).split(".");
  if (maj !== "1" || !/^\d+$/.test(min)) throw new Error(`Unsupported ExcelApi version ${version}`);
  return parseInt(min, 10);
}

export function createFakeExcel(
  seed: FakeWorkbookSeed = { sheets: [{ name: "Sheet1" }] },
  opts: FakeExcelOptions = {}
): FakeExcel {
  const model = new WorkbookModel();
  if (opts.author) model.author = opts.author;
  seedModel(model, seed);
  model.apiMinor = parseApiMinor(opts.apiVersion ?? "1.18");
  const failures = new Map<number, { code: string; message?: string }>();
  const host: Host = {
    model,
    syncCount: 0,
    requestLog: [],
    payloadLimit: opts.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES,
    responseLimit: opts.maxResponseBytes ?? null,
    takeInjectedFailure(n) {
      const f = failures.get(n);
      failures.delete(n);
      return f;
    },
    afterSync(fn) {
      void Promise.resolve()
        .then(fn)
        .catch(() => undefined); // Office swallows errors thrown by event handlers
    },
  };
  const createContext = (): FakeRequestContext =>
    new FakeRequestContext(host, (ctx) => new FakeWorkbook(ctx, null, "Workbook", [], () => model));

  const fake: FakeExcel = {
    workbookState: model,
    async run<T>(a: unknown, b?: BatchFn<T>): Promise<T> {
      let ctx: FakeRequestContext;
      let batch: BatchFn<T>;
      if (typeof a === "function") {
        ctx = createContext();
        batch = a as BatchFn<T>;
      } else {
        if (!b) throw new TypeError("Excel.run(object, batch) needs a batch function");
        batch = b;
        const first = Array.isArray(a) ? a[0] : a;
        ctx =
          first instanceof FakeRequestContext
            ? first
            : ((first as { context?: FakeRequestContext })?.context ?? createContext());
      }
      const result = await batch(ctx);
      if (ctx._queue.length > 0) await ctx.sync(); // Excel.run sends what the batch left queued
      return result;
    },
    createContext,
    get syncCount() {
      return host.syncCount;
    },
    get requestLog() {
      return host.requestLog;
    },
    setRequirementSets(version: string) {
      model.apiMinor = parseApiMinor(version);
    },
    get apiVersion() {
      return `1.${model.apiMinor}`;
    },
    isSetSupported(name: string, version?: string | number) {
      if (name !== "ExcelApi") return false;
      if (version === undefined) return true;
      return parseApiMinor(version) <= model.apiMinor;
    },
    failNextSync(code: string, afterNSyncs = 0, message?: string) {
      failures.set(host.syncCount + 1 + afterNSyncs, { code, message });
    },
    protectSheet(name: string, on = true) {
      const s = model.findSheet(name);
      if (!s) throw new Error(`no sheet ${name}`);
      s.protected = on;
    },
    async userSelect(sheet: string, address: string) {
      const s = model.findSheet(sheet);
      if (!s) throw new Error(`no sheet ${sheet}`);
      const rect = parseLocal(address);
      model.activeSheet = s;
      model.selection = { sheet: s, rect };
      await fireSelection(s, rect);
    },
    dump(o = {}) {
      return dumpModel(model, o);
    },
  };
  return fake;
}

export function isFakeRichApiError(e: unknown): e is FakeRichApiError {
  return e instanceof FakeRichApiError;
}
