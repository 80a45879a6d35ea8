// Why a file could not be opened, in the user's language: one table (the locale packs' `load` section) for the
// CLI, the workbench and the error itself.
import { messages, type Lang } from "../../core";
import type { WorkbookLoadErrorCode } from "./load";

export const LOAD_ERRORS: Record<WorkbookLoadErrorCode, { id: string; en: string }> =
  Object.fromEntries(
    (Object.keys(messages("id").load) as WorkbookLoadErrorCode[]).map((code) => [
      code,
      { id: messages("id").load[code], en: messages("en").load[code] },
    ])
  ) as Record<WorkbookLoadErrorCode, { id: string; en: string }>;

/** The explanation of a load failure; anything that is not a WorkbookLoadError reads as a damaged file. */
export function loadErrorText(err: unknown, lang: Lang): string {
  const code =
    err && typeof err === "object" && "code" in err ? String((err as { code: unknown }).code) : "";
  const table = messages(lang).load as Record<string, string>;
  return table[code] ?? table.corrupt;
}
