// Office.js failures turned into one error type the pane can show (a code it can translate, and the original).
import { CapaianError } from "../../core";

export type OfficeApplyErrorCode =
  | "AccessDenied"
  | "RequestPayloadSizeLimitExceeded"
  | "InvalidOperation"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "ApiNotFound"
  | "Other";

const KNOWN: OfficeApplyErrorCode[] = [
  "AccessDenied",
  "RequestPayloadSizeLimitExceeded",
  "InvalidOperation",
  "ItemNotFound",
  "ItemAlreadyExists",
  "ApiNotFound",
];

export interface OfficeApplyErrorOptions {
  code: OfficeApplyErrorCode;
  message: string;
  /** The code Office reported (e.g. "GeneralException"), when there was one. */
  officeCode?: string;
  /** Which step failed ("probe", "write 2/3", "select"). */
  step?: string;
  /** The original error (the standard Error.cause). */
  cause?: unknown;
}

export class OfficeApplyError extends CapaianError {
  override name = "OfficeApplyError";
  readonly code: OfficeApplyErrorCode;
  readonly officeCode?: string;
  readonly step?: string;
  readonly cause?: unknown;
  constructor(options: OfficeApplyErrorOptions) {
    super(options.message);
    this.code = options.code;
    this.officeCode = options.officeCode;
    this.step = options.step;
    if (options.cause !== undefined) this.cause = options.cause;
  }
}

export function officeErrorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

export function toApplyError(e: unknown, step?: string): OfficeApplyError {
  if (e instanceof OfficeApplyError) return e;
  const raw = officeErrorCode(e);
  const code = KNOWN.find((k) => k === raw) ?? "Other";
  const message = e instanceof Error ? e.message : String(e);
  return new OfficeApplyError({ code, message, officeCode: raw, step, cause: e });
}
