// Periksa for a cell with nothing to work out (a flagged label, a header): its formula, inputs, rule and fix.
import { Card } from "@fluentui/react-components";
import * as React from "react";
import type { Explanation, Lang } from "../../core";
import { TEST_IDS } from "../test-ids";
import { formatPercent, formatValue } from "../format";
import { ruleLabel, severityLabel, t } from "../../shared/i18n";
import { CardTitle, Entry, FormulaEntry, InputsEntry } from "./periksa-parts";

/** A percentage input shows as "70%" (0,7 is how Excel stores it). */
function show(v: unknown, lang: Lang, percent?: boolean): string {
  return percent && typeof v === "number" ? formatPercent(v, lang) : formatValue(v, lang);
}

export function ExplanationCard(props: {
  explanation: Explanation;
  /** The sheet of the cell explained. */
  sheet: string;
  lang: Lang;
  select: (sheet: string, cell: string) => void;
}) {
  const { explanation: e, sheet, lang, select } = props;
  const rule = e.rule;
  return (
    <Card data-testid={TEST_IDS.explanation}>
      <CardTitle>{e.title}</CardTitle>
      <dl style={{ margin: 0 }}>
        <FormulaEntry formula={e.formula} lang={lang} />
        <InputsEntry
          inputs={e.inputs}
          here={sheet}
          lang={lang}
          select={select}
          detail={(inp) => (
            <span>
              {show(inp.raw, lang, inp.percent)}
              {inp.value !== undefined &&
              show(inp.value, lang, inp.percent) !== show(inp.raw, lang, inp.percent)
                ? ` → ${show(inp.value, lang, inp.percent)}`
                : ""}
              {inp.note ? ` (${inp.note})` : ""}
            </span>
          )}
        />
        <Entry term={t(lang, "inspectRule")} show={!!rule}>
          {rule && (
            <span data-rule={rule.id}>
              {severityLabel(lang, rule.severity)} · {ruleLabel(lang, rule.id)}: {rule.message}
            </span>
          )}
          {e.description && <div>{e.description}</div>}
        </Entry>
        <Entry term={t(lang, "inspectSource")} show={!!e.source}>
          {e.source}
        </Entry>
        <Entry term={t(lang, "inspectFix")} show={!!e.fix}>
          {e.fix}
        </Entry>
      </dl>
    </Card>
  );
}
