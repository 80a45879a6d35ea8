// The analysis reports the rows it has read (the pane's "baris 5.000 dari 20.000"): in steps of ROWS_STEP,
// never backwards, ending at every row of the visible sheets; and the report is the same with or without it.
import { analyzeWorkbook, ROWS_STEP } from "../../src/core/index";
import { makeIkuSnapshot } from "../helpers/make-workbook";

describe("analyzeWorkbook's row progress", () => {
  const { snapshot } = makeIkuSnapshot({ rows: 3000 });
  const visibleRows = snapshot.sheets
    .filter((s) => !s.hidden)
    .reduce((n, s) => n + s.values.length, 0);

  it("moves in steps, never back, and ends at all rows", () => {
    const seen: Array<[number, number]> = [];
    analyzeWorkbook(snapshot, { lang: "id" }, (done, total) => seen.push([done, total]));
    expect(seen.length).toBeGreaterThanOrEqual(Math.floor(3000 / ROWS_STEP));
    for (const [, total] of seen) expect(total).toBe(visibleRows);
    for (let i = 1; i < seen.length; i++) expect(seen[i][0]).toBeGreaterThanOrEqual(seen[i - 1][0]);
    for (let i = 1; i < seen.length - 1; i++)
      expect(seen[i][0] - seen[i - 1][0]).toBeGreaterThanOrEqual(ROWS_STEP);
    expect(seen[seen.length - 1]).toEqual([visibleRows, visibleRows]);
  });

  it("changes nothing in the analysis", () => {
    const quiet = analyzeWorkbook(snapshot, { lang: "id" });
    const counted = analyzeWorkbook(snapshot, { lang: "id" }, () => undefined);
    expect(counted.report).toEqual(quiet.report);
  });
});
