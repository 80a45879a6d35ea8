// The task pane: the same component in Excel (OfficeHost) and in the browser workbench (WorkbenchHost).
import { makeStyles, SelectTabData, Tab, TabList, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Lang } from "../../core/types";
import type { Host } from "../host";
import { translator } from "../i18n";
import { usePane } from "../use-pane";
import { ActionBar } from "./ActionBar";
import { DetectionTab } from "./DetectionTab";
import { ErrorBar } from "./ErrorBar";
import { InspectTab } from "./InspectTab";
import { NoticeBar } from "./NoticeBar";
import { PaneHeader } from "./PaneHeader";
import { ResultsTab } from "./ResultsTab";
import { RunTab } from "./RunTab";
import { SettingsTab } from "./SettingsTab";

export type TabId = "detect" | "settings" | "run" | "results" | "inspect";
const TABS: Array<[TabId, "tabDetect" | "tabSettings" | "tabRun" | "tabResults" | "tabInspect"]> = [
  ["detect", "tabDetect"],
  ["settings", "tabSettings"],
  ["run", "tabRun"],
  ["results", "tabResults"],
  ["inspect", "tabInspect"],
];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
    boxSizing: "border-box",
  },
  tabs: { flexWrap: "wrap" },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalS,
  },
});

export interface AppProps {
  host: Host;
  lang: Lang;
  onLangChange(lang: Lang): void;
  /** Where the "open the Workbench" link of an error points (Office host only). */
  workbenchUrl?: string;
  /** Inside another page (the workbench): a region, not the page's main landmark. */
  embedded?: boolean;
}

export function App({ host, lang, onLangChange, workbenchUrl, embedded }: AppProps) {
  const styles = useStyles();
  const tr = translator(lang);
  const model = usePane(host, lang);
  const [tab, setTab] = React.useState<TabId>("run");
  const prevBusy = React.useRef(model.busy);
  const Root = embedded ? "section" : "main";

  // After a run, show the results.
  React.useEffect(() => {
    if (
      (prevBusy.current === "run" || prevBusy.current === "summary") &&
      model.busy === null &&
      !model.error
    )
      setTab("results");
    prevBusy.current = model.busy;
  }, [model.busy, model.error]);

  const explain = React.useCallback(
    async (sheet: string, cell: string) => {
      await model.select(sheet, cell);
      setTab("inspect");
    },
    [model]
  );

  return (
    <Root
      className={styles.root}
      lang={lang === "en" ? "en" : "id"}
      aria-label={tr("appTitle")}
      data-testid="pane"
      data-ready={model.ready ? "true" : "false"}
      aria-busy={!model.ready}
    >
      <PaneHeader lang={lang} onLangChange={onLangChange} />
      <ErrorBar
        lang={lang}
        error={model.error}
        onDismiss={model.dismissError}
        workbenchUrl={workbenchUrl}
      />
      <NoticeBar lang={lang} notice={model.notice} onDismiss={model.dismissNotice} />
      <ActionBar model={model} />
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_e, d: SelectTabData) => setTab(d.value as TabId)}
        aria-label={tr("tabsLabel")}
        size="small"
      >
        {TABS.map(([id, key]) => (
          <Tab
            key={id}
            id={`tab-${id}`}
            value={id}
            aria-controls={`panel-${id}`}
            data-testid={`tab-${id}`}
          >
            {tr(key)}
          </Tab>
        ))}
      </TabList>
      <div
        role="tabpanel"
        id={`panel-${tab}`}
        aria-labelledby={`tab-${tab}`}
        className={styles.panel}
      >
        {tab === "detect" && <DetectionTab model={model} />}
        {tab === "settings" && <SettingsTab model={model} />}
        {tab === "run" && <RunTab model={model} />}
        {tab === "results" && <ResultsTab model={model} onExplain={explain} />}
        {tab === "inspect" && <InspectTab model={model} />}
      </div>
    </Root>
  );
}
