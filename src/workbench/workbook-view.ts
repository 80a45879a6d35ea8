// What the workbench shows of a workbook, computed from its ExcelJS model: the snapshot, the add-in's
// conditional-format flags and owned ranges. Used by the host in the page and by the workbook's Web Worker.
import type ExcelJS from "exceljs";
import { snapshotFromWorkbook } from "../adapters/exceljs/index";
import { rawSheet } from "../adapters/exceljs/internals";
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

/** The formulas of the add-in's flags, from its record ("=" dropped, as ExcelJS keeps them). */
function ourFlagFormulas(snapshot: WorkbookSnapshot): Set<string> {
  return new Set((readOwnership(snapshot)?.flags ?? []).map((f) => f.formula.replace(/^=/, "")));
}

/** The add-in's flags in an ExcelJS workbook: conditional formats whose formula is one the record lists. */
export function flagsOf(wb: ExcelJS.Workbook, ours: Set<string>): GridFlag[] {
  const out: GridFlag[] = [];
  for (const ws of wb.worksheets) {
    const cfs = rawSheet(ws).conditionalFormattings;
    for (const cf of cfs ?? []) {
      for (const rule of cf.rules ?? []) {
        const formulae = (rule.formulae as unknown[] | undefined) ?? [];
        if (!formulae.some((f) => typeof f === "string" && ours.has(f.replace(/^=/, "")))) continue;
        const fill = (
          rule.style as
            { fill?: { bgColor?: { argb?: string }; fgColor?: { argb?: string } } } | undefined
        )?.fill;
        const argb = (fill?.bgColor?.argb ?? fill?.fgColor?.argb ?? "").toUpperCase().slice(-6);
        const band = FILL_BAND.get(argb);
        const formula = formulae.find((f): f is string => typeof f === "string");
        for (const range of cf.ref.split(/\s+/).filter(Boolean))
          out.push(
            band
              ? { sheet: ws.name, range, severity: "info", band, formula }
              : { sheet: ws.name, range, severity: FILL_SEVERITY[argb] ?? "info" }
          );
      }
    }
  }
  return out;
}

export function bookView(wb: ExcelJS.Workbook, fileName: string | null): BookView {
  const snapshot = snapshotFromWorkbook(wb, fileName ?? undefined);
  return {
    snapshot,
    flags: flagsOf(wb, ourFlagFormulas(snapshot)),
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
