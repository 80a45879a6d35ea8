// A % indicator mixing fractions (0,85 meaning 85%) and percent points (92): normalised, and the odd cell flagged.
import { parseA1 } from "../address";
import { fmtPercent } from "../i18n/format";
import type { Finding, Rule } from "./rule";

export const percentScale: Rule = {
  id: "PERCENT_SCALE",
  severity: "warning",
  run(ctx) {
    const out: Finding[] = [];
    for (const w of ctx.indicators) {
      for (const cell of w.percentScaleCells) {
        const g = ctx.grids.get(w.result.sheet);
        const { row, col } = parseA1(cell);
        const raw = g ? g.value(row, col) : null;
        const v = typeof raw === "number" ? raw : null;
        out.push({
          sheet: w.result.sheet,
          cell,
          params: {
            name: w.result.name,
            actual: raw === null || typeof raw === "object" ? "–" : String(raw),
            expected: v === null ? "–" : fmtPercent(v > 1.5 ? v / 100 : v, ctx.config.lang),
          },
          actual: v,
          expected: v === null ? null : v > 1.5 ? v / 100 : v,
        });
      }
    }
    return out;
  },
};
