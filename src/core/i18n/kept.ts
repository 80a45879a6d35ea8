// What a run or a removal left alone, in the user's words (the pane and the CLI show the same lines).
import { quoteSheet } from "../address";
import type { KeptReason, Lang, WritePlan } from "../types";

const TEXT: Record<KeptReason, { id: string; en: string }> = {
  edited: { id: "{where} diubah pengguna: dibiarkan", en: "{where} changed by you: left alone" },
  "name-missing": {
    id: "{where}: penanda hasil sebelumnya hilang, tidak dihapus (periksa sendiri)",
    en: "{where}: the marker of the previous output is gone, not removed (check it yourself)",
  },
  "sheet-missing": {
    id: "Lembar {sheet} tidak ada lagi: hasil sebelumnya di sana tidak dicari",
    en: "Sheet {sheet} no longer exists: the previous output there was not looked for",
  },
  occupied: { id: "{where} sudah terisi: dilewati", en: "{where} is in use: skipped" },
};

/** One line per kept cell or block, at most `max` (then a count of the rest). */
export function keptLines(kept: WritePlan["kept"], lang: Lang, max = 20): string[] {
  const lines = kept
    .slice(0, max)
    .map((k) =>
      TEXT[k.reason][lang]
        .replace("{where}", `${quoteSheet(k.sheet)}!${k.cell}`)
        .replace("{sheet}", k.sheet)
    );
  if (kept.length > max)
    lines.push(
      lang === "id" ? `… dan ${kept.length - max} lainnya` : `… and ${kept.length - max} more`
    );
  return lines;
}
