// The task pane: the same component in Excel (OfficeHost) and in the browser workbench (WorkbenchHost).
import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  SelectTabData,
  Tab,
  TabList,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import { MoreHorizontalRegular } from "@fluentui/react-icons";
import * as React from "react";
import type { Lang } from "../../core";
import type { Host } from "../../shared/host";
import { translator, type Translate } from "../../shared/i18n";
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
import { tabTestId, TEST_IDS, type PaneTab } from "../test-ids";

export type TabId = PaneTab;
// The order a new user needs them: run first, then what it found; the rest folds into "…" when narrow.
const TABS: Array<[TabId, "tabDetect" | "tabSettings" | "tabRun" | "tabResults" | "tabInspect"]> = [
  ["run", "tabRun"],
  ["results", "tabResults"],
  ["detect", "tabDetect"],
  ["settings", "tabSettings"],
  ["inspect", "tabInspect"],
];

/** The tabs that do not fit, in a menu (Fluent's Overflow): never a second row of tabs. */
function TabOverflowMenu({ tr, onSelect }: { tr: Translate; onSelect(tab: TabId): void }) {
  const { ref, isOverflowing } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu inline>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          size="small"
          appearance="transparent"
          icon={<MoreHorizontalRegular />}
          aria-label={tr("tabsMore")}
          data-testid={TEST_IDS.tabOverflow}
        />
      </MenuTrigger>
      <MenuPopover style={POPOVER_ABOVE}>
        <MenuList>
          {TABS.map(([id, key]) => (
            <TabOverflowItem key={id} id={id} label={tr(key)} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function TabOverflowItem({
  id,
  label,
  onSelect,
}: {
  id: TabId;
  label: string;
  onSelect(tab: TabId): void;
}) {
  const visible = useIsOverflowItemVisible(id);
  if (visible) return null;
  return (
    <MenuItem data-testid={`overflow-${tabTestId(id)}`} onClick={() => onSelect(id)}>
      {label}
    </MenuItem>
  );
}

// Inline (inside the pane's landmark), so it must paint above the cards that follow it in the page.
const POPOVER_ABOVE = { zIndex: 10 };

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    width: "100%",
    maxWidth: "100%",
    minWidth: 0,
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  tabRow: { display: "flex", alignItems: "center", minWidth: 0, overflow: "hidden" },
  tabs: { flexWrap: "nowrap", minWidth: 0 },
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

/**
 * Memoised: the workbench re-renders around the pane on every change of its grid (a selection, a run's new
 * columns); the pane re-renders only when its own props or state change.
 */
export const App = React.memo(function App({
  host,
  lang,
  onLangChange,
  workbenchUrl,
  embedded,
}: AppProps) {
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
      // A transition: mounting the results of a big run renders in slices, never in one long task.
      React.startTransition(() => setTab("results"));
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
      data-testid={TEST_IDS.paneRoot}
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
      <Overflow minimumVisible={2} padding={8}>
        <div className={styles.tabRow}>
          <TabList
            className={styles.tabs}
            selectedValue={tab}
            onTabSelect={(_e, d: SelectTabData) => setTab(d.value as TabId)}
            aria-label={tr("tabsLabel")}
            size="small"
          >
            {TABS.map(([id, key]) => (
              <OverflowItem key={id} id={id} priority={id === tab ? 2 : 1}>
                <Tab
                  id={`tab-${id}`}
                  value={id}
                  aria-controls={`panel-${id}`}
                  data-testid={tabTestId(id)}
                >
                  {tr(key)}
                </Tab>
              </OverflowItem>
            ))}
          </TabList>
          <TabOverflowMenu tr={tr} onSelect={setTab} />
        </div>
      </Overflow>
      <div
        role="tabpanel"
        id={`panel-${tab}`}
        aria-labelledby={`tab-${tab}`}
        className={styles.panel}
      >
        {tab === "detect" && <DetectionTab model={model} />}
        {tab === "settings" && <SettingsTab model={model} />}
        {tab === "run" && <RunTab model={model} />}
        {tab === "results" && (
          <ResultsTab model={model} onExplain={explain} onOpenSettings={() => setTab("settings")} />
        )}
        {tab === "inspect" && <InspectTab model={model} />}
      </div>
    </Root>
  );
});
