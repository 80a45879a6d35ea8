// A formula that reads the number out of a text cell, so a value the engine read from text stays live in Excel:
// "101 Orang" → VALUE(SUBSTITUTE(LEFT(I9,FIND(" ",I9)-1),".","")), "1.250" → VALUE(SUBSTITUTE(I9,".","")).
// Only whole numbers (id-ID thousands dots allowed) followed by nothing or by one space and a unit: any other
// text ("75 Kasus 36%", "1,5 jam", " 20") is left to the caller, which writes the engine's number as a constant.
// The plan still checks the formula's value against the engine's before writing it (draft.computed).
import { call, num, op, ref, str, type Expr } from "./expr";

const WHOLE = String.raw`(?:\d{1,3}(?:\.\d{3})+|\d+)`;
const BARE = new RegExp(`^${WHOLE}$`);
// A unit with no other digits: "75 Kasus 36%" holds two numbers and is not read this way.
const WITH_UNIT = new RegExp(`^${WHOLE} [^\\s\\d][^\\d]*$`);

export function textNumberExpr(sheet: string, addr: string, raw: string): Expr | null {
  const cell = ref(sheet, addr);
  const digits = (e: Expr) => call("VALUE", call("SUBSTITUTE", e, str("."), str("")));
  if (BARE.test(raw)) return digits(cell);
  if (WITH_UNIT.test(raw))
    return digits(call("LEFT", cell, op("-", call("FIND", str(" "), cell), num(1))));
  return null;
}

/** Whether a formula written by the plan reads the number out of the text cell `addr` (same sheet). */
export function readsTextAt(formula: string, addr: string): boolean {
  return formula.includes(`SUBSTITUTE(${addr},`) || formula.includes(`FIND(" ",${addr})`);
}
