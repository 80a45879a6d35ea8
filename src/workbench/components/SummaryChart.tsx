// The Ringkasan chart in the workbench (issue 10 item 2): the WritePlan's chart drawn with the pane's visx bars,
// its values read from the sheet's cells as the file's chart reads them, so what is downloaded is what is seen.
import { Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import { fmtPercent, parseRange, type ChartSpec, type Lang, type SheetSnapshot } from "../../core";
import { t } from "../../shared/i18n";
import { TEST_IDS } from "../../taskpane/test-ids";
import { BarSvg, domainMax } from "../../taskpane/components/pictures/BarSvg";

/** Column-wise cells of an A1 range on the sheet (one column ranges, as the planner writes them). */
function column(sheet: SheetSnapshot, range: string): unknown[] {
  const r = parseRange(range);
  const out: unknown[] = [];
  for (let y = r.top; y <= r.bottom; y++) out.push(sheet.values[y]?.[r.left]);
  return out;
}

const SERIES_COLORS = [tokens.colorBrandBackground, tokens.colorNeutralStroke1];

export function SummaryChart({
  lang,
  chart,
  sheet,
}: {
  lang: Lang;
  chart: ChartSpec;
  sheet: SheetSnapshot;
}) {
  const names = column(sheet, chart.categories).map((v) =>
    v === null || v === undefined ? "" : String(v)
  );
  const series = chart.series.map((s) =>
    column(sheet, s.values).map((v) => (typeof v === "number" ? v : null))
  );
  const max = domainMax(series.flat(), [1]);
  return (
    <figure
      data-testid={TEST_IDS.summaryChart}
      aria-labelledby="summary-chart-title"
      style={{ margin: "4px 0", maxWidth: 420 }}
    >
      <Text as="h2" id="summary-chart-title" size={300} weight="semibold">
        {`${t(lang, "wbSummaryChart")}: ${chart.title}`}
      </Text>
      <Text as="p" size={200} style={{ margin: "2px 0" }}>
        {chart.series.map((s, i) => `${i === 0 ? "▬" : "▭"} ${s.name}`).join(" · ")}
      </Text>
      <ul style={{ listStyleType: "none", margin: 0, padding: 0 }}>
        {names.map((name, i) => (
          <li key={i}>
            <div
              role="img"
              aria-label={`${name}: ${chart.series
                .map((s, k) => `${s.name} ${fmtPercent(series[k][i], lang)}`)
                .join(", ")}`}
              style={{ fontSize: tokens.fontSizeBase200, padding: "1px 0" }}
            >
              <span aria-hidden="true">{name}</span>
              <BarSvg
                width={360}
                max={max}
                marks={[]}
                bars={series.map((v, k) => ({ value: v[i], fill: SERIES_COLORS[k % 2] }))}
              />
            </div>
          </li>
        ))}
      </ul>
    </figure>
  );
}
