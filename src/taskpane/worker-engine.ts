// The engine in a Web Worker. Cancel terminates the worker at once (the answer comes within milliseconds, and
// nothing was written: the worker never touches the workbook); the next request starts a fresh one.
import { CancelledError, type Analysis, type WritePlan } from "../core";
import type { Engine } from "../shared/engine";
import type { EngineReply, EngineRequest, EngineRequestBody } from "./engine-protocol";

type Pending = { resolve(v: Analysis | WritePlan, key?: number): void; reject(e: Error): void };

/** An Engine backed by `dist/engine-worker.js`; `url` relative to the page. */
export function workerEngine(url = "engine-worker.js"): Engine {
  let worker: Worker | null = null;
  let seq = 0;
  /** Which worker (a new one after each cancel) made an analysis, and its key there. */
  let generation = 0;
  const keys = new WeakMap<Analysis, { generation: number; key: number }>();
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
    w.addEventListener("message", (e: MessageEvent<EngineReply>) => {
      const reply = e.data;
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.result, reply.key);
      else p.reject(new Error(reply.message));
    });
    w.addEventListener("error", (e: ErrorEvent) => {
      stop();
      failAll(new Error(e.message || "engine worker failed"));
    });
    worker = w;
    return w;
  };

  function call<T extends Analysis | WritePlan>(
    request: EngineRequestBody,
    signal?: AbortSignal,
    onKey?: (result: T, key: number) => void
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(new CancelledError());
      const id = ++seq;
      const onAbort = () => {
        stop();
        failAll(new CancelledError());
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      pending.set(id, {
        resolve: (v, key) => {
          signal?.removeEventListener("abort", onAbort);
          if (key !== undefined) onKey?.(v as T, key);
          resolve(v as T);
        },
        reject: (e) => {
          signal?.removeEventListener("abort", onAbort);
          reject(e);
        },
      });
      const message: EngineRequest = { ...request, id };
      current().postMessage(message);
    });
  }

  return {
    analyze: (snapshot, config, signal) => {
      const made = generation;
      return call<Analysis>({ kind: "analyze", snapshot, config }, signal, (analysis, key) =>
        keys.set(analysis, { generation: made, key })
      );
    },
    plan: (request, signal) => {
      const known = keys.get(request.analysis);
      const stable = request.stable !== false;
      // The worker still holds this analysis: send its key, not 20,000 rows again.
      if (known && known.generation === generation && worker)
        return call<WritePlan>(
          { kind: "plan", key: known.key, options: request.options, stable },
          signal
        );
      return call<WritePlan>({ kind: "planFull", request }, signal);
    },
  };
}

/** The worker engine where the browser has workers, else none (the caller uses the in-thread engine). */
export function browserEngine(): Engine | undefined {
  return typeof Worker === "function" ? workerEngine() : undefined;
}
