// A target of 0: capaian is undefined (division by zero).
import type { Finding, Rule } from "./rule";

export const targetZero: Rule = {
  id: "TARGET_ZERO",
  severity: "error",
  run(ctx) {
    const out: Finding[] = [];
    for (const { result: i } of ctx.indicators) {
      if (i.target !== 0 || !i.sources.target) continue;
      out.push({ sheet: i.sheet, cell: i.sources.target, params: { name: i.name }, actual: 0 });
    }
    return out;
  },
};
