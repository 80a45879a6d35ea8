// Realisasi (dihitung), Capaian (dihitung) and Status for each indicator row of a block.
import { a1, parseA1 } from "../address";
import { kindAt } from "../source-kind";
import type { Config, IndicatorResult, Lang } from "../types";
import type { Draft } from "./draft";
import { call, num, op, orBlank, range, ref, type Expr } from "./expr";
import { label } from "./labels";
import type { Block } from "./placement";
import { sourceTerm, type SourceTerm } from "./sources";

/** Where an indicator's computed cells landed, for Ringkasan and the explainer. */
export interface IndicatorCells {
  ind: IndicatorResult;
  sheet: string;
  realisasi: string;
  capaian: string;
  status: string;
  /** Why some inputs are constants or scaled: shown in the Anomali column. */
  notes: NonNullable<SourceTerm["note"]>[];
}

export function realisasiFormat(ind: IndicatorResult): string {
  if (ind.percent) return "0.00%";
  return ind.annual !== null && !Number.isInteger(ind.annual) ? "#,##0.00" : "#,##0";
}

/** A1 range over the quarter cells when they sit side by side on the row (E6:H6), else null. */
function quarterRange(ind: IndicatorResult): string | null {
  const qs = ind.sources.quarters;
  if (qs.length === 0 || qs.some((q) => !q)) return null;
  const refs = qs.map((q) => parseA1(q as string));
  const contiguous = refs.every((r, i) => r.row === refs[0].row && r.col === refs[0].col + i);
  return contiguous ? `${qs[0]}:${qs[qs.length - 1]}` : null;
}

/** Show a parsed value as a percentage when the indicator is one or the cell read as "36%". */
export function percentAt(ind: IndicatorResult, addr: string | null | undefined): boolean {
  return ind.percent || (!!addr && kindAt(ind.sources, addr) === "percent");
}

/** Candidate formulas for the annual realisasi, best first, and the inputs they use. */
function realisasiCandidates(
  draft: Draft,
  ind: IndicatorResult
): { candidates: Expr[]; terms: SourceTerm[] } {
  const sheet = ind.sheet;
  if (!ind.annualDerived) {
    const t = sourceTerm(
      draft.grid,
      sheet,
      ind.sources.annual,
      ind.annual,
      percentAt(ind, ind.sources.annual)
    );
    return t ? { candidates: [t.expr], terms: [t] } : { candidates: [], terms: [] };
  }
  const terms = ind.quarters
    .map((q, i) =>
      sourceTerm(
        draft.grid,
        sheet,
        ind.sources.quarters[i] ?? null,
        q,
        percentAt(ind, ind.sources.quarters[i])
      )
    )
    .filter((t): t is SourceTerm => t !== null);
  if (terms.length === 0) return { candidates: [], terms };
  const agg = ind.cumulativeQuarters ? "last" : ind.aggregation;
  if (agg === "last") {
    const t = terms[terms.length - 1];
    return { candidates: [t.expr], terms: [t] };
  }
  const fn = agg === "sum" ? "SUM" : "AVERAGE";
  const candidates: Expr[] = [];
  const span = quarterRange(ind);
  // SUM/AVERAGE over the row ignore "-" and other text, so the plain range works when every value is a number.
  if (span && terms.every((t) => t.kind === "ref")) candidates.push(call(fn, range(sheet, span)));
  if (terms.some((t) => t.kind !== "constant"))
    candidates.push(call(fn, ...terms.map((t) => t.expr)));
  return { candidates, terms };
}

function capaianCandidates(
  ind: IndicatorResult,
  realisasiCell: string,
  target: SourceTerm,
  cap: Config["cap"]
): Expr[] {
  const ratio = op("/", ref(ind.sheet, realisasiCell), target.expr);
  const bases =
    ind.polarity === "negative"
      ? [op("-", num(2), ratio), call("MAX", num(0), op("-", num(2), ratio))]
      : [ratio];
  return bases.map((b) => orBlank(cap === null ? b : call("MIN", b, num(cap))));
}

// ROUND(…,9): a capaian of 0.7999999999999999/0.8 shows as 100.00% and must read "Tercapai"; spreadsheet
// engines disagree on such last-bit noise (HyperFormula compares with an epsilon, Excel exactly), rounding doesn't.
export function statusFormula(capaianCell: string, lang: Lang): string {
  return `=IF(${capaianCell}="","${label("cannot", lang)}",IF(ROUND(${capaianCell},9)>=1,"${label("achieved", lang)}","${label("notAchieved", lang)}"))`;
}

export function statusValue(v: unknown, lang: Lang): string {
  if (typeof v !== "number") return label("cannot", lang);
  return label(Math.round(v * 1e9) / 1e9 >= 1 ? "achieved" : "notAchieved", lang);
}

export function writeIndicatorColumns(
  draft: Draft,
  block: Block,
  config: Config,
  lang: Lang
): IndicatorCells[] {
  const out: IndicatorCells[] = [];
  const { sheet } = block;
  const cols = block.col as Required<Block["col"]>;
  const seen = new Set<number>();
  for (const ind of [...block.indicators].sort((a, b) => a.row - b.row)) {
    if (seen.has(ind.row)) continue; // one computed row per sheet row
    seen.add(ind.row);
    const r = ind.row - 1;
    const cells: IndicatorCells = {
      ind,
      sheet,
      realisasi: a1(r, cols.realisasi),
      capaian: a1(r, cols.capaian),
      status: a1(r, cols.status),
      notes: [],
    };

    // Realisasi (dihitung)
    const { candidates, terms } = realisasiCandidates(draft, ind);
    const numFmt = realisasiFormat(ind);
    if (ind.annual === null) {
      // A qualitative realisasi ("Baik") is shown as read; anything else missing stays blank.
      const raw = ind.sources.annual ? draft.grid.userValueAt(sheet, ind.sources.annual) : null;
      draft.value(sheet, cells.realisasi, ind.qualitative && typeof raw === "string" ? raw : "", {
        style: "computed",
      });
    } else {
      const w = draft.computed(sheet, cells.realisasi, candidates, ind.annual, {
        numFmt,
        style: "computed",
      });
      if (w.formula || terms.every((t) => t.kind === "constant")) {
        for (const t of terms) if (t.note) cells.notes.push(t.note);
      }
    }

    // Capaian (dihitung)
    const target = sourceTerm(
      draft.grid,
      sheet,
      ind.sources.target,
      ind.target,
      percentAt(ind, ind.sources.target)
    );
    const capFmt = { numFmt: "0.00%", style: "computed" as const };
    if (ind.qualitative || !target || ind.capaian === null) {
      draft.value(sheet, cells.capaian, ind.capaian ?? "", capFmt);
    } else {
      const w = draft.computed(
        sheet,
        cells.capaian,
        capaianCandidates(ind, cells.realisasi, target, config.cap),
        ind.capaian,
        capFmt
      );
      if (w.formula && target.note) cells.notes.push(target.note);
    }

    // Status: live over the capaian cell.
    const capValue = draft.valueAt(sheet, r, cols.capaian);
    draft.rawFormula(
      sheet,
      cells.status,
      statusFormula(cells.capaian, lang),
      statusValue(capValue, lang),
      { style: "computed" }
    );
    out.push(cells);
  }
  return out;
}
