// A stated % serapan that differs from realisasi / pagu by more than the tolerance.
import { fmtPercent } from "../i18n/format";
import { pushAll } from "../arrays";
import { budgetRatioChecks } from "./budget-ratio-columns";
import { agreesAsShown, differs, type Finding, type Rule } from "./rule";

export const absorptionMismatch: Rule = {
  id: "ABSORPTION_MISMATCH",
  severity: "error",
  run(ctx) {
    const out: Finding[] = [];
    for (const { result: b, table } of ctx.budget) {
      if (b.serapan === null || b.serapanReported === null || !b.sources.serapan) continue;
      // A Jumlah row's % is checked against the sums of the rows (TOTAL_MISMATCH), not its own typed figures.
      if (table.totalRows.includes(b.row - 1)) continue;
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
        // Typed rounded to the decimals it shows (96,0% for 95,96%): a note, not an error.
        ...(agreesAsShown(ctx.grids.get(b.sheet), b.sources.serapan, b.serapan, b.serapanReported)
          ? { severity: "info" as const }
          : {}),
      });
    }
    // Per-quarter Keuangan % columns over the same pagu that are no budget group of their own.
    const done = new Set(out.map((f) => `${f.sheet}!${f.cell}`));
    for (const t of ctx.tables) {
      const g = ctx.grids.get(t.sheet);
      if (!g) continue;
      pushAll(
        out,
        budgetRatioChecks(g, t, ctx.config.lang).filter((f) => !done.has(`${f.sheet}!${f.cell}`))
      );
    }
    return out;
  },
};
