// The Ringkasan chart holds at most CHART_MAX indicators (the first in sheet order), with a line saying so: at
// 50,000 rows it had 50,000 categories (a 13 MB chart part nobody can read).
import { analyzeWorkbook, buildWritePlan } from "../../src/core/index";
import { parseRange } from "../../src/core/address";
import { CHART_MAX } from "../../src/core/plan/summary-sheet";
import { makeIkuSnapshot } from "../helpers/make-workbook";
import { OPTIONS } from "./fixture";

function planFor(rows: number, lang: "id" | "en" = "id") {
  const { snapshot } = makeIkuSnapshot({ rows, sasaranRows: 5, budget: false });
  const analysis = analyzeWorkbook(snapshot, {});
  const plan = buildWritePlan(analysis, { ...OPTIONS, lang });
  const summary = plan.addSheets[0];
  const texts = plan.cells
    .filter((c) => c.sheet === summary && typeof c.value === "string")
    .map((c) => c.value as string);
  return { plan, texts, indicators: analysis.report.indicators.length, analysis };
}

const categories = (range: string) => {
  const r = parseRange(range);
  return r.bottom - r.top + 1;
};

test(`over ${CHART_MAX} indicators: the chart and its data hold the first ${CHART_MAX}, and Ringkasan says so`, () => {
  const { plan, texts, indicators, analysis } = planFor(120);
  expect(indicators).toBeGreaterThan(CHART_MAX);
  expect(plan.charts).toHaveLength(1);
  const [chart] = plan.charts;
  expect(categories(chart.categories)).toBe(CHART_MAX);
  for (const s of chart.series) expect(categories(s.values)).toBe(CHART_MAX);
  expect(texts).toContain(
    `Grafik memuat ${CHART_MAX} IKU pertama (urutan lembar) dari ${indicators} IKU.`
  );
  // The first rows of the chart data are the first indicators of the sheet.
  const first = parseRange(chart.categories).top;
  const name = plan.cells.find(
    (c) => c.sheet === chart.sheet && c.cell === `A${first + 1}` && typeof c.value === "string"
  );
  expect(name?.value).toBe(analysis.report.indicators[0].name);
});

test("in English too", () => {
  const { texts, indicators } = planFor(120, "en");
  expect(texts).toContain(
    `The chart shows the first ${CHART_MAX} IKU (in sheet order) of ${indicators}.`
  );
});

test(`${CHART_MAX} indicators or fewer: every one is charted, no line`, () => {
  const { plan, texts, indicators } = planFor(30);
  expect(indicators).toBeLessThanOrEqual(CHART_MAX);
  expect(categories(plan.charts[0].categories)).toBe(indicators);
  expect(texts.some((t) => /IKU pertama/.test(t))).toBe(false);
});
