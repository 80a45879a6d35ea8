// What the engine's Web Workers answer: analysis and plan building, with the last few analyses and plans kept by
// key, so a plan (or, in the workbench, an apply) names them instead of copying 20,000 rows across threads again.
// Shared by dist/engine-worker.js (the pane) and dist/workbook-worker.js (the workbench). No DOM here.
import {
  analyzeWorkbook,
  identifyFindings,
  type Analysis,
  type RowsProgress,
  type SourceCells,
  type WorkbookSnapshot,
  type WritePlan,
} from "../core";
import type { LightAnalysis } from "../shared/engine";
import { lightPlan } from "../shared/light-plan";
import { planFor } from "../shared/engine-local";
import type { EngineProgress, EngineReply, EngineRequest, WholeParts } from "./engine-protocol";

const KEEP = 3;

/** A map that forgets its oldest entries beyond KEEP. */
class Kept<T> {
  private map = new Map<number, T>();
  private next = 0;
  add(value: T): number {
    const key = ++this.next;
    this.map.set(key, value);
    for (const k of this.map.keys()) if (this.map.size > KEEP) this.map.delete(k);
    return key;
  }
  get(key: number): T | undefined {
    return this.map.get(key);
  }
}

export interface EngineAnswerer {
  answer(request: EngineRequest, onRows?: RowsProgress): EngineReply;
  /** A plan this worker built, by the key its reply carried. */
  plan(key: number): WritePlan | undefined;
}

/**
 * `held`: the workbook this worker holds (the workbench's workbook worker); an analyze request without a
 * snapshot analyses it.
 */
export function engineAnswerer(held: () => WorkbookSnapshot | null = () => null): EngineAnswerer {
  const analyses = new Kept<{ snapshot: WorkbookSnapshot; analysis: Analysis }>();
  const plans = new Kept<WritePlan>();
  const answer = (request: EngineRequest, onRows?: RowsProgress): EngineReply => {
    if (request.kind === "analyze") {
      const snapshot = request.snapshot ?? held();
      if (!snapshot) return { id: request.id, ok: false, message: "no workbook held" };
      const analysis = analyzeWorkbook(snapshot, request.config, onRows);
      const key = analyses.add({ snapshot, analysis });
      const result = request.light ? lightAnalysis(analysis) : analysis;
      return { id: request.id, ok: true, result, key };
    }
    if (request.kind === "view") {
      const found = analyses.get(request.key);
      if (!found) return { id: request.id, ok: false, message: `unknown analysis ${request.key}` };
      const { view, report } = found.analysis;
      return { id: request.id, ok: true, result: { view, report } satisfies WholeParts };
    }
    if (request.kind === "wholePlan") {
      const found = plans.get(request.key);
      if (!found) return { id: request.id, ok: false, message: `unknown plan ${request.key}` };
      return { id: request.id, ok: true, result: found };
    }
    let result: WritePlan;
    if (request.kind === "plan") {
      const found = analyses.get(request.key);
      if (!found) return { id: request.id, ok: false, message: `unknown analysis ${request.key}` };
      result = planFor({ ...found, options: request.options, stable: request.stable });
    } else result = planFor(request.request);
    const key = plans.add(result);
    return { id: request.id, ok: true, result: request.light ? lightPlan(result) : result, key };
  };
  return { answer, plan: (key) => plans.get(key) };
}

/**
 * What a light analysis's indicators carry instead of their source cells: one object, shared (a message copies
 * it once). Only Periksa and plan building read the sources, from the whole analysis.
 */
const NO_SOURCES: SourceCells = {
  target: null,
  quarters: [],
  annual: null,
  capaian: null,
  kinds: {},
};

/**
 * An analysis as the page gets it (LightAnalysis): its view without cells, its indicators without their source
 * cells (20,000 rows: 45% less to copy and keep on the page), and its findings' identities, computed here.
 */
export function lightAnalysis(analysis: Analysis): LightAnalysis {
  const report = {
    ...analysis.report,
    indicators: analysis.report.indicators.map((i) => ({ ...i, sources: NO_SOURCES })),
  };
  return {
    ...analysis,
    report,
    view: withoutCells(analysis.view),
    findings: identifyFindings(analysis),
  };
}

/**
 * A snapshot's sheets without their cells: what a light analysis carries to the page. Its cells are 60,000
 * values, formulas and formats for 20,000 rows, copied (and later collected) on the page's thread for nothing
 * unless a cell is explained.
 */
export function withoutCells(view: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...view,
    sheets: view.sheets.map((s) => ({ name: s.name, hidden: s.hidden, values: [] })),
  };
}

/** Posts a request's progress to the page (from inside the worker). */
export const progressPoster =
  (id: number): RowsProgress =>
  (done, total) =>
    postMessage({ id, progress: { done, total } } satisfies EngineProgress);

/** Run `answer` on a message and turn a throw into an error reply. */
export function replyTo(
  request: { id: number },
  answer: () => EngineReply | Promise<EngineReply>
): Promise<EngineReply> {
  return Promise.resolve()
    .then(answer)
    .catch((err: unknown) => ({
      id: request.id,
      ok: false as const,
      message: err instanceof Error ? err.message : String(err),
    }));
}
