// The workbench grid renders only the rows in view of a long sheet, never cutting a merged area.
import { ROW_HEIGHT, rowWindow, WHOLE_UP_TO } from "../../src/workbench/grid-window";

const layout = (rows: number, spans: Array<[number, number]> = []) => ({
  rows,
  spans: new Map(spans.map(([top, rowSpan]) => [`${top},0`, { rowSpan, colSpan: 1 }])),
});

describe("rowWindow", () => {
  it("renders a short sheet whole", () => {
    expect(rowWindow(layout(WHOLE_UP_TO), 5000, 400)).toEqual({ first: 0, last: WHOLE_UP_TO });
  });

  it("renders the visible rows of a long sheet and a margin, not the rest", () => {
    const w = rowWindow(layout(400), 200 * ROW_HEIGHT, 20 * ROW_HEIGHT);
    expect(w.first).toBeGreaterThan(100);
    expect(w.first).toBeLessThanOrEqual(200);
    expect(w.last).toBeGreaterThanOrEqual(220);
    expect(w.last).toBeLessThan(400);
  });

  it("widens the window to whole merged areas crossing its edges", () => {
    const plain = rowWindow(layout(400), 200 * ROW_HEIGHT, 20 * ROW_HEIGHT);
    const merged = rowWindow(
      layout(400, [
        [plain.first - 10, 20],
        [plain.last - 5, 30],
      ]),
      200 * ROW_HEIGHT,
      20 * ROW_HEIGHT
    );
    expect(merged).toEqual({ first: plain.first - 10, last: plain.last + 25 });
  });
});
