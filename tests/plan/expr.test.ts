// The planner's small formula language: text rendering and Excel-like evaluation.
import {
  call,
  evaluate,
  formatNumber,
  formula,
  group,
  num,
  op,
  orBlank,
  range,
  ref,
  str,
} from "../../src/core/plan/expr";

test("numbers render without exponent notation", () => {
  expect(formatNumber(1e-7)).toBe("0.0000001");
  expect(formatNumber(1.5e-10)).toBe("0.00000000015");
  expect(formatNumber(1.5e21)).toBe("1500000000000000000000");
  expect(formatNumber(-2.5e-7)).toBe("-0.00000025");
  expect(formatNumber(1.2)).toBe("1.2");
});

test("rendering: operator precedence, sheet quoting, string escaping", () => {
  expect(formula(op("-", num(2), op("/", ref("S", "K6"), ref("S", "D6"))), "S")).toBe("=2-K6/D6");
  expect(formula(op("/", ref("S", "A1"), op("*", ref("S", "B1"), ref("S", "C1"))), "S")).toBe(
    "=A1/(B1*C1)"
  );
  expect(formula(op("-", ref("S", "A1"), op("-", ref("S", "B1"), ref("S", "C1"))), "S")).toBe(
    "=A1-(B1-C1)"
  );
  expect(formula(op("*", op("+", num(1), num(2)), num(3)), null)).toBe("=(1+2)*3");
  expect(formula(op("/", ref("S", "A1"), num(-4)), "S")).toBe("=A1/(-4)");
  expect(formula(call("SUM", range("It's 1", "A1:A3")), "S")).toBe("=SUM('It''s 1'!A1:A3)");
  expect(formula(group(ref("S", "A1")), "S")).toBe("=(A1)");
  expect(formula(str('say "hi"'), null)).toBe('="say ""hi"""');
});

test("evaluation follows Excel: aggregates skip text in references, errors propagate, IFERROR catches", () => {
  const cells: Record<string, unknown> = { A1: 1, A2: "-", A3: 2, B1: 0, C1: "" };
  const look = (_s: string, row: number, col: number) =>
    (cells[`${String.fromCharCode(65 + col)}${row + 1}`] ?? null) as never;
  expect(evaluate(call("SUM", range("S", "A1:A3")), look)).toBe(3);
  expect(evaluate(call("AVERAGE", range("S", "A1:A3")), look)).toBe(1.5);
  expect(evaluate(call("AVERAGE", ref("S", "A2")), look)).toEqual({ err: "#DIV/0!" });
  expect(evaluate(op("/", ref("S", "A1"), ref("S", "B1")), look)).toEqual({ err: "#DIV/0!" });
  expect(evaluate(orBlank(op("/", ref("S", "A1"), ref("S", "B1"))), look)).toBe("");
  expect(evaluate(op("+", ref("S", "A2"), num(1)), look)).toEqual({ err: "#VALUE!" });
  expect(evaluate(op("+", ref("S", "Z9"), num(1)), look)).toBe(1); // blank is 0
  expect(evaluate(call("ROWS", range("S", "L5:L7")), look)).toBe(3);
  expect(evaluate(call("MIN", num(3), num(1.2)), look)).toBe(1.2);
});
