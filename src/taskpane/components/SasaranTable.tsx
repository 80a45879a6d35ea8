import { makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Lang, SasaranResult } from "../../core";
import { formatPercent } from "../format";
import { t } from "../../shared/i18n";
import { TEST_IDS } from "../test-ids";
import { ShowMore, usePaged } from "./ShowMore";

export const useTableStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: "4px",
  },
  td: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "4px",
    verticalAlign: "top",
  },
  num: { textAlign: "right", whiteSpace: "nowrap" },
  scroll: { overflowX: "auto", maxWidth: "100%" },
});

export function SasaranTable({ lang, sasaran }: { lang: Lang; sasaran: SasaranResult[] }) {
  const s = useTableStyles();
  const { shown, more } = usePaged(sasaran);
  if (sasaran.length === 0) return null;
  return (
    <section aria-labelledby="sasaran-title">
      <Text as="h2" id="sasaran-title" size={300} weight="semibold" block>
        {t(lang, "sasaranTitle")}
      </Text>
      <table className={s.table} data-testid={TEST_IDS.sasaranTable}>
        <thead>
          <tr>
            <th scope="col" className={s.th}>
              {t(lang, "sasaranName")}
            </th>
            <th scope="col" className={`${s.th} ${s.num}`}>
              {t(lang, "capaian")}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r, i) => (
            <tr key={`${r.sheet}-${i}`}>
              <td className={s.td}>{r.name}</td>
              <td className={`${s.td} ${s.num}`}>{formatPercent(r.capaian, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMore lang={lang} shown={shown.length} total={sasaran.length} onMore={more} />
    </section>
  );
}
