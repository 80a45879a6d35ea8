// Shared pieces of the "Periksa" explanations: the result shape, the context, and how inputs and rules are shown.
import { a1, parseA1 } from "../address";
import type { Analysis, Anomaly, CellWrite, Lang, RuleId, Severity, WritePlan } from "../types";
import { Grid } from "../plan/grid";
import { mostSevere } from "../plan/labels";
import { layoutBlocks, type Block, type BlockRole } from "../plan/placement";
import { showNumber } from "../plan/sources";
import { ruleDescription, ruleFix } from "./rule-texts";

export interface ExplanationInput {
  sheet: string;
  cell: string;
  /** What the input is ("Target", "Triwulan II"), when known. */
  label?: string;
  /** The cell's content as read (text, number, boolean, error text), null when empty. */
  raw: string | number | boolean | null;
  /** The number the engine used, null when it used none. */
  value: number | null;
  /** How the value was read when not as is: `"75 Kasus 36%" → 36%`. */
  note?: string;
  /** The input is a percentage: show 0,7 as 70%. */
  percent?: boolean;
}

export interface ExplainedRule {
  id: RuleId;
  severity: Severity;
  message: string;
}

export interface Explanation {
  title: string;
  formula?: string;
  inputs: ExplanationInput[];
  /** The most severe anomaly on the cell (or row, for the Anomali column). */
  rule?: ExplainedRule;
  /** All of them, most severe first, when there are several. */
  rules?: ExplainedRule[];
  /** What the rule checks. */
  description?: string;
  source?: string;
  fix?: string;
}

export interface Ctx {
  analysis: Analysis;
  plan: WritePlan;
  grid: Grid;
  lang: Lang;
  blocks: Block[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
export const norm = (cell: string) => cell.replace(/\$/g, "").toUpperCase();

/**
 * The context of one explanation (Periksa, worked or plain): the cell's normalized address and position, and the
 * grid and blocks the plan was laid out on. Null for an address that does not parse.
 */
export function explainContext(
  analysis: Analysis,
  plan: WritePlan,
  cell: string,
  lang: Lang
): { ctx: Ctx; addr: string; row: number; col: number } | null {
  const addr = norm(cell);
  let pos;
  try {
    pos = parseA1(addr);
  } catch {
    return null;
  }
  const grid = new Grid(analysis.view);
  const ctx: Ctx = { analysis, plan, grid, lang, blocks: layoutBlocks(analysis, grid) };
  return { ctx, addr, row: pos.row, col: pos.col };
}

/** Per context, the plan's cells by sheet and normalized address (the first write of a cell, as a find gives). */
const cellIndexes = new WeakMap<Ctx, Map<string, CellWrite>>();

export function planCellAt(ctx: Ctx, sheet: string, cell: string): CellWrite | undefined {
  let index = cellIndexes.get(ctx);
  if (!index) {
    index = new Map();
    for (const c of ctx.plan.cells) {
      const k = `${c.sheet}\u0000${norm(c.cell)}`;
      if (!index.has(k)) index.set(k, c);
    }
    cellIndexes.set(ctx, index);
  }
  return index.get(`${sheet}\u0000${cell}`);
}

export function rawOf(ctx: Ctx, sheet: string, cell: string): ExplanationInput["raw"] {
  const w = planCellAt(ctx, sheet, cell);
  if (w) {
    const v = w.formula ? w.result : w.value;
    return v === undefined || v === "" ? null : v;
  }
  const v = ctx.grid.userValueAt(sheet, cell);
  return v !== null && typeof v === "object" ? v.error : v;
}

export function input(
  ctx: Ctx,
  sheet: string,
  cell: string,
  value: number | null,
  percent: boolean,
  name?: string
): ExplanationInput {
  const raw = rawOf(ctx, sheet, cell);
  const out: ExplanationInput = { sheet, cell, raw, value };
  if (percent) out.percent = true;
  if (name) out.label = name;
  if (value !== null && typeof raw === "string")
    out.note = `"${raw}" → ${showNumber(value, percent)}`;
  else if (
    value !== null &&
    typeof raw === "number" &&
    raw !== value &&
    Math.abs(raw / 100 - value) <= 1e-9 * Math.max(1, Math.abs(value))
  ) {
    out.note = `${raw} → ${showNumber(value, true)}`;
  }
  return out;
}

/** A cell named by an anomaly: its number as read, if any. */
export function anomalyInputs(ctx: Ctx, list: Anomaly[]): ExplanationInput[] {
  const seen = new Set<string>();
  const out: ExplanationInput[] = [];
  for (const a of list) {
    const cell = norm(a.cell);
    if (seen.has(`${a.sheet}!${cell}`)) continue;
    seen.add(`${a.sheet}!${cell}`);
    const raw = rawOf(ctx, a.sheet, cell);
    out.push({ sheet: a.sheet, cell, raw, value: typeof raw === "number" ? raw : null });
  }
  return out;
}

export function rulesOf(
  ctx: Ctx,
  list: Anomaly[]
): Pick<Explanation, "rule" | "rules" | "description" | "fix"> {
  if (list.length === 0) return {};
  const sorted = [...list].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const top = sorted[0];
  const out: Pick<Explanation, "rule" | "rules" | "description" | "fix"> = {
    rule: { id: top.rule, severity: mostSevere(list.map((a) => a.severity)), message: top.message },
    description: ruleDescription(top.rule, ctx.lang),
    fix: [...new Set(sorted.map((a) => ruleFix(a, ctx.lang)))].join(" "),
  };
  if (sorted.length > 1)
    out.rules = sorted.map((a) => ({ id: a.rule, severity: a.severity, message: a.message }));
  return out;
}

export const anomaliesAt = (ctx: Ctx, sheet: string, cell: string) =>
  ctx.analysis.report.anomalies.filter((a) => a.sheet === sheet && norm(a.cell) === cell);

export function blockOf(ctx: Ctx, tableIndex: number): Block | undefined {
  return ctx.blocks.find((b) => b.tableIndex === tableIndex);
}

export function computedAddr(
  ctx: Ctx,
  tableIndex: number,
  row1: number,
  role: BlockRole
): string | null {
  const b = blockOf(ctx, tableIndex);
  const col = b?.col[role];
  return col === undefined ? null : a1(row1 - 1, col);
}

export function rowAnomalies(ctx: Ctx, sheet: string, row0: number, tableIndex: number): Anomaly[] {
  const t = ctx.analysis.tables[tableIndex];
  return ctx.analysis.report.anomalies.filter((a) => {
    if (a.sheet !== sheet) return false;
    try {
      const p = parseA1(a.cell);
      return p.row === row0 && (!t || (p.col >= t.firstCol && p.col <= t.lastCol));
    } catch {
      return false;
    }
  });
}
