// The engine's worker answers analyses without their view's cells (so 20,000 rows are not copied to the page on
// every run) and hands the cells over when a cell is explained: by key while the worker holds the analysis, by
// analysing again after a cancel restarted it. The "worker" here is the real answerer behind a Worker-shaped
// object that copies every message (structuredClone), as a real one does.
import {
  analyzeWorkbook,
  buildWritePlan,
  identifyFindings,
  reviewList,
  type Analysis,
} from "../../src/core";
import { engineAnswerer, withoutCells } from "../../src/taskpane/engine-answer";
import type { EngineReply, EngineRequest } from "../../src/taskpane/engine-protocol";
import { postSliced } from "../../src/taskpane/sliced-reply";
import { workerEngine } from "../../src/taskpane/worker-engine";
import { findingsOf } from "../../src/shared/engine";
import { isLightPlan, planCellCount, writtenColumns } from "../../src/shared/light-plan";
import { makeIkuSnapshot } from "../helpers/make-workbook";

const { snapshot } = makeIkuSnapshot({ rows: 1200, sasaranRows: 50 });
const CONFIG = { lang: "id" as const };
const CAPS = { notes: true, comments: false, charts: true };

/** Requests the fake workers received, by kind. */
let received: string[] = [];

class FakeWorker {
  private listeners: Array<(e: { data: unknown }) => void> = [];
  private engine = engineAnswerer();
  private alive = true;
  addEventListener(type: string, fn: (e: { data: unknown }) => void) {
    if (type === "message") this.listeners.push(fn);
  }
  postMessage(message: unknown) {
    const request = structuredClone(message) as EngineRequest;
    received.push(request.kind);
    setTimeout(() => {
      if (!this.alive) return;
      const reply: EngineReply = this.engine.answer(request);
      postSliced(reply, (m) =>
        setTimeout(
          () => this.alive && this.listeners.forEach((l) => l({ data: structuredClone(m) }))
        )
      );
    });
  }
  terminate() {
    this.alive = false;
  }
}

beforeAll(() => {
  (globalThis as unknown as { Worker: unknown }).Worker = FakeWorker;
});
afterAll(() => {
  delete (globalThis as unknown as { Worker?: unknown }).Worker;
});
beforeEach(() => {
  received = [];
});

const whole: Analysis = analyzeWorkbook(snapshot, CONFIG);

describe("light analyses from the engine's worker", () => {
  it("answer the tables whole, the indicators without their source cells, the view without cells", async () => {
    const engine = workerEngine();
    const light = await engine.analyze(snapshot, CONFIG);
    const { indicators, ...rest } = light.report;
    const { indicators: wholeIndicators, ...wholeRest } = whole.report;
    expect(rest).toEqual(wholeRest);
    const withoutSources = (i: (typeof indicators)[number]) => ({ ...i, sources: null });
    expect(indicators.map(withoutSources)).toEqual(wholeIndicators.map(withoutSources));
    expect(
      indicators.every((i) => i.sources.target === null && i.sources.quarters.length === 0)
    ).toBe(true);
    expect(light.tables).toEqual(whole.tables);
    expect(light.view).toEqual(withoutCells(whole.view));
    expect(light.view.sheets.every((s) => s.values.length === 0)).toBe(true);
    expect(whole.view.sheets.some((s) => s.values.length > 1000)).toBe(true);
    engine.restart();
  });

  it("carry their findings' identities, so the reviewer's list needs no cells on the page", async () => {
    const engine = workerEngine();
    const light = await engine.analyze(snapshot, CONFIG);
    expect(whole.report.anomalies.length).toBeGreaterThan(0);
    expect(findingsOf(light)).toEqual(identifyFindings(whole));
    expect(findingsOf(whole)).toBeUndefined();
    const fromLight = reviewList(light, [], findingsOf(light)).items;
    expect(fromLight).toEqual(reviewList(whole, []).items);
    engine.restart();
  });

  it("hand over the cells by key, once, and a plan is still built from the worker's whole analysis", async () => {
    const engine = workerEngine();
    const light = await engine.analyze(snapshot, CONFIG);
    const [a, b] = await Promise.all([engine.whole!(light), engine.whole!(light)]);
    expect(a).toBe(b);
    expect(a.view).toEqual(whole.view);
    expect(a.report).toEqual(whole.report);
    expect(received.filter((k) => k === "view")).toHaveLength(1);
    const options = { capabilities: CAPS, lang: "id" as const, summary: false, now: "" };
    const plan = await engine.plan({ analysis: light, options, stable: false });
    expect(received).toContain("plan");
    const { buildWritePlan } = await import("../../src/core");
    expect(plan.cells).toEqual(buildWritePlan(whole, options).cells);
    engine.restart();
  });

  it("after a restart, analyse again to get the cells (the new worker never saw the old key)", async () => {
    const engine = workerEngine();
    const light = await engine.analyze(snapshot, CONFIG);
    engine.restart();
    received = [];
    const full = await engine.whole!(light);
    expect(received).toEqual(["analyze"]);
    expect(full.view).toEqual(whole.view);
    expect(full.report).toEqual(whole.report);
    // And a plan of the old light analysis is built from the whole one, not from an empty view.
    const options = { capabilities: CAPS, lang: "id" as const, summary: false, now: "" };
    received = [];
    const plan = await engine.plan({ analysis: light, options, stable: false });
    expect(received).toContain("planFull");
    expect(plan.cells.length).toBeGreaterThan(1000);
    engine.restart();
  });
});

describe("light plans (the workbench: the workbook worker writes its own plans)", () => {
  const options = { capabilities: CAPS, lang: "id" as const, summary: false, now: "" };
  const expected = buildWritePlan(whole, options);

  it("a plan crosses without its cells and record, and Periksa gets it whole by key", async () => {
    const engine = workerEngine({ lightPlans: true });
    const light = await engine.analyze(snapshot, CONFIG);
    const plan = await engine.plan({ analysis: light, options, stable: false });
    if (!isLightPlan(plan)) throw new Error("expected a light plan");
    expect(plan.cells).toEqual([]);
    expect(plan.ownership).toBeNull();
    expect(planCellCount(plan)).toBe(expected.cells.length);
    expect(plan.flags).toEqual(expected.flags);
    const full = await engine.wholePlan!(plan);
    expect(isLightPlan(full)).toBe(false);
    expect(full.cells).toEqual(expected.cells);
    expect(full.ownership).toEqual(expected.ownership);
    expect(received.filter((k) => k === "wholePlan")).toHaveLength(1);
    // What the first screen says of it (the columns it adds) was counted in the worker, from the cells.
    expect(plan.light.written).toEqual(writtenColumns(expected));
    expect(writtenColumns(plan)).toEqual(writtenColumns(expected));
    expect(writtenColumns(expected).length).toBeGreaterThan(0);
    engine.restart();
  });

  it("only where the host writes plans in the worker: the pane's engine answers every plan whole", async () => {
    const engine = workerEngine();
    const light = await engine.analyze(snapshot, CONFIG);
    const plan = await engine.plan({ analysis: light, options, stable: false });
    expect(isLightPlan(plan)).toBe(false);
    expect(plan.cells).toEqual(expected.cells);
    expect(await engine.wholePlan!(plan)).toBe(plan);
    engine.restart();
  });

  it("after a restart (its worker gone) the whole plan is built again from the same request", async () => {
    const engine = workerEngine({ lightPlans: true });
    const light = await engine.analyze(snapshot, CONFIG);
    const plan = await engine.plan({ analysis: light, options, stable: false });
    engine.restart();
    received = [];
    const full = await engine.wholePlan!(plan);
    expect(received).toEqual(["analyze", "planFull"]);
    expect(full.cells).toEqual(expected.cells);
    engine.restart();
  });
});
