import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Lang } from "../../core";
import { App } from "../../taskpane/components/App";
import { t } from "../../shared/i18n";
import { LOAD_ERRORS, loadErrorText } from "../../adapters/exceljs/load-messages";
import type { WorkbenchHost } from "../workbench-host";
import { GridLegend } from "./GridLegend";
import { SheetGrid } from "./SheetGrid";
import { SummaryChart } from "./SummaryChart";
import { SheetTabs } from "./SheetTabs";
import { WorkbenchToolbar } from "./WorkbenchToolbar";
import { TEST_IDS } from "../../taskpane/test-ids";

/** A load error code explained in the user's language; any other failure shows its own message. */
function loadErrorDetail(err: unknown, lang: Lang): string {
  const code = err && typeof err === "object" && "code" in err ? String(err.code) : "";
  if (code in LOAD_ERRORS) return loadErrorText(err, lang);
  return err instanceof Error ? err.message : String(err);
}

interface Status {
  key: "wbLoading" | "wbLoaded";
  file: string;
}

interface LoadFailure {
  file: string;
  error: unknown;
  /** The workbook still open (unchanged), if any. */
  current: string | null;
}

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh", boxSizing: "border-box" },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  body: { display: "flex", flexGrow: 1, minHeight: 0 },
  gridArea: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    flexGrow: 1,
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    // The grid and the pane are laid out and painted on their own: a progress text changing in the pane does
    // not relayout and repaint a grid of thousands of cells (each frame of a run did, 50–200 ms a frame).
    contain: "strict",
  },
  pane: {
    flexShrink: 0,
    boxSizing: "border-box",
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    contain: "strict",
  },
});

export interface WorkbenchAppProps {
  host: WorkbenchHost;
  initialLang: Lang;
  /** Same-origin URL of the sample opened at start (null: start empty). */
  sampleUrl: string | null;
  /** The pane's width in CSS pixels (as Excel's resizable pane; default 380). */
  paneWidth?: number;
}

/**
 * The host's view, followed in a transition. useSyncExternalStore renders every change synchronously, in the
 * worker's message task: after a run that was the new grid and the whole page in one long task. A transition
 * renders in slices that yield to the browser. A change of the selection alone is small and is rendered at once:
 * the next click reads it (Shift+click extends the range from the anchor), and a deferred anchor made a quick
 * click then Shift+click select one cell.
 */
function useHostView(host: WorkbenchHost) {
  const [view, setView] = React.useState(host.getView);
  const shown = React.useRef(view);
  React.useEffect(() => {
    const follow = () => {
      const next = host.getView();
      const prev = shown.current;
      shown.current = next;
      const selectionOnly =
        prev.snapshot === next.snapshot &&
        prev.fileName === next.fileName &&
        prev.flags === next.flags &&
        prev.owned === next.owned &&
        prev.charts === next.charts;
      if (selectionOnly) setView(next);
      else React.startTransition(() => setView(next));
    };
    follow(); // a change between the first render and the subscription
    return host.subscribe(follow);
  }, [host]);
  return view;
}

/** The workbench: the real task pane beside a read-only view of the in-memory workbook. */
export function WorkbenchApp({ host, initialLang, sampleUrl, paneWidth = 380 }: WorkbenchAppProps) {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const view = useHostView(host);
  // Kept as keys and parameters, worded at render time: a language switch rewords them too.
  const [status, setStatus] = React.useState<Status | null>(null);
  const [loadFailure, setLoadFailure] = React.useState<LoadFailure | null>(null);
  const [active, setActive] = React.useState<string>("");

  const openBytes = React.useCallback(
    async (bytes: ArrayBuffer, name: string) => {
      const current = host.getView().fileName ?? null;
      setStatus({ key: "wbLoading", file: name });
      setLoadFailure(null);
      try {
        await host.open(bytes, name);
        setStatus({ key: "wbLoaded", file: name });
      } catch (err) {
        // Nothing changed: the workbook that was open stays open, under its own name.
        setStatus(current ? { key: "wbLoaded", file: current } : null);
        setLoadFailure({ file: name, error: err, current });
      }
    },
    [host]
  );

  React.useEffect(() => {
    if (!sampleUrl) return;
    const name = decodeURIComponent(sampleUrl.split("/").pop() ?? "sample.xlsx");
    fetch(sampleUrl)
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.arrayBuffer();
      })
      .then((b) => openBytes(b, name))
      .catch((err) => setLoadFailure({ file: name, error: err, current: null }));
    // Only once, at start (the dependency list is empty on purpose).
  }, []);

  const sheets = (view.snapshot?.sheets ?? []).filter((s) => !s.hidden);
  const current = sheets.find((s) => s.name === active) ?? sheets[0];

  // Follow the selection to its sheet (an anomaly clicked in the pane, a jump from Periksa).
  React.useEffect(() => {
    if (
      view.selection &&
      view.selection.sheet !== active &&
      sheets.some((s) => s.name === view.selection?.sheet)
    )
      setActive(view.selection.sheet);
  }, [view.selection]);

  const flagCounts: Record<string, number> = {};
  // Anomaly flags only: the capaian band rules colour every computed row and are no finding.
  for (const f of view.flags) if (!f.band) flagCounts[f.sheet] = (flagCounts[f.sheet] ?? 0) + 1;

  const download = async () => {
    const bytes = await host.save();
    const blob = new Blob([new Uint8Array(bytes)], {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    const name = view.fileName ?? "workbook.xlsx";
    const ext = /\.xlsm$/i.test(name) ? ".xlsm" : ".xlsx"; // the writer keeps a macro-enabled package as it is
    a.download = `${name.replace(/\.xls[xm]$/i, "")}-capaian-iku${ext}`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  };

  return (
    <div className={styles.page} lang={lang}>
      <header className={styles.header}>
        <Text as="h1" size={500} weight="semibold" style={{ margin: 0 }}>
          {t(lang, "wbTitle")}
        </Text>
        <Text size={200}>{t(lang, "wbSubtitle")}</Text>
        <WorkbenchToolbar
          lang={lang}
          status={status ? t(lang, status.key, { file: status.file }) : ""}
          canDownload={!!view.snapshot}
          onFile={(f) => void f.arrayBuffer().then((b) => openBytes(b, f.name))}
          onDownload={() => void download()}
        />
        {loadFailure && (
          <MessageBar intent="error" role="alert" data-testid={TEST_IDS.loadError}>
            <MessageBarBody>
              {t(lang, "wbLoadError", {
                file: loadFailure.file,
                detail: loadErrorDetail(loadFailure.error, lang),
              })}
              {loadFailure.current
                ? ` ${t(lang, "wbLoadKept", { file: loadFailure.current })}`
                : ""}
            </MessageBarBody>
          </MessageBar>
        )}
      </header>
      <div className={styles.body}>
        <main className={styles.gridArea} aria-label={t(lang, "wbSheets")}>
          {current ? (
            <>
              <SheetTabs
                lang={lang}
                sheets={sheets}
                active={current.name}
                flagCounts={flagCounts}
                onChange={setActive}
              />
              <GridLegend lang={lang} />
              {view.charts
                .filter((c) => c.sheet === current.name)
                .map((c, i) => (
                  <SummaryChart key={i} lang={lang} chart={c} sheet={current} />
                ))}
              <SheetGrid
                key={current.name}
                lang={lang}
                sheet={current}
                flags={view.flags}
                owned={view.owned}
                selection={view.selection}
                onSelect={(s, a) => host.userSelect(s, a)}
              />
            </>
          ) : (
            <Text>{t(lang, "wbEmpty")}</Text>
          )}
        </main>
        <aside
          className={styles.pane}
          style={{ width: `${paneWidth}px` }}
          aria-label={t(lang, "appTitle")}
          data-pane-width={paneWidth}
        >
          {view.snapshot && <App host={host} lang={lang} onLangChange={setLang} embedded />}
        </aside>
      </div>
    </div>
  );
}
