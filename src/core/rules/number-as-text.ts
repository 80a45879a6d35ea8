// A number stored as text ("1.905", "35,17%", "Rp 9.365.037.000") in a table's numeric cells.
// Quantities with a unit word ("42.010 orang") are how staff write counts, so they are not flagged.
import { a1 } from "../address";
import { PURE_NUMBER_TEXT } from "../parse/cell";
import type { Finding, Rule } from "./rule";

export const numberAsText: Rule = {
  id: "NUMBER_AS_TEXT",
  severity: "info",
  run(ctx) {
    const out: Finding[] = [];
    for (const t of ctx.tables) {
      const g = ctx.grids.get(t.sheet);
      if (!g) continue;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        for (let c = t.firstCol; c <= t.lastCol; c++) {
          const v = g.raw(r, c);
          // Only a text shaped like a bare number can be one; names and quantities are skipped unparsed.
          if (typeof v !== "string" || !PURE_NUMBER_TEXT.test(v.trim())) continue;
          const p = g.cell(r, c);
          if (p.kind !== "text-number" || !p.pureNumberText) continue;
          out.push({
            sheet: t.sheet,
            cell: a1(r, c),
            params: { actual: v },
            actual: v,
            expected: p.value,
          });
        }
      }
    }
    return out;
  },
};
