import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { SearchRegular } from "@fluentui/react-icons";
import * as React from "react";
import type { Anomaly, Lang, Severity } from "../../core";
import { t } from "../../shared/i18n";
import { TEST_IDS } from "../test-ids";

const useStyles = makeStyles({
  item: { display: "flex", alignItems: "stretch", gap: "2px" },
  main: {
    flexGrow: 1,
    justifyContent: "flex-start",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
    borderLeftWidth: "4px",
  },
  error: { borderLeftColor: "#C50F1F" },
  warning: { borderLeftColor: "#BC4B09" },
  info: { borderLeftColor: "#0F6CBD" },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
});

const SEV_CLASS: Record<Severity, "error" | "warning" | "info"> = {
  error: "error",
  warning: "warning",
  info: "info",
};

export interface AnomalyItemProps {
  lang: Lang;
  anomaly: Anomaly;
  onSelect(sheet: string, cell: string): void;
  onExplain(sheet: string, cell: string): void;
}

/** One anomaly: click to select its cell; the lens explains it in Periksa. */
export function AnomalyItem({ lang, anomaly: a, onSelect, onExplain }: AnomalyItemProps) {
  const styles = useStyles();
  return (
    <li className={styles.item}>
      <Button
        className={mergeClasses(styles.main, styles[SEV_CLASS[a.severity]])}
        appearance="subtle"
        size="small"
        data-testid={TEST_IDS.anomalyItem}
        data-rule={a.rule}
        data-severity={a.severity}
        data-sheet={a.sheet}
        data-cell={a.cell}
        title={t(lang, "anomalyGo", { cell: a.cell, sheet: a.sheet })}
        onClick={() => onSelect(a.sheet, a.cell)}
      >
        <span>
          <span className={styles.cell}>
            {a.sheet}!{a.cell}
          </span>
          {a.message}
        </span>
      </Button>
      <Button
        appearance="subtle"
        size="small"
        icon={<SearchRegular />}
        aria-label={`${t(lang, "anomalyExplain")} ${a.sheet}!${a.cell}`}
        title={t(lang, "anomalyExplain")}
        onClick={() => onExplain(a.sheet, a.cell)}
      />
    </li>
  );
}
