// MISSING_TARGET and MISSING_REALISASI, only in tables that have realisasi columns
// (a Perjanjian Kinerja table of targets alone is complete as it is).
import type { Finding, Rule } from "./rule";

export const missingTarget: Rule = {
  id: "MISSING_TARGET",
  severity: "warning",
  run(ctx) {
    const out: Finding[] = [];
    for (const w of ctx.indicators) {
      const i = w.result;
      if (!w.table.columns.target || i.target !== null || i.qualitative) continue;
      if (!hasRealisasiColumns(w.table.columns)) continue;
      if (i.sources.kinds.target === "text") continue; // text target: not missing
      // A trend table runs back to years before the IKU had a target.
      if (w.table.trend) continue;
      out.push({
        sheet: i.sheet,
        cell: i.sources.target ?? w.nameCell ?? "A1",
        params: { name: i.name },
      });
    }
    return out;
  },
};

export const missingRealisasi: Rule = {
  id: "MISSING_REALISASI",
  severity: "warning",
  run(ctx) {
    const out: Finding[] = [];
    for (const w of ctx.indicators) {
      const i = w.result;
      if (!hasRealisasiColumns(w.table.columns) || i.qualitative) continue;
      if (i.annual !== null || i.quarters.some((q) => q !== null)) continue;
      const cell =
        i.sources.annual ?? [...i.sources.quarters].reverse().find((q) => q !== null) ?? w.nameCell;
      if (!cell) continue;
      out.push({ sheet: i.sheet, cell, params: { name: i.name } });
    }
    return out;
  },
};

function hasRealisasiColumns(c: Record<string, string | undefined>): boolean {
  return !!(c.realisasi || c.tw1 || c.tw2 || c.tw3 || c.tw4);
}
