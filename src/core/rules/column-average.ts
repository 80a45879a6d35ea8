// A "Rata-rata" row under any numeric column (UFW %, m³, a rate), not only capaian: its figure should be the mean
// of the column's rows above it. A mean of the wrong range (1992–2008 of a 1992–2009 table) is the usual slip.
// Capaian and serapan columns are left to their own checks (a serapan average may be Σ realisasi / Σ pagu).
import { a1, colLetter } from "../address";
import { amount } from "../detect/hierarchy";
import type { Grid } from "../grid";
import { fmtNumber } from "../i18n/format";
import { policyWord } from "../i18n/rule-messages";
import type { DetectedTable, Lang } from "../types";
import { agreesAsShown, type Finding } from "./rule";
import { col } from "../analyze/indicators";

const OWN_CHECKS = ["capaian", "serapan", "rataCapaian", "bobot"] as const;

/** Rows a mean needs before a stated one is called wrong. */
const MIN_ROWS = 4;

export function columnAverageChecks(
  g: Grid,
  t: DetectedTable,
  lang: Lang,
  done: Set<string>
): Finding[] {
  const out: Finding[] = [];
  const own = new Set(OWN_CHECKS.map((r) => col(t, r)).filter((c): c is number => c !== null));
  const breaks = new Set([...t.totalRows, ...t.averageRows, ...(t.derivedRows ?? [])]);
  for (const ar of t.averageRows) {
    // The rows it averages: up to the previous total or average row.
    const rows: number[] = [];
    for (let r = ar - 1; r >= t.firstDataRow && !breaks.has(r); r--) rows.unshift(r);
    for (let c = t.firstCol; c <= t.lastCol; c++) {
      const cell = a1(ar, c);
      if (own.has(c) || done.has(`${t.sheet}!${cell}`)) continue;
      const stated = amount(g, ar, c);
      if (stated === null || g.cell(ar, c).kind === "missing") continue;
      // A "-" is no figure when the mean skips it, a 0 when it counts it: the stated one may follow either.
      const figures: number[] = [];
      let dashes = 0;
      let text = false;
      for (const r of rows) {
        const p = g.cell(r, c);
        if (p.kind === "missing") dashes += amount(g, r, c) === 0 ? 1 : 0;
        else if ((p.kind === "number" || p.kind === "text-number") && p.value !== null)
          figures.push(p.value);
        else text = true;
      }
      // Text among the rows: a column of labels, not of figures.
      if (text || figures.length < MIN_ROWS) continue;
      const sum = figures.reduce((s, v) => s + v, 0);
      const means = [sum / figures.length, sum / (figures.length + dashes)];
      if (means.some((m) => agreesAsShown(g, cell, m, stated, 1))) continue;
      const mean = means[0];
      out.push({
        sheet: t.sheet,
        cell,
        params: {
          actual: fmtNumber(stated, lang),
          expected: fmtNumber(mean, lang),
          counted: figures.length,
          total: rows.length,
          column: colLetter(c),
          policy: policyWord("exclude", lang),
        },
        expected: mean,
        actual: stated,
      });
    }
  }
  return out;
}
