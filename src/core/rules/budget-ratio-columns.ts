// Further "Keuangan" % columns of a table with a pagu: per-quarter Pagu | TW I Keuangan % | Rp. | TW II … groups
// (E.81-like monev sheets) that no header reading took as budget groups. A % column that is some amount ÷ the
// pagu on nearly every row is a serapan; the rows that break it are typed figures that are not realisasi / pagu.
import { a1, colIndex } from "../address";
import { col } from "../analyze/indicators";
import { amount } from "../detect/hierarchy";
import { holds, MIN_AGREE, nearlyAll, rowRelation } from "../detect/row-relations";
import type { Grid } from "../grid";
import { fmtPercent } from "../i18n/format";
import type { DetectedTable, Lang } from "../types";
import { agreesAsShown, type Finding } from "./rule";

export function budgetRatioChecks(g: Grid, t: DetectedTable, lang: Lang): Finding[] {
  const pagu = col(t, "pagu");
  if (pagu === null) return [];
  const known = new Set<number>(
    [t.columns.serapan, ...(t.budgetGroups ?? []).map((b) => b.serapan)]
      .filter((l): l is string => !!l)
      .map((l) => colIndex(l))
  );
  for (const role of ["capaian", "rataCapaian"] as const) {
    const c = col(t, role);
    if (c !== null) known.add(c);
  }
  const skip = new Set([...t.totalRows, ...t.averageRows, ...(t.derivedRows ?? [])]);
  const name = col(t, "indikator") ?? col(t, "sasaran");
  const out: Finding[] = [];
  for (let c = t.firstCol; c <= t.lastCol; c++) {
    if (known.has(c)) continue;
    const rows: number[] = [];
    for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
      if (!skip.has(r) && amount(g, r, c) !== null) rows.push(r);
    // A column of % cells only (formatted or typed as %), so counts and amounts are never read as ratios.
    if (rows.length < MIN_AGREE || rows.some((r) => !g.cell(r, c).percent)) continue;
    const rel = rowRelation(g, t, c, skip, true);
    if (!rel || rel.y !== pagu) continue;
    // One pass: which rows keep the relation and which break it.
    const broken: number[] = [];
    let matched = 0;
    for (const r of rows) {
      const v = holds(g, r, c, rel);
      if (v === true) matched++;
      else if (v === false) broken.push(r);
    }
    if (!nearlyAll(matched, broken.length, rows.length)) continue;
    for (const r of broken) {
      const cell = a1(r, c);
      const want = amount(g, r, rel.x)! / amount(g, r, rel.y)!;
      const stated = amount(g, r, c)!;
      out.push({
        ...(agreesAsShown(g, cell, want, stated) ? { severity: "info" as const } : {}),
        sheet: t.sheet,
        cell,
        params: {
          name: (name !== null ? g.text(r, name) : null) ?? t.headers[c] ?? "",
          actual: fmtPercent(stated, lang),
          expected: fmtPercent(want, lang),
        },
        expected: want,
        actual: stated,
      });
    }
  }
  return out;
}
