import { makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { BudgetResult, EfficiencyMethod, Lang } from "../../core";
import { formatNumber, formatPercent, formatRupiah } from "../format";
import { t } from "../../shared/i18n";
import { TEST_IDS } from "../test-ids";
import { ShowMore, usePaged } from "./ShowMore";

// One card per kegiatan (a table would scroll sideways in a 320 px pane): the name on its own line, then
// label / value pairs that wrap instead of overflowing.
const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere", margin: 0 },
  facts: {
    display: "grid",
    gridTemplateColumns: "minmax(0, auto) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
    margin: 0,
  },
  dt: { color: tokens.colorNeutralForeground2 },
  dd: { margin: 0, textAlign: "right", overflowWrap: "anywhere" },
});

export function BudgetTable({
  lang,
  budget,
  method,
}: {
  lang: Lang;
  budget: BudgetResult[];
  method: EfficiencyMethod;
}) {
  const s = useStyles();
  const { shown, more } = usePaged(budget);
  if (budget.length === 0) return null;
  return (
    <section aria-labelledby="budget-title">
      <Text as="h2" id="budget-title" size={300} weight="semibold" block>
        {t(lang, "budgetTitle")}
      </Text>
      <ul className={s.list} data-testid={TEST_IDS.budgetTable}>
        {shown.map((b) => (
          <li key={`${b.sheet}!${b.row}`} className={s.card} data-testid={TEST_IDS.budgetCard}>
            <p className={s.name}>{b.name}</p>
            <dl className={s.facts}>
              <dt className={s.dt}>{t(lang, "pagu")}</dt>
              <dd className={s.dd}>{formatRupiah(b.pagu, lang)}</dd>
              <dt className={s.dt}>{t(lang, "realisasiAnggaran")}</dt>
              <dd className={s.dd}>{formatRupiah(b.realisasi, lang)}</dd>
              <dt className={s.dt}>{t(lang, "serapan")}</dt>
              <dd className={s.dd}>{formatPercent(b.serapan, lang)}</dd>
              <dt className={s.dt}>{t(lang, "efisiensi")}</dt>
              <dd className={s.dd}>
                {method === "ratio"
                  ? formatPercent(b.efisiensi, lang)
                  : formatNumber(b.efisiensi, lang)}
                {b.band ? ` (${b.band})` : ""}
              </dd>
            </dl>
          </li>
        ))}
      </ul>
      <ShowMore lang={lang} shown={shown.length} total={budget.length} onMore={more} />
    </section>
  );
}
