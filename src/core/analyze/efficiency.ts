// Budget efficiency. Default: capaian kinerja / serapan (efisien when ≥ 1).
// PMK 214/2017: E = (P·CK − RA) / (P·CK); nilai efisiensi NE = 50% + (E / 20%) · 50%, clamped to 0–100%.
// NKA bands (PMK 62/2023): > 90 Sangat Baik, > 80–90 Baik, > 60–80 Cukup, > 50–60 Kurang, ≤ 50 Sangat Kurang.
import { categoryLabel } from "../parse/categories";

export function efficiencyRatio(
  capaianKinerja: number | null,
  serapan: number | null
): number | null {
  if (capaianKinerja === null || serapan === null || serapan === 0) return null;
  const e = capaianKinerja / serapan;
  return Number.isFinite(e) ? e : null;
}

export function pmk214(
  pagu: number | null,
  realisasi: number | null,
  capaianKinerja: number | null
): { e: number; ne: number } | null {
  if (pagu === null || realisasi === null || capaianKinerja === null) return null;
  const pck = pagu * capaianKinerja;
  if (pck === 0) return null;
  const e = (pck - realisasi) / pck;
  if (!Number.isFinite(e)) return null;
  const ne = Math.max(0, Math.min(1, 0.5 + (e / 0.2) * 0.5));
  return { e, ne };
}

/** NKA band of a score in points (0–100), named as the qualitative categories are (one table of their names). */
export function nkaBand(points: number | null, lang: "id" | "en" = "id"): string | null {
  if (points === null || !Number.isFinite(points)) return null;
  const rank = points > 90 ? 5 : points > 80 ? 4 : points > 60 ? 3 : points > 50 ? 2 : 1;
  return categoryLabel(rank, lang);
}
