// The engine in a Web Worker. Cancel terminates the worker at once (the answer comes within milliseconds, and
// nothing was written: the worker never touches the workbook, or in the workbench only its own copy of it);
// the next request starts a fresh one.
import {
  CancelledError,
  type Analysis,
  type Config,
  type RowsProgress,
  type WorkbookSnapshot,
  type WritePlan,
} from "../core";
import type { Engine, PlanRequest } from "../shared/engine";
import { isLightPlan } from "../shared/light-plan";
import type { EngineProgress, EngineReply, EngineRequestBody, WholeParts } from "./engine-protocol";
import { joinSlices, type ReplySlice, type SlicedPaths } from "./sliced-reply";

type Pending = {
  resolve(v: unknown, key?: number): void;
  reject(e: Error): void;
  progress?: RowsProgress;
  /** Slices of the reply, before it (sliced-reply.ts). */
  slices: unknown[][];
};

export interface WorkerOptions {
  /** Script of the worker, relative to the page. */
  url?: string;
  /** Is this the snapshot the worker holds itself? Then an analysis does not send it. */
  holds?: (snapshot: WorkbookSnapshot) => boolean;
  /** Posted first to every new worker (the workbench: the workbook's bytes, after a cancel too). */
  onStart?: (post: (message: object, transfer?: Transferable[]) => void) => void;
  /**
   * The host applies plans in the worker, by key (the workbench): plans are answered light (light-plan.ts),
   * their cells stay in the worker.
   */
  lightPlans?: boolean;
}

export interface WorkerEngine extends Engine {
  /** Any other request the worker answers (the workbench's workbook requests); rejected on cancel. */
  request<T>(body: { kind: string }, signal?: AbortSignal, progress?: RowsProgress): Promise<T>;
  /** The key of a plan the current worker built and still keeps. */
  planKey(plan: WritePlan): number | undefined;
  /** Let the worker go (pending requests fail as cancelled); the next request starts a fresh one. */
  restart(): void;
}

/** An Engine backed by a worker script (`dist/engine-worker.js` by default). */
export function workerEngine(options: WorkerOptions = {}): WorkerEngine {
  const url = options.url ?? "engine-worker.js";
  let worker: Worker | null = null;
  let seq = 0;
  /** Which worker (a new one after each cancel) made a result, and its key there. */
  let generation = 0;
  const keys = new WeakMap<object, { generation: number; key: number }>();
  /** Analyses answered without their view's cells: how to ask for them again (and the whole one, once asked). */
  const light = new WeakMap<
    Analysis,
    { snapshot: WorkbookSnapshot; config: Partial<Config>; whole?: Promise<Analysis> }
  >();
  const pending = new Map<number, Pending>();
  /** Light plans: the request each was built from, and its whole plan once asked for. */
  const lightPlans = new WeakMap<WritePlan, { request: PlanRequest; whole?: Promise<WritePlan> }>();

  const failAll = (err: Error) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  const stop = () => {
    worker?.terminate();
    worker = null;
    generation++;
  };
  const current = (): Worker => {
    if (worker) return worker;
    const w = new Worker(url);
    type Message = (EngineReply & SlicedPaths) | EngineProgress | ReplySlice;
    w.addEventListener("message", (e: MessageEvent<Message>) => {
      const reply = e.data;
      const p = pending.get(reply.id);
      if (!p) return;
      if ("progress" in reply) return p.progress?.(reply.progress.done, reply.progress.total);
      if ("slice" in reply) return void p.slices.push(reply.slice);
      pending.delete(reply.id);
      if (reply.ok) joinSlices(reply.result, reply.sliced, p.slices);
      if (reply.ok) p.resolve(reply.result, reply.key);
      else p.reject(new Error(reply.message));
    });
    w.addEventListener("error", (e: ErrorEvent) => {
      stop();
      failAll(new Error(e.message || "engine worker failed"));
    });
    worker = w;
    options.onStart?.((message, transfer) => w.postMessage(message, transfer ?? []));
    return w;
  };
  const keyOf = (result: object): number | undefined => {
    const known = keys.get(result);
    return known && known.generation === generation && worker ? known.key : undefined;
  };

  function call<T>(
    request: { kind: string },
    signal?: AbortSignal,
    progress?: RowsProgress
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(new CancelledError());
      const id = ++seq;
      const made = generation;
      const onAbort = () => {
        stop();
        failAll(new CancelledError());
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      pending.set(id, {
        resolve: (v, key) => {
          signal?.removeEventListener("abort", onAbort);
          if (key !== undefined && v && typeof v === "object")
            keys.set(v, { generation: made, key });
          resolve(v as T);
        },
        reject: (e) => {
          signal?.removeEventListener("abort", onAbort);
          reject(e);
        },
        progress,
        slices: [],
      });
      current().postMessage({ ...request, id });
    });
  }

  async function planOf(
    request: PlanRequest,
    signal: AbortSignal | undefined,
    lighten: boolean
  ): Promise<WritePlan> {
    const key = keyOf(request.analysis);
    const stable = request.stable !== false;
    // A light analysis this worker no longer holds cannot be planned from: its cells are not here.
    if (key === undefined && light.has(request.analysis))
      request = { ...request, analysis: await whole(request.analysis) };
    // The worker still holds this analysis: send its key, not 20,000 rows again.
    const body: EngineRequestBody =
      key !== undefined
        ? { kind: "plan", key, options: request.options, stable, light: lighten }
        : { kind: "planFull", request, light: lighten };
    const plan = await call<WritePlan>(body, signal);
    if (isLightPlan(plan)) lightPlans.set(plan, { request });
    return plan;
  }

  /** The analysis with its view's cells (see Engine.whole). */
  function whole(analysis: Analysis): Promise<Analysis> {
    const made = light.get(analysis);
    if (!made) return Promise.resolve(analysis);
    made.whole ??= (async () => {
      const key = keyOf(analysis);
      // Still held by this worker: only the view and report cross. Else (a cancel restarted it) analysed
      // again, whole.
      const again: EngineRequestBody = options.holds?.(made.snapshot)
        ? { kind: "analyze", config: made.config }
        : { kind: "analyze", snapshot: made.snapshot, config: made.config };
      const body: EngineRequestBody = key !== undefined ? { kind: "view", key } : again;
      const { view, report } = await call<WholeParts>(body);
      return { ...analysis, view, report };
    })();
    made.whole.catch(() => (made.whole = undefined));
    return made.whole;
  }

  return {
    analyze: async (snapshot, config, signal, onRows) => {
      // Start the worker first: a fresh one is handed the workbook before it is asked about it.
      current();
      const body: EngineRequestBody = options.holds?.(snapshot)
        ? { kind: "analyze", config, light: true }
        : { kind: "analyze", snapshot, config, light: true };
      const analysis = await call<Analysis>(body, signal, onRows);
      light.set(analysis, { snapshot, config });
      return analysis;
    },
    whole,
    plan: (request, signal) => planOf(request, signal, options.lightPlans === true),
    wholePlan: (plan) => {
      const made = lightPlans.get(plan);
      if (!made) return Promise.resolve(plan);
      made.whole ??= (async () => {
        const key = keyOf(plan);
        if (key !== undefined)
          return call<WritePlan>({ kind: "wholePlan", key } as EngineRequestBody);
        // The worker that built it is gone (a cancel, or it kept newer ones): built again, whole.
        return planOf(made.request, undefined, false);
      })();
      made.whole.catch(() => (made.whole = undefined));
      return made.whole;
    },
    request: call,
    planKey: keyOf,
    restart: () => {
      stop();
      failAll(new CancelledError());
    },
  };
}

/** The worker engine where the browser has workers, else none (the caller uses the in-thread engine). */
export function browserEngine(): Engine | undefined {
  return typeof Worker === "function" ? workerEngine() : undefined;
}
