// Turns host errors into what the user should read and do next: by type and code, never by message text.
import { OfficeApplyError, officeErrorCode } from "../adapters/office/errors";
import { isCancelled, type Lang } from "../core";
import { t, type MessageKey } from "./i18n";

export type ErrorKind =
  "protected" | "tooLarge" | "unsupported" | "notInExcel" | "cellEdit" | "cancelled" | "other";

export interface PaneError {
  kind: ErrorKind;
  detail: string;
}

/** Office's error codes (OfficeExtension.Error.code, or ours on OfficeApplyError) and what they mean here. */
const KIND_OF_CODE: Record<string, ErrorKind> = {
  AccessDenied: "protected",
  RequestPayloadSizeLimitExceeded: "tooLarge",
  ResponsePayloadSizeLimitExceeded: "tooLarge",
  ApiNotFound: "unsupported",
  ApiNotAvailable: "unsupported",
  // Batches sent while the user types in a cell fail (ExcelApi below DelayForCellEdit, or a host that ignores it).
  InvalidOperationInCellEditMode: "cellEdit",
};

export function isAbort(err: unknown): boolean {
  return isCancelled(err);
}

function detailOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === "string") return err;
  try {
    return JSON.stringify(err);
  } catch {
    return String(err);
  }
}

export function classifyError(err: unknown): PaneError {
  const detail = detailOf(err);
  if (isCancelled(err)) return { kind: "cancelled", detail };
  // A wrapped failure keeps Office's own code too ("GeneralException" wrapped as "Other"): either may tell.
  const codes =
    err instanceof OfficeApplyError ? [err.code, err.officeCode] : [officeErrorCode(err)];
  for (const code of codes) {
    const kind = code ? KIND_OF_CODE[code] : undefined;
    if (kind) return { kind, detail };
  }
  return { kind: "other", detail };
}

const TEXT: Record<Exclude<ErrorKind, "cancelled">, [MessageKey, MessageKey]> = {
  protected: ["errProtectedTitle", "errProtectedBody"],
  tooLarge: ["errTooLargeTitle", "errTooLargeBody"],
  unsupported: ["errUnsupportedTitle", "errUnsupportedBody"],
  notInExcel: ["errNotInExcelTitle", "errNotInExcelBody"],
  cellEdit: ["errCellEditTitle", "errCellEditBody"],
  other: ["errOtherTitle", "errOtherBody"],
};

export function errorText(lang: Lang, e: PaneError): { title: string; body: string } {
  const [title, body] = TEXT[e.kind === "cancelled" ? "other" : e.kind];
  return { title: t(lang, title), body: t(lang, body, { detail: e.detail }) };
}
