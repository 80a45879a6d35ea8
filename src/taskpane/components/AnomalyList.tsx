import { Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Anomaly, Lang, Severity } from "../../core";
import { ruleLabel, severityLabel, t } from "../../shared/i18n";
import { AnomalyItem } from "./AnomalyItem";
import { TEST_IDS } from "../test-ids";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({
  // Side by side when there is room, stacked in a narrow pane (never wider than the pane).
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  group: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  h3: { margin: `${tokens.spacingVerticalS} 0 0 0` },
  h4: {
    margin: `${tokens.spacingVerticalXS} 0 0 0`,
    fontWeight: tokens.fontWeightRegular,
    fontStyle: "italic",
  },
});

export interface AnomalyListProps {
  lang: Lang;
  anomalies: Anomaly[];
  onSelect(sheet: string, cell: string): void;
  onExplain(sheet: string, cell: string): void;
}

/** Anomalies grouped by severity, then rule; filter by sheet and severity; each selects its cell. */
export function AnomalyList({ lang, anomalies, onSelect, onExplain }: AnomalyListProps) {
  const styles = useStyles();
  const [sheet, setSheet] = React.useState("");
  const [severity, setSeverity] = React.useState("");
  const sheets = React.useMemo(() => [...new Set(anomalies.map((a) => a.sheet))], [anomalies]);
  const shown = anomalies.filter(
    (a) => (!sheet || a.sheet === sheet) && (!severity || a.severity === severity)
  );

  return (
    <section aria-labelledby="anomalies-title" data-testid={TEST_IDS.anomalyList}>
      <Text as="h2" id="anomalies-title" size={300} weight="semibold" block>
        {t(lang, "anomaliesTitle", { count: anomalies.length })}
      </Text>
      <div className={styles.filters}>
        <Field label={t(lang, "filterSheet")} size="small">
          <Select
            size="small"
            value={sheet}
            onChange={(_e, d) => setSheet(d.value)}
            data-testid={TEST_IDS.filterSheet}
          >
            <option value="">{t(lang, "filterAll")}</option>
            {sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t(lang, "filterSeverity")} size="small">
          <Select
            size="small"
            value={severity}
            onChange={(_e, d) => setSeverity(d.value)}
            data-testid={TEST_IDS.filterSeverity}
          >
            <option value="">{t(lang, "filterAll")}</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {severityLabel(lang, s)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {shown.length === 0 && <Text as="p">{t(lang, "anomaliesNone")}</Text>}
      {SEVERITIES.map((sev) => {
        const ofSeverity = shown.filter((a) => a.severity === sev);
        if (ofSeverity.length === 0) return null;
        const rules = [...new Set(ofSeverity.map((a) => a.rule))];
        return (
          <div key={sev} data-testid={TEST_IDS.anomalyGroup} data-severity={sev}>
            <Text as="h3" weight="semibold" block className={styles.h3}>
              {severityLabel(lang, sev)} ({ofSeverity.length})
            </Text>
            {rules.map((rule) => {
              const items = ofSeverity.filter((a) => a.rule === rule);
              const headingId = `rule-${sev}-${rule}`;
              return (
                <div key={rule}>
                  <Text as="h4" id={headingId} size={200} block className={styles.h4}>
                    {ruleLabel(lang, rule)} ({items.length})
                  </Text>
                  <ul className={styles.group} aria-labelledby={headingId}>
                    {items.map((a, i) => (
                      <AnomalyItem
                        key={`${a.sheet}!${a.cell}-${i}`}
                        lang={lang}
                        anomaly={a}
                        onSelect={onSelect}
                        onExplain={onExplain}
                      />
                    ))}
                  </ul>
                </div>
              );
            })}
          </div>
        );
      })}
    </section>
  );
}
