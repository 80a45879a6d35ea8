// A stated % serapan that differs from realisasi / pagu by more than the tolerance.
import { fmtPercent } from "../i18n/format";
import { differs, type Finding, type Rule } from "./rule";

export const absorptionMismatch: Rule = {
  id: "ABSORPTION_MISMATCH",
  severity: "error",
  run(ctx) {
    const out: Finding[] = [];
    for (const { result: b } of ctx.budget) {
      if (b.serapan === null || b.serapanReported === null || !b.sources.serapan) continue;
      if (!differs(b.serapan, b.serapanReported, ctx.config.tolerance)) continue;
      out.push({
        sheet: b.sheet,
        cell: b.sources.serapan,
        params: {
          name: b.name,
          actual: fmtPercent(b.serapanReported, ctx.config.lang),
          expected: fmtPercent(b.serapan, ctx.config.lang),
        },
        expected: b.serapan,
        actual: b.serapanReported,
      });
    }
    return out;
  },
};
