// What a run or a removal left alone, in the user's words (the pane and the CLI show the same lines; the words are
// in the packs' `kept` section).
import { sheetRef } from "../address";
import type { KeptReason, Lang, WritePlan } from "../types";
import { text } from "./messages";

const KEY = {
  edited: "edited",
  "name-missing": "nameMissing",
  "sheet-missing": "sheetMissing",
  occupied: "occupied",
} as const satisfies Record<KeptReason, string>;

/** One line per kept cell or block, at most `max` (then a count of the rest). */
export function keptLines(kept: WritePlan["kept"], lang: Lang, max = 20): string[] {
  const lines = kept.slice(0, max).map((k) =>
    text(lang, "kept", KEY[k.reason], {
      where: sheetRef(k.sheet, k.cell),
      sheet: k.sheet,
    })
  );
  if (kept.length > max) lines.push(text(lang, "kept", "more", { n: kept.length - max }));
  return lines;
}
