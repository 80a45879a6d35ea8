// A stated capaian that differs from the computed one by more than the tolerance (0.05 pp).
// Qualitative indicators ("Baik" against "Baik (88)") have no exact ratio to compare, so they are skipped.
import { fmtPercent } from "../i18n/format";
import { agreesAsShown, differs, type Finding, type Rule } from "./rule";

export const capaianMismatch: Rule = {
  id: "CAPAIAN_MISMATCH",
  severity: "error",
  run(ctx) {
    const out: Finding[] = [];
    for (const { result: i } of ctx.indicators) {
      if (i.qualitative || i.capaian === null || i.capaianReported === null || !i.sources.capaian)
        continue;
      if (!differs(i.capaian, i.capaianReported, ctx.config.tolerance)) continue;
      const lang = ctx.config.lang;
      out.push({
        sheet: i.sheet,
        cell: i.sources.capaian,
        params: {
          name: i.name,
          actual: fmtPercent(i.capaianReported, lang),
          expected: fmtPercent(i.capaian, lang),
        },
        expected: i.capaian,
        actual: i.capaianReported,
        // Typed rounded to the decimals it shows (96,0% for 95,96%): a note, not an error.
        ...(agreesAsShown(ctx.grids.get(i.sheet), i.sources.capaian, i.capaian, i.capaianReported)
          ? { severity: "info" as const }
          : {}),
      });
    }
    return out;
  },
};
