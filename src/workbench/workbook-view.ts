// What the workbench shows of a workbook, computed from its snapshot (read straight from the package with the
// placement facts, as the CLI's --out and remove read it): the add-in's conditional-format flags and owned ranges.
// Used by the host in the page and by the workbook's Web Worker.
import {
  BAND_COLORS,
  ownedRanges,
  readOwnership,
  type CapaianBand,
  type Severity,
  type WorkbookSnapshot,
} from "../core";
import { MAX_ROWS } from "./grid-model";

export interface GridFlag {
  sheet: string;
  range: string;
  severity: Severity;
  /** A capaian band rule (its colours are the band's); `formula` says which cells it colours. */
  band?: CapaianBand;
  formula?: string;
}

export interface BookView {
  snapshot: WorkbookSnapshot;
  /** The add-in's conditional-format flags, read back from the workbook. */
  flags: GridFlag[];
  /** Ranges the add-in owns (its computed cells), from the ownership record in the workbook. */
  owned: Array<{ sheet: string; range: string }>;
}

const FILL_SEVERITY: Record<string, Severity> = {
  FDE2E1: "error",
  FFF2CC: "warning",
  DDEBF7: "info",
};

const FILL_BAND = new Map(
  (Object.keys(BAND_COLORS) as CapaianBand[]).map((b) => [BAND_COLORS[b].fill, b])
);

/** The formulas of the add-in's flags, from its record ("=" dropped). */
function ourFlagFormulas(snapshot: WorkbookSnapshot): Set<string> {
  return new Set((readOwnership(snapshot)?.flags ?? []).map((f) => f.formula.replace(/^=/, "")));
}

/**
 * The add-in's flags in a snapshot: conditional formats whose formula is one the record lists, coloured by their
 * fill (a band's fill names the band, else the severity's).
 */
export function flagsOf(snapshot: WorkbookSnapshot, ours: Set<string>): GridFlag[] {
  const out: GridFlag[] = [];
  for (const sheet of snapshot.sheets) {
    for (const cf of sheet.conditionalFormats ?? []) {
      if (cf.formula === null || !ours.has(cf.formula.replace(/^=/, ""))) continue;
      const rgb = (cf.fill ?? "").replace(/^#/, "").toUpperCase();
      const band = FILL_BAND.get(rgb);
      for (const range of cf.range.split(/\s+/).filter(Boolean))
        out.push(
          band
            ? { sheet: sheet.name, range, severity: "info", band, formula: cf.formula }
            : { sheet: sheet.name, range, severity: FILL_SEVERITY[rgb] ?? "info" }
        );
    }
  }
  return out;
}

export function bookView(snapshot: WorkbookSnapshot): BookView {
  return {
    snapshot,
    flags: flagsOf(snapshot, ourFlagFormulas(snapshot)),
    owned: ownedRanges(snapshot),
  };
}

/**
 * The part of a snapshot the grid shows (its first MAX_ROWS rows, one more so it knows it was cut): what the
 * workbook worker sends to the page, instead of 20,000 rows the page would spend a long task copying.
 */
export function gridSnapshot(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const cut = <T>(rows: T[] | undefined) => rows?.slice(0, MAX_ROWS + 1);
  return {
    ...snapshot,
    // What the grid reads, nothing else (notes and formats of 20,000 rows stay in the worker).
    sheets: snapshot.sheets.map((s) => ({
      name: s.name,
      hidden: s.hidden,
      merges: s.merges,
      values: cut(s.values)!,
      formulas: cut(s.formulas),
      numberFormats: cut(s.numberFormats),
    })),
  };
}
