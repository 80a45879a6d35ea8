// The pane classifies errors by type and code (issue 13.3), never by their message text.
import { OfficeApplyError, toApplyError } from "../../src/adapters/office/errors";
import { CancelledError } from "../../src/core/errors";
import { classifyError } from "../../src/shared/errors";
import { abortError } from "../../src/shared/run-flow";

test("cancellation: our CancelledError (with what was written) and the platform's AbortError", () => {
  const e = abortError(true);
  expect(e).toBeInstanceOf(CancelledError);
  expect(e.written).toBe(true);
  expect(new CancelledError().written).toBe(false);
  expect(classifyError(e).kind).toBe("cancelled");
  const dom = Object.assign(new Error("The operation was aborted."), { name: "AbortError" });
  expect(classifyError(dom).kind).toBe("cancelled");
});

test("OfficeApplyError takes an options object; code decides the kind", () => {
  const cause = Object.assign(new Error("raw"), { code: "AccessDenied" });
  const e = toApplyError(cause, "write 1/2");
  expect(e).toMatchObject({
    code: "AccessDenied",
    officeCode: "AccessDenied",
    step: "write 1/2",
    cause,
  });
  expect(classifyError(e).kind).toBe("protected");
  const big = new OfficeApplyError({ code: "RequestPayloadSizeLimitExceeded", message: "x" });
  expect(classifyError(big).kind).toBe("tooLarge");
  expect(classifyError(new OfficeApplyError({ code: "ApiNotFound", message: "x" })).kind).toBe(
    "unsupported"
  );
});

test("message text never decides: 'protected' or 'payload too large' in a plain error is 'other'", () => {
  expect(classifyError(new Error("The sheet is protected")).kind).toBe("other");
  expect(classifyError(new Error("payload size too large")).kind).toBe("other");
  expect(classifyError(new Error("ExcelApi 1.7 requirement set")).kind).toBe("other");
});

test("an Office error's own code (not wrapped) still counts", () => {
  const raw = Object.assign(new Error("You cannot perform the requested operation."), {
    code: "AccessDenied",
  });
  expect(classifyError(raw).kind).toBe("protected");
});
