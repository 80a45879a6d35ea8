// A summed indicator whose stated annual differs from the sum of its stated quarters.
// Running totals ("s.d. triwulan") and levels (%, nilai) are not sums, so they are not checked. A table's period
// total column (Total RAK = the twelve months) is checked row by row in period-total.ts.
import { pushAll } from "../arrays";
import { fmtNumber } from "../i18n/format";
import { periodTotalChecks } from "./period-total";
import type { Finding, Rule } from "./rule";

export const quarterSumMismatch: Rule = {
  id: "QUARTER_SUM_MISMATCH",
  severity: "error",
  run(ctx) {
    const out: Finding[] = [];
    for (const w of ctx.indicators) {
      const i = w.result;
      if (
        i.aggregation !== "sum" ||
        i.cumulativeQuarters ||
        i.qualitative ||
        w.statedAnnual === null ||
        !i.sources.annual
      )
        continue;
      const present = w.statedQuarters.filter((q): q is number => q !== null);
      if (present.length === 0) continue;
      const sum = present.reduce((a, b) => a + b, 0);
      if (Math.abs(sum - w.statedAnnual) <= 1e-9 * Math.max(1, Math.abs(sum))) continue;
      const lang = ctx.config.lang;
      out.push({
        sheet: i.sheet,
        cell: i.sources.annual,
        params: {
          name: i.name,
          actual: fmtNumber(w.statedAnnual, lang),
          expected: fmtNumber(sum, lang),
        },
        expected: sum,
        actual: w.statedAnnual,
      });
    }
    const named = new Set(out.map((f) => `${f.sheet}!${f.cell}`));
    for (const t of ctx.tables) {
      const g = ctx.grids.get(t.sheet);
      if (!g) continue;
      const found = periodTotalChecks(g, t, ctx.config.lang);
      pushAll(
        out,
        found.filter((f) => !named.has(`${f.sheet}!${f.cell}`))
      );
    }
    return out;
  },
};
