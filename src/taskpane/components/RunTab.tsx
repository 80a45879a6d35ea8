import { Button, Field, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import { DismissRegular, PlayRegular } from "@fluentui/react-icons";
import * as React from "react";
import { t, type MessageKey } from "../i18n";
import type { Phase } from "../run-flow";
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
});

export function RunTab({ model }: { model: PaneModel }) {
  const styles = useStyles();
  const { lang } = model;
  const running = model.busy === "run" || model.busy === "summary";
  return (
    <section aria-labelledby="run-title">
      <Text as="h2" id="run-title" size={400} weight="semibold" block>
        {t(lang, "runTitle")}
      </Text>
      <Text as="p" block>
        {t(lang, "runHelp")}
      </Text>
      <div className={styles.row}>
        <Button
          appearance="primary"
          data-testid="run-analysis"
          icon={<PlayRegular />}
          disabled={model.busy !== null && model.busy !== "detect"}
          onClick={() => void model.run(false)}
        >
          {t(lang, "runButton")}
        </Button>
        {running && (
          <Button data-testid="run-cancel" icon={<DismissRegular />} onClick={model.cancel}>
            {t(lang, "runCancel")}
          </Button>
        )}
      </div>
      {running && (
        <Field
          label={t(lang, "runProgress")}
          validationMessage={model.phase ? t(lang, PHASE[model.phase]) : undefined}
          validationState="none"
          style={{ marginTop: tokens.spacingVerticalM }}
        >
          <ProgressBar
            value={model.progress}
            max={1}
            thickness="large"
            aria-valuetext={`${Math.round(model.progress * 100)}%`}
          />
        </Field>
      )}
    </section>
  );
}
