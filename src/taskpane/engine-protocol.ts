// Messages between the pane and the engine's Web Worker.
import type { Analysis, Config, WorkbookSnapshot, WritePlan } from "../core/types";
import type { PlanRequest } from "./engine";

export type EngineRequestBody =
  | { kind: "analyze"; snapshot: WorkbookSnapshot; config: Partial<Config> }
  | { kind: "plan"; request: PlanRequest };

export type EngineRequest = EngineRequestBody & { id: number };

export type EngineReply =
  | { id: number; ok: true; result: Analysis | WritePlan }
  | { id: number; ok: false; message: string };
