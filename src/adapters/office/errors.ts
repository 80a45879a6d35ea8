// Office.js failures turned into one error type the pane can show (a code it can translate, and the original).

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

export class OfficeApplyError extends Error {
  override name = "OfficeApplyError";
  constructor(
    readonly code: OfficeApplyErrorCode,
    message: string,
    /** The code Office reported (e.g. "GeneralException"), when there was one. */
    readonly officeCode?: string,
    /** Which step failed ("probe", "write 2/3", "select"). */
    readonly step?: string,
    readonly cause?: unknown
  ) {
    super(message);
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
  return new OfficeApplyError(code, message, raw, step, e);
}
