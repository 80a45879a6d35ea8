// Realisasi anggaran above the pagu.
import { fmtNumber } from "../i18n/format";
import { colIndex, parseA1 } from "../address";
import { amount } from "../detect/hierarchy";
import type { RuleContext } from "../analyze/context";
import type { Grid } from "../grid";
import type { BudgetResult, DetectedTable } from "../types";
import type { Finding, Rule } from "./rule";

export const budgetOver: Rule = {
  id: "BUDGET_OVER",
  severity: "error",
  run(ctx) {
    const out: Finding[] = [];
    const over = (b: BudgetResult) =>
      b.pagu !== null && b.realisasi !== null && !!b.sources.realisasi && b.realisasi > b.pagu;
    // A parent over its pagu only because a line below it is over names the same overspend: the line is named.
    const overRows = new Set<string>();
    for (const { result: b } of ctx.budget)
      if (over(b)) overRows.add(`${b.tableIndex}|${b.group ?? ""}|${b.row - 1}`);
    for (const { result: b, table } of ctx.budget) {
      if (!over(b) || b.pagu === null || b.realisasi === null || !b.sources.realisasi) continue;
      // Revenue (pendapatan, PNBP) above its target is good news, not an overspend.
      if (REVENUE.test(b.name) || isRevenueTable(table, ctx.grids.get(b.sheet))) continue;
      if (underRevenue(b.row - 1, table, ctx)) continue;
      const kids = table.children?.[b.row - 1] ?? [];
      if (kids.some((k) => overRows.has(`${b.tableIndex}|${b.group ?? ""}|${k}`))) continue;
      if (wrongParentPagu(ctx.grids.get(b.sheet), b, kids)) continue;
      // A Jumlah line over because a line above it is over names the same overspend.
      if (b.parent && kids.length === 0 && overRows.size > 1) {
        const mine = [...overRows].filter((k) => k.startsWith(`${b.tableIndex}|${b.group ?? ""}|`));
        if (mine.length > 1) continue;
      }
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

/**
 * A parent whose pagu is not the sum of its lines' pagu, and whose realisasi is within that sum: the pagu is the
 * wrong figure (named as a total mismatch), not the spending.
 */
function wrongParentPagu(g: Grid | undefined, b: BudgetResult, kids: number[]): boolean {
  if (!g || kids.length === 0 || !b.sources.pagu || b.pagu === null || b.realisasi === null)
    return false;
  const c = parseA1(b.sources.pagu).col;
  let sum = 0;
  for (const k of kids) sum += amount(g, k, c) ?? 0;
  return Math.abs(sum - b.pagu) > Math.max(2, sum * 1e-9) && b.realisasi <= sum;
}

const REVENUE = /\b(pendapatan|penerimaan|pnbp|pajak|retribusi|revenue|income)\b/i;

/** The sheet, the headers or the title rows just above the table speak of revenue. */
function isRevenueTable(t: DetectedTable, g: Grid | undefined): boolean {
  if (REVENUE.test(t.sheet) || Object.values(t.headers).some((h) => REVENUE.test(h))) return true;
  if (!g) return false;
  for (let r = Math.max(0, t.headerTop - 4); r < t.headerTop; r++) {
    const s = g.text(r, t.firstCol);
    if (s && REVENUE.test(s) && !/belanja/i.test(s)) return true;
  }
  return false;
}

/** A line under a PENDAPATAN heading or parent (the first row above it whose code is shorter names it). */
function underRevenue(row: number, t: DetectedTable, ctx: RuleContext): boolean {
  const g = ctx.grids.get(t.sheet);
  if (!g) return false;
  const nameCol = t.columns.sasaran ?? t.columns.indikator;
  const codeCol = t.firstCol;
  const codeOf = (r: number) => {
    const v = g.raw(r, codeCol);
    return typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : "";
  };
  const own = codeOf(row);
  const top = own.split(".")[0];
  if (!top) return false;
  for (let r = row - 1; r >= t.firstDataRow; r--) {
    const c = codeOf(r);
    if (c !== top) continue;
    const name = nameCol ? g.text(r, colIndex(nameCol)) : null;
    const rowText = [name, ...Array.from({ length: 6 }, (_, k) => g.text(r, codeCol + k))].join(
      " "
    );
    return REVENUE.test(rowText);
  }
  return false;
}
