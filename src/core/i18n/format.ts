// Number formatting for messages: Indonesian "51,43%" and "42.010", English "51.43%" and "42,010".
import type { Lang } from "../types";

function group(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

export function fmtNumber(v: number | null | undefined, lang: Lang, decimals = 2): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "–";
  const fixed = Math.abs(v)
    .toFixed(decimals)
    .replace(/\.?0+$/, "");
  const [i, f] = fixed.split(".");
  const [thou, dec] = lang === "id" ? [".", ","] : [",", "."];
  return (v < 0 ? "-" : "") + group(i, thou) + (f ? dec + f : "");
}

export function fmtPercent(v: number | null | undefined, lang: Lang): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "–";
  const p = v * 100;
  const fixed = Math.abs(p).toFixed(2);
  const [i, f] = fixed.split(".");
  const [thou, dec] = lang === "id" ? [".", ","] : [",", "."];
  return (p < 0 ? "-" : "") + group(i, thou) + dec + f + "%";
}
