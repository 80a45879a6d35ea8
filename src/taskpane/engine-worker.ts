// Entry of the engine's Web Worker (dist/engine-worker.js): one request in, one answer out. No DOM here.
import { engineAnswerer, progressPoster, replyTo } from "./engine-answer";
import type { EngineRequest } from "./engine-protocol";
import { postSliced } from "./sliced-reply";

const engine = engineAnswerer();

addEventListener("message", (event: MessageEvent<EngineRequest>) => {
  void replyTo(event.data, () => engine.answer(event.data, progressPoster(event.data.id))).then(
    (reply) => postSliced(reply, (m) => postMessage(m))
  );
});
