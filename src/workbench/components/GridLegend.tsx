import { makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Lang } from "../../core";
import { t, type MessageKey } from "../../shared/i18n";

const ITEMS: Array<[string, string, MessageKey]> = [
  ["#FDE2E1", "#9C0006", "wbLegendError"],
  ["#FFF2CC", "#7F6000", "wbLegendWarning"],
  ["#DDEBF7", "#000000", "wbLegendInfo"],
  ["#F3F8EE", "#000000", "wbLegendComputed"],
  ["#C6EFCE", "#006100", "wbLegendBandGood"],
  ["#FFEB9C", "#9C5700", "wbLegendBandFair"],
  ["#FFC7CE", "#9C0006", "wbLegendBandPoor"],
];

const useStyles = makeStyles({
  root: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  swatch: { padding: "0 6px", border: `1px solid ${tokens.colorNeutralStroke2}`, fontSize: "12px" },
});

export function GridLegend({ lang }: { lang: Lang }) {
  const styles = useStyles();
  return (
    <ul className={styles.root} aria-label={t(lang, "wbLegend")}>
      {ITEMS.map(([bg, fg, key]) => (
        <li key={key} className={styles.swatch} style={{ backgroundColor: bg, color: fg }}>
          {t(lang, key)}
        </li>
      ))}
    </ul>
  );
}
