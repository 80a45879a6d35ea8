// Serapan (dihitung) and Efisiensi (dihitung) on the top row of each budget line (kegiatan), which is often
// merged over several indicator rows.
import { a1, colIndex, parseA1 } from "../address";
import type { BudgetResult, Config } from "../types";
import type { Draft } from "./draft";
import { call, evaluate, group, num, op, orBlank, range, ref, sameNumber, type Expr } from "./expr";
import type { IndicatorCells } from "./indicator-columns";
import type { Block } from "./placement";
import { sourceTerm, type SourceTerm } from "./sources";

export interface BudgetCells {
  line: BudgetResult;
  sheet: string;
  serapan: string;
  efisiensi: string;
  /** Capaian kinerja of the line as an expression (over the Capaian (dihitung) cells when possible). */
  capaianKinerja: Expr | null;
  pagu: SourceTerm | null;
  realisasi: SourceTerm | null;
  notes: NonNullable<SourceTerm["note"]>[];
}

/** Contiguous runs of cells in one column as ranges: L5:L7, L9. */
export function cellRuns(sheet: string, addrs: string[]): Expr[] {
  const byCol = new Map<number, number[]>();
  for (const a of addrs) {
    const { row, col } = parseA1(a);
    byCol.set(col, [...(byCol.get(col) ?? []), row]);
  }
  const out: Expr[] = [];
  for (const [col, rows] of [...byCol.entries()].sort((x, y) => x[0] - y[0])) {
    const sorted = [...new Set(rows)].sort((x, y) => x - y);
    let start = sorted[0];
    for (let i = 1; i <= sorted.length; i++) {
      if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
      const end = sorted[i - 1];
      out.push(
        start === end
          ? ref(sheet, a1(start, col))
          : range(sheet, `${a1(start, col)}:${a1(end, col)}`)
      );
      start = sorted[i];
    }
  }
  return out;
}

/** Mean of capaian cells under the missing policy: AVERAGE skips blanks; "zero" divides by every row. */
export function meanOf(parts: Expr[], policy: Config["missingPolicy"]): Expr | null {
  if (parts.length === 0) return null;
  if (policy === "exclude") return call("AVERAGE", ...parts);
  const rows = parts.map((p) => (p.k === "range" ? call("ROWS", p) : num(1)));
  const count = rows.reduce((acc, r) => op("+", acc, r));
  return op("/", call("SUM", ...parts), rows.length === 1 ? count : group(count));
}

function capaianKinerja(
  draft: Draft,
  block: Block,
  line: BudgetResult,
  lineInds: IndicatorCells[],
  config: Config
): Expr | null {
  const expected = line.capaianKinerja;
  if (expected === null) return null;
  const byCells = meanOf(
    cellRuns(
      block.sheet,
      lineInds.map((c) => c.capaian)
    ),
    config.missingPolicy
  );
  if (byCells && sameNumber(evaluate(byCells, draft.grid.lookup), expected)) return byCells;
  // The line's stated average (Rata-rata Capaian column), when it is the number the engine used.
  const col = block.table.columns.rataCapaian;
  if (col) {
    const t = sourceTerm(draft.grid, block.sheet, a1(line.row - 1, colIndex(col)), expected, true);
    if (t && t.kind !== "constant") return t.expr;
  }
  return num(expected);
}

function efisiensiExpr(
  method: Config["efficiencyMethod"],
  ck: Expr,
  serapanCell: Expr,
  pagu: SourceTerm | null,
  ra: SourceTerm | null
): Expr | null {
  if (method === "ratio") return orBlank(op("/", ck, serapanCell));
  if (!pagu || !ra) return null;
  // PMK 214/2017: E = (P×CK − RA)/(P×CK); NE = 50% + E/20% × 50%, bounded to 0..100%.
  const pck = op("*", pagu.expr, ck);
  const e = group(op("/", group(op("-", pck, ra.expr)), group(pck)));
  const ne = op("+", num(0.5), op("*", op("/", e, num(0.2)), num(0.5)));
  return orBlank(call("MAX", num(0), call("MIN", num(1), ne)));
}

export function writeBudgetColumns(
  draft: Draft,
  block: Block,
  indicatorCells: IndicatorCells[],
  config: Config
): BudgetCells[] {
  const out: BudgetCells[] = [];
  const { sheet } = block;
  const cols = block.col as Required<Block["col"]>;
  const fmt = { numFmt: "0.00%", style: "computed" as const };
  const seen = new Set<number>();
  for (const line of [...block.budget].sort((a, b) => a.row - b.row)) {
    if (seen.has(line.row)) continue;
    seen.add(line.row);
    const r = line.row - 1;
    const pagu = sourceTerm(draft.grid, sheet, line.sources.pagu, line.pagu, false);
    const ra = sourceTerm(draft.grid, sheet, line.sources.realisasi, line.realisasi, false);
    const cells: BudgetCells = {
      line,
      sheet,
      serapan: a1(r, cols.serapan),
      efisiensi: a1(r, cols.efisiensi),
      capaianKinerja: null,
      pagu,
      realisasi: ra,
      notes: [],
    };
    const serapanCandidates = pagu && ra ? [orBlank(op("/", ra.expr, pagu.expr))] : [];
    const sw = draft.computed(sheet, cells.serapan, serapanCandidates, line.serapan, fmt);
    if (sw.formula) for (const t of [ra, pagu]) if (t?.note) cells.notes.push(t.note);

    const lineInds = indicatorCells.filter(
      (c) => c.ind.row >= line.row && c.ind.row <= line.lastRow
    );
    const ck = capaianKinerja(draft, block, line, lineInds, config);
    cells.capaianKinerja = ck;
    const eff = ck
      ? efisiensiExpr(config.efficiencyMethod, ck, ref(sheet, cells.serapan), pagu, ra)
      : null;
    draft.computed(sheet, cells.efisiensi, eff ? [eff] : [], line.efisiensi, fmt);
    out.push(cells);
  }
  return out;
}
