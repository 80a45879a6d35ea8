// Requests the workbench sends its workbook's Web Worker (dist/workbook-worker.js), beside the engine's own
// (engine-protocol.ts): the worker holds the workbook's bytes and model, so a run's snapshot, analysis and plan
// never cross to the page; only what the grid shows does.
import type { WritePlan } from "../core";
import type { BookView } from "./workbook-view";

export type WorkbookRequestBody =
  /** Hold these bytes (a copy of the page's): posted first to every new worker. */
  | { kind: "hold"; bytes: Uint8Array; fileName: string | null }
  /** Write a plan (by the key of one this worker built, or sent whole) into the held workbook. */
  | { kind: "apply"; planKey?: number; plan?: WritePlan }
  /** The held workbook's whole snapshot (the page asks only when it needs one: removal, cleanup). */
  | { kind: "snapshot" };

/** The answer to "apply": the new bytes and what the grid shows of them. */
export interface AppliedBook {
  bytes: Uint8Array;
  view: BookView;
}
