// The capaian colour bands in the sheet: conditional formats on the computed Capaian and Status columns, one rule
// per band and column. They are flags like the anomaly ones (same tag, a token unique to the rule, recorded in the
// ownership record), so a re-run replaces them and "Hapus hasil" deletes exactly them.
import { parseA1 } from "../address";
import { FLAG_TAG, type Bands, type CapaianBand, type ConditionalFlag } from "../types";
import { shortHash } from "../fingerprint";
import type { IndicatorCells } from "./indicator-columns";

const BANDS: CapaianBand[] = ["good", "fair", "poor"];

/**
 * The band's condition on the row's capaian cell (`$K6`: column fixed, row relative to the range's top row), plus
 * the always-true tagged term. ROUND(…,9) as in the Status formula, so a capaian shown as 100,00% is green.
 */
export function bandFormula(
  band: CapaianBand,
  capaianTop: string,
  bands: Bands,
  token: string
): string {
  const v = `ROUND(${capaianTop},9)`;
  const test =
    band === "good"
      ? [`${v}>=${bands.good}`]
      : band === "fair"
        ? [`${v}>=${bands.fair}`, `${v}<${bands.good}`]
        : [`${v}<${bands.fair}`];
  return `=AND(ISNUMBER(${capaianTop}),${test.join(",")},ISTEXT("${FLAG_TAG}:${token}"))`;
}

/** One rule per band over each block's Capaian column and its Status column (first to last indicator row). */
export function buildBandFormats(
  cells: IndicatorCells[],
  bands: Bands,
  now: string
): ConditionalFlag[] {
  // The indicators of one block share the sheet and the two column letters.
  const groups = new Map<string, { sheet: string; cap: string; status: string; rows: number[] }>();
  for (const c of cells) {
    const cap = c.capaian.replace(/\d+$/, "");
    const status = c.status.replace(/\d+$/, "");
    const key = `${c.sheet}\u0000${cap}\u0000${status}`;
    const g = groups.get(key) ?? { sheet: c.sheet, cap, status, rows: [] };
    g.rows.push(parseA1(c.capaian).row + 1);
    groups.set(key, g);
  }
  const out: ConditionalFlag[] = [];
  for (const g of groups.values()) {
    // One range per run of consecutive indicator rows: a row between two runs may hold the user's cells (the block
    // is split around them), and a band must never colour a cell the add-in did not write.
    const rows = Float64Array.from(g.rows).sort();
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      const top = rows[start];
      const bottom = rows[i - 1];
      start = i;
      const capaianTop = `$${g.cap}${top}`;
      for (const col of [g.cap, g.status]) {
        const range = `${col}${top}:${col}${bottom}`;
        for (const band of BANDS) {
          const token = shortHash(`${now}\u0000${g.sheet}\u0000${range}\u0000${band}`);
          out.push({
            sheet: g.sheet,
            range,
            severity: "info",
            band,
            formula: bandFormula(band, capaianTop, bands, token),
          });
        }
      }
    }
  }
  return out;
}

/**
 * A band rule read back from its formula (the workbench grid colours cells as Excel would): the capaian column,
 * the range's top row (1-based), and the band's bounds (min ≤ capaian < below; null = open).
 */
export function readBandFormula(
  formula: string
): { col: string; top: number; min: number | null; below: number | null } | null {
  const m = /^=?AND\(ISNUMBER\(\$([A-Z]+)(\d+)\),(.*),ISTEXT\("[^"]*"\)\)$/.exec(formula);
  if (!m) return null;
  let min: number | null = null;
  let below: number | null = null;
  for (const t of m[3].split(",ROUND")) {
    const b = /(>=|<)(-?[\d.]+)$/.exec(t);
    if (!b) return null;
    if (b[1] === ">=") min = Number(b[2]);
    else below = Number(b[2]);
  }
  return { col: m[1], top: Number(m[2]), min, below };
}
