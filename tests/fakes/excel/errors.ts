// Errors shaped like Office.js's OfficeExtension.Error ("RichApi.Error" with a `code` and `debugInfo`).

export class FakeRichApiError extends Error {
  override name = "RichApi.Error";
  code: string;
  debugInfo: { code: string; message: string; errorLocation?: string; statement?: string };
  traceMessages: string[] = [];
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

const MESSAGES: Record<string, string> = {
  PropertyNotLoaded:
    "The property '%s' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  ItemNotFound: "The requested resource doesn't exist.",
  AccessDenied: "You cannot perform the requested operation.",
  InvalidOperation: "The operation is invalid for this object.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  ItemAlreadyExists: "The resource already exists.",
  GeneralException: "There was an internal error while processing the request.",
};

export function richError(code: string, detail?: string, location?: string): FakeRichApiError {
  const base = MESSAGES[code] ?? MESSAGES.GeneralException;
  return new FakeRichApiError(
    code,
    detail ? `${base.replace("%s", detail)}${base.includes("%s") ? "" : ` (${detail})`}` : base,
    location
  );
}

export function propertyNotLoaded(prop: string, type: string): FakeRichApiError {
  return new FakeRichApiError(
    "PropertyNotLoaded",
    MESSAGES.PropertyNotLoaded.replace("%s", prop),
    `${type}.${prop}`
  );
}

export function isRichError(e: unknown): e is FakeRichApiError {
  return e instanceof FakeRichApiError;
}
