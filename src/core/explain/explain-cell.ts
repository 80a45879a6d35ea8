// "Periksa": why a cell holds what it holds. Works for the computed columns, the Ringkasan sheet, the cells the
// rules flagged, and the user's input cells of an indicator or budget row. Recomputes the block layout from the
// analysis (it depends on nothing else), then reads formulas and results from the plan.
import type { Analysis, Lang, WritePlan } from "../types";
import { label } from "../plan/labels";
import {
  anomaliesAt,
  anomalyInputs,
  explainContext,
  planCellAt,
  rowAnomalies,
  rulesOf,
  type Explanation,
} from "./context";
import { explainBudgetLine, explainBudgetRole, isBudgetColumn } from "./explain-budget";
import { explainIndicator, explainIndicatorRole } from "./explain-indicator";
import { explainSummary } from "./explain-summary";
import { xl } from "./labels";
import { ruleSource, ruleTitle } from "./rule-texts";

export type { Explanation, ExplanationInput, ExplainedRule } from "./context";
export { formulaRefs } from "./explain-summary";

export function explainCell(
  analysis: Analysis,
  plan: WritePlan,
  sheet: string,
  cell: string,
  lang: Lang
): Explanation | null {
  const found = explainContext(analysis, plan, cell, lang);
  if (!found) return null;
  const { ctx, addr } = found;
  const pos = { row: found.row, col: found.col };
  if (plan.addSheets.includes(sheet)) return explainSummary(ctx, sheet, addr);

  const block = ctx.blocks.find(
    (b) =>
      b.sheet === sheet &&
      pos.col >= b.startCol &&
      pos.col < b.startCol + b.roles.length &&
      pos.row >= b.top &&
      pos.row <= b.bottom
  );
  const w = planCellAt(ctx, sheet, addr);
  if (block && w) {
    const role = block.roles[pos.col - block.startCol];
    if (pos.row === block.headerRow) return { title: label(role, lang), inputs: [] };
    if (role === "anomali") {
      const list = rowAnomalies(ctx, sheet, pos.row, block.tableIndex);
      return {
        title: `${xl("anomali", lang)}: ${typeof w.value === "string" ? w.value : ""}`,
        inputs: anomalyInputs(ctx, list),
        ...rulesOf(ctx, list),
      };
    }
    if (role === "serapan" || role === "efisiensi") {
      const line = block.budget.find((b) => b.row === pos.row + 1);
      if (line) return explainBudgetRole(ctx, block, line, role, w);
    } else {
      const ind = block.indicators.find((i) => i.row === pos.row + 1);
      if (ind) return explainIndicatorRole(ctx, ind, role, w);
    }
    return null;
  }

  const inTable = (tableIndex: number) => {
    const t = analysis.tables[tableIndex];
    return !t || (pos.col >= t.firstCol && pos.col <= t.lastCol);
  };
  const line = analysis.report.budget.find(
    (b) =>
      b.sheet === sheet && pos.row + 1 >= b.row && pos.row + 1 <= b.lastRow && inTable(b.tableIndex)
  );
  const ind = analysis.report.indicators.find(
    (i) => i.sheet === sheet && i.row === pos.row + 1 && inTable(i.tableIndex)
  );
  if (line && (!ind || isBudgetColumn(analysis, line.tableIndex, pos.col)))
    return explainBudgetLine(ctx, line, addr);
  if (ind) return explainIndicator(ctx, ind, addr);

  const here = anomaliesAt(ctx, sheet, addr);
  if (here.length) {
    const top = rulesOf(ctx, here);
    return {
      title: ruleTitle(top.rule!.id, lang),
      inputs: anomalyInputs(ctx, here),
      source: ruleSource(top.rule!.id, lang),
      ...top,
    };
  }
  return null;
}
