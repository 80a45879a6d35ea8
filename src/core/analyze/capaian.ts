// Capaian (achievement) of one indicator. Ratios: 1 = 100%.
import type { ParsedCell } from "../parse/cell";
import type { Aggregation, Config, MissingPolicy, Polarity } from "../types";

/**
 * Positive polarity R/T; negative 2 − R/T (PermenPAN-RB 8/2021 and LKjIP practice);
 * null when either is missing or the target is 0. Optional cap from the config.
 */
export function capaianOf(
  realisasi: number | null,
  target: number | null,
  polarity: Polarity,
  cap: Config["cap"]
): number | null {
  if (realisasi === null || target === null || target === 0) return null;
  const ratio = realisasi / target;
  const c = polarity === "negative" ? 2 - ratio : ratio;
  // 1e10 / 1e-300 is Infinity: no capaian, rather than a number JSON cannot hold.
  if (!Number.isFinite(c)) return null;
  return cap === null ? c : Math.min(c, cap);
}

/** Qualitative: at or above the target's category → 1, else the ratio of the ranks. */
export function qualitativeCapaian(realRank: number, targetRank: number): number {
  return realRank >= targetRank ? 1 : realRank / targetRank;
}

/** Annual realisasi from the quarters, by aggregation. */
export function annualFromQuarters(
  quarters: (number | null)[],
  aggregation: Aggregation
): number | null {
  const present = quarters.filter((q): q is number => q !== null);
  if (present.length === 0) return null;
  const sum = present.reduce((a, b) => a + b, 0);
  // A sum past Number.MAX_VALUE is not a realisasi anyone typed: none, rather than Infinity.
  if (!Number.isFinite(sum)) return aggregation === "last" ? present[present.length - 1] : null;
  if (aggregation === "sum") return sum;
  if (aggregation === "average") return sum / present.length;
  return present[present.length - 1];
}

/** Average of capaian values under the missing-value policy: excluded, or counted as 0. */
export function averageOf(
  values: (number | null)[],
  policy: MissingPolicy
): { value: number | null; counted: number; total: number } {
  const total = values.length;
  const present = values.filter((v): v is number => v !== null);
  const counted = present.length;
  const sum = present.reduce((a, b) => a + b, 0);
  const value =
    policy === "zero" ? (total === 0 ? null : sum / total) : counted === 0 ? null : sum / counted;
  return { value: value !== null && Number.isFinite(value) ? value : null, counted, total };
}

/** The stated capaian as a ratio; a plain 51.43 next to a computed 0.5143 is read as percent points. */
export function reportedCapaian(p: ParsedCell | null, computed: number | null): number | null {
  if (!p || p.value === null || (p.kind !== "number" && p.kind !== "text-number")) return null;
  const v = p.value;
  if (p.percent || p.unit === "%") return v;
  if (
    Math.abs(v) > 3 &&
    (computed === null || Math.abs(v / 100 - computed) < Math.abs(v - computed))
  )
    return v / 100;
  return v;
}
