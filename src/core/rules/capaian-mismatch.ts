// A stated capaian that differs from the computed one by more than the tolerance (0.05 pp).
// Qualitative indicators ("Baik" against "Baik (88)") have no exact ratio to compare, so they are skipped.
import { fmtPercent } from "../i18n/format";
import { shownCapaian } from "./capped-index";
import { agreesAsShown, differs, type Finding, type Rule } from "./rule";

export const capaianMismatch: Rule = {
  id: "CAPAIAN_MISMATCH",
  severity: "error",
  run(ctx) {
    const out: Finding[] = [];
    for (const { result: i, table } of ctx.indicators) {
      if (i.qualitative || i.capaian === null || i.capaianReported === null || !i.sources.capaian)
        continue;
      const grid = ctx.grids.get(i.sheet);
      // An NKO index capped at 120% (./capped-index): 145% typed where R / T is 145% is still wrong.
      const want = shownCapaian(grid, table, i.capaian);
      if (!differs(want, i.capaianReported, ctx.config.tolerance)) continue;
      const lang = ctx.config.lang;
      out.push({
        sheet: i.sheet,
        cell: i.sources.capaian,
        params: {
          name: i.name,
          actual: fmtPercent(i.capaianReported, lang),
          expected: fmtPercent(want, lang),
        },
        expected: want,
        actual: i.capaianReported,
        // Typed rounded to the decimals it shows (96,0% for 95,96%): a note, not an error.
        ...(agreesAsShown(grid, i.sources.capaian, want, i.capaianReported)
          ? { severity: "info" as const }
          : {}),
      });
    }
    return out;
  },
};
