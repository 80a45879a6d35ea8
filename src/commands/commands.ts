// Ribbon function commands (ExecuteFunction): the same flow as the pane, without UI of their own. A failure is
// shown in a small Office dialog (dialog.html) in the user's language, never only in the console.
import type { Lang } from "../core";
import { classifyError, errorText, type PaneError } from "../shared/errors";
import { langFromDisplay, t } from "../shared/i18n";
import { createOfficeHost } from "../shared/office-host";
import { runFlow } from "../shared/run-flow";

/** The dialog opens asynchronously; the command completes once it is up (or after this long without an answer). */
const DIALOG_WAIT_MS = 5000;

function showError(lang: Lang, error: PaneError): Promise<void> {
  const { title, body } = errorText(lang, error);
  const url = new URL("dialog.html", window.location.href);
  url.searchParams.set("lang", lang);
  url.searchParams.set("title", `${t(lang, "errCommandTitle")}: ${title}`);
  url.searchParams.set("body", body);
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, DIALOG_WAIT_MS);
    try {
      Office.context.ui.displayDialogAsync(url.href, { height: 30, width: 35 }, () => {
        clearTimeout(timer);
        resolve();
      });
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

async function runFromRibbon(event: Office.AddinCommands.Event, summary: boolean): Promise<void> {
  let lang: Lang = "id";
  try {
    const host = await createOfficeHost();
    lang = langFromDisplay(host.displayLanguage);
    // Said as the pane says it (errUnsupported…), not as an "other" error carrying an English detail.
    if (!host.supported) {
      await showError(lang, { kind: "unsupported", detail: "" });
      return;
    }
    // This runtime read the settings when it loaded; the pane may have saved new ones since.
    await host.refreshSettings();
    const settings = (await host.loadSettings()) ?? {};
    // The reviewer's marks go into Ringkasan from the ribbon too.
    const marks = (await host.loadMarks())?.marks;
    await runFlow(host, { settings, lang, summary, marks });
  } catch (err) {
    console.error("Capaian IKU:", err);
    await showError(lang, classifyError(err));
  } finally {
    event.completed();
  }
}

export function runAnalysis(event: Office.AddinCommands.Event): Promise<void> {
  return runFromRibbon(event, false);
}

export function buildSummary(event: Office.AddinCommands.Event): Promise<void> {
  return runFromRibbon(event, true);
}

const g = globalThis as Record<string, unknown>;
// Older hosts look the function up on the global object.
g.runAnalysis = runAnalysis;
g.buildSummary = buildSummary;

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    Office.actions?.associate("runAnalysis", runAnalysis);
    Office.actions?.associate("buildSummary", buildSummary);
  });
}
