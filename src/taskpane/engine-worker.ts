// Entry of the engine's Web Worker (dist/engine-worker.js): one request in, one answer out. No DOM here.
import { analyzeWorkbook, type Analysis, type WorkbookSnapshot } from "../core";
import { planFor } from "../shared/engine-local";
import type { EngineReply, EngineRequest } from "./engine-protocol";

const KEEP = 3;
const kept = new Map<number, { snapshot: WorkbookSnapshot; analysis: Analysis }>();
let nextKey = 0;

function answer(request: EngineRequest): EngineReply {
  if (request.kind === "analyze") {
    const analysis = analyzeWorkbook(request.snapshot, request.config);
    const key = ++nextKey;
    kept.set(key, { snapshot: request.snapshot, analysis });
    for (const k of kept.keys()) if (kept.size > KEEP) kept.delete(k);
    return { id: request.id, ok: true, result: analysis, key };
  }
  if (request.kind === "plan") {
    const found = kept.get(request.key);
    if (!found) return { id: request.id, ok: false, message: `unknown analysis ${request.key}` };
    const result = planFor({ ...found, options: request.options, stable: request.stable });
    return { id: request.id, ok: true, result };
  }
  return { id: request.id, ok: true, result: planFor(request.request) };
}

addEventListener("message", (event: MessageEvent<EngineRequest>) => {
  let reply: EngineReply;
  try {
    reply = answer(event.data);
  } catch (err) {
    reply = {
      id: event.data.id,
      ok: false,
      message: err instanceof Error ? err.message : String(err),
    };
  }
  postMessage(reply);
});
