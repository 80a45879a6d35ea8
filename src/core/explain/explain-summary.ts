// Explanations for the Ringkasan sheet: anomaly rows, and formula cells with the cells they read.
import { a1, parseA1, parseRange, splitSheetRef } from "../address";
import type { CellWrite } from "../types";
import {
  anomaliesAt,
  anomalyInputs,
  norm,
  planCellAt,
  rawOf,
  rulesOf,
  type Ctx,
  type Explanation,
} from "./context";
import { xl } from "./labels";
import { ruleSource, ruleTitle } from "./rule-texts";

// ---------------------------------------------------------------- Ringkasan

/** References in a planner formula ('Sheet 1'!L6:L18, K6), string literals skipped. */
export function formulaRefs(
  formula: string,
  onSheet: string
): Array<{ sheet: string; cell: string }> {
  const text = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const re =
    /((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![A-Za-z0-9_(])/g;
  const out: Array<{ sheet: string; cell: string }> = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const sheet = m[1] ? (splitSheetRef(m[1] + "A1").sheet as string) : onSheet;
    const r = parseRange(m[2].replace(/\$/g, ""));
    for (let row = r.top; row <= r.bottom && out.length < 60; row++) {
      for (let col = r.left; col <= r.right; col++) out.push({ sheet, cell: a1(row, col) });
    }
  }
  return out;
}

export function explainSummary(ctx: Ctx, sheet: string, cell: string): Explanation | null {
  const { row, col } = parseA1(cell);
  const at = (c: number, r = row) => planCellAt(ctx, sheet, a1(r, c));
  const text = (w: CellWrite | undefined) => (w && typeof w.value === "string" ? w.value : "");
  // An anomaly row: rule | severity | sheet | cell | message.
  const [rule, onSheet, anomalyCell, message] = [0, 2, 3, 4].map((c) => text(at(c)));
  const anomaly = ctx.analysis.report.anomalies.find(
    // Column A holds the rule's label in the language Ringkasan was written in (older runs: the id).
    (a) =>
      [a.rule, ruleTitle(a.rule, "id"), ruleTitle(a.rule, "en")].includes(rule) &&
      a.sheet === onSheet &&
      a.cell === anomalyCell &&
      a.message === message
  );
  if (anomaly) {
    return {
      title: ruleTitle(anomaly.rule, ctx.lang),
      inputs: anomalyInputs(ctx, [anomaly]),
      source: ruleSource(anomaly.rule, ctx.lang),
      ...rulesOf(ctx, anomaliesAt(ctx, anomaly.sheet, norm(anomaly.cell))),
    };
  }
  const w = at(col);
  if (!w?.formula) return null;
  // Title: the row's label, plus the column header of its table when there is one.
  let header = "";
  for (let r = row - 1; r >= 0 && col > 0; r--) {
    const h = at(col, r);
    if (h?.style === "header") {
      header = text(h);
      break;
    }
    if (at(0, r)?.style === "summaryLabel") break;
  }
  const rowLabel = text(at(0));
  const title = [rowLabel, header].filter(Boolean).join(" — ") || xl("summary", ctx.lang);
  const inputs = formulaRefs(w.formula, sheet).map((r) => {
    const raw = rawOf(ctx, r.sheet, r.cell);
    return { sheet: r.sheet, cell: r.cell, raw, value: typeof raw === "number" ? raw : null };
  });
  return { title, formula: w.formula, inputs };
}

/** Pagu, realisasi anggaran, % serapan and the line's average belong to the (merged) budget line, not the row. */
