// A stated average (a "Rata-rata …" row, or a rata-rata capaian column of a budget line) that differs from
// the average of the computed capaian under the missing-value policy named in the report.
import { averageOf } from "../analyze/capaian";
import { fmtPercent } from "../i18n/format";
import { policyWord } from "../i18n/rule-messages";
import { pushAll } from "../arrays";
import { columnAverageChecks } from "./column-average";
import { differs, type Finding, type Rule } from "./rule";

export const averageMismatch: Rule = {
  id: "AVERAGE_MISMATCH",
  severity: "warning",
  run(ctx) {
    const out: Finding[] = [];
    const lang = ctx.config.lang;
    const check = (sheet: string, cell: string, stated: number, values: (number | null)[]) => {
      const avg = averageOf(values, ctx.config.missingPolicy);
      if (avg.value === null || !differs(avg.value, stated, ctx.config.tolerance)) return;
      out.push({
        sheet,
        cell,
        params: {
          actual: fmtPercent(stated, lang),
          expected: fmtPercent(avg.value, lang),
          counted: avg.counted,
          total: avg.total,
          policy: policyWord(ctx.config.missingPolicy, lang),
        },
        expected: avg.value,
        actual: stated,
      });
    };
    for (const a of ctx.averages)
      check(
        a.sheet,
        a.cell,
        a.value,
        a.indicators.map((w) => w.result.capaian)
      );
    // A stated NKO against Σ bobot × min(capaian, 120%) / Σ bobot.
    for (const n of ctx.nko ?? []) {
      const r = n.result;
      if (n.cell === null || r.value === null || r.reported === null) continue;
      if (!differs(r.value, r.reported, ctx.config.tolerance)) continue;
      out.push({
        sheet: r.sheet,
        cell: n.cell,
        params: {
          actual: fmtPercent(r.reported, lang),
          expected: fmtPercent(r.value, lang),
          counted: r.counted,
          total: r.total,
          policy: policyWord(ctx.config.missingPolicy, lang),
        },
        expected: r.value,
        actual: r.reported,
      });
    }
    for (const b of ctx.budget) {
      if (!b.statedAverage || b.indicators.length === 0) continue;
      check(
        b.result.sheet,
        b.statedAverage.cell,
        b.statedAverage.value,
        b.indicators.map((w) => w.result.capaian)
      );
    }
    // Any other numeric column under a Rata-rata row: the mean of its rows above.
    const done = new Set(out.map((f) => `${f.sheet}!${f.cell}`));
    for (const a of ctx.averages) done.add(`${a.sheet}!${a.cell}`);
    for (const t of ctx.tables) {
      const g = ctx.grids.get(t.sheet);
      if (g) pushAll(out, columnAverageChecks(g, t, lang, done));
    }
    return out;
  },
};
