// Numbers stored as text ("1.905", "35,17%", "Rp 9.365.037.000") in a table's numeric cells: one finding per
// column, at its first such cell, with the count. Exports of SIPD and OM-SPAN write every figure as id-ID text,
// which is normal for them, so a 480-row export gives one note per column, not thousands.
// Quantities with a unit word ("42.010 orang") are how staff write counts, so they are not counted.
import { a1, colLetter } from "../address";
import { PURE_NUMBER_TEXT } from "../parse/cell";
import type { Finding, Rule } from "./rule";

export const numberAsText: Rule = {
  id: "NUMBER_AS_TEXT",
  severity: "info",
  run(ctx) {
    const out: Finding[] = [];
    for (const t of ctx.tables) {
      const g = ctx.grids.get(t.sheet);
      if (!g) continue;
      const textCols = new Set<string>();
      for (const role of ["no", "sasaran", "indikator", "satuan", "keterangan"] as const) {
        const l = t.columns[role];
        if (l) textCols.add(l);
      }
      for (let c = t.firstCol; c <= t.lastCol; c++) {
        // Codes and numbering ("5", "5.1.02") are labels, not figures.
        if (
          textCols.has(colLetter(c)) ||
          /^(kode|kd\b|no\b|nomor|rekening)/i.test(t.headers[c] ?? "")
        )
          continue;
        let first: { r: number; v: string; value: number | null } | null = null;
        let count = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = g.raw(r, c);
          // Only a text shaped like a bare number can be one; names and quantities are skipped unparsed.
          if (typeof v !== "string" || !PURE_NUMBER_TEXT.test(v.trim())) continue;
          const p = g.cell(r, c);
          if (p.kind !== "text-number" || !p.pureNumberText) continue;
          count++;
          if (!first) first = { r, v, value: p.value };
        }
        if (!first) continue;
        out.push({
          sheet: t.sheet,
          cell: a1(first.r, c),
          params: { actual: first.v, count, column: colLetter(c) },
          actual: first.v,
          expected: first.value,
        });
      }
    }
    return out;
  },
};
