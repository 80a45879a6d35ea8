// A computed capaian above the threshold (200% by default): the target was likely not challenging.
import { fmtPercent } from "../i18n/format";
import type { Finding, Rule } from "./rule";

export const capaianExtreme: Rule = {
  id: "CAPAIAN_EXTREME",
  severity: "warning",
  run(ctx) {
    const out: Finding[] = [];
    const lang = ctx.config.lang;
    for (const w of ctx.indicators) {
      const i = w.result;
      if (i.capaian === null || i.capaian <= ctx.config.extremeThreshold) continue;
      const cell =
        i.sources.annual ?? [...i.sources.quarters].reverse().find((q) => q !== null) ?? w.nameCell;
      if (!cell) continue;
      out.push({
        sheet: i.sheet,
        cell,
        params: {
          name: i.name,
          expected: fmtPercent(i.capaian, lang),
          threshold: fmtPercent(ctx.config.extremeThreshold, lang),
        },
        expected: i.capaian,
        actual: i.annual,
      });
    }
    return out;
  },
};
