// Periksa: the selected cell and, loaded on demand, how its number was worked out (PeriksaBody).
import { Spinner, Text } from "@fluentui/react-components";
import * as React from "react";
import { sheetRef } from "../../core";
import { TEST_IDS } from "../test-ids";
import { t } from "../../shared/i18n";
import type { PaneModel } from "../use-pane";
import { useWholeAnalysis, useWholePlan } from "../use-whole-analysis";
import { PeriksaBoundary } from "./PeriksaError";

// The worked explanation and its cards are not needed by the first screen: their own chunk keeps the initial
// pane JavaScript within its budget.
const PeriksaBody = React.lazy(() => import(/* webpackChunkName: "periksa" */ "./PeriksaBody"));

export function InspectTab({ model }: { model: PaneModel }) {
  const { lang, selection } = model;
  const analysis = model.analysis;
  // The cells of the analysis are fetched from the engine only now, when a cell is to be explained.
  const whole = useWholeAnalysis(model.host, analysis, selection !== null);
  const cell = selection ? selection.address.split(":")[0].replace(/\$/g, "") : null;
  // The written plan, or the preview the engine built for the current analysis (computed cells explain too).
  // In the workbench both are light (their cells stay in the workbook worker): fetched whole now.
  const shown = useWholePlan(model.host, model.plan ?? model.preview, selection !== null);
  const plan = shown.plan;
  const loadingPlan = (model.plan ?? model.preview) !== null && !plan && !shown.failed;

  return (
    <section aria-labelledby="inspect-title" aria-live="polite" data-testid={TEST_IDS.inspect}>
      <Text as="h2" id="inspect-title" size={400} weight="semibold" block>
        {t(lang, "inspectTitle")}
      </Text>
      {!selection && <Text as="p">{t(lang, "inspectHelp")}</Text>}
      {selection && (
        <Text as="p" block>
          {t(lang, "inspectSelected")}:{" "}
          <strong data-testid={TEST_IDS.inspectCell}>
            {sheetRef(selection.sheet, selection.address)}
          </strong>
        </Text>
      )}
      {selection && !analysis && <Text as="p">{t(lang, "inspectNeedsRun")}</Text>}
      {selection && analysis && (!plan || whole.failed) && !loadingPlan && (
        <Text as="p">{t(lang, "inspectNothing")}</Text>
      )}
      {selection && analysis && ((plan && !whole.analysis && !whole.failed) || loadingPlan) && (
        <Spinner size="tiny" />
      )}
      {selection && cell && whole.analysis && plan && (
        <PeriksaBoundary lang={lang} resetKey={`${selection.sheet}!${cell}`}>
          <React.Suspense fallback={<Spinner size="tiny" />}>
            <PeriksaBody
              analysis={whole.analysis}
              plan={plan}
              sheet={selection.sheet}
              cell={cell}
              lang={lang}
              select={(s, c) => void model.select(s, c)}
            />
          </React.Suspense>
        </PeriksaBoundary>
      )}
    </section>
  );
}
