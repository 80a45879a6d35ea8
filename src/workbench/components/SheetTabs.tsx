import { CounterBadge, Tab, TabList } from "@fluentui/react-components";
import * as React from "react";
import type { Lang, SheetSnapshot } from "../../core";
import { t } from "../../shared/i18n";
import { TEST_IDS } from "../../taskpane/test-ids";

export interface SheetTabsProps {
  lang: Lang;
  sheets: SheetSnapshot[];
  active: string;
  flagCounts: Record<string, number>;
  onChange(sheet: string): void;
}

/** The workbook's visible sheets, with the number of flagged ranges on each. */
export function SheetTabs({ lang, sheets, active, flagCounts, onChange }: SheetTabsProps) {
  return (
    <TabList
      size="small"
      selectedValue={active}
      onTabSelect={(_e, d) => onChange(String(d.value))}
      aria-label={t(lang, "wbSheets")}
      data-testid={TEST_IDS.sheetTabs}
      style={{ flexWrap: "wrap" }}
    >
      {sheets.map((s) => (
        <Tab key={s.name} value={s.name} data-sheet={s.name}>
          {s.name}
          {flagCounts[s.name] ? (
            <CounterBadge
              count={flagCounts[s.name]}
              size="small"
              color="danger"
              style={{ marginLeft: 4 }}
              aria-hidden
            />
          ) : null}
        </Tab>
      ))}
    </TabList>
  );
}
