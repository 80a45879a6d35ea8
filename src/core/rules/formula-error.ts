// A cell holding an Excel error (#DIV/0!, #REF!, …), anywhere on the user's sheets.
import { a1 } from "../address";
import type { Grid } from "../grid";
import type { Finding, Rule } from "./rule";

const CODES = new Set(["#DIV/0!", "#REF!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#NULL!"]);

export const formulaError: Rule = {
  id: "FORMULA_ERROR",
  severity: "error",
  run(ctx) {
    const out: Finding[] = [];
    // An indicator's capaian cell: a reviewer must see it broken even when its target is 0 (nothing to score).
    const capaianCells = new Set(
      ctx.indicators.flatMap(({ result: i }) =>
        i.sources.capaian ? [`${i.sheet}!${i.sources.capaian}`] : []
      )
    );
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
        out.push({
          sheet: g.name,
          cell: a1(r, c),
          params: { actual: code },
          actual: code,
          // A % of a zero or empty budget (=K9/J9 with J9 = 0): undefined, not wrong — a note; on a capaian
          // cell a warning, since the indicator is left without a score.
          ...(code === "#DIV/0!" && divisorIsZero(g, r, c)
            ? {
                severity: capaianCells.has(`${g.name}!${a1(r, c)}`)
                  ? ("warning" as const)
                  : ("info" as const),
              }
            : {}),
        });
      });
    }
    return out;
  },
};

/** The formula ends in "/ X9" (or "/X9*100") and X9 holds 0, "-" or nothing. */
function divisorIsZero(g: Grid, r: number, c: number): boolean {
  const f = g.formula(r, c);
  if (!f) return false;
  const m = /\/\s*\(?\s*\$?([A-Z]{1,3})\$?(\d+)\s*\)?\s*(\*\s*100)?\s*$/i.exec(f);
  if (!m) return false;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const v = g.cell(Number(m[2]) - 1, col - 1);
  return v.kind === "missing" || v.value === 0;
}
