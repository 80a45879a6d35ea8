import { makeStyles, Select, tokens, useId } from "@fluentui/react-components";
import * as React from "react";
import type { Aggregation, IndicatorOverride, IndicatorResult, Lang, Polarity } from "../../core";
import { t } from "../../shared/i18n";
import { TEST_IDS } from "../test-ids";

const useStyles = makeStyles({
  item: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalS,
  },
  name: { display: "block", fontSize: tokens.fontSizeBase200 },
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  label: {
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground2,
    display: "block",
  },
});

/** Polarity and aggregation selects for one indicator. */
export function IndicatorOverrideRow({
  lang,
  indicator,
  override,
  onChange,
}: {
  lang: Lang;
  indicator: IndicatorResult;
  override: IndicatorOverride;
  onChange(key: string, o: IndicatorOverride | null): void;
}) {
  const styles = useStyles();
  const key = `${indicator.sheet}!${indicator.row}`;
  const polId = useId("pol");
  const aggId = useId("agg");
  const nameId = useId("ind");
  return (
    <li className={styles.item} data-testid={TEST_IDS.indicatorOverride} data-key={key}>
      <span id={nameId} className={styles.name}>
        {indicator.name} <em>({key})</em>
      </span>
      <div className={styles.row}>
        <div>
          <label htmlFor={polId} className={styles.label}>
            {t(lang, "polarityLabel")}
          </label>
          <Select
            id={polId}
            size="small"
            aria-describedby={nameId}
            value={override.polarity ?? ""}
            onChange={(_e, d) =>
              onChange(key, {
                ...override,
                polarity: (d.value || undefined) as Polarity | undefined,
              })
            }
          >
            <option value="">{`${t(lang, "polarityAuto")} (${indicator.polarity === "negative" ? "−" : "+"})`}</option>
            <option value="positive">{t(lang, "polarityPositive")}</option>
            <option value="negative">{t(lang, "polarityNegative")}</option>
          </Select>
        </div>
        <div>
          <label htmlFor={aggId} className={styles.label}>
            {t(lang, "aggregationLabel")}
          </label>
          <Select
            id={aggId}
            size="small"
            aria-describedby={nameId}
            value={override.aggregation ?? ""}
            onChange={(_e, d) =>
              onChange(key, {
                ...override,
                aggregation: (d.value || undefined) as Aggregation | undefined,
              })
            }
          >
            <option value="">{t(lang, "aggregationAuto")}</option>
            <option value="sum">{t(lang, "aggregationSum")}</option>
            <option value="last">{t(lang, "aggregationLast")}</option>
            <option value="average">{t(lang, "aggregationAverage")}</option>
          </Select>
        </div>
      </div>
    </li>
  );
}
