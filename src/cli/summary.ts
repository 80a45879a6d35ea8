// The readable summary printed for each analysed file.
import {
  fmtPercent,
  interpolate,
  messages,
  policyWord,
  roleWord,
  type ColumnRole,
  type Lang,
  type Report,
  type TableKind,
} from "../core";
import { msg } from "./messages";
import type { Io } from "./main";

const KIND_KEY = {
  indicators: "kindIndicators",
  budget: "kindBudget",
  other: "kindOther",
} as const satisfies Record<TableKind, string>;

export function printSummary(r: Report, lang: Lang, io: Io, heading: string | null): void {
  if (heading) io.out(`== ${heading}`);
  io.out(msg(lang, "tables", { n: r.tables.length }));
  const words = messages(lang).cliSummary;
  for (const t of r.tables) {
    const n = t.indicators > 0 ? interpolate(words.tableIndicators, { n: t.indicators }) : "";
    const sure = interpolate(words.confidence, { value: fmtPercent(t.confidence, lang) });
    io.out(`  ${t.sheet}!${t.range} (${words[KIND_KEY[t.kind]]}${n}; ${sure})`);
    // What each column was taken to be, and the arithmetic that says so.
    const cols = Object.entries(t.columns)
      .filter(([, l]) => l)
      .sort((a, b) => a[1]!.length - b[1]!.length || a[1]!.localeCompare(b[1]!))
      .map(([role, l]) => `${l}=${roleWord(role as ColumnRole, lang)}`);
    if (cols.length) io.out(`    ${interpolate(words.columns, { list: cols.join(", ") })}`);
    for (const reason of t.reasons ?? []) io.out(`    - ${reason}`);
  }
  if (r.tables.length === 0) io.out(msg(lang, "noTables"));
  io.out(
    msg(lang, "overall", {
      value: fmtPercent(r.overall.capaian, lang),
      counted: r.overall.counted,
      total: r.overall.total,
      policy: policyWord(r.overall.missingPolicy, lang),
    })
  );
  for (const b of r.budget) {
    if (b.serapan === null) continue;
    io.out(
      interpolate(words.budgetLine, {
        name: b.name,
        serapan: fmtPercent(b.serapan, lang),
        capaian: fmtPercent(b.capaianKinerja, lang),
        efisiensi: fmtPercent(b.efisiensi, lang),
      })
    );
  }
  const count = (s: string) => r.anomalies.filter((a) => a.severity === s).length;
  io.out(msg(lang, "anomalies", { n: r.anomalies.length }));
  io.out(
    msg(lang, "bySeverity", {
      error: count("error"),
      warning: count("warning"),
      info: count("info"),
    })
  );
  for (const a of r.anomalies)
    io.out(`  [${a.severity}] ${a.rule} ${a.sheet}!${a.cell}: ${a.message}`);
  for (const p of r.problems) io.out(msg(lang, "problems", { detail: p }));
}
