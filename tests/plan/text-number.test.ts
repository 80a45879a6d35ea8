// Text-sourced values (issue 10 item 5): a number read from a text cell such as "101 Orang" is written as a
// formula that reads it (VALUE(SUBSTITUTE(LEFT(…)))) when one can; that formula gives, in HyperFormula, the value
// the engine computed; other text stays a constant, and Periksa says which of the two happened.
import { HyperFormula } from "hyperformula";
import { analyzeWorkbook, buildWritePlan } from "../../src/core";
import { workedExplanation } from "../../src/core/explain/worked";
import { evaluate, formula, type XlValue } from "../../src/core/plan/expr";
import { readsTextAt, textNumberExpr } from "../../src/core/plan/text-number";
import { evaluatePlan, sameValue } from "../helpers/evaluate-plan";
import { sampleSnapshot } from "../helpers/sample";

/** The formula's value in HyperFormula with `raw` as text in A1 of "S". */
function inHyperFormula(raw: string, text: string): unknown {
  const hf = HyperFormula.buildFromSheets({ S: [[`'${raw}`, text]] }, { licenseKey: "gpl-v3" });
  return hf.getCellValue({ sheet: hf.getSheetId("S")!, row: 0, col: 1 });
}

describe("textNumberExpr", () => {
  // Expected numbers worked out by hand from the text.
  const cases: Array<[string, number]> = [
    ["101 Orang", 101],
    ["20 orang", 20],
    ["42.010 orang", 42010],
    ["1.250", 1250],
    ["7", 7],
    ["3 Dokumen IKU", 3],
  ];
  it.each(cases)("%s reads as %d, in our evaluator and in HyperFormula", (raw, n) => {
    const e = textNumberExpr("S", "A1", raw)!;
    expect(e).not.toBeNull();
    const look = (_s: string, r: number, c: number): XlValue => (r === 0 && c === 0 ? raw : null);
    expect(evaluate(e, look)).toBe(n);
    expect(inHyperFormula(raw, formula(e, "S"))).toBe(n);
  });

  it("writes the formula the issue names for a whole number with a unit", () => {
    expect(formula(textNumberExpr("S", "I9", "101 Orang")!, "S")).toBe(
      '=VALUE(SUBSTITUTE(LEFT(I9,FIND(" ",I9)-1),".",""))'
    );
    expect(
      readsTextAt('=IFERROR(K9/VALUE(SUBSTITUTE(LEFT(J9,FIND(" ",J9)-1),".","")),"")', "J9")
    ).toBe(true);
    expect(readsTextAt('=IFERROR(K9/J9,"")', "J9")).toBe(false);
  });

  it.each(["75 Kasus 36%", "1,5 jam", " 20 orang", "Rp9.365.037.000", "12.34 orang", "Baik"])(
    "leaves %s to a constant",
    (raw) => expect(textNumberExpr("S", "A1", raw)).toBeNull()
  );
});

describe("the sample's text cells", () => {
  const IKU = "Capaian IKU 2025";
  let plan: ReturnType<typeof buildWritePlan>;
  let analysis: ReturnType<typeof analyzeWorkbook>;
  beforeAll(async () => {
    analysis = analyzeWorkbook(await sampleSnapshot(), { lang: "id" });
    plan = buildWritePlan(analysis, {
      capabilities: { notes: true, comments: false, charts: true },
      lang: "id",
      summary: true,
      now: "2025-01-01T00:00:00.000Z",
    });
  });

  it("row 9 ('101 Orang' ÷ '20 orang') is written with formulas reading both texts, equal in HyperFormula", () => {
    const ind = analysis.report.indicators.find((i) => i.sheet === IKU && i.row === 9)!;
    // By hand: 101 ÷ 20 = 5,05.
    expect(ind.capaian).toBeCloseTo(5.05, 12);
    const row9 = plan.cells.filter((c) => c.sheet === IKU && /^[A-Z]+9$/.test(c.cell) && c.formula);
    const texts = row9.filter((c) => /VALUE\(SUBSTITUTE\(LEFT\(/.test(c.formula!));
    expect(texts.length).toBe(2);
    const { results } = evaluatePlan(analysis.view, plan);
    for (const c of texts) {
      const r = results.find((x) => x.sheet === c.sheet && x.cell === c.cell)!;
      expect(sameValue(r.actual, r.expected as number)).toBe(true);
    }
    const cap = results.find((x) => x.sheet === IKU && x.cell === "L9")!;
    expect(cap.actual).toBeCloseTo(5.05, 12);
  });

  it("Periksa says the texts are read by the formula, and '75 Kasus 36%' is a constant", () => {
    const l9 = workedExplanation(analysis, plan, IKU, "L9", "id")!;
    const notes = l9.inputs.filter((i) => i.textSourced).map((i) => i.textNote);
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(n).toMatch(/^dibaca dari teks ".*"; rumus add-in membacanya/);
    const l6 = workedExplanation(analysis, plan, IKU, "L6", "en")!;
    const i6 = l6.inputs.find((i) => i.cell === "I6")!;
    expect(i6.textNote).toBe(
      'read from the text "75 Kasus 36%"; Excel cannot compute with this cell, so the number is written as a constant'
    );
  });
});
