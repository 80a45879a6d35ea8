// What the running Excel supports, from Office's requirement-set check (never from the user agent).
import type { HostCapabilities } from "../../core";

export interface OfficeCapabilities extends HostCapabilities {
  /** ExcelApi 1.7: the add-in's floor (manifest requirement). */
  floor: boolean;
  /** Worksheet notes, ExcelApi 1.18. */
  notes: boolean;
  /** Threaded comments, ExcelApi 1.10. */
  comments: boolean;
  charts: boolean;
  /** application.suspendApiCalculationUntilNextSync, ExcelApi 1.6. */
  suspendCalc: boolean;
  /** Worksheet.onSelectionChanged, ExcelApi 1.7. */
  selection: boolean;
  /** Range.getMergedAreasOrNullObject, ExcelApi 1.13 (below it merged areas cannot be listed). */
  merges: boolean;
}

/** The part of the `Office` global this module needs (so tests can pass a stub). */
export interface OfficeRequirements {
  context?: { requirements?: { isSetSupported(name: string, minVersion?: string): boolean } };
}

function officeGlobal(): OfficeRequirements | undefined {
  return typeof Office === "undefined" ? undefined : Office;
}

export function detectCapabilities(
  office: OfficeRequirements | undefined = officeGlobal()
): OfficeCapabilities {
  // Versions go as strings: the number 1.10 would be read as 1.1.
  const has = (version: string): boolean => {
    try {
      return Boolean(office?.context?.requirements?.isSetSupported("ExcelApi", version));
    } catch {
      return false;
    }
  };
  const floor = has("1.7");
  return {
    floor,
    notes: floor && has("1.18"),
    comments: floor && has("1.10"),
    charts: true,
    suspendCalc: has("1.6"),
    selection: floor,
    merges: floor && has("1.13"),
  };
}

/**
 * Internet Explorer 11 (Trident) or EdgeHTML ("Edge/18", not Chromium's "Edg/") webview of older Office builds: the
 * React/Fluent bundle does not parse there. Same test as src/taskpane/legacy-check.js.
 */
export function isLegacyWebView(
  userAgent: string = typeof navigator === "undefined" ? "" : navigator.userAgent
): boolean {
  return /Trident\/|MSIE | Edge\/\d/.test(userAgent);
}
