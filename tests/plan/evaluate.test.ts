// Every formula the plan writes, evaluated by HyperFormula over the user's cells, equals the engine's value.
import fc from "fast-check";
import { a1 } from "../../src/core/address";
import { defaultConfig } from "../../src/core/config";
import { buildWritePlan } from "../../src/core/plan/build-plan";
import type { Analysis, Config, IndicatorResult } from "../../src/core/types";
import { evaluatePlan, sameValue } from "../helpers/evaluate-plan";
import { BUDGET, OPTIONS, sheet } from "./fixture";
import { planFor } from "./helpers";

const CONFIGS: Array<[string, Partial<Config>, "id" | "en"]> = [
  ["defaults", {}, "id"],
  ["cap 1.2", { cap: 1.2 }, "id"],
  ["cap 1", { cap: 1 }, "en"],
  ["zero policy", { missingPolicy: "zero" }, "id"],
  ["pmk214", { efficiencyMethod: "pmk214" }, "id"],
  [
    "pmk214 + zero + cap 1.1",
    { efficiencyMethod: "pmk214", missingPolicy: "zero", cap: 1.1 },
    "en",
  ],
];

describe.each(CONFIGS)("HyperFormula agrees with CellWrite.result (%s)", (_name, config, lang) => {
  const { analysis, plan } = planFor(config, { lang });
  const ev = evaluatePlan(analysis.view, plan);

  test("every formula cell evaluates to its result", () => {
    expect(ev.results.length).toBeGreaterThan(40);
    const wrong = ev.results.filter((r) => !sameValue(r.expected, r.actual));
    expect(wrong).toEqual([]);
  });

  test("computed capaian, serapan and efisiensi are the engine's values", () => {
    for (const ind of analysis.report.indicators) {
      const got = ev.valueAt(ind.sheet, `L${ind.row}`); // Capaian (dihitung) is column L on both sheets
      if (ind.capaian === null) expect(got).toBeNull();
      else expect(sameValue(got, ind.capaian)).toBe(true);
    }
    for (const b of analysis.report.budget) {
      expect(sameValue(ev.valueAt(BUDGET, `N${b.row}`), b.serapan)).toBe(true);
      const eff = ev.valueAt(BUDGET, `O${b.row}`);
      if (b.efisiensi === null) expect(eff).toBeNull();
      else expect(sameValue(eff, b.efisiensi)).toBe(true);
    }
    expect(sameValue(ev.valueAt("Ringkasan", "B13"), analysis.report.overall.capaian)).toBe(true);
  });
});

// A one-row table with arbitrary numbers: the formula chosen must still evaluate to the engine's capaian.
function oneRow(
  target: number,
  annual: number,
  polarity: "positive" | "negative",
  cap: Config["cap"],
  scaled: boolean
): Analysis {
  const config: Config = { ...defaultConfig(), cap };
  const annualCell = scaled ? annual * 100 : annual;
  const s = sheet("Lembar 'A'", {
    A1: "Indikator",
    B1: "Target",
    C1: "Realisasi",
    A2: "X",
    B2: target,
    C2: annualCell,
  });
  let capaian = polarity === "negative" ? 2 - annual / target : annual / target;
  if (cap !== null) capaian = Math.min(capaian, cap);
  const ind: IndicatorResult = {
    sheet: s.name,
    row: 2,
    tableIndex: 0,
    sasaran: null,
    name: "X",
    unit: null,
    polarity,
    aggregation: "sum",
    qualitative: false,
    target,
    quarters: [],
    annual,
    annualDerived: false,
    capaian,
    capaianReported: null,
    cumulativeQuarters: false,
    percent: scaled,
    sources: {
      target: "B2",
      quarters: [],
      annual: "C2",
      capaian: null,
      kinds: {},
    },
  };
  return {
    report: {
      schemaVersion: 1,
      file: null,
      config,
      tables: [],
      indicators: [ind],
      sasaran: [],
      budget: [],
      overall: { capaian, counted: 1, total: 1, missingPolicy: "exclude" },
      anomalies: [],
      problems: [],
    },
    tables: [
      {
        sheet: s.name,
        kind: "indicators",
        range: "A1:C2",
        columns: { indikator: "A", target: "B", realisasi: "C" },
        headerTop: 0,
        headerBottom: 0,
        firstDataRow: 1,
        lastDataRow: 1,
        firstCol: 0,
        lastCol: 2,
        totalRows: [],
        averageRows: [],
        confidence: 1,
        headers: {},
      },
    ],
    view: { sheets: [s] },
    ownership: null,
  };
}

test("property: capaian formulas evaluate to the engine's capaian for arbitrary numbers", () => {
  // Realistic magnitudes: HyperFormula itself turns subnormal inputs (5e-324) into NaN.
  const num = fc.double({ min: 0.001, max: 1e9, noNaN: true, noDefaultInfinity: true });
  fc.assert(
    fc.property(
      num,
      fc.oneof(
        fc.constant(0),
        fc.double({ min: 1e-6, max: 1e9, noNaN: true, noDefaultInfinity: true })
      ),
      fc.constantFrom<"positive" | "negative">("positive", "negative"),
      fc.constantFrom<Config["cap"]>(null, 1, 1.1, 1.2),
      fc.boolean(),
      (target, annual, polarity, cap, scaled) => {
        const analysis = oneRow(target, annual, polarity, cap, scaled);
        const plan = buildWritePlan(analysis, { ...OPTIONS, summary: true });
        const ev = evaluatePlan(analysis.view, plan);
        const wrong = ev.results.filter((r) => !sameValue(r.expected, r.actual));
        if (wrong.length) throw new Error(JSON.stringify(wrong));
        const capCell = plan.cells.find(
          (c) => c.sheet === analysis.view.sheets[0].name && c.cell === a1(1, 4)
        );
        return (
          !!capCell &&
          sameValue(ev.valueAt(capCell.sheet, capCell.cell), analysis.report.indicators[0].capaian)
        );
      }
    ),
    { numRuns: Number(process.env.PROP_RUNS ?? 60), endOnFailure: !!process.env.PROP_RUNS }
  );
});

test("status at exactly 100% despite floating-point noise (0.1+0.7 against 0.8) reads achieved everywhere", () => {
  const analysis = oneRow(0.8, 0.1 + 0.7, "positive", null, false);
  expect(analysis.report.indicators[0].capaian).toBeLessThan(1); // 0.9999999999999999
  const plan = buildWritePlan(analysis, OPTIONS);
  const status = plan.cells.find((c) => c.cell === "F2")!;
  expect(status.result).toBe("Tercapai");
  expect(evaluatePlan(analysis.view, plan).valueAt(status.sheet, "F2")).toBe("Tercapai");
});
