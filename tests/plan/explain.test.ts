// The "Periksa" explanations for computed, flagged, input and Ringkasan cells.
import { explainCell } from "../../src/core/explain/explain-cell";
import { RULE_TEXTS, ruleFix } from "../../src/core/explain/rule-texts";
import { BUDGET, IKU } from "./fixture";
import { planFor } from "./helpers";
import { RULE_IDS } from "../helpers/rule-ids";

const { analysis, plan } = planFor();
const explain = (sheet: string, cell: string, lang: "id" | "en" = "id") =>
  explainCell(analysis, plan, sheet, cell, lang);

test("a computed capaian: its formula, inputs and the regulation behind it", () => {
  const e = explain(IKU, "L6")!;
  expect(e.title).toBe("Capaian (dihitung): Numeric only");
  expect(e.formula).toBe('=IFERROR(K6/D6,"")');
  expect(e.inputs).toEqual([
    { sheet: IKU, cell: "D6", label: "Target", raw: 100, value: 100 },
    { sheet: IKU, cell: "K6", label: "Realisasi (dihitung)", raw: 100, value: 100 },
  ]);
  expect(e.source).toMatch(/^PermenPAN-RB/);
  expect(explain(IKU, "L8")!.source).toBe("PermenPAN-RB 8/2021 (polaritas negatif: 2 − R/T)");
  const capped = planFor({ cap: 1.2 });
  expect(explainCell(capped.analysis, capped.plan, IKU, "L9", "id")!.source).toContain(
    "dibatasi paling tinggi 120%"
  );
});

test("a derived realisasi lists the quarters and how they were combined", () => {
  const e = explain(IKU, "K12")!;
  expect(e.formula).toBe("=SUM(E12:H12)");
  expect(e.inputs.map((i) => [i.cell, i.raw, i.value])).toEqual([
    ["E12", 5, 5],
    ["F12", 6, 6],
    ["G12", "-", null],
    ["H12", 8, 8],
  ]);
  expect(e.source).toBe("Realisasi tahunan = jumlah Triwulan I–IV");
});

test("a user input cell read from text explains the reading, its anomaly and the fix", () => {
  const e = explain(IKU, "D7")!;
  expect(e.title).toBe("Text sourced");
  expect(e.formula).toBe('=IFERROR(K7/VALUE(SUBSTITUTE(LEFT(D7,FIND(" ",D7)-1),".","")),"")');
  expect(e.inputs.find((i) => i.cell === "D7")).toEqual({
    sheet: IKU,
    cell: "D7",
    label: "Target",
    raw: "20 orang",
    value: 20,
    note: '"20 orang" → 20',
  });
  expect(e.rule).toEqual({
    id: "NUMBER_AS_TEXT",
    severity: "info",
    message: "Target ditulis sebagai teks",
  });
  expect(e.fix).toBe(RULE_TEXTS.NUMBER_AS_TEXT.fix.id);
});

test("a percent typed as 92 is explained as 92%", () => {
  expect(explain(IKU, "I10")!.inputs.find((i) => i.cell === "I10")).toMatchObject({
    raw: 92,
    value: 0.92,
    note: "92 → 92%",
  });
});

test("a flagged cell with two anomalies: the most severe first, all listed, expected value in the fix", () => {
  const e = explain(IKU, "J9")!;
  expect(e.rule?.severity).toBe("error");
  expect(e.rules?.map((r) => r.id)).toEqual(["CAPAIAN_MISMATCH", "CAPAIAN_EXTREME"]);
  const j6 = explain(IKU, "J6")!;
  expect(j6.fix).toContain("Nilai yang diharapkan: 100%");
});

test("the Anomali column explains the row's rules", () => {
  const e = explain(IKU, "N9")!;
  expect(e.inputs).toEqual([{ sheet: IKU, cell: "J9", raw: 3, value: 3 }]);
  expect(e.rule?.id).toBe("CAPAIAN_MISMATCH");
});

test("a flagged cell outside any indicator row (the average row)", () => {
  const e = explain(IKU, "J15")!;
  expect(e.title).toBe(RULE_TEXTS.AVERAGE_MISMATCH.title.id);
  expect(e.inputs).toEqual([{ sheet: IKU, cell: "J15", raw: 1.1, value: 1.1 }]);
});

test("budget: serapan cites PMK 62/2023, efisiensi its method, a merged pagu cell its line", () => {
  const n8 = explain(BUDGET, "N8")!;
  expect(n8.formula).toBe('=IFERROR(E8/500000,"")');
  expect(n8.source).toContain("PMK 62/2023");
  expect(n8.inputs[0]).toMatchObject({
    cell: "D8",
    raw: "Rp 500.000",
    value: 500000,
    note: '"Rp 500.000" → 500000',
  });
  const o5 = explain(BUDGET, "O5")!;
  expect(o5.inputs.map((i) => i.cell)).toEqual(["D5", "E5", "F5", "N5", "L5", "L6", "L7"]);
  const pmk = planFor({ efficiencyMethod: "pmk214" });
  expect(explainCell(pmk.analysis, pmk.plan, BUDGET, "O5", "id")!.source).toContain("PMK 214/2017");
  expect(explain(BUDGET, "E6")!.title).toBe("Kegiatan satu"); // inside the E5:E7 merge
  expect(explain(BUDGET, "G6")!.title).toBe("B numeric");
});

test("Ringkasan cells: the formula and the cells it reads", () => {
  const e = explain("Ringkasan", "B13")!;
  expect(e).toMatchObject({
    title: "Capaian IKU keseluruhan",
    formula: "=AVERAGE('Capaian IKU'!L6:L14)",
  });
  expect(e.inputs.map((i) => i.cell)).toEqual([
    "L6",
    "L7",
    "L8",
    "L9",
    "L10",
    "L11",
    "L12",
    "L13",
    "L14",
  ]);
  expect(explain("Ringkasan", "E25")!.title).toBe("Kegiatan satu — Capaian kinerja");
  expect(explain("Ringkasan", "D30")!.rule?.id).toBe("CAPAIAN_MISMATCH");
  expect(explain("Ringkasan", "A1")).toBeNull();
});

test("a computed column's header names the column", () => {
  expect(explain(BUDGET, "O3")).toEqual({ title: "Efisiensi (dihitung)", inputs: [] });
});

test("English", () => {
  expect(explain(IKU, "L6", "en")!.title).toBe("Achievement (computed): Numeric only");
  expect(explain(IKU, "D7", "en")!.fix).toBe(RULE_TEXTS.NUMBER_AS_TEXT.fix.en);
  expect(explain(IKU, "M6", "en")!.source).toBe("Achieved when achievement ≥ 100%");
});

test("cells the add-in neither computed nor flagged, and bad addresses, give null", () => {
  expect(explain(IKU, "A1")).toBeNull();
  expect(explain(IKU, "Z99")).toBeNull();
  expect(explain(IKU, "not a cell")).toBeNull();
  expect(explain("Tidak ada", "A1")).toBeNull();
});

test("rule texts: all 15 rules, both languages, non-empty", () => {
  const ids = RULE_IDS;
  expect(Object.keys(RULE_TEXTS).sort()).toEqual([...ids].sort());
  for (const id of ids) {
    for (const part of [RULE_TEXTS[id].title, RULE_TEXTS[id].description, RULE_TEXTS[id].fix]) {
      expect(part.id.length).toBeGreaterThan(5);
      expect(part.en.length).toBeGreaterThan(5);
      expect(part.id).not.toBe(part.en);
    }
  }
  expect(
    ruleFix(
      {
        rule: "TOTAL_MISMATCH",
        severity: "warning",
        sheet: "S",
        cell: "A1",
        message: "",
        expected: 1234567,
      },
      "en"
    )
  ).toContain("Expected value: 1234567");
});
