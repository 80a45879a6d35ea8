// The family of errors the engine's callers throw and catch by type (instanceof and `code`), never by message text.

/** Every error of Capaian IKU carries a stable code. */
export abstract class CapaianError extends Error {
  abstract readonly code: string;
}

export interface CancelledErrorOptions {
  /** Whether anything reached the workbook before the run stopped (it is then removed again). */
  written?: boolean;
}

/**
 * The user cancelled a run. `written` false: it stopped before writing anything, so the workbook is untouched
 * (the previous results stay). Named "AbortError" like the DOM's, so fetch-style callers recognise it too.
 */
export class CancelledError extends CapaianError {
  readonly code = "cancelled";
  override name = "AbortError";
  readonly written: boolean;
  constructor(options: CancelledErrorOptions = {}) {
    super("Cancelled");
    this.written = options.written ?? false;
  }
}

/** A cancellation, whether ours or the platform's (an AbortSignal's DOMException). */
export function isCancelled(err: unknown): boolean {
  return (
    err instanceof CancelledError ||
    (typeof err === "object" && err !== null && (err as { name?: unknown }).name === "AbortError")
  );
}
