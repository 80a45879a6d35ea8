// A cell holding an Excel error (#DIV/0!, #REF!, …), anywhere on the user's sheets.
import { a1 } from "../address";
import type { Finding, Rule } from "./rule";

const CODES = new Set(["#DIV/0!", "#REF!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#NULL!"]);

export const formulaError: Rule = {
  id: "FORMULA_ERROR",
  severity: "error",
  run(ctx) {
    const out: Finding[] = [];
    for (const g of ctx.grids.values()) {
      for (let r = 0; r < g.rowCount; r++) {
        const last = g.lastCol(r);
        for (let c = 0; c <= last; c++) {
          const v = g.raw(r, c);
          if (v === null) continue;
          const code =
            typeof v === "object"
              ? String(v.error).toUpperCase()
              : typeof v === "string" && v.startsWith("#")
                ? v.trim().toUpperCase()
                : null;
          if (code === null || !CODES.has(code)) continue;
          out.push({ sheet: g.name, cell: a1(r, c), params: { actual: code }, actual: code });
        }
      }
    }
    return out;
  },
};
