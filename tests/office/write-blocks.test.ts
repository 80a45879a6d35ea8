// Grouping plan cells into rectangles, and the literal/format inputs that keep strings as text.
import {
  cellBlocks,
  formulaInput,
  groupIntoBlocks,
  numberFormatInput,
  splitRows,
} from "../../src/adapters/office/write-blocks";
import type { CellWrite } from "../../src/core/types";

const at = (cell: string, extra: Partial<CellWrite> = {}): CellWrite => ({
  sheet: "S",
  cell,
  value: cell,
  ...extra,
});

describe("cellBlocks", () => {
  test("a table's computed columns become one rectangle; a label/value list splits where it is ragged", () => {
    const cells = ["K4", "L4", "K5", "L5", "K6", "L6", "A1", "A3", "B3", "A4", "B4"].map((c) =>
      at(c)
    );
    const blocks = cellBlocks(cells).map(
      (b) => `${b.sheet}:${b.top},${b.left} ${b.cells.length}x${b.cells[0].length}`
    );
    expect(blocks.sort()).toEqual(["S:0,0 1x1", "S:2,0 2x2", "S:3,10 3x2"].sort());
  });

  test("every cell lands exactly once, in its place; a repeated cell keeps the last write", () => {
    const cells = [at("B2"), at("B3"), at("C2"), at("B2", { value: "again" })];
    const blocks = cellBlocks(cells);
    const placed = blocks.flatMap((b) =>
      b.cells.flatMap((row, r) => row.map((c, k) => [b.top + r, b.left + k, c.value]))
    );
    expect(placed.sort()).toEqual(
      [
        [1, 1, "again"],
        [1, 2, "C2"],
        [2, 1, "B3"],
      ].sort()
    );
  });

  test("sheets never share a block", () => {
    const blocks = groupIntoBlocks([
      { sheet: "A", row: 0, col: 0, item: 1 },
      { sheet: "B", row: 0, col: 1, item: 2 },
    ]);
    expect(blocks).toHaveLength(2);
  });
});

describe("inputs", () => {
  test("strings go behind an apostrophe, formulas as is, null empties, undefined leaves unchanged", () => {
    expect(formulaInput(at("A1", { value: "=1+1" }))).toBe("'=1+1");
    expect(formulaInput(at("A1", { value: undefined, formula: "=SUM(A1:A2)" }))).toBe(
      "=SUM(A1:A2)"
    );
    expect(formulaInput(at("A1", { value: null }))).toBe("");
    expect(formulaInput(at("A1", { value: undefined, style: "header" }))).toBeNull();
    expect(formulaInput(at("A1", { value: 2.5 }))).toBe(2.5);
    expect(formulaInput(at("A1", { value: Number.NaN }))).toBe("");
    expect(formulaInput(at("A1", { value: false }))).toBe(false);
  });

  test("number formats: the plan's, else General for formulas and numbers, untouched for text", () => {
    expect(numberFormatInput(at("A1", { value: 1, numFmt: "0%" }))).toBe("0%");
    expect(numberFormatInput(at("A1", { value: undefined, formula: "=1" }))).toBe("General");
    expect(numberFormatInput(at("A1", { value: 1 }))).toBe("General");
    expect(numberFormatInput(at("A1", { value: "x" }))).toBeNull();
  });

  test("splitRows keeps bands under the budget and loses no row", () => {
    const block = {
      sheet: "S",
      top: 10,
      left: 2,
      cells: Array.from({ length: 25 }, (_v, r) => [r]),
    };
    const bands = splitRows(block, () => 10, 45);
    expect(bands.map((b) => [b.top, b.cells.length])).toEqual([
      [10, 4],
      [14, 4],
      [18, 4],
      [22, 4],
      [26, 4],
      [30, 4],
      [34, 1],
    ]);
  });
});
