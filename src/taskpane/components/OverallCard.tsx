import { Card, Text } from "@fluentui/react-components";
import * as React from "react";
import type { Lang, OverallResult } from "../../core";
import { formatPercent } from "../format";
import { t } from "../../shared/i18n";
import { TEST_IDS } from "../test-ids";

export function OverallCard({ lang, overall }: { lang: Lang; overall: OverallResult }) {
  return (
    <Card aria-labelledby="overall-title">
      <Text as="h2" id="overall-title" size={300} weight="semibold" style={{ margin: 0 }}>
        {t(lang, "overallTitle")}
      </Text>
      <Text
        size={800}
        weight="bold"
        data-testid={TEST_IDS.overallCapaian}
        aria-describedby="overall-title"
      >
        {formatPercent(overall.capaian, lang)}
      </Text>
      <Text size={200}>
        {t(lang, "overallCounted", { counted: overall.counted, total: overall.total })}
      </Text>
    </Card>
  );
}
