// Realisasi anggaran above the pagu.
import { fmtNumber } from "../i18n/format";
import type { Finding, Rule } from "./rule";

export const budgetOver: Rule = {
  id: "BUDGET_OVER",
  severity: "error",
  run(ctx) {
    const out: Finding[] = [];
    for (const { result: b } of ctx.budget) {
      if (b.pagu === null || b.realisasi === null || !b.sources.realisasi || b.realisasi <= b.pagu)
        continue;
      out.push({
        sheet: b.sheet,
        cell: b.sources.realisasi,
        params: {
          name: b.name,
          actual: fmtNumber(b.realisasi, ctx.config.lang),
          expected: fmtNumber(b.pagu, ctx.config.lang),
        },
        expected: b.pagu,
        actual: b.realisasi,
      });
    }
    return out;
  },
};
