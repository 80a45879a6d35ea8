import { Button, Field, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import { DismissRegular, PlayRegular } from "@fluentui/react-icons";
import * as React from "react";
import { firstSummary } from "../first-summary";
import { t, type MessageKey } from "../../shared/i18n";
import type { Phase } from "../../shared/run-flow";
import { TEST_IDS } from "../test-ids";
import type { PaneModel } from "../use-pane";

const PHASE: Record<Phase, MessageKey> = {
  read: "runPhaseRead",
  analyze: "runPhaseAnalyze",
  plan: "runPhasePlan",
  write: "runPhaseWrite",
  cleanup: "runPhaseCleanup",
  done: "runPhaseWrite",
};

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  summary: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    marginBottom: tokens.spacingVerticalS,
  },
  // Fluent animates the bar's width over 0.3 s: a relayout and repaint every frame after each progress step,
  // which on a 20,000-row run kept the page busy painting. The bar jumps instead.
  bar: { transitionProperty: "none" },
});

/** The first screen: what was found, which columns a run adds, and Jalankan. */
export function RunTab({ model }: { model: PaneModel }) {
  const styles = useStyles();
  const { lang, analysis } = model;
  const running = model.busy === "run" || model.busy === "summary";

  const shownPlan = model.plan ?? model.preview;
  const summary = React.useMemo(
    () => (analysis ? firstSummary(analysis, shownPlan) : null),
    [analysis, shownPlan]
  );

  const rows = model.rows;
  return (
    <section aria-labelledby="run-title">
      <Text as="h2" id="run-title" size={400} weight="semibold" block>
        {t(lang, "runTitle")}
      </Text>
      {summary && summary.tables > 0 && (
        <div className={styles.summary} data-testid={TEST_IDS.firstSummary}>
          <Text as="p" block style={{ margin: 0 }}>
            {t(lang, "firstFound", { tables: summary.tables, iku: summary.iku })}
          </Text>
          {!model.plan &&
            summary.adds.map((a) => (
              <Text as="p" block key={a.sheet} style={{ margin: 0 }}>
                {t(lang, "firstAdds", { cols: a.columns, sheet: a.sheet })}
              </Text>
            ))}
        </div>
      )}
      {summary && summary.tables === 0 && (
        <Text as="p" block>
          {t(lang, "detectNone")}
        </Text>
      )}
      <Text as="p" block>
        {t(lang, "runHelp")}
      </Text>
      <div className={styles.row}>
        <Button
          appearance="primary"
          data-testid={TEST_IDS.runAnalysis}
          icon={<PlayRegular />}
          disabled={model.busy !== null && model.busy !== "detect"}
          onClick={() => void model.run(false)}
        >
          {t(lang, "runButton")}
        </Button>
        {running && (
          <Button data-testid={TEST_IDS.cancelRun} icon={<DismissRegular />} onClick={model.cancel}>
            {t(lang, "runCancel")}
          </Button>
        )}
      </div>
      {running && (
        <Field label={t(lang, "runProgress")} style={{ marginTop: tokens.spacingVerticalM }}>
          <ProgressBar
            value={model.progress}
            max={1}
            thickness="large"
            bar={{ className: styles.bar }}
            aria-valuetext={`${Math.round(model.progress * 100)}%`}
          />
          <Text size={200} role="status" data-testid={TEST_IDS.runProgress}>
            {model.phase ? t(lang, PHASE[model.phase]) : ""}
            {rows ? ` ${t(lang, "runRows", { done: rows.done, total: rows.total })}` : ""}
          </Text>
        </Field>
      )}
    </section>
  );
}
