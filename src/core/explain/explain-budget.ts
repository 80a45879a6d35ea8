// Explanations for a budget line (kegiatan): Serapan and Efisiensi, and the line's own cells (pagu, realisasi).
import { a1, colIndex } from "../address";
import type { Analysis, BudgetResult, CellWrite } from "../types";
import { label } from "../plan/labels";
import type { Block, BlockRole } from "../plan/placement";
import {
  anomaliesAt,
  blockOf,
  input,
  norm,
  planCellAt,
  rulesOf,
  type Ctx,
  type Explanation,
  type ExplanationInput,
} from "./context";
import { xl } from "./labels";

// ---------------------------------------------------------------- budget lines

function budgetInputs(ctx: Ctx, line: BudgetResult): ExplanationInput[] {
  const out: ExplanationInput[] = [];
  const { pagu, realisasi, serapan } = line.sources;
  if (pagu) out.push(input(ctx, line.sheet, norm(pagu), line.pagu, false, xl("pagu", ctx.lang)));
  if (realisasi)
    out.push(
      input(
        ctx,
        line.sheet,
        norm(realisasi),
        line.realisasi,
        false,
        xl("realisasiAnggaran", ctx.lang)
      )
    );
  if (serapan)
    out.push(
      input(
        ctx,
        line.sheet,
        norm(serapan),
        line.serapanReported,
        true,
        xl("statedSerapan", ctx.lang)
      )
    );
  return out;
}

export function explainBudgetRole(
  ctx: Ctx,
  block: Block,
  line: BudgetResult,
  role: BlockRole,
  w: CellWrite
): Explanation {
  const lang = ctx.lang;
  if (role === "serapan") {
    return {
      title: `${xl("serapanComputed", lang)}: ${line.name}`,
      formula: w.formula,
      inputs: budgetInputs(ctx, line),
      source: xl("serapanSource", lang),
    };
  }
  const inputs = budgetInputs(ctx, line);
  const ser = block.col.serapan;
  if (ser !== undefined)
    inputs.push(
      input(ctx, line.sheet, a1(line.row - 1, ser), line.serapan, true, xl("serapanComputed", lang))
    );
  const capCol = block.col.capaian;
  if (capCol !== undefined) {
    for (const ind of block.indicators.filter((i) => i.row >= line.row && i.row <= line.lastRow)) {
      inputs.push(
        input(
          ctx,
          line.sheet,
          a1(ind.row - 1, capCol),
          ind.capaian,
          true,
          `${xl("capaianComputed", lang)}: ${ind.name}`
        )
      );
    }
  }
  const method = ctx.analysis.report.config.efficiencyMethod;
  return {
    title: `${label("efisiensi", lang)}: ${line.name}`,
    formula: w.formula,
    inputs,
    source: `${xl(method, lang)}${line.band ? `; ${xl("band", lang)}: ${line.band}` : ""}`,
  };
}

export function explainBudgetLine(ctx: Ctx, line: BudgetResult, cell: string): Explanation {
  const block = blockOf(ctx, line.tableIndex);
  const ser = block?.col.serapan !== undefined ? a1(line.row - 1, block.col.serapan) : null;
  const w = ser ? planCellAt(ctx, line.sheet, ser) : undefined;
  const out: Explanation = {
    title: line.name,
    inputs: budgetInputs(ctx, line),
    source: xl("serapanSource", ctx.lang),
    ...rulesOf(ctx, anomaliesAt(ctx, line.sheet, cell)),
  };
  if (w?.formula) out.formula = w.formula;
  return out;
}

export function isBudgetColumn(analysis: Analysis, tableIndex: number, col: number): boolean {
  const c = analysis.tables[tableIndex]?.columns;
  if (!c) return false;
  return [c.pagu, c.realisasiAnggaran, c.serapan, c.rataCapaian].some(
    (l) => !!l && colIndex(l) === col
  );
}
