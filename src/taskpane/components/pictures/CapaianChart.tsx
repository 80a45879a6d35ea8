// A bar per indicator (issue 10 item 2): its capaian in its band's colour, a line at 100% and a dashed line at the
// cap in force. Each bar is a button: it selects the indicator's row in the sheet, and its label reads the figure.
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import { bandOf, DEFAULT_BANDS, overallBasis, type Lang, type Report } from "../../../core";
import { t } from "../../../shared/i18n";
import { formatPercent } from "../../format";
import { TEST_IDS } from "../../test-ids";
import { bandCss, bandWords } from "./band-style";
import { BarSvg, domainMax, type BarMark } from "./BarSvg";
import { ShowMore, usePaged } from "../ShowMore";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: "2px" },
  bar: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: "6px",
    width: "100%",
    padding: "2px 4px",
    border: "none",
    background: "transparent",
    textAlign: "start",
    cursor: "pointer",
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  // Wrapped, never cut: at 320 px a cut name is a lost name (issue 11), and the label is the only place it shows.
  name: { overflowWrap: "anywhere" },
  svg: { gridColumn: "1 / span 2" },
});

/** Budget bars drawn at most (BudgetChart); the indicators' bars are shown a page at a time (ShowMore). */
export const MAX_BARS = 200;

/** Width of the drawing: the pane's narrowest content width (320 px pane less padding). */
const WIDTH = 260;

/** The table row an indicator sits on, across the table's columns ("B7:N7"), so the whole row is selected. */
export function rowRange(report: Report, tableIndex: number, row: number): string {
  const range = report.tables[tableIndex]?.range ?? `A${row}`;
  const [left, right] = range.split(":").map((a) => a.replace(/\d+$/, ""));
  return right ? `${left}${row}:${right}${row}` : `${left}${row}`;
}

export function CapaianChart({
  lang,
  report,
  onSelect,
}: {
  lang: Lang;
  report: Report;
  onSelect(sheet: string, address: string): void;
}) {
  const styles = useStyles();
  const bands = report.config.bands ?? DEFAULT_BANDS;
  const cap = report.config.cap;
  const all = React.useMemo(
    () => overallBasis(report.indicators, (i) => report.tables[i.tableIndex]?.kind ?? "other"),
    [report]
  );
  // 50 bars at first, like every long list of the pane: 200 bars of a 20,000-row run were half of the page's
  // elements, mounted (laid out, walked by the focus manager) in one go when the results appeared.
  const { shown: indicators, more } = usePaged(all);
  if (all.length === 0) return null;
  const marks: BarMark[] = [{ at: 1, color: tokens.colorNeutralForeground2 }];
  if (cap !== null) marks.push({ at: cap, color: tokens.colorPaletteRedBorder2, dashed: true });
  const max = domainMax(
    indicators.map((i) => i.capaian),
    marks.map((m) => m.at)
  );
  return (
    <section aria-labelledby="capaian-chart-title" data-testid={TEST_IDS.capaianChart}>
      <Text as="h3" id="capaian-chart-title" size={300} weight="semibold">
        {t(lang, "chartTitle")}
      </Text>
      <Text as="p" size={200} style={{ margin: "2px 0" }}>
        {`│ ${t(lang, "chartTarget")}`}
        {cap !== null && ` · ┆ ${t(lang, "chartCapLine", { cap: formatPercent(cap, lang) })}`}
      </Text>
      <ul className={styles.list}>
        {indicators.map((ind) => {
          const band = bandOf(ind.capaian, bands);
          const shown = formatPercent(ind.capaian, lang);
          const colors = band ? bandCss(band) : null;
          return (
            <li key={`${ind.sheet}!${ind.row}`}>
              <button
                type="button"
                className={styles.bar}
                data-testid={TEST_IDS.capaianBar}
                data-row={ind.row}
                data-sheet={ind.sheet}
                data-band={band ?? undefined}
                aria-label={t(lang, "chartBar", {
                  name: ind.name,
                  value: shown,
                  band: band ? bandWords(band, bands, lang) : "–",
                  row: String(ind.row),
                })}
                onClick={() => onSelect(ind.sheet, rowRange(report, ind.tableIndex, ind.row))}
              >
                {/* The space keeps the visible text ("name 51,43%") a prefix of the label (axe). */}
                <span className={styles.name}>{ind.name}</span> <span>{shown}</span>
                <span className={styles.svg}>
                  <BarSvg
                    width={WIDTH}
                    max={max}
                    marks={marks}
                    bars={[
                      {
                        value: ind.capaian,
                        fill: colors?.background ?? "transparent",
                        stroke: colors?.color,
                      },
                    ]}
                  />
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <ShowMore lang={lang} shown={indicators.length} total={all.length} onMore={more} />
    </section>
  );
}
