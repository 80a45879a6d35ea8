// A 20,000-row IKU table: identities, matching, de-duplication and grouping of all its findings stay fast, and the
// reviewer's list pages through them.
import { analyzeWorkbook, parseA1 } from "../../src/core";
import {
  dedupeFindings,
  groupFindings,
  identifyFindings,
  matchMarks,
  pageOf,
  setMark,
} from "../../src/core/review";
import { makeIkuSnapshot } from "../helpers/make-workbook";

test("every finding of a 20,000-row file gets a distinct key; linear time", () => {
  const { snapshot } = makeIkuSnapshot({ rows: 20_000, sasaranRows: 3 }, "iku-20000.xlsx");
  // Every 19th stated capaian typed wrong: over a thousand findings, as on the file the issue names.
  for (const i of analyzeWorkbook(snapshot).report.indicators.filter((x, k) => k % 19 === 0)) {
    const { row, col } = parseA1(i.sources.capaian!);
    snapshot.sheets.find((s) => s.name === i.sheet)!.values[row][col] = 0.123;
  }
  const analysis = analyzeWorkbook(snapshot);
  const n = analysis.report.anomalies.length;
  expect(n).toBeGreaterThan(1000);
  const t0 = Date.now();
  const ids = identifyFindings(analysis);
  const marks = setMark(
    [],
    ids.filter((_, i) => i % 2 === 0).map((f) => f.key),
    { state: "checked", by: "Rina", at: "2026-01-01T00:00:00Z" }
  );
  const m = matchMarks(analysis, marks, ids);
  const groups = groupFindings(dedupeFindings(m.anomalies, ids), "rule");
  const ms = Date.now() - t0;
  expect(new Set(ids.map((f) => f.key)).size).toBe(n);
  expect(m.kept).toHaveLength(marks.length);
  expect(groups.reduce((s, g) => s + g.count, 0)).toBe(n);
  expect(groups.reduce((s, g) => s + g.open, 0)).toBe(n - marks.length);
  expect(pageOf(groups[0].items, 0, 50).items.length).toBeLessThanOrEqual(50);
  // About 0.7 s here (a Grid per sheet, then linear per finding); the bound catches quadratic work on a busy machine.
  expect(ms).toBeLessThan(4000);
});
