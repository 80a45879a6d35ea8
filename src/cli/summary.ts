// The readable summary printed for each analysed file.
import { fmtPercent } from "../core/i18n/format";
import { policyWord } from "../core/i18n/rule-messages";
import type { Lang, Report } from "../core/types";
import { msg } from "./messages";
import type { Io } from "./main";

const KIND: Record<string, { id: string; en: string }> = {
  indicators: { id: "IKU", en: "IKU" },
  budget: { id: "anggaran", en: "budget" },
  other: { id: "lainnya", en: "other" },
};

export function printSummary(r: Report, lang: Lang, io: Io, heading: string | null): void {
  if (heading) io.out(`== ${heading}`);
  io.out(msg(lang, "tables", { n: r.tables.length }));
  for (const t of r.tables) {
    const n =
      t.indicators > 0
        ? lang === "id"
          ? `, ${t.indicators} indikator`
          : `, ${t.indicators} indicators`
        : "";
    io.out(`  ${t.sheet}!${t.range} (${KIND[t.kind][lang]}${n})`);
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
    const line =
      lang === "id"
        ? `  ${b.name}: serapan ${fmtPercent(b.serapan, lang)}, capaian kinerja ${fmtPercent(b.capaianKinerja, lang)}, efisiensi ${fmtPercent(b.efisiensi, lang)}`
        : `  ${b.name}: absorption ${fmtPercent(b.serapan, lang)}, performance ${fmtPercent(b.capaianKinerja, lang)}, efficiency ${fmtPercent(b.efisiensi, lang)}`;
    io.out(line);
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
