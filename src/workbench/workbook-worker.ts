// Entry of the workbench's workbook worker (dist/workbook-worker.js): holds the workbook (bytes and the snapshot
// read straight from them, with the placement facts a write or removal needs) and runs the engine on it, so a 20,000-row run leaves the page's thread free. No DOM here.
// Not the adapter's index: that carries ExcelJS (its writer), which the page must not load at start.
import { loadSnapshot } from "../adapters/exceljs/load";
import { applyPlanToPackage } from "../adapters/xlsx";
import { encodeOwnership, type WorkbookSnapshot } from "../core";
import { engineAnswerer, progressPoster, replyTo } from "../taskpane/engine-answer";
import type { EngineReply, EngineRequest } from "../taskpane/engine-protocol";
import type { AppliedBook, WorkbookRequestBody } from "./workbook-protocol";
import { bookView, gridSnapshot } from "./workbook-view";
import { postSliced } from "../taskpane/sliced-reply";

let bytes: Uint8Array | null = null;
let fileName: string | null = null;
/** The held workbook's snapshot, read when first needed. */
let snapshot: Promise<WorkbookSnapshot> | null = null;

const engine = engineAnswerer(() => held);
let held: WorkbookSnapshot | null = null;

async function readHeld(): Promise<WorkbookSnapshot> {
  if (!bytes) throw new Error("no workbook held");
  snapshot ??= loadSnapshot(bytes, fileName ?? undefined, { placement: true });
  held = await snapshot;
  return held;
}

async function answer(
  request: (WorkbookRequestBody | EngineRequest) & { id: number }
): Promise<EngineReply> {
  const id = request.id;
  switch (request.kind) {
    case "hold":
      bytes = request.bytes;
      fileName = request.fileName;
      snapshot = null;
      held = null;
      // Read it now, while the user looks at the pane: the run's analysis then starts at once.
      void readHeld().catch(() => undefined);
      return { id, ok: true, result: null };
    case "snapshot":
      return { id, ok: true, result: await readHeld() };
    case "apply": {
      if (!bytes) throw new Error("no workbook held");
      const plan = request.planKey !== undefined ? engine.plan(request.planKey) : request.plan;
      if (!plan) throw new Error(`unknown plan ${request.planKey}`);
      // Three steps (write the package, read it back, read what the grid shows): the page's bar moves with them.
      const step = progressPoster(id);
      const record = plan.ownership ? encodeOwnership(plan.ownership) : [];
      const next = applyPlanToPackage(bytes, plan, record);
      step(1, 3);
      const view = bookView(await loadSnapshot(next, fileName ?? undefined, { placement: true }));
      step(2, 3);
      bytes = next;
      snapshot = Promise.resolve(view.snapshot);
      held = view.snapshot;
      // The page gets a copy of the bytes (it saves them, and hands them to the next worker after a cancel).
      const result: AppliedBook = {
        bytes: next.slice(),
        view: { ...view, snapshot: gridSnapshot(view.snapshot) },
      };
      return { id, ok: true, result };
    }
    case "analyze":
      if (!request.snapshot) await readHeld();
      return engine.answer(request, progressPoster(id));
    default:
      return engine.answer(request);
  }
}

// One request at a time, in order: "hold" is always done before the request that follows it.
let queue: Promise<unknown> = Promise.resolve();
addEventListener(
  "message",
  (event: MessageEvent<(WorkbookRequestBody | EngineRequest) & { id: number }>) => {
    const request = event.data;
    queue = queue.then(() =>
      replyTo(request, () => answer(request)).then((reply) => {
        const bytes =
          reply.ok && request.kind === "apply" ? (reply.result as AppliedBook).bytes : null;
        postSliced(
          reply,
          (m, t) => postMessage(m, { transfer: t ?? [] }),
          bytes ? [bytes.buffer] : []
        );
      })
    );
  }
);
