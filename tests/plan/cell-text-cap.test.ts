// Excel's cell limit is 32,767 characters: the joined Anomali text and a joined note are cut there with "…".
import { analyzeWorkbook, buildWritePlan } from "../../src/core";
import { CELL_TEXT_MAX, capCellText, FORMULA_TEXT_MAX } from "../../src/core/plan/cell-text";
import type { CellValue } from "../../src/core/types";

const OPTIONS = {
  capabilities: { notes: true, comments: false, charts: true },
  lang: "id" as const,
  summary: false,
  now: "2025-06-30T08:00:00.000Z",
};

test("capCellText keeps short texts and cuts long ones to exactly the limit, ending in …", () => {
  expect(capCellText("abc")).toBe("abc");
  const exact = "x".repeat(CELL_TEXT_MAX);
  expect(capCellText(exact)).toBe(exact);
  const cut = capCellText("y".repeat(CELL_TEXT_MAX + 10));
  expect(cut).toHaveLength(CELL_TEXT_MAX);
  expect(cut.endsWith("y…")).toBe(true);
});

test("a surrogate pair at the cut is not split", () => {
  const text = "a".repeat(CELL_TEXT_MAX - 2) + "😀" + "b".repeat(10);
  const cut = capCellText(text);
  expect(cut.length).toBeLessThanOrEqual(CELL_TEXT_MAX);
  expect(cut.endsWith("a…")).toBe(true);
});

test("an indicator with a 17,000-character name and two anomalies on its row: the Anomali text fits in a cell", () => {
  const name = "Persentase layanan pengaduan yang ditindaklanjuti ".repeat(400).slice(0, 17_000);
  // Row 3 repeats row 2's name (DUPLICATE_INDICATOR) and states a wrong capaian (CAPAIAN_MISMATCH).
  const header: CellValue[] = [
    "No",
    "Indikator Kinerja",
    "Target",
    "TW I",
    "TW II",
    "TW III",
    "TW IV",
    "Realisasi",
    "Capaian",
  ];
  const rows: CellValue[][] = [
    header,
    [1, name, 0, 10, 10, 10, 10, 50, 1.2],
    [2, name, 100, 10, 10, 10, 10, 70, 0.9],
    [3, "Jumlah dokumen", 100, 20, 20, 20, 20, 80, 0.8],
  ];
  const analysis = analyzeWorkbook({ sheets: [{ name: "IKU", values: rows }] }, {});
  const plan = buildWritePlan(analysis, OPTIONS);
  const texts = [
    ...plan.cells.map((c) => c.value).filter((v): v is string => typeof v === "string"),
    ...plan.notes.map((n) => n.text),
  ];
  const longest = Math.max(...texts.map((t) => t.length));
  expect(longest).toBe(CELL_TEXT_MAX);
  for (const t of texts) {
    expect(t.length).toBeLessThanOrEqual(CELL_TEXT_MAX);
    if (t.length === CELL_TEXT_MAX) expect(t.endsWith("…")).toBe(true);
  }
});

test("no formula longer than Excel's 8,192 characters: a mean over 1,000 separate row runs is written as a value", () => {
  const values: CellValue[][] = [["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"]];
  for (let i = 1; i <= 2000; i++) {
    values.push([i, `Indikator ${i}`, 100, 90 + (i % 7), (90 + (i % 7)) / 100]);
    if (i % 2 === 0) values.push([null, `Subtotal ${i}`]);
  }
  const analysis = analyzeWorkbook({ sheets: [{ name: "IKU", values }] }, {});
  const plan = buildWritePlan(analysis, { ...OPTIONS, summary: true });
  const formulas = plan.cells.filter((c) => c.formula);
  expect(formulas.length).toBeGreaterThan(2000);
  for (const c of formulas) expect(c.formula!.length).toBeLessThanOrEqual(FORMULA_TEXT_MAX);
  // The Ringkasan still shows the overall capaian, as a number.
  const summary = plan.cells.filter((c) => c.sheet === plan.addSheets[0]);
  expect(summary.some((c) => c.value === analysis.report.overall.capaian)).toBe(true);
});
