// Turns host errors into what the user should read and do next.
import type { Lang } from "../core/types";
import { t, type MessageKey } from "./i18n";

export type ErrorKind =
  "protected" | "tooLarge" | "unsupported" | "notInExcel" | "cellEdit" | "cancelled" | "other";

export interface PaneError {
  kind: ErrorKind;
  detail: string;
}

function codeOf(err: unknown): string {
  if (err && typeof err === "object") {
    const e = err as {
      code?: unknown;
      officeCode?: unknown;
      name?: unknown;
      debugInfo?: { code?: unknown };
    };
    // The adapter's OfficeApplyError keeps the code Excel reported beside its own short list.
    if (typeof e.officeCode === "string") return e.officeCode;
    if (typeof e.code === "string") return e.code;
    if (typeof e.debugInfo?.code === "string") return e.debugInfo.code;
    if (typeof e.name === "string") return e.name;
  }
  return "";
}

export function isAbort(err: unknown): boolean {
  const code = codeOf(err);
  return code === "AbortError" || (err instanceof Error && /abort/i.test(err.name));
}

export function classifyError(err: unknown): PaneError {
  const code = codeOf(err);
  const detail =
    err instanceof Error ? err.message : typeof err === "string" ? err : JSON.stringify(err);
  if (isAbort(err)) return { kind: "cancelled", detail };
  // Batches sent while the user types in a cell fail (ExcelApi below DelayForCellEdit, or a host that ignores it).
  if (code === "InvalidOperationInCellEditMode") return { kind: "cellEdit", detail };
  if (code === "AccessDenied" || /protect/i.test(detail)) return { kind: "protected", detail };
  if (
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "ResponsePayloadSizeLimitExceeded" ||
    /payload.*(size|large)/i.test(detail)
  )
    return { kind: "tooLarge", detail };
  if (
    code === "ApiNotFound" ||
    code === "ApiNotAvailable" ||
    /ExcelApi 1\.7|requirement set/i.test(detail)
  )
    return { kind: "unsupported", detail };
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
