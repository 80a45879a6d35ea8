// Where computed blocks go: right of the table, skipping any column with a user value, formula or merge in the
// table's rows, and never overlapping another table's block.
import { layoutBlocks } from "../../src/core/plan/placement";
import { buildWritePlan } from "../../src/core/plan/build-plan";
import type { Analysis, DetectedTable, IndicatorResult } from "../../src/core/types";
import { IKU, makeAnalysis, OPTIONS, setFormula, sheet } from "./fixture";
import { cellAt, mustCell } from "./helpers";

const headerCols = (a: Analysis) => layoutBlocks(a).map((b) => [b.sheet, b.startCol]);

test("the fixture's blocks start right after each table (K), a note below the table does not block", () => {
  const a = makeAnalysis();
  expect(a.view.sheets[0].values[19][10]).toBe("Catatan pengguna di bawah tabel"); // K20
  expect(headerCols(a)).toEqual([
    [IKU, 10],
    ["Anggaran dan Kinerja 2025", 10],
  ]);
});

test("a user value inside the table rows pushes the whole block past it", () => {
  const a = makeAnalysis();
  a.view.sheets[0].values[7][12] = "catatan"; // M8
  const plan = buildWritePlan(a, OPTIONS);
  expect(mustCell(plan, IKU, "N4").value).toBe("Realisasi (dihitung)");
  expect(mustCell(plan, IKU, "N6").formula).toBe("=I6");
  expect(mustCell(plan, IKU, "O6").formula).toBe('=IFERROR(N6/D6,"")');
  expect(mustCell(plan, IKU, "P6").formula).toBe(
    '=IF(O6="","Tidak dapat dihitung",IF(ROUND(O6,9)>=1,"Tercapai","Belum tercapai"))'
  );
  expect(mustCell(plan, IKU, "Q6").value).toBe("Capaian tertulis 105% ≠ dihitung 100%");
  expect(cellAt(plan, IKU, "M8")).toBeUndefined();
  expect(plan.cells.filter((c) => c.sheet === IKU && /^[KLM]\d+$/.test(c.cell))).toEqual([]);
});

test("a formula-only cell or a merge also blocks", () => {
  const a = makeAnalysis();
  setFormula(a.view.sheets[0], "K10", '=""', null); // formula whose cached value is empty
  expect(headerCols(a)[0]).toEqual([IKU, 11]);
  a.view.sheets[0].merges = [...(a.view.sheets[0].merges ?? []), "L12:M13"];
  expect(headerCols(a)[0]).toEqual([IKU, 13]);
});

test("the header rows count too: a value beside the lower header row blocks", () => {
  const a = makeAnalysis();
  a.view.sheets[0].values[4][13] = "x"; // N5
  expect(headerCols(a)[0]).toEqual([IKU, 14]);
});

function oneIndicatorTable(
  s: string,
  range: string,
  top: number,
  lastCol: number,
  row: number
): { t: DetectedTable; ind: Omit<IndicatorResult, "tableIndex"> } {
  const t: DetectedTable = {
    sheet: s,
    kind: "indicators",
    range,
    columns: { indikator: "A", target: "B", realisasi: "C" },
    headerTop: top,
    headerBottom: top,
    firstDataRow: top + 1,
    lastDataRow: row - 1,
    firstCol: lastCol - 2,
    lastCol,
    totalRows: [],
    averageRows: [],
    confidence: 1,
    headers: {},
  };
  const col = (i: number) => String.fromCharCode(65 + lastCol - 2 + i);
  const ind = {
    sheet: s,
    row,
    sasaran: null,
    name: `I${row}`,
    unit: null,
    polarity: "positive" as const,
    aggregation: "sum" as const,
    qualitative: false,
    target: 10,
    quarters: [],
    annual: 5,
    annualDerived: false,
    capaian: 0.5,
    capaianReported: null,
    cumulativeQuarters: false,
    percent: false,
    sources: {
      target: `${col(1)}${row}`,
      quarters: [],
      annual: `${col(2)}${row}`,
      capaian: null,
      kinds: {},
    },
  };
  return { t, ind };
}

test("two tables whose rows overlap never share block columns", () => {
  // Table 1: A1:C5 (header row 1, data row 5). Table 2: E3:G8 (header row 3, data row 8), beside it.
  const one = oneIndicatorTable("S", "A1:C5", 0, 2, 5);
  const two = oneIndicatorTable("S", "E3:G8", 2, 6, 8);
  const s = sheet("S", {
    A1: "Indikator",
    B1: "Target",
    C1: "Realisasi",
    A5: "I5",
    B5: 10,
    C5: 5,
    E3: "Indikator",
    F3: "Target",
    G3: "Realisasi",
    E8: "I8",
    F8: 10,
    G8: 5,
  });
  const a: Analysis = {
    report: {
      schemaVersion: 1,
      file: null,
      config: makeAnalysis().report.config,
      tables: [],
      indicators: [
        { ...one.ind, tableIndex: 0 },
        { ...two.ind, tableIndex: 1 },
      ],
      sasaran: [],
      budget: [],
      overall: { capaian: 0.5, counted: 2, total: 2, missingPolicy: "exclude" },
      anomalies: [],
      problems: [],
    },
    tables: [one.t, two.t],
    view: { sheets: [s] },
    ownership: null,
  };
  const blocks = layoutBlocks(a);
  // Table 1's block (4 columns) cannot start at D: E..G hold table 2 in rows 3..5. It goes to H..K.
  expect(blocks[0].startCol).toBe(7);
  // Table 2's block would start at H, but H..K rows 3..5 are planned for table 1: it moves to L.
  expect(blocks[1].startCol).toBe(11);
  const plan = buildWritePlan(a, OPTIONS);
  expect(mustCell(plan, "S", "H5").formula).toBe("=C5");
  expect(mustCell(plan, "S", "L8").formula).toBe("=G8");
  expect(mustCell(plan, "S", "M8").formula).toBe('=IFERROR(L8/F8,"")');
});
