// The pane's formatting: the engine's one formatter (src/core/i18n/format.ts) in the language shown.
import { fmtNumber, fmtPercent, fmtRupiah, type Lang } from "../core";

/** A ratio (1 = 100%) as "51,43%" / "51.43%"; "–" when missing. */
export function formatPercent(ratio: number | null | undefined, lang: Lang): string {
  return fmtPercent(ratio, lang);
}

export function formatNumber(n: number | null | undefined, lang: Lang): string {
  return fmtNumber(n, lang, 4);
}

export function formatRupiah(n: number | null | undefined, lang: Lang): string {
  return fmtRupiah(n, lang);
}

/** Any report value (number, text, null) for display. */
export function formatValue(v: unknown, lang: Lang): string {
  if (v === null || v === undefined || v === "") return "–";
  if (typeof v === "number") return formatNumber(v, lang);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "object" && v && "error" in v) return String((v as { error: unknown }).error);
  return String(v);
}
