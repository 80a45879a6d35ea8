// Kinerja columns repeated per year (Target 2019 | Target 2020 | Realisasi 2019 | Realisasi 2020 | Capaian 2019 |
// Capaian 2020, class 3): each year's capaian proves its own realisasi / target, and the header roles, which take
// the first column of each name, would report the earliest year. The report is for the latest year the headers name.

const YEAR = /(?:^|[^0-9])((?:19|20)\d\d)(?![0-9])/g;

/** The latest year written in a header ("Capaian 2020(%)" → 2020), or null when it names none. */
export function headerYear(header: string | undefined): number | null {
  if (!header) return null;
  let best: number | null = null;
  for (const m of header.matchAll(YEAR)) {
    const y = Number(m[1]);
    if (best === null || y > best) best = y;
  }
  return best;
}

/**
 * Of several ratio readings (z = x / y), the one of the latest year, when every reading's columns name a year and
 * the readings do not all name the same one; otherwise null (the headers say nothing about years).
 */
export function latestYearReading<T extends { f: { z: number; x: number; y: number } }>(
  readings: T[],
  headers: Record<number, string>
): T | null {
  if (readings.length < 2) return null;
  const years: number[] = [];
  for (const a of readings) {
    const y =
      headerYear(headers[a.f.z]) ?? headerYear(headers[a.f.x]) ?? headerYear(headers[a.f.y]);
    if (y === null) return null;
    years.push(y);
  }
  const max = Math.max(...years);
  if (years.every((y) => y === max)) return null;
  const at = years.indexOf(max);
  return years.indexOf(max, at + 1) === -1 ? readings[at] : null;
}
