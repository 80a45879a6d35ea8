// What reading one indicator row's cells gathers: each value (the right quantity of a mixed cell), how each cell was
// read (text, percent), and the cells holding several quantities.
import type { ParsedCell, Quantity } from "../parse/cell";
import type { SourceKind, SourceKinds } from "../types";
import { sameUnit } from "./indicator-meta";

/** Shared empty list: most rows have no mixed-unit or percent-scale cell (frozen, so no row can add to it). */
export const NONE: readonly string[] = Object.freeze([]);
const NO_KINDS: SourceKinds = Object.freeze({});

/** "target" | "annual" | "capaian", or the quarter index 0–3. */
export type Role = "target" | "annual" | "capaian" | number;

export class RowRead {
  // Only text and percent cells are recorded, by role: most rows share one empty object.
  kinds: SourceKinds = NO_KINDS;
  mixedCells: readonly string[] = NONE;

  constructor(
    private readonly percent: boolean,
    private readonly targetUnit: string | null
  ) {}

  setKind(role: Role, p: ParsedCell): void {
    const kind: SourceKind | null =
      p.kind === "missing" ? null : p.kind === "number" ? (p.percent ? "percent" : null) : "text";
    if (kind === null) return;
    if (this.kinds === NO_KINDS) this.kinds = {};
    if (typeof role === "number") {
      if (!this.kinds.quarters) this.kinds.quarters = [null, null, null, null];
      this.kinds.quarters[role] = kind;
    } else this.kinds[role] = kind;
  }

  /** The cell's value; in a cell with several quantities, the one whose unit matches the target's. */
  pick(p: ParsedCell | null, address: string | null, role: Role): number | null {
    if (!p || address === null) return null;
    this.setKind(role, p);
    if (p.quantities.length > 1 && new Set(p.quantities.map((q) => q.unit ?? "")).size > 1) {
      this.mixedCells = [...this.mixedCells, address];
      const q: Quantity =
        p.quantities.find((x) =>
          this.percent ? x.unit === "%" : sameUnit(x.unit, this.targetUnit)
        ) ?? p.quantities[0];
      return q.value;
    }
    return p.kind === "category" && p.quantities.length === 0 ? null : p.value;
  }
}
