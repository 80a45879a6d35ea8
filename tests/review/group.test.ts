// The reviewer's list on the sample: the same fault on the IKU sheet and the budget sheet is one item with both
// cells; groups by rule and by indicator carry counts, and marks lower the open count.
import { analyzeWorkbook } from "../../src/core";
import {
  dedupeFindings,
  groupFindings,
  identifyFindings,
  matchMarks,
  pageOf,
  setMark,
} from "../../src/core/review";
import type { Analysis } from "../../src/core/types";
import { sampleSnapshot } from "../helpers/sample";

const IKU = "Capaian IKU 2025";
const BUD = "Anggaran dan Kinerja 2025";

let a: Analysis;
beforeAll(async () => {
  a = analyzeWorkbook(await sampleSnapshot(), {});
});

function items(marks = [] as ReturnType<typeof setMark>) {
  const ids = identifyFindings(a);
  return dedupeFindings(matchMarks(a, marks, ids).anomalies, ids);
}

test("a fault on two sheets is one item with both cells", () => {
  const list = items();
  // 20 anomalies: 10 on the IKU sheet, 9 on the budget sheet, 1 on Perjanjian Kinerja (NUMBER_AS_TEXT, one finding
  // per column since issue 8); 7 of the budget ones repeat an IKU fault (same indicator, column role and figures)
  // and merge into it.
  expect(a.report.anomalies).toHaveLength(20);
  const j6 = list.find((i) => i.rule === "CAPAIAN_MISMATCH" && i.cells[0].cell === "J6")!;
  expect(j6.cells).toEqual([
    { sheet: IKU, cell: "J6" },
    { sheet: BUD, cell: "I5" },
  ]);
  expect(j6.keys).toHaveLength(2);
  const twice = list
    .filter((i) => i.cells.length === 2)
    .map((i) => `${i.rule} ${i.cells.map((c) => c.cell).join("+")}`);
  expect(twice).toEqual([
    "CAPAIAN_MISMATCH J6+I5",
    "CAPAIAN_MISMATCH J8+I7",
    "CAPAIAN_EXTREME I9+H8",
    "CAPAIAN_EXTREME I11+H10",
    "CAPAIAN_EXTREME I15+H14",
    "MISSING_REALISASI I16+H15",
    "MISSING_REALISASI I17+H16",
  ]);
  // The three stated averages differ in their figures: three items.
  expect(list.filter((i) => i.rule === "AVERAGE_MISMATCH")).toHaveLength(3);
  expect(list).toHaveLength(20 - 7);
});

test("groups by rule and by indicator, with counts; marking an item closes it in both", () => {
  const byRule = groupFindings(items(), "rule");
  const g = (id: string) => byRule.find((x) => x.id === id)!;
  expect(byRule.map((x) => [x.id, x.count])).toEqual([
    ["MIXED_UNITS", 2],
    ["CAPAIAN_MISMATCH", 2],
    ["CAPAIAN_EXTREME", 3],
    ["MISSING_REALISASI", 2],
    ["AVERAGE_MISMATCH", 3],
    ["NUMBER_AS_TEXT", 1],
  ]);
  expect(g("CAPAIAN_MISMATCH").bySeverity).toEqual({ error: 2, warning: 0, info: 0 });

  const item = items().find((i) => i.rule === "CAPAIAN_MISMATCH" && i.cells[0].cell === "J8")!;
  const marks = setMark([], item.keys, {
    state: "accepted",
    by: "Rina",
    at: "2026-01-01T00:00:00Z",
    reason: "MoU kedua",
  });
  const after = items(marks);
  expect(after.find((i) => i.keys[0] === item.keys[0])!.state).toBe("accepted");
  expect(groupFindings(after, "rule").find((x) => x.id === "CAPAIAN_MISMATCH")!.open).toBe(1);
  const byInd = groupFindings(after, "indicator");
  const kerjasama = byInd.find((x) => x.id === "implementasi kerjasama")!;
  expect(kerjasama).toMatchObject({ count: 1, open: 0 });
  const layanan = byInd.find((x) => x.id.startsWith("layanan penanganan"))!;
  expect(layanan.items.map((i) => i.rule)).toEqual([
    "MIXED_UNITS",
    "MIXED_UNITS",
    "CAPAIAN_MISMATCH",
  ]);
  expect(layanan.open).toBe(3);
});

test("an item whose sheets disagree on the mark is open", () => {
  const item = items().find((i) => i.cells.length === 2)!;
  const marks = setMark([], [item.keys[0]], {
    state: "checked",
    by: "Rina",
    at: "2026-01-01T00:00:00Z",
  });
  expect(items(marks).find((i) => i.keys[0] === item.keys[0])!.state).toBe("open");
});

test("an item one of whose sheets was reopened is reopened (its cells changed)", () => {
  const item = items().find((i) => i.cells.length === 2)!;
  const marks = setMark([], item.keys, {
    state: "checked",
    by: "Rina",
    at: "2026-01-01T00:00:00Z",
  });
  // The first sheet's finding was marked on other contents: reopened; the second's mark holds.
  marks[0] = { ...marks[0], key: marks[0].key.replace(/#.*$/, "#0000000000000000") };
  const after = items(marks).find((i) => i.keys[0] === item.keys[0])!;
  expect(after.anomalies.map((a) => a.review.state)).toEqual(["reopened", "checked"]);
  expect(after.state).toBe("reopened");
});

test("pages", () => {
  const list = Array.from({ length: 1059 }, (_, i) => i);
  expect(pageOf(list, 0).items).toHaveLength(50);
  expect(pageOf(list, 0).pages).toBe(22);
  expect(pageOf(list, 21).items).toEqual([1050, 1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058]);
  expect(pageOf(list, 99).items[0]).toBe(1050);
  expect(pageOf([], 0)).toEqual({ items: [], pages: 1 });
});
