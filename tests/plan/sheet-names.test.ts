// Sheet names Excel would read as a reference or a boolean when unquoted (TRUE, FALSE, R1C1, R, C, A1, XFD1,
// names starting with a digit) are quoted in every formula and link the plan writes, and the formulas evaluate.
import { quoteSheet, sheetRef } from "../../src/core/address";
import { analyzeWorkbook, buildWritePlan } from "../../src/core";
import { evaluatePlan, sameValue } from "../helpers/evaluate-plan";
import { makeIkuSnapshot } from "../helpers/make-workbook";

const OPTIONS = {
  capabilities: { notes: true, comments: false, charts: true },
  lang: "id" as const,
  summary: true,
  now: "2025-06-30T08:00:00.000Z",
};

describe("quoteSheet", () => {
  test.each([
    "TRUE",
    "FALSE",
    "true",
    "R1C1",
    "R",
    "C",
    "rc",
    "R2",
    "C10",
    "R1C",
    "A1",
    "XFD1",
    "log10",
    "2025",
    "1Data",
    "Capaian IKU",
    "O'Brien",
  ])("%s is quoted", (name) => {
    expect(quoteSheet(name)).toBe(`'${name.replace(/'/g, "''")}'`);
  });

  test.each(["IKU", "Anggaran", "Sheet1A", "TRUEX", "Realisasi_2025", "RCX", "CC"])(
    "%s stays bare",
    (name) => {
      expect(quoteSheet(name)).toBe(name);
    }
  );

  test("sheetRef", () => {
    expect(sheetRef("TRUE", "B2")).toBe("'TRUE'!B2");
  });
});

describe.each([
  ["TRUE", "FALSE"],
  ["R1C1", "R"],
  ["C", "A1"],
])("an IKU sheet named %s and a budget sheet named %s", (iku, budget) => {
  const { snapshot } = makeIkuSnapshot({
    rows: 12,
    sheetName: iku,
    budgetSheetName: budget,
    budget: { lines: 3 },
  });
  const analysis = analyzeWorkbook(snapshot, {});
  const plan = buildWritePlan(analysis, OPTIONS);
  const summary = plan.addSheets[0];

  test("formulas and links on other sheets quote the name", () => {
    const texts = plan.cells
      .filter((c) => c.sheet === summary && (c.formula || c.link))
      .map((c) => `${c.formula ?? ""} ${c.link ?? ""}`);
    expect(texts.filter((t) => t.includes(`'${iku}'!`)).length).toBeGreaterThan(0);
    expect(texts.filter((t) => t.includes(`'${budget}'!`)).length).toBeGreaterThan(0);
    // Never bare: the name right before "!" is always closed by a quote.
    for (const name of [iku, budget]) {
      const bare = new RegExp(`(^|[^A-Za-z0-9_.'])${name}!`);
      expect(texts.filter((t) => bare.test(t))).toEqual([]);
    }
  });

  test("every formula evaluates to the result the plan expects (HyperFormula)", () => {
    const ev = evaluatePlan(analysis.view, plan);
    const withResult = ev.results.filter((r) => r.expected !== undefined);
    expect(withResult.some((r) => r.sheet === summary && r.formula.includes(`'${iku}'!`))).toBe(
      true
    );
    const wrong = withResult.filter((r) => !sameValue(r.actual, r.expected));
    expect(wrong).toEqual([]);
  });
});
