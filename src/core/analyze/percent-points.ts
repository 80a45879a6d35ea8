// Percent-scale repair of one % indicator row: a sheet mixing fractions (0,85) and percent points (92) is read on one
// scale (fractions), and the cells on the minority scale are named for PERCENT_SCALE.
import type { ParsedCell } from "../parse/cell";
import { NONE } from "./row-read";

/** A value cell of the row, with its address and parsed form. */
export interface ValueCell {
  addr: string | null;
  parsed: ParsedCell | null;
  value: number | null;
}

export interface RowValues {
  target: ValueCell;
  quarters: ValueCell[];
  annual: ValueCell;
}

export interface Rescaled {
  target: number | null;
  quarters: (number | null)[];
  annual: number | null;
  /** Cells on the other scale than the rest of the row. */
  percentScaleCells: readonly string[];
}

type Key = "target" | number | "annual";

/** The row's values on the fraction scale; unchanged when no value can be a percent point. */
export function repairPercentScale(v: RowValues): Rescaled {
  let target = v.target.value;
  let annual = v.annual.value;
  let quarters = v.quarters.map((q) => q.value);
  let percentScaleCells: readonly string[] = NONE;
  if (!mayHavePoints(v)) return { target, quarters, annual, percentScaleCells };
  const plain: Array<{ key: Key; addr: string; v: number; fromPercent: boolean; text: boolean }> =
    [];
  const consider = (key: Key, c: ValueCell) => {
    const p = c.parsed;
    if (c.addr === null || p === null || c.value === null || c.value === 0) return;
    const fromPercent = p.percent || (p.quantities.length > 1 ? true : p.unit === "%");
    plain.push({ key, addr: c.addr, v: c.value, fromPercent, text: p.kind !== "number" });
  };
  consider("target", v.target);
  v.quarters.forEach((q, i) => consider(i, q));
  consider("annual", v.annual);
  const points = plain.filter((x) => !x.fromPercent && Math.abs(x.v) > 1.5);
  const fractions = plain.filter((x) => x.fromPercent || Math.abs(x.v) <= 1.5);
  if (points.length > 0) {
    // Mixed scales: flag the minority (ties: the percent-point cells).
    // A target typed as the text "100 %" beside plain 35, 60, 85 is one scale (points, the % written once);
    // only stored fractions (0,85 or a %-formatted cell) beside points mix scales in the sheet.
    if (fractions.some((x) => !x.text)) {
      // Cells formatted as % are fractions for sure, so only plain cells can be the odd ones.
      const plainFractions = fractions.filter((x) => !x.fromPercent);
      const odd =
        points.length <= fractions.length || plainFractions.length === 0 ? points : plainFractions;
      percentScaleCells = odd.map((o) => o.addr);
    }
    for (const p of points) {
      if (p.key === "target") target = p.v / 100;
      else if (p.key === "annual") annual = p.v / 100;
      else quarters = quarters.map((q, i) => (i === p.key ? p.v / 100 : q));
    }
  }
  return { target, quarters, annual, percentScaleCells };
}

/** True when a value of a % indicator is not from a %-formatted cell or "%" text and above 1.5 (92 meaning 92%). */
function mayHavePoints(v: RowValues): boolean {
  const points = (c: ValueCell) =>
    c.parsed !== null &&
    c.value !== null &&
    Math.abs(c.value) > 1.5 &&
    !c.parsed.percent &&
    c.parsed.unit !== "%" &&
    c.parsed.quantities.length <= 1;
  return points(v.target) || points(v.annual) || v.quarters.some(points);
}
