// Several quantities in one cell ("75 Kasus 36%"): the one whose unit matches the target's is used.
import { fmtNumber, fmtPercent } from "../i18n/format";
import { parseA1 } from "../address";
import type { Finding, Rule } from "./rule";

export const mixedUnits: Rule = {
  id: "MIXED_UNITS",
  severity: "warning",
  run(ctx) {
    const out: Finding[] = [];
    const lang = ctx.config.lang;
    for (const w of ctx.indicators) {
      const g = ctx.grids.get(w.result.sheet);
      for (const cell of w.mixedCells) {
        const { row, col } = parseA1(cell);
        const raw = g ? g.text(row, col) : null;
        const used = usedValue(w, cell);
        out.push({
          sheet: w.result.sheet,
          cell,
          params: {
            name: w.result.name,
            actual: raw,
            expected:
              used === null
                ? "–"
                : w.result.percent
                  ? fmtPercent(used, lang)
                  : fmtNumber(used, lang),
          },
          actual: raw,
          expected: used,
        });
      }
    }
    return out;
  },
};

function usedValue(
  w: {
    result: {
      sources: { target: string | null; quarters: (string | null)[]; annual: string | null };
      target: number | null;
      quarters: (number | null)[];
      annual: number | null;
      annualDerived: boolean;
    };
  },
  cell: string
): number | null {
  const i = w.result;
  if (i.sources.target === cell) return i.target;
  if (i.sources.annual === cell && !i.annualDerived) return i.annual;
  const q = i.sources.quarters.indexOf(cell);
  return q >= 0 ? i.quarters[q] : null;
}
