// The exact formulas the planner writes for each kind of indicator row and budget line.
import { BUDGET, IKU } from "./fixture";
import { cellAt, mustCell, planFor } from "./helpers";
import { buildWritePlan } from "../../src/core/plan/build-plan";
import { makeAnalysis, OPTIONS } from "./fixture";

const STATUS = (c: string) =>
  `=IF(${c}="","Tidak dapat dihitung",IF(ROUND(${c},9)>=1,"Tercapai","Belum tercapai"))`;

describe("indicator columns", () => {
  const { plan } = planFor();
  const f = (cell: string) => mustCell(plan, IKU, cell).formula;
  const v = (cell: string) => mustCell(plan, IKU, cell).value;

  test("headers go on the header's top row; the lower header row stays empty", () => {
    expect(["K4", "L4", "M4", "N4"].map(v)).toEqual([
      "Realisasi (dihitung)",
      "Capaian (dihitung)",
      "Status",
      "Anomali",
    ]);
    expect(mustCell(plan, IKU, "K4").style).toBe("header");
    for (const c of ["K5", "L5", "M5", "N5"]) expect(cellAt(plan, IKU, c)).toBeUndefined();
  });

  test("numeric row references the user's cells", () => {
    expect(f("K6")).toBe("=I6");
    expect(f("L6")).toBe('=IFERROR(K6/D6,"")');
    expect(f("M6")).toBe(STATUS("L6"));
    expect(mustCell(plan, IKU, "L6").numFmt).toBe("0.00%");
    expect(mustCell(plan, IKU, "K6").numFmt).toBe("#,##0");
  });

  test("text-sourced row: formulas read the numbers out of '24 orang' and '20 orang' (issue 10 item 5)", () => {
    expect(mustCell(plan, IKU, "K7")).toMatchObject({
      formula: '=VALUE(SUBSTITUTE(LEFT(I7,FIND(" ",I7)-1),".",""))',
      result: 24,
    });
    expect(f("L7")).toBe('=IFERROR(K7/VALUE(SUBSTITUTE(LEFT(D7,FIND(" ",D7)-1),".","")),"")');
    // Live formulas: no "dibaca dari teks" note for constants is needed.
    expect(v("N7")).toBe("Target ditulis sebagai teks");
  });

  test("negative polarity is 2 - R/T", () => {
    expect(f("L8")).toBe('=IFERROR(2-K8/D8,"")');
    expect(mustCell(plan, IKU, "L8").result).toBeCloseTo(1.2, 12);
  });

  test("percent-scale fix lands in the formula", () => {
    expect(f("K10")).toBe("=I10/100");
    expect(mustCell(plan, IKU, "K10").numFmt).toBe("0.00%");
    expect(f("L10")).toBe('=IFERROR(K10/D10,"")');
    expect(v("N10")).toContain("dibaca sebagai persen: I10 92 → 92%");
  });

  test("missing realisasi leaves realisasi and capaian blank; status says it cannot be computed", () => {
    expect(v("K11")).toBe("");
    expect(v("L11")).toBe("");
    expect(mustCell(plan, IKU, "M11")).toMatchObject({
      formula: STATUS("L11"),
      result: "Tidak dapat dihitung",
    });
  });

  test("derived annuals: sum over the quarter range, last = the last filled quarter", () => {
    expect(f("K12")).toBe("=SUM(E12:H12)");
    expect(mustCell(plan, IKU, "K12").result).toBe(19);
    expect(f("K13")).toBe("=G13");
    expect(mustCell(plan, IKU, "M13").result).toBe("Belum tercapai");
  });

  test("qualitative indicator: the engine's capaian as a value, realisasi as read", () => {
    expect(mustCell(plan, IKU, "K14").value).toBe("Baik");
    expect(mustCell(plan, IKU, "L14")).toMatchObject({ value: 0.85 });
    expect(mustCell(plan, IKU, "L14").formula).toBeUndefined();
  });

  test("the average row of the table gets its anomaly in the Anomali column", () => {
    expect(v("N15")).toBe("+Rata-rata tertulis 110%");
    expect(cellAt(plan, IKU, "K15")).toBeUndefined();
  });
});

describe("variants", () => {
  test("cap wraps capaian in MIN, after the polarity", () => {
    const { plan } = planFor({ cap: 1.2 });
    expect(mustCell(plan, IKU, "L9")).toMatchObject({
      formula: '=IFERROR(MIN(K9/D9,1.2),"")',
      result: 1.2,
    });
    expect(mustCell(plan, IKU, "L8").formula).toBe('=IFERROR(MIN(2-K8/D8,1.2),"")');
  });

  /** Row 12 with its second quarter (F12, read by the engine as 6) typed as `text`. */
  function textQuarterPlan(text: string) {
    const analysis = makeAnalysis();
    analysis.view.sheets[0].values[11][5] = text; // F12
    const ind = analysis.report.indicators.find((i) => i.sheet === IKU && i.row === 12)!;
    ind.sources.kinds.quarters = [null, "text", null, null]; // F12
    return buildWritePlan(analysis, OPTIONS);
  }

  test("a text quarter in a derived sum is read by a formula", () => {
    const plan = textQuarterPlan("6 orang");
    expect(mustCell(plan, IKU, "K12")).toMatchObject({
      formula: '=SUM(E12,VALUE(SUBSTITUTE(LEFT(F12,FIND(" ",F12)-1),".","")),H12)',
      result: 19,
    });
    expect(cellAt(plan, IKU, "N12")?.value ?? "").not.toContain("dibaca dari teks");
  });

  test("a text quarter no formula reads becomes a constant term, with a note", () => {
    const plan = textQuarterPlan("kira-kira 6 orang");
    expect(mustCell(plan, IKU, "K12")).toMatchObject({ formula: "=SUM(E12,6,H12)", result: 19 });
    expect(mustCell(plan, IKU, "N12").value).toBe('dibaca dari teks: F12 "kira-kira 6 orang" → 6');
  });

  test("average aggregation over the quarter range", () => {
    const analysis = makeAnalysis();
    const ind = analysis.report.indicators.find((i) => i.sheet === IKU && i.row === 12)!;
    ind.aggregation = "average";
    ind.annual = 19 / 3;
    ind.capaian = 19 / 3 / 20;
    const plan = buildWritePlan(analysis, OPTIONS);
    expect(mustCell(plan, IKU, "K12").formula).toBe("=AVERAGE(E12:H12)");
    expect(mustCell(plan, IKU, "K12").numFmt).toBe("#,##0.00");
  });

  test("when the engine's number disagrees with every formula, the number is written as a value", () => {
    const analysis = makeAnalysis();
    const ind = analysis.report.indicators.find((i) => i.sheet === IKU && i.row === 6)!;
    ind.capaian = 0.5; // not I6/D6
    const plan = buildWritePlan(analysis, OPTIONS);
    expect(mustCell(plan, IKU, "L6")).toMatchObject({ value: 0.5 });
    expect(mustCell(plan, IKU, "L6").formula).toBeUndefined();
  });

  test("English labels", () => {
    const { plan } = planFor({}, { lang: "en" });
    expect(["K4", "L4", "M4", "N4"].map((c) => mustCell(plan, IKU, c).value)).toEqual([
      "Realisation (computed)",
      "Achievement (computed)",
      "Status",
      "Anomalies",
    ]);
    expect(mustCell(plan, IKU, "M6").formula).toBe(
      '=IF(L6="","Cannot be computed",IF(ROUND(L6,9)>=1,"Achieved","Not achieved"))'
    );
    expect(mustCell(plan, BUDGET, "N3").value).toBe("Absorption (computed)");
    expect(mustCell(plan, BUDGET, "O3").value).toBe("Efficiency (computed)");
    expect(mustCell(plan, IKU, "N7").value).not.toContain("dibaca");
  });
});

describe("budget columns", () => {
  test("serapan and efisiensi (ratio) on the top row of a merged line only", () => {
    const { plan } = planFor();
    const f = (c: string) => mustCell(plan, BUDGET, c).formula;
    expect(
      ["K3", "L3", "M3", "N3", "O3", "P3"].map((c) => mustCell(plan, BUDGET, c).value)
    ).toEqual([
      "Realisasi (dihitung)",
      "Capaian (dihitung)",
      "Status",
      "Serapan (dihitung)",
      "Efisiensi (dihitung)",
      "Anomali",
    ]);
    expect(f("K5")).toBe("=H5");
    expect(f("L5")).toBe('=IFERROR(K5/G5,"")');
    expect(f("L7")).toBe('=IFERROR(K7/VALUE(SUBSTITUTE(LEFT(G7,FIND(" ",G7)-1),".","")),"")');
    expect(f("N5")).toBe('=IFERROR(E5/D5,"")');
    expect(f("O5")).toBe('=IFERROR(AVERAGE(L5:L7)/N5,"")');
    for (const c of ["N6", "N7", "O6", "O7"]) expect(cellAt(plan, BUDGET, c)).toBeUndefined();
    expect(f("N8")).toBe('=IFERROR(E8/500000,"")');
    expect(mustCell(plan, BUDGET, "O8").value).toBe("");
    expect(mustCell(plan, BUDGET, "N5").numFmt).toBe("0.00%");
    expect(mustCell(plan, BUDGET, "P9").value).toBe("-Jumlah pagu tidak cocok");
  });

  test("zero missing policy divides by every row of the line", () => {
    const { plan } = planFor({ missingPolicy: "zero" });
    expect(mustCell(plan, BUDGET, "O5").formula).toBe('=IFERROR(SUM(L5:L7)/ROWS(L5:L7)/N5,"")');
  });

  test("PMK 214/2017 efficiency score", () => {
    const { plan, analysis } = planFor({ efficiencyMethod: "pmk214" });
    expect(mustCell(plan, BUDGET, "O5")).toMatchObject({
      formula:
        '=IFERROR(MAX(0,MIN(1,0.5+((D5*AVERAGE(L5:L7)-E5)/(D5*AVERAGE(L5:L7)))/0.2*0.5)),"")',
      result: analysis.report.budget[0].efisiensi,
    });
  });
});
