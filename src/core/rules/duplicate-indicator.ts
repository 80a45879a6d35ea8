// The same indicator name twice in one table (case, spaces and punctuation ignored).
import type { Finding, Rule } from "./rule";

export const duplicateIndicator: Rule = {
  id: "DUPLICATE_INDICATOR",
  severity: "warning",
  run(ctx) {
    const out: Finding[] = [];
    // One map per table (tableIndex is unique across sheets): the key is the name alone.
    const seen = new Map<number, Map<string, string>>();
    for (const w of ctx.indicators) {
      if (!w.nameCell) continue;
      let names = seen.get(w.result.tableIndex);
      if (!names) seen.set(w.result.tableIndex, (names = new Map()));
      const key = nameKey(w.result.name);
      const first = names.get(key);
      if (first === undefined) {
        names.set(key, w.nameCell);
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

/** Lower case, punctuation and runs of spaces as one space; names already in that form skip the regex. */
function nameKey(name: string): string {
  const lower = name.toLowerCase();
  return PLAIN.test(lower) ? lower : lower.replace(/[^a-z0-9\u00C0-\u024F]+/g, " ").trim();
}

const PLAIN = /^[a-z0-9\u00C0-\u024F]+(?: [a-z0-9\u00C0-\u024F]+)*$/;
