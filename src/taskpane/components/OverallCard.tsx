// The headline (issue 10 item 1): the overall capaian with its context — the cap in force, the same figure with a
// 120% cap when none is set (a single 505% can carry the average), its colour band, how many indicators it counts,
// and a way to the setting that changes the cap.
import { Card, Link, Text } from "@fluentui/react-components";
import * as React from "react";
import { bandOf, DEFAULT_BANDS, overallAtCap, type Lang, type Report } from "../../core";
import { formatPercent } from "../format";
import { t } from "../../shared/i18n";
import { TEST_IDS } from "../test-ids";
import { bandCss, bandWords } from "./pictures/band-style";

/** The cap the "what if" figure uses when no cap is set (the largest the settings offer). */
const WHAT_IF_CAP = 1.2;

export function OverallCard({
  lang,
  report,
  onOpenSettings,
}: {
  lang: Lang;
  report: Report;
  onOpenSettings?(): void;
}) {
  const { overall, config } = report;
  const bands = config.bands ?? DEFAULT_BANDS;
  const band = bandOf(overall.capaian, bands);
  const capped = config.cap === null ? overallAtCap(report, WHAT_IF_CAP).value : null;
  return (
    <Card aria-labelledby="overall-title">
      <Text as="h2" id="overall-title" size={300} weight="semibold" style={{ margin: 0 }}>
        {t(lang, "overallTitle")}
      </Text>
      <Text
        size={800}
        weight="bold"
        data-testid={TEST_IDS.overallCapaian}
        data-band={band ?? undefined}
        aria-describedby="overall-title"
        style={
          band
            ? { ...bandCss(band), padding: "0 6px", borderRadius: 4, alignSelf: "start" }
            : undefined
        }
      >
        {formatPercent(overall.capaian, lang)}
      </Text>
      {band && (
        <Text size={200} data-testid={TEST_IDS.headlineBand}>
          {t(lang, "headlineBand", { band: bandWords(band, bands, lang) })}
        </Text>
      )}
      <Text size={200} data-testid={TEST_IDS.headlineCap} data-cap={config.cap ?? "none"}>
        {config.cap === null
          ? t(lang, "headlineNoCap")
          : t(lang, "headlineCap", { cap: formatPercent(config.cap, lang) })}
        {onOpenSettings && (
          <>
            {" · "}
            <Link as="button" onClick={onOpenSettings} data-testid={TEST_IDS.headlineChangeCap}>
              {t(lang, "headlineChangeCap")}
            </Link>
          </>
        )}
      </Text>
      {config.cap === null && capped !== null && (
        <Text size={200} data-testid={TEST_IDS.headlineCapped}>
          {t(lang, "headlineCapped", { value: formatPercent(capped, lang) })}
        </Text>
      )}
      <Text size={200}>
        {t(lang, "overallCounted", { counted: overall.counted, total: overall.total })}
      </Text>
    </Card>
  );
}
