import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import * as React from "react";
import { t } from "../../shared/i18n";
import type { PaneModel } from "../use-pane";
import { AnomalyList } from "./AnomalyList";
import { BudgetTable } from "./BudgetTable";
import { OverallCard } from "./OverallCard";
import { SasaranTable } from "./SasaranTable";

export function ResultsTab({
  model,
  onExplain,
}: {
  model: PaneModel;
  onExplain(sheet: string, cell: string): void;
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
      <OverallCard lang={lang} overall={report.overall} />
      <SasaranTable lang={lang} sasaran={report.sasaran} />
      <BudgetTable lang={lang} budget={report.budget} method={report.config.efficiencyMethod} />
      <AnomalyList
        lang={lang}
        anomalies={report.anomalies}
        onSelect={(sheet, cell) => void model.select(sheet, cell)}
        onExplain={onExplain}
      />
    </>
  );
}
