// Ribbon function commands (ExecuteFunction): the same flow as the pane, without UI.
import { createOfficeHost } from "../taskpane/office-host";
import { langFromDisplay } from "../taskpane/i18n";
import { runFlow } from "../taskpane/run-flow";

async function runFromRibbon(event: Office.AddinCommands.Event, summary: boolean): Promise<void> {
  try {
    const host = await createOfficeHost();
    if (!host.supported) throw new Error("ExcelApi 1.7 is not supported by this Excel");
    const settings = (await host.loadSettings()) ?? {};
    await runFlow(host, { settings, lang: langFromDisplay(host.displayLanguage), summary });
  } catch (err) {
    // Function commands have no surface of their own: the pane shows errors with guidance when opened.
    console.error("Capaian IKU:", err);
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

const g = globalThis as unknown as Record<string, unknown>;
// Older hosts look the function up on the global object.
g.runAnalysis = runAnalysis;
g.buildSummary = buildSummary;

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    Office.actions?.associate("runAnalysis", runAnalysis);
    Office.actions?.associate("buildSummary", buildSummary);
  });
}
