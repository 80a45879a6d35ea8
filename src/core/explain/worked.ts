// "Periksa", worked: for a computed, flagged, average or total cell, the formula in words, each input with its
// cell, content and reading, the arithmetic with the numbers substituted and the result as displayed, the rule and
// its legal source, and what would clear a flag — so a reviewer can redo the number with a calculator.
// Built on the same layout and report data as explainCell; pure data, both languages.
import { colIndex, parseA1 } from "../address";
import type { Analysis, IndicatorResult, Lang, WritePlan } from "../types";
import { explainContext, planCellAt } from "./context";
import { formulaRefs } from "./explain-summary";
import { lineIndicators, workedAverage, workedEfisiensi, workedSerapan } from "./worked-aggregate";
import { workedTotal } from "./worked-total";
import { workedCapaian } from "./worked-indicator";
import { flagsAt, rowFlags, wctx, type WCtx, type WorkedExplanation } from "./worked-inputs";
import { ruleTitle } from "./rule-texts";
import { readsTextAt } from "../plan/text-number";

export type {
  WorkedExplanation,
  WorkedInput,
  WorkedStep,
  WorkedFlag,
  WorkedKind,
} from "./worked-inputs";

export function workedExplanation(
  analysis: Analysis,
  plan: WritePlan,
  sheet: string,
  cell: string,
  lang: Lang
): WorkedExplanation | null {
  const found = explainContext(analysis, plan, cell, lang);
  if (!found) return null;
  const { addr } = found;
  const ctx = wctx(found.ctx);
  const out = locate(ctx, sheet, addr, found.row, found.col, 0);
  if (!out) return null;
  const w = planCellAt(ctx, sheet, addr);
  if (w?.formula && !out.formula) out.formula = w.formula;
  noteTextInputs(ctx, out);
  return out;
}

/** Says, for each input read from text, whether the plan's formulas read it live or carry it as a constant. */
function noteTextInputs(ctx: WCtx, e: WorkedExplanation): void {
  for (const i of e.inputs) {
    if (!i.textSourced || typeof i.raw !== "string") continue;
    const live = ctx.plan.cells.some(
      (c) => c.sheet === i.sheet && !!c.formula && readsTextAt(c.formula, i.cell)
    );
    i.textNote = live ? ctx.m.textByFormula(i.raw) : ctx.m.textAsConstant(i.raw);
  }
}

function locate(
  ctx: WCtx,
  sheet: string,
  addr: string,
  row0: number,
  col: number,
  depth: number
): WorkedExplanation | null {
  const { analysis, plan } = ctx;
  const report = analysis.report;
  if (plan.addSheets.includes(sheet)) return summaryCell(ctx, sheet, addr, depth);

  // The add-in's computed columns.
  const block = ctx.blocks.find(
    (b) =>
      b.sheet === sheet &&
      col >= b.startCol &&
      col < b.startCol + b.roles.length &&
      row0 >= b.top &&
      row0 <= b.bottom
  );
  if (block && row0 !== block.headerRow && planCellAt(ctx, sheet, addr)) {
    const role = block.roles[col - block.startCol];
    const t = block.table;
    if (role === "serapan" || role === "efisiensi") {
      const line = block.budget.find((b) => b.row === row0 + 1);
      if (!line) return null;
      const e =
        role === "serapan"
          ? workedSerapan(ctx, line, sheet, addr)
          : workedEfisiensi(ctx, line, sheet, addr);
      e.flags = rowFlags(ctx, sheet, row0, t.firstCol, t.lastCol);
      return e;
    }
    const ind = block.indicators.find((i) => i.row === row0 + 1);
    if (role === "anomali") {
      const flags = rowFlags(ctx, sheet, row0, t.firstCol, t.lastCol);
      const e: WorkedExplanation = ind
        ? workedCapaian(ctx, ind, sheet, addr)
        : emptyFlag(ctx, sheet, addr);
      e.flags = flags;
      return e;
    }
    if (!ind) return null;
    const e = workedCapaian(
      ctx,
      ind,
      sheet,
      addr,
      role === "realisasi" ? "realisasi" : role === "status" ? "status" : "capaian"
    );
    e.flags = rowFlags(ctx, sheet, row0, t.firstCol, t.lastCol);
    return e;
  }

  const tIndex = analysis.tables.findIndex(
    (t) =>
      t.sheet === sheet &&
      row0 >= t.firstDataRow &&
      row0 <= t.lastDataRow &&
      col >= t.firstCol &&
      col <= t.lastCol
  );
  const t = tIndex >= 0 ? analysis.tables[tIndex] : undefined;
  const here = () => flagsAt(ctx, sheet, [addr]);

  // Total ("Jumlah") rows.
  if (t && t.totalRows.includes(row0)) {
    const e = workedTotal(ctx, t, row0, col, sheet, addr);
    if (e) {
      const rupiah = e.inputs.some((i) => i.shown.startsWith("Rp"));
      e.flags = flagsAt(ctx, sheet, [addr], rupiah ? "rupiah" : "number");
      return e;
    }
  }
  // "Rata-rata" rows under the capaian column.
  const capCol = t?.columns.capaian ?? t?.columns.rataCapaian;
  if (t && t.averageRows.includes(row0) && capCol && colIndex(capCol) === col) {
    let start = t.firstDataRow;
    for (const r of t.averageRows) {
      if (r === row0) break;
      start = r + 1;
    }
    const inds = report.indicators.filter(
      (i) => i.tableIndex === tIndex && i.row - 1 >= start && i.row - 1 < row0
    );
    if (inds.length > 0) {
      const e = workedAverage(ctx, inds, sheet, addr, ctx.m.average, { sheet, cell: addr });
      e.flags = here();
      return e;
    }
  }
  // A budget line's own cells: pagu, realisasi, % serapan (serapan), rata-rata capaian (average).
  const line = report.budget.find(
    (b) =>
      b.sheet === sheet && row0 + 1 >= b.row && row0 + 1 <= b.lastRow && b.tableIndex === tIndex
  );
  if (line && t) {
    const c = t.columns;
    const is = (l?: string) => !!l && colIndex(l) === col;
    if (is(c.rataCapaian)) {
      const inds = lineIndicators(ctx, line);
      const stated = line.row === row0 + 1 ? { sheet, cell: addr } : null;
      const e = workedAverage(
        ctx,
        inds,
        sheet,
        addr,
        `${ctx.m.capaianKinerja}: ${line.name}`,
        stated
      );
      e.flags = flagsAt(ctx, sheet, [addr]);
      return e;
    }
    if (is(c.pagu) || is(c.realisasiAnggaran) || is(c.serapan)) {
      const e = workedSerapan(ctx, line, sheet, addr);
      e.flags = flagsAt(
        ctx,
        sheet,
        [line.sources.pagu, line.sources.realisasi, line.sources.serapan].filter(
          (x): x is string => !!x
        ),
        "rupiah"
      );
      return e;
    }
  }
  // An indicator row's own cells: the whole capaian computation.
  const ind = report.indicators.find(
    (i) => i.sheet === sheet && i.row === row0 + 1 && i.tableIndex === tIndex
  );
  if (ind && t) {
    const e = workedCapaian(ctx, ind, sheet, addr);
    e.flags = rowFlags(ctx, sheet, row0, t.firstCol, t.lastCol);
    return e;
  }
  // Any other flagged cell.
  const flags = here();
  if (flags.length > 0) {
    const e = emptyFlag(ctx, sheet, addr);
    e.title = ruleTitle(flags[0].rule, ctx.lang);
    e.flags = flags;
    return e;
  }
  return null;
}

function emptyFlag(ctx: WCtx, sheet: string, cell: string): WorkedExplanation {
  return {
    kind: "flag",
    sheet,
    cell,
    title: "",
    inputs: [],
    steps: [],
    arithmetic: null,
    result: null,
    notes: [],
    sources: [],
    flags: [],
  };
}

/** Ringkasan: an AVERAGE over computed capaian cells, or a reference to one computed cell. */
function summaryCell(
  ctx: WCtx,
  sheet: string,
  addr: string,
  depth: number
): WorkedExplanation | null {
  const w = planCellAt(ctx, sheet, addr);
  if (!w?.formula || depth > 2) return null;
  const refs = formulaRefs(w.formula, sheet);
  if (refs.length === 0) return null;
  const avg = /^=\s*(?:IFERROR\()?AVERAGE\(/i.test(w.formula);
  if (avg) {
    const inds: IndicatorResult[] = [];
    for (const r of refs) {
      const row = parseA1(r.cell).row + 1;
      const col = parseA1(r.cell).col;
      const i = ctx.blocks
        .filter((b) => b.sheet === r.sheet && b.col.capaian === col)
        .flatMap((b) => b.indicators)
        .find((x) => x.row === row);
      if (i) inds.push(i);
    }
    if (inds.length === 0) return null;
    const e = workedAverage(ctx, inds, sheet, addr, ctx.m.average, null);
    e.formula = w.formula;
    return e;
  }
  // A reference to one of the add-in's computed cells (serapan, efisiensi): that cell's computation.
  if (refs.length === 1 && planCellAt(ctx, refs[0].sheet, refs[0].cell)?.formula) {
    const { row, col } = parseA1(refs[0].cell);
    const e = locate(ctx, refs[0].sheet, refs[0].cell, row, col, depth + 1);
    if (!e) return null;
    return { ...e, sheet, cell: addr, formula: w.formula };
  }
  return null;
}
