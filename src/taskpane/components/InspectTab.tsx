import { Button, Card, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ArrowRightRegular } from "@fluentui/react-icons";
import * as React from "react";
import { sheetRef } from "../../core/address";
import { explainCell } from "../../core/explain/explain-cell";
import { buildWritePlan } from "../../core/index";
import { formatPercent, formatValue } from "../format";
import { ruleLabel, severityLabel, t } from "../i18n";
import type { PaneModel } from "../use-pane";

/** A percentage input shows as "70%" (0,7 is how Excel stores it). */
function show(v: unknown, percent?: boolean): string {
  return percent && typeof v === "number" ? formatPercent(v) : formatValue(v);
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
  const plan = React.useMemo(() => {
    if (!analysis) return null;
    if (model.plan) return model.plan;
    try {
      return buildWritePlan(analysis, {
        capabilities: model.host.capabilities,
        lang,
        summary: false,
        now: "",
      });
    } catch {
      return null;
    }
  }, [analysis, model.plan, model.host, lang]);

  const explanation = React.useMemo(() => {
    if (!analysis || !plan || !selection || !cell) return null;
    try {
      return explainCell(analysis, plan, selection.sheet, cell, lang);
    } catch {
      return null;
    }
  }, [analysis, plan, selection, cell, lang]);

  return (
    <section aria-labelledby="inspect-title" aria-live="polite" data-testid="inspect">
      <Text as="h2" id="inspect-title" size={400} weight="semibold" block>
        {t(lang, "inspectTitle")}
      </Text>
      {!selection && <Text as="p">{t(lang, "inspectHelp")}</Text>}
      {selection && (
        <Text as="p" block>
          {t(lang, "inspectSelected")}:{" "}
          <strong data-testid="inspect-cell">{sheetRef(selection.sheet, selection.address)}</strong>
        </Text>
      )}
      {selection && !analysis && <Text as="p">{t(lang, "inspectNeedsRun")}</Text>}
      {selection && analysis && !explanation && <Text as="p">{t(lang, "inspectNothing")}</Text>}
      {explanation && (
        <Card data-testid="explanation">
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
                            data-testid="inspect-input"
                            title={t(lang, "inspectJump", { ref })}
                            onClick={() => void model.select(inp.sheet, inp.cell)}
                          >
                            {inp.label ? `${inp.label}: ${ref}` : ref}
                          </Button>
                          <span>
                            {show(inp.raw, inp.percent)}
                            {inp.value !== undefined &&
                            show(inp.value, inp.percent) !== show(inp.raw, inp.percent)
                              ? ` → ${show(inp.value, inp.percent)}`
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
