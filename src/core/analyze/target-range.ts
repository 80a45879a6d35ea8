// A target written as a range ("150-250", "80 – 90", "10 s.d. 20"): any realisation inside it meets the target,
// and no one ratio R / T follows from it (over the low end? the high end? the middle?). The capaian is left
// uncomputed rather than guessed, so a stated capaian is not called wrong against a number the sheet never meant.
// A one-sided target ("≥ 80", "maks 5") keeps its bound as the target: its rule is clear.
const RANGE =
  /^\s*\d[\d.,]*\s*%?\s*(?:-|–|—|s\.?\s*d\.?|s\/d|sampai|hingga|to)\s*\d[\d.,]*\s*%?\s*$/i;

export function isRangeTarget(text: string | null): boolean {
  return text !== null && RANGE.test(text);
}
