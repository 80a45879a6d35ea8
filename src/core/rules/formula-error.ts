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
      // Every cell of every sheet: the row arrays are walked directly (no per-cell lookups).
      g.forEachRaw((v, r, c) => {
        const code =
          typeof v === "object"
            ? String(v.error).toUpperCase()
            : typeof v === "string" && v.charCodeAt(0) === 35 /* # */
              ? v.trim().toUpperCase()
              : null;
        if (code === null || !CODES.has(code)) return;
        out.push({ sheet: g.name, cell: a1(r, c), params: { actual: code }, actual: code });
      });
    }
    return out;
  },
};
