// The Ringkasan sheet: naming, live formulas over the computed columns, anomaly links, chart data and spec.
import { buildWritePlan } from "../../src/core/plan/build-plan";
import type { Analysis } from "../../src/core/types";
import { evaluatePlan, sameValue } from "../helpers/evaluate-plan";
import { IKU, makeAnalysis, OPTIONS, sheet } from "./fixture";
import { cellAt, mustCell, planFor } from "./helpers";

describe("naming", () => {
  const withSheets = (...names: string[]) => {
    const a = makeAnalysis();
    for (const n of names) a.view.sheets.push(sheet(n, { A1: "milik pengguna" }));
    return a;
  };

  test("plain Ringkasan when free", () => {
    const { plan } = planFor();
    expect(plan.addSheets).toEqual(["Ringkasan"]);
    expect(plan.ownership?.sheets).toEqual([{ name: "Ringkasan", definedName: "_CapaianIKU_s1" }]);
  });

  test("the user's Ringkasan is never touched: ours becomes Ringkasan (2), then (3)", () => {
    const a = withSheets("Ringkasan");
    const plan = buildWritePlan(a, OPTIONS);
    expect(plan.addSheets).toEqual(["Ringkasan (2)"]);
    expect(plan.cells.filter((c) => c.sheet === "Ringkasan")).toEqual([]);
    expect(plan.remove.sheets).toEqual([]);
    expect(buildWritePlan(withSheets("RINGKASAN", "ringkasan (2)"), OPTIONS).addSheets).toEqual([
      "Ringkasan (3)",
    ]);
  });

  test("our own Ringkasan from the previous run is replaced under the same name", () => {
    const a = withSheets("Ringkasan");
    a.ownership = {
      version: 2,
      blocks: [],
      sheets: [{ name: "Ringkasan", definedName: "_CapaianIKU_s1" }],
      notes: [],
      flags: [],
      writtenAt: "x",
    };
    const plan = buildWritePlan(a, OPTIONS);
    expect(plan.remove.sheets).toEqual(["Ringkasan"]);
    expect(plan.addSheets).toEqual(["Ringkasan"]);
  });

  test("summary: false adds no sheet, no chart, no widths", () => {
    const { plan } = planFor({}, { summary: false });
    expect(plan.addSheets).toEqual([]);
    expect(plan.charts).toEqual([]);
    expect(plan.columnWidths).toEqual([]);
    expect(plan.cells.some((c) => c.sheet === "Ringkasan")).toBe(false);
    expect(plan.ownership?.sheets).toEqual([]);
  });
});

describe("content", () => {
  const { analysis, plan } = planFor();
  const at = (c: string) => mustCell(plan, "Ringkasan", c);
  const ev = evaluatePlan(analysis.view, plan);

  test("run details and settings", () => {
    expect(at("A1")).toMatchObject({ value: "Ringkasan Capaian IKU", style: "summaryTitle" });
    expect(at("B3").value).toBe("BP3MI DKI Jakarta");
    expect(at("B4").value).toBe("contoh.xlsx");
    // 08:00 UTC in Jakarta (UTC+7), worded as people read it (issue 11: one formatter, the machine's zone).
    expect(at("B5").value).toBe("31 Desember 2025 15.00 WIB");
    expect(["B8", "B9", "B10"].map((c) => at(c).value)).toEqual([
      "Tanpa batas",
      "Tidak dihitung (dikecualikan)",
      "Capaian kinerja / serapan anggaran",
    ]);
    expect(at("B11")).toMatchObject({ value: 2, numFmt: "0%" });
  });

  test("overall capaian averages the indicators tables' computed column", () => {
    expect(at("B13")).toMatchObject({ formula: "=AVERAGE('Capaian IKU'!L6:L14)", numFmt: "0.00%" });
    expect(sameValue(ev.valueAt("Ringkasan", "B13"), analysis.report.overall.capaian)).toBe(true);
    expect(at("B14").value).toBe("8 / 9");
  });

  test("per sasaran", () => {
    expect(at("A18").value).toBe("S1");
    expect(at("C18").value).toBe(2);
    expect(at("D18").formula).toBe("=AVERAGE('Capaian IKU'!L6:L7)");
    expect(at("D20").formula).toBe("=AVERAGE('Capaian IKU'!L10:L11)");
    analysis.report.sasaran.forEach((s, i) =>
      expect(sameValue(ev.valueAt("Ringkasan", `D${18 + i}`), s.capaian)).toBe(true)
    );
  });

  test("per kegiatan: formulas over the budget sheet's cells and computed columns", () => {
    const q = "'Anggaran dan Kinerja 2025'";
    expect(["B25", "C25", "D25", "E25", "F25"].map((c) => at(c).formula)).toEqual([
      `=${q}!D5`,
      `=${q}!E5`,
      `=${q}!N5`,
      `=AVERAGE(${q}!L5:L7)`,
      `=${q}!O5`,
    ]);
    expect(at("G25").value).toBe("Sangat Baik");
    expect(at("B26").value).toBe(500000); // the pagu was text: the engine's number
    expect(sameValue(ev.valueAt("Ringkasan", "F25"), analysis.report.budget[0].efisiensi)).toBe(
      true
    );
  });

  test("every anomaly, with an internal link to its cell", () => {
    // The rule's label, not its id (issue 11).
    expect(at("A30").value).toBe("Capaian tertulis ≠ capaian dihitung");
    expect(at("D30")).toMatchObject({ value: "J6", style: "link", link: "'Capaian IKU'!J6" });
    expect(at("D38").link).toBe("'Anggaran dan Kinerja 2025'!D8");
    const links = plan.cells.filter((c) => c.sheet === "Ringkasan" && c.link);
    expect(links.length).toBe(analysis.report.anomalies.length);
  });

  test("chart data and a clustered bar chart spec over it", () => {
    expect(plan.charts).toEqual([
      {
        sheet: "Ringkasan",
        title: "Capaian per IKU terhadap 100%",
        categories: "A43:A51",
        series: [
          { name: "Capaian", values: "B43:B51" },
          { name: "Target 100%", values: "C43:C51" },
        ],
        from: "I2",
        to: "Q20",
      },
    ]);
    expect(at("A43").value).toBe("Numeric only");
    expect(at("B43").formula).toBe("='Capaian IKU'!L6");
    expect(at("C43")).toMatchObject({ value: 1, numFmt: "0%" });
    expect(at("B48").value).toBe(""); // the missing indicator
    expect(
      planFor({}, { capabilities: { notes: true, comments: true, charts: false } }).plan.charts
    ).toEqual([]);
  });

  test("column widths for the summary sheet only", () => {
    expect(plan.columnWidths.length).toBeGreaterThan(0);
    expect(plan.columnWidths.every((w) => w.sheet === "Ringkasan" && w.width > 0)).toBe(true);
  });

  test("zero policy: SUM over ROWS", () => {
    const zero = planFor({ missingPolicy: "zero" });
    expect(mustCell(zero.plan, "Ringkasan", "B13").formula).toBe(
      "=SUM('Capaian IKU'!L6:L14)/ROWS('Capaian IKU'!L6:L14)"
    );
    const e = evaluatePlan(zero.analysis.view, zero.plan);
    expect(sameValue(e.valueAt("Ringkasan", "B13"), zero.analysis.report.overall.capaian)).toBe(
      true
    );
  });
});

test("no anomalies: a line saying so instead of an empty table", () => {
  const a = makeAnalysis();
  a.report.anomalies = [];
  const plan = buildWritePlan(a, OPTIONS);
  expect(plan.cells.some((c) => c.sheet === "Ringkasan" && c.value === "Tidak ada anomali.")).toBe(
    true
  );
  expect(plan.cells.some((c) => c.sheet === "Ringkasan" && c.link)).toBe(false);
  // No anomaly flag: only the capaian colour bands remain.
  expect(plan.flags.filter((f) => !f.band)).toEqual([]);
  expect(plan.ownership?.flags.length).toBe(plan.flags.length);
});

test("overall across sheets with awkward names (spaces, apostrophe, unicode) evaluates", () => {
  const a: Analysis = makeAnalysis();
  const odd = "Capaian d'Unit — Ü";
  // Move the indicators sheet to an awkward name, and add a second indicators table on another sheet.
  const rename = (n: string) => (n === IKU ? odd : n);
  a.view.sheets[0].name = odd;
  a.tables[0].sheet = odd;
  for (const i of a.report.indicators) i.sheet = rename(i.sheet);
  for (const s of a.report.sasaran) s.sheet = rename(s.sheet);
  for (const x of a.report.anomalies) x.sheet = rename(x.sheet);
  const extra = sheet("Lain 2", {
    A1: "Indikator",
    B1: "Target",
    C1: "Realisasi",
    A2: "Tambahan",
    B2: 4,
    C2: 3,
  });
  a.view.sheets.push(extra);
  a.tables.push({
    sheet: "Lain 2",
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
  });
  a.report.indicators.push({
    sheet: "Lain 2",
    row: 2,
    tableIndex: 2,
    sasaran: null,
    name: "Tambahan",
    unit: null,
    polarity: "positive",
    aggregation: "sum",
    qualitative: false,
    target: 4,
    quarters: [],
    annual: 3,
    annualDerived: false,
    capaian: 0.75,
    capaianReported: null,
    cumulativeQuarters: false,
    percent: false,
    sources: {
      target: "B2",
      quarters: [],
      annual: "C2",
      capaian: null,
      kinds: {},
    },
  });
  const caps = a.report.indicators
    .filter((i) => a.tables[i.tableIndex].kind === "indicators")
    .map((i) => i.capaian)
    .filter((x): x is number => x !== null);
  a.report.overall = {
    capaian: caps.reduce((s, x) => s + x, 0) / caps.length,
    counted: caps.length,
    total: 10,
    missingPolicy: "exclude",
  };
  const plan = buildWritePlan(a, OPTIONS);
  expect(mustCell(plan, "Ringkasan", "B13").formula).toBe(
    "=AVERAGE('Capaian d''Unit — Ü'!L6:L14,'Lain 2'!E2)"
  );
  expect(cellAt(plan, "Ringkasan", "D30")?.link).toBe("'Capaian d''Unit — Ü'!J6");
  const ev = evaluatePlan(a.view, plan);
  expect(ev.results.filter((r) => !sameValue(r.expected, r.actual))).toEqual([]);
  expect(sameValue(ev.valueAt("Ringkasan", "B13"), a.report.overall.capaian)).toBe(true);
});
