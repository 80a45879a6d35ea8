// The one engine flow the pane, the ribbon commands and the workbench share:
// read snapshot → analyze → plan → apply. No rule lives here: the engine decides, the host writes.
import {
  buildRemovalPlan,
  type Analysis,
  type Config,
  type Lang,
  type ReviewMark,
  type WritePlan,
  CancelledError,
} from "../core";
import { inThreadEngine } from "./engine";
import type { Host } from "./host";

export type Phase = "read" | "analyze" | "plan" | "write" | "cleanup" | "done";

export interface RunOptions {
  /** The user's settings (overrides of the defaults). */
  settings: Partial<Config>;
  lang: Lang;
  /** Build or refresh the Ringkasan sheet. */
  summary: boolean;
  /** Refresh a Ringkasan an earlier run built, even when `summary` is false (default true: a plain re-run
   * must not silently delete the summary sheet the user asked for). */
  keepSummary?: boolean;
  signal?: AbortSignal;
  /** Phase, overall fraction 0..1, and the table rows done of all (once the analysis knows them). */
  onProgress?: (phase: Phase, fraction: number, rows?: RowProgress) => void;
  /** Injected clock (tests). */
  now?: () => string;
  unit?: string;
  /** The reviewer's marks, listed in Ringkasan. */
  marks?: ReviewMark[];
}

export interface RowProgress {
  done: number;
  total: number;
}

export interface RunResult {
  analysis: Analysis;
  plan: WritePlan;
}

export { CancelledError };

/**
 * What a host's apply throws when the signal stopped it. `written` false: it stopped before writing anything,
 * so the workbook is untouched (the previous results stay).
 */
export function abortError(written: boolean): CancelledError {
  return new CancelledError({ written });
}

function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new CancelledError();
}

/** Yield to the browser so progress paints and a Cancel click can land between phases. */
const tick = () => new Promise<void>((r) => setTimeout(r, 0));

/** The config the engine sees: saved settings plus the pane's language. */
export function engineConfig(settings: Partial<Config>, lang: Lang): Partial<Config> {
  return { ...settings, lang };
}

/** Read and analyze without writing (detection, previews). */
export async function analyzeOnly(
  host: Host,
  settings: Partial<Config>,
  lang: Lang
): Promise<Analysis> {
  const snapshot = await host.readSnapshot();
  return (host.engine ?? inThreadEngine).analyze(snapshot, engineConfig(settings, lang));
}

/**
 * Full run. Cancel before the write phase: nothing is written. Cancel during the write: the adapter stops
 * between batches, then everything this run or the previous one may have written is removed, so the workbook
 * is left as if "Hapus hasil" had been clicked (never half-written). Throws CancelledError in both cases.
 */
export async function runFlow(host: Host, options: RunOptions): Promise<RunResult> {
  const { signal, onProgress } = options;
  let total = 0;
  const report = (phase: Phase, fraction: number, done?: number) =>
    onProgress?.(phase, fraction, total > 0 && done !== undefined ? { done, total } : undefined);

  report("read", 0);
  throwIfAborted(signal);
  const snapshot = await host.readSnapshot();
  throwIfAborted(signal);

  const engine = host.engine ?? inThreadEngine;
  report("analyze", 0.15);
  await tick();
  // The worker engine reports the rows it has read: "baris 5.000 dari 20.000" moves during the analysis.
  const analysis = await engine.analyze(
    snapshot,
    engineConfig(options.settings, options.lang),
    signal,
    (done, rows) =>
      onProgress?.("analyze", 0.15 + (0.1 * done) / Math.max(1, rows), { done, total: rows })
  );
  throwIfAborted(signal);

  total = analysis.report.indicators.length + analysis.report.budget.length;
  report("plan", 0.25, 0);
  await tick();
  const hadSummary = (analysis.ownership?.sheets.length ?? 0) > 0;
  // A re-run on an unchanged workbook keeps the previous run's date: two runs give an identical workbook.
  const plan = await engine.plan(
    {
      snapshot,
      analysis,
      options: {
        capabilities: host.capabilities,
        lang: options.lang,
        summary: options.summary || (options.keepSummary !== false && hadSummary),
        now: options.now ? options.now() : new Date().toISOString(),
        unit: options.unit,
        marks: options.marks,
      },
    },
    signal
  );
  throwIfAborted(signal);

  report("write", 0.3, 0);
  try {
    await host.apply(plan, {
      signal,
      onProgress: (f) => {
        const x = Math.max(0, Math.min(1, f));
        report("write", 0.3 + 0.7 * x, Math.round(x * total));
      },
    });
  } catch (err) {
    if (!signal?.aborted) throw err;
    if (err instanceof CancelledError && !err.written) throw new CancelledError();
    report("cleanup", 1);
    // The record (and its names) are written before any cell: read again, it names everything this run or the
    // previous one may have written, and only cells still holding exactly that are cleared.
    const cleanup = buildRemovalPlan(await host.readSnapshot());
    await host.apply(cleanup, {});
    throw new CancelledError({ written: true });
  }
  report("done", 1, total);
  return { analysis, plan };
}

/** "Hapus hasil": remove everything the add-in wrote (found through the ownership record). */
export async function removeResults(host: Host): Promise<WritePlan> {
  const snapshot = await host.readSnapshot();
  const plan = buildRemovalPlan(snapshot);
  await host.apply(plan, {});
  return plan;
}
