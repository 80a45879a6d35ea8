// Entry of the engine's Web Worker (dist/engine-worker.js): one request in, one answer out. No DOM here.
import { analyzeWorkbook } from "../core/index";
import { runPlan } from "./engine";
import type { EngineReply, EngineRequest } from "./engine-protocol";

addEventListener("message", (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  let reply: EngineReply;
  try {
    reply =
      request.kind === "analyze"
        ? { id: request.id, ok: true, result: analyzeWorkbook(request.snapshot, request.config) }
        : { id: request.id, ok: true, result: runPlan(request.request) };
  } catch (err) {
    reply = {
      id: request.id,
      ok: false,
      message: err instanceof Error ? err.message : String(err),
    };
  }
  postMessage(reply);
});
