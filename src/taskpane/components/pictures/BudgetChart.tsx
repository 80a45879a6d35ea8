// Per kegiatan: serapan anggaran beside capaian kinerja (issue 10 item 2), so an activity that spent its budget
// without the performance to match stands out. One picture per budget line; its label reads both figures.
import { Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import { bandOf, DEFAULT_BANDS, type Lang, type Report } from "../../../core";
import { t } from "../../../shared/i18n";
import { formatPercent } from "../../format";
import { TEST_IDS } from "../../test-ids";
import { bandCss } from "./band-style";
import { BarSvg, domainMax } from "./BarSvg";
import { MAX_BARS } from "./CapaianChart";

const WIDTH = 260;
/** Serapan's bar colour: Fluent's brand blue, distinct from the three band colours. */
const SERAPAN = tokens.colorBrandBackground;

export function BudgetChart({ lang, report }: { lang: Lang; report: Report }) {
  const lines = report.budget
    .filter((b) => !b.parent && (b.serapan !== null || b.capaianKinerja !== null))
    .slice(0, MAX_BARS);
  if (lines.length === 0) return null;
  const bands = report.config.bands ?? DEFAULT_BANDS;
  const max = domainMax(
    lines.flatMap((b) => [b.serapan, b.capaianKinerja]),
    [1]
  );
  return (
    <section aria-labelledby="budget-chart-title" data-testid={TEST_IDS.budgetChart}>
      <Text as="h3" id="budget-chart-title" size={300} weight="semibold">
        {t(lang, "budgetChartTitle")}
      </Text>
      <Text as="p" size={200} style={{ margin: "2px 0" }}>
        {`▬ ${t(lang, "budgetSerapan")} · ▭ ${t(lang, "budgetKinerja")} · │ 100%`}
      </Text>
      <ul style={{ listStyleType: "none", margin: 0, padding: 0 }}>
        {lines.map((b) => {
          const band = bandOf(b.capaianKinerja, bands);
          const colors = band ? bandCss(band) : null;
          const label = [
            t(lang, "budgetChartBar", {
              name: b.name,
              measure: t(lang, "budgetSerapan"),
              value: formatPercent(b.serapan, lang),
            }),
            t(lang, "budgetChartBar", {
              name: "",
              measure: t(lang, "budgetKinerja"),
              value: formatPercent(b.capaianKinerja, lang),
            }).replace(/^:\s*/, ""),
          ].join("; ");
          return (
            <li key={`${b.sheet}!${b.row}`}>
              {/* role="img" on a div: an li must stay a list item (axe). */}
              <div
                data-testid={TEST_IDS.budgetBar}
                data-row={b.row}
                role="img"
                aria-label={label}
                style={{ padding: "2px 4px", fontSize: tokens.fontSizeBase200 }}
              >
                <span
                  aria-hidden="true"
                  // Wrapped, never cut (issue 11: no clipped text at 320 px).
                  style={{ display: "block", overflowWrap: "anywhere" }}
                >
                  {`${b.name} — ${formatPercent(b.serapan, lang)} / ${formatPercent(b.capaianKinerja, lang)}`}
                </span>
                <BarSvg
                  width={WIDTH}
                  max={max}
                  marks={[{ at: 1, color: tokens.colorNeutralForeground2 }]}
                  bars={[
                    { value: b.serapan, fill: SERAPAN },
                    {
                      value: b.capaianKinerja,
                      fill: colors?.background ?? "transparent",
                      stroke: colors?.color ?? tokens.colorNeutralForeground2,
                    },
                  ]}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
