import {
  Button,
  Card,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowRightRegular } from "@fluentui/react-icons";
import * as React from "react";
import { sheetRef, explainCell, type Explanation, type Lang, type WritePlan } from "../../core";
import { classifyError } from "../../shared/errors";
import { TEST_IDS } from "../test-ids";
import { formatPercent, formatValue } from "../format";
import { ruleLabel, severityLabel, t } from "../../shared/i18n";
import type { PaneModel } from "../use-pane";

/** A percentage input shows as "70%" (0,7 is how Excel stores it). */
function show(v: unknown, lang: Lang, percent?: boolean): string {
  return percent && typeof v === "number" ? formatPercent(v, lang) : formatValue(v, lang);
}

const useStyles = makeStyles({
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: "4px",
    overflowWrap: "anywhere",
    display: "block",
  },
  inputs: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: "4px",
  },
  input: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  dt: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS },
  dd: { marginLeft: 0 },
});

/** Explains the selected cell: formula, inputs (each one a jump), the rule that fired, where it came from, the fix. */
export function InspectTab({ model }: { model: PaneModel }) {
  const styles = useStyles();
  const { lang, analysis, selection } = model;
  const cell = selection ? selection.address.split(":")[0].replace(/\$/g, "") : null;

  // A preview analysis has no written plan yet: build the same plan in memory (pure) so computed cells explain too.
  // The written plan, or the preview the engine built for the current analysis.
  const planned: { plan: WritePlan | null; error?: string } = { plan: model.plan ?? model.preview };
  const plan = planned.plan;

  const explained = React.useMemo((): { explanation: Explanation | null; error?: string } => {
    if (!analysis || !plan || !selection || !cell) return { explanation: null };
    try {
      return { explanation: explainCell(analysis, plan, selection.sheet, cell, lang) };
    } catch (err) {
      return { explanation: null, error: classifyError(err).detail };
    }
  }, [analysis, plan, selection, cell, lang]);
  const explanation = explained.explanation;
  const failure = planned.error ?? explained.error;

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
      {failure && (
        <MessageBar intent="error" role="alert" data-testid={TEST_IDS.inspectError}>
          <MessageBarBody>{t(lang, "inspectFailed", { detail: failure })}</MessageBarBody>
        </MessageBar>
      )}
      {selection && analysis && !explanation && !failure && (
        <Text as="p">{t(lang, "inspectNothing")}</Text>
      )}
      {explanation && (
        <Card data-testid={TEST_IDS.explanation}>
          <Text as="h3" weight="semibold" style={{ margin: 0 }}>
            {explanation.title}
          </Text>
          <dl style={{ margin: 0 }}>
            {explanation.formula && (
              <>
                <dt className={styles.dt}>{t(lang, "inspectFormula")}</dt>
                <dd className={styles.dd}>
                  <code className={styles.code}>{explanation.formula}</code>
                </dd>
              </>
            )}
            {explanation.inputs.length > 0 && (
              <>
                <dt className={styles.dt}>{t(lang, "inspectInputs")}</dt>
                <dd className={styles.dd}>
                  <ul className={styles.inputs}>
                    {explanation.inputs.map((inp, i) => {
                      const ref = sheetRef(inp.sheet, inp.cell);
                      return (
                        <li key={`${ref}-${i}`} className={styles.input}>
                          <Button
                            size="small"
                            icon={<ArrowRightRegular />}
                            data-testid={TEST_IDS.inspectInput}
                            title={t(lang, "inspectJump", { ref })}
                            onClick={() => void model.select(inp.sheet, inp.cell)}
                          >
                            {inp.label ? `${inp.label}: ${ref}` : ref}
                          </Button>
                          <span>
                            {show(inp.raw, lang, inp.percent)}
                            {inp.value !== undefined &&
                            show(inp.value, lang, inp.percent) !== show(inp.raw, lang, inp.percent)
                              ? ` → ${show(inp.value, lang, inp.percent)}`
                              : ""}
                            {inp.note ? ` (${inp.note})` : ""}
                          </span>
                        </li>
                      );
                    })}
                  </ul>
                </dd>
              </>
            )}
            {explanation.rule && (
              <>
                <dt className={styles.dt}>{t(lang, "inspectRule")}</dt>
                <dd className={styles.dd} data-rule={explanation.rule.id}>
                  {severityLabel(lang, explanation.rule.severity)} ·{" "}
                  {ruleLabel(lang, explanation.rule.id)}: {explanation.rule.message}
                  {explanation.description && <div>{explanation.description}</div>}
                </dd>
              </>
            )}
            {explanation.source && (
              <>
                <dt className={styles.dt}>{t(lang, "inspectSource")}</dt>
                <dd className={styles.dd}>{explanation.source}</dd>
              </>
            )}
            {explanation.fix && (
              <>
                <dt className={styles.dt}>{t(lang, "inspectFix")}</dt>
                <dd className={styles.dd}>{explanation.fix}</dd>
              </>
            )}
          </dl>
        </Card>
      )}
    </section>
  );
}
