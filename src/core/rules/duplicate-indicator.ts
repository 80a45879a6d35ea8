// The same indicator name twice in one table (case, spaces and punctuation ignored).
import type { Finding, Rule } from "./rule";

export const duplicateIndicator: Rule = {
  id: "DUPLICATE_INDICATOR",
  severity: "warning",
  run(ctx) {
    const out: Finding[] = [];
    const seen = new Map<string, string>();
    for (const w of ctx.indicators) {
      if (!w.nameCell) continue;
      const key = `${w.result.sheet}\u0000${w.result.tableIndex}\u0000${w.result.name
        .toLowerCase()
        .replace(/[^a-z0-9\u00C0-\u024F]+/g, " ")
        .trim()}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, w.nameCell);
        continue;
      }
      out.push({
        sheet: w.result.sheet,
        cell: w.nameCell,
        params: { name: w.result.name, first },
        actual: w.result.name,
      });
    }
    return out;
  },
};
