import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import * as React from "react";
import { t } from "../../shared/i18n";
import type { PaneModel } from "../use-pane";
import { BudgetTable } from "./BudgetTable";
import { OverallCard } from "./OverallCard";
import { SasaranTable } from "./SasaranTable";

// The reviewer's list (grouping, marks) loads with the results, not in the first screen's bundle.
const AnomalyList = React.lazy(() =>
  import(/* webpackChunkName: "review-list" */ "./AnomalyList").then((m) => ({
    default: m.AnomalyList,
  }))
);

// The bars load after the first screen (visx is not in the initial bundle).
const PaneCharts = React.lazy(
  () => import(/* webpackChunkName: "pane-charts" */ "./pictures/PaneCharts")
);

export function ResultsTab({
  model,
  onExplain,
  onOpenSettings,
}: {
  model: PaneModel;
  onExplain(sheet: string, cell: string): void;
  onOpenSettings?(): void;
}) {
  const { lang, analysis } = model;
  if (!analysis) return <Text as="p">{t(lang, "resultsNone")}</Text>;
  const { report } = analysis;
  return (
    <>
      {!model.plan && (
        <MessageBar intent="info" data-preview="true">
          <MessageBarBody>{t(lang, "notWritten")}</MessageBarBody>
        </MessageBar>
      )}
      {report.problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(lang, "problemsTitle")}</MessageBarTitle>
            <ul style={{ margin: 0, paddingLeft: "1.2em" }}>
              {report.problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <OverallCard lang={lang} report={report} onOpenSettings={onOpenSettings} />
      <React.Suspense fallback={<Text size={200}>{t(lang, "chartLoading")}</Text>}>
        <PaneCharts
          lang={lang}
          report={report}
          onSelect={(sheet, address) => void model.select(sheet, address)}
        />
      </React.Suspense>
      <SasaranTable lang={lang} sasaran={report.sasaran} />
      <BudgetTable lang={lang} budget={report.budget} method={report.config.efficiencyMethod} />
      <React.Suspense fallback={null}>
        <AnomalyList
          lang={lang}
          analysis={analysis}
          review={model.review}
          onSelect={(sheet, cell) => void model.select(sheet, cell)}
          onExplain={onExplain}
        />
      </React.Suspense>
    </>
  );
}
