// Colour bands of a capaian figure (issue 10): ≥ good is "good" (green), ≥ fair is "fair" (yellow), below is
// "poor" (red). The thresholds come from the config; the pane, the sheet's conditional formats and the workbench
// all ask here, so a capaian is never green in one place and yellow in another.
import type { Bands, CapaianBand, ConditionalFlag, Severity } from "./types";

export const DEFAULT_BANDS: Bands = { good: 1, fair: 0.8 };

/**
 * The band of a ratio (1 = 100%), or null when there is no figure. Rounded to 9 places as the Status formula is,
 * so 0.7999999999999999/0.8 counts as 100%.
 */
export function bandOf(ratio: number | null | undefined, bands: Bands): CapaianBand | null {
  if (typeof ratio !== "number" || !Number.isFinite(ratio)) return null;
  const r = Math.round(ratio * 1e9) / 1e9;
  if (r >= bands.good) return "good";
  if (r >= bands.fair) return "fair";
  return "poor";
}

/** Fill and font (RGB hex, no "#") of a band: Excel's own "good / neutral / bad" cell styles. */
export const BAND_COLORS: Record<CapaianBand, { fill: string; font: string }> = {
  good: { fill: "C6EFCE", font: "006100" },
  fair: { fill: "FFEB9C", font: "9C5700" },
  poor: { fill: "FFC7CE", font: "9C0006" },
};

/** Valid thresholds: numbers, 0 ≤ fair ≤ good (a band with fair above good would never be reached). */
export function isBands(v: unknown): v is Bands {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const b = v as Record<string, unknown>;
  const ok = (n: unknown): n is number => typeof n === "number" && Number.isFinite(n) && n >= 0;
  return ok(b.good) && ok(b.fair) && b.fair <= b.good;
}

/** Colours of a flag the plan writes: its band's, else its severity's (RGB hex, no "#"). One table for every applier. */
export const SEVERITY_COLORS: Record<Severity, { fill: string; font?: string }> = {
  error: { fill: "FDE2E1", font: "9C0006" },
  warning: { fill: "FFF2CC", font: "7F6000" },
  info: { fill: "DDEBF7" },
};

export function flagColors(f: Pick<ConditionalFlag, "severity" | "band">): {
  fill: string;
  font?: string;
} {
  return f.band ? BAND_COLORS[f.band] : SEVERITY_COLORS[f.severity];
}
