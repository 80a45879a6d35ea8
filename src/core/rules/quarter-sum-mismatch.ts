// A summed indicator whose stated annual differs from the sum of its stated quarters.
// Running totals ("s.d. triwulan") and levels (%, nilai) are not sums, so they are not checked. A table by month
// checks its months instead (./month-sum). A table's period total column (Total RAK = the twelve months) is checked
// row by row in period-total.ts.
import { pushAll } from "../arrays";
import { fmtNumber } from "../i18n/format";
import { monthSum } from "./month-sum";
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
      const lang = ctx.config.lang;
      const push = (cell: string, sum: number, stated: number) =>
        out.push({
          sheet: i.sheet,
          cell,
          params: { name: i.name, actual: fmtNumber(stated, lang), expected: fmtNumber(sum, lang) },
          expected: sum,
          actual: stated,
        });
      if (present.length === 0) {
        // A table by month (1 | 2 | … | 12 | Jumlah) instead of by quarter.
        const grid = ctx.grids.get(i.sheet);
        const m = grid ? monthSum(grid, w) : null;
        if (m) push(m.cell, m.sum, m.stated);
        continue;
      }
      const sum = present.reduce((a, b) => a + b, 0);
      if (Math.abs(sum - w.statedAnnual) <= 1e-9 * Math.max(1, Math.abs(sum))) continue;
      push(i.sources.annual, sum, w.statedAnnual);
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
