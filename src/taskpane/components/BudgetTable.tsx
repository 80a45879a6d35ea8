import { Text } from "@fluentui/react-components";
import * as React from "react";
import type { BudgetResult, EfficiencyMethod, Lang } from "../../core/types";
import { formatNumber, formatPercent, formatRupiah } from "../format";
import { t } from "../i18n";
import { useTableStyles } from "./SasaranTable";

export function BudgetTable({
  lang,
  budget,
  method,
}: {
  lang: Lang;
  budget: BudgetResult[];
  method: EfficiencyMethod;
}) {
  const s = useTableStyles();
  if (budget.length === 0) return null;
  return (
    <div>
      <Text as="h2" id="budget-title" size={300} weight="semibold" block>
        {t(lang, "budgetTitle")}
      </Text>
      <div className={s.scroll} role="region" aria-labelledby="budget-title" tabIndex={0}>
        <table className={s.table} data-testid="budget-table">
          <thead>
            <tr>
              <th scope="col" className={s.th}>
                {t(lang, "budgetLine")}
              </th>
              <th scope="col" className={`${s.th} ${s.num}`}>
                {t(lang, "pagu")}
              </th>
              <th scope="col" className={`${s.th} ${s.num}`}>
                {t(lang, "realisasiAnggaran")}
              </th>
              <th scope="col" className={`${s.th} ${s.num}`}>
                {t(lang, "serapan")}
              </th>
              <th scope="col" className={`${s.th} ${s.num}`}>
                {t(lang, "efisiensi")}
              </th>
            </tr>
          </thead>
          <tbody>
            {budget.map((b) => (
              <tr key={`${b.sheet}!${b.row}`}>
                <td className={s.td}>{b.name}</td>
                <td className={`${s.td} ${s.num}`}>{formatRupiah(b.pagu)}</td>
                <td className={`${s.td} ${s.num}`}>{formatRupiah(b.realisasi)}</td>
                <td className={`${s.td} ${s.num}`}>{formatPercent(b.serapan)}</td>
                <td className={`${s.td} ${s.num}`}>
                  {method === "ratio" ? formatPercent(b.efisiensi) : formatNumber(b.efisiensi)}
                  {b.band ? ` (${b.band})` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
