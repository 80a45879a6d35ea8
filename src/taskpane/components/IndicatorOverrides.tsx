import { makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { IndicatorOverride, IndicatorResult, Lang } from "../../core";
import { t } from "../../shared/i18n";
import { IndicatorOverrideRow } from "./IndicatorOverrideRow";
import { ShowMore, usePaged } from "./ShowMore";

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
  // Two selects per indicator: 20,000 of them at once would freeze the pane; a page at a time.
  const { shown, more } = usePaged(indicators);
  return (
    <section aria-labelledby="indicators-title">
      <Text as="h3" id="indicators-title" weight="semibold" block>
        {t(lang, "indicatorsTitle")}
      </Text>
      {indicators.length === 0 ? (
        <Text as="p">{t(lang, "indicatorsNone")}</Text>
      ) : (
        <ul className={styles.list}>
          {shown.map((ind) => (
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
      <ShowMore lang={lang} shown={shown.length} total={indicators.length} onMore={more} />
    </section>
  );
}
