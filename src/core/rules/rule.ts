import type { RuleContext } from "../analyze/context";
import { parseA1 } from "../address";
import type { Grid } from "../grid";
import type { RuleId, Severity } from "../types";

/** One finding of a rule, before it is worded in the user's language. */
export interface Finding {
  sheet: string;
  cell: string;
  /** Values named in the message ({name}, {expected}, …). */
  params: Record<string, string | number | null>;
  expected?: number | string | null;
  actual?: number | string | null;
  /** Lower than the rule's own severity: a difference within the cell's displayed precision is info. */
  severity?: Severity;
}

export interface Rule {
  id: RuleId;
  severity: Severity;
  run(ctx: RuleContext): Finding[];
}

/** Mismatch beyond the tolerance (ratios: 0.0005 = 0.05 percentage points). */
export function differs(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) > tolerance + 1e-12;
}

/**
 * The unit of the last digit a cell shows, as a ratio when `ratio` (percent cells) or in the cell's own figures:
 * "0.0%" → 0.001, "#,##0" → 1, text "88,1" → 0.1 (or 0.001 when 88,1 means 88,1%).
 */
export function shownUnit(g: Grid | undefined, cell: string, stated: number): number | null {
  if (!g) return null;
  const { row, col } = parseA1(cell);
  const raw = g.value(row, col);
  const fmt = g.numFmt(row, col);
  let decimals: number;
  let rawNum: number | null = null;
  let pctShown = false;
  if (typeof raw === "string") {
    const t = raw.trim();
    pctShown = /%\s*$/.test(t);
    const m = /[.,](\d+)\s*%?\s*$/.exec(t);
    // "1.234.567" groups thousands: no decimals shown.
    decimals =
      m && !(m[1].length === 3 && /\d[.,]\d{3}[.,]\d{3}|^\d{1,3}[.,]\d{3}$/.test(t))
        ? m[1].length
        : 0;
    rawNum = g.cell(row, col).value;
  } else if (typeof raw === "number") {
    rawNum = raw;
    if (fmt && fmt !== "General" && /[0#]/.test(fmt)) {
      const body = fmt.split(";")[0].replace(/"[^"]*"|\[[^\]]*\]/g, "");
      const m = /\.([0#]+)/.exec(body);
      decimals = m ? m[1].length : 0;
      pctShown = body.includes("%");
    } else {
      const m = /\.(\d+)$/.exec(String(raw));
      decimals = m ? Math.min(m[1].length, 10) : 0;
    }
  } else return null;
  let unit = Math.pow(10, -decimals);
  if (pctShown) unit /= 100;
  // A plain 88.11 read as 88.11% (points): its last digit is a hundredth of a point.
  else if (rawNum !== null && stated !== 0 && Math.abs(rawNum / stated - 100) < 1e-6) unit /= 100;
  return unit;
}

/** A stated figure that equals the computed one to the precision it is shown with (half a unit of its last digit). */
export function agreesAsShown(
  g: Grid | undefined,
  cell: string,
  computed: number,
  stated: number,
  units = 0.5
): boolean {
  const u = shownUnit(g, cell, stated);
  return (
    u !== null && Math.abs(computed - stated) <= u * units + 1e-9 * Math.max(1, Math.abs(stated))
  );
}
