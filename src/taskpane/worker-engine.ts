// The engine in a Web Worker. Cancel terminates the worker at once (the answer comes within milliseconds, and
// nothing was written: the worker never touches the workbook, or in the workbench only its own copy of it);
// the next request starts a fresh one.
import {
  CancelledError,
  type Analysis,
  type RowsProgress,
  type WorkbookSnapshot,
  type WritePlan,
} from "../core";
import type { Engine } from "../shared/engine";
import type { EngineProgress, EngineReply, EngineRequestBody } from "./engine-protocol";
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
  const pending = new Map<number, Pending>();

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

  return {
    analyze: (snapshot, config, signal, onRows) => {
      // Start the worker first: a fresh one is handed the workbook before it is asked about it.
      current();
      const body: EngineRequestBody = options.holds?.(snapshot)
        ? { kind: "analyze", config }
        : { kind: "analyze", snapshot, config };
      return call<Analysis>(body, signal, onRows);
    },
    plan: (request, signal) => {
      const key = keyOf(request.analysis);
      const stable = request.stable !== false;
      // The worker still holds this analysis: send its key, not 20,000 rows again.
      const body: EngineRequestBody =
        key !== undefined
          ? { kind: "plan", key, options: request.options, stable }
          : { kind: "planFull", request };
      return call<WritePlan>(body, signal);
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
