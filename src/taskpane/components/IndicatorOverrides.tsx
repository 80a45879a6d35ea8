import { makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { IndicatorOverride, IndicatorResult, Lang } from "../../core";
import { t } from "../../shared/i18n";
import { IndicatorOverrideRow } from "./IndicatorOverrideRow";

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

export interface IndicatorOverridesProps {
  lang: Lang;
  indicators: IndicatorResult[];
  overrides: Record<string, IndicatorOverride>;
  onChange(key: string, o: IndicatorOverride | null): void;
}

/** Polarity and aggregation per indicator, keyed `${sheet}!${row}`. */
export function IndicatorOverrides({
  lang,
  indicators,
  overrides,
  onChange,
}: IndicatorOverridesProps) {
  const styles = useStyles();
  return (
    <section aria-labelledby="indicators-title">
      <Text as="h3" id="indicators-title" weight="semibold" block>
        {t(lang, "indicatorsTitle")}
      </Text>
      {indicators.length === 0 ? (
        <Text as="p">{t(lang, "indicatorsNone")}</Text>
      ) : (
        <ul className={styles.list}>
          {indicators.map((ind) => (
            <IndicatorOverrideRow
              key={`${ind.sheet}!${ind.row}`}
              lang={lang}
              indicator={ind}
              override={overrides[`${ind.sheet}!${ind.row}`] ?? {}}
              onChange={onChange}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
