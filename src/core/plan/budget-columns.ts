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
    const rows = byCol.get(col);
    if (rows) rows.push(row);
    else byCol.set(col, [row]);
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

/**
 * The indicator cells whose row lies in first..last, in their original order: the cells sorted by row once, then
 * a binary search per line (a filter per line grows with lines × indicators).
 */
function indicatorsByRows(
  cells: IndicatorCells[]
): (first: number, last: number) => IndicatorCells[] {
  const order = cells
    .map((_c, i) => i)
    .sort((a, b) => cells[a].ind.row - cells[b].ind.row || a - b);
  return (first, last) => {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cells[order[mid]].ind.row < first) lo = mid + 1;
      else hi = mid;
    }
    const hits: number[] = [];
    for (let k = lo; k < order.length && cells[order[k]].ind.row <= last; k++) hits.push(order[k]);
    return hits.sort((a, b) => a - b).map((i) => cells[i]);
  };
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
  const indicatorsIn = indicatorsByRows(indicatorCells);
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

    const lineInds = indicatorsIn(line.row, line.lastRow);
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
