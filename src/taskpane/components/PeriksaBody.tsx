// Periksa's content, loaded on demand (the first screen never needs it): the worked explanation of the selected
// cell when it has one, else the plain explanation. Any error while explaining is shown, never swallowed.
import { Text } from "@fluentui/react-components";
import * as React from "react";
import {
  explainCell,
  workedExplanation,
  type Analysis,
  type Explanation,
  type Lang,
  type WorkedExplanation,
  type WritePlan,
} from "../../core";
import { classifyError } from "../../shared/errors";
import { t } from "../../shared/i18n";
import { ExplanationCard } from "./ExplanationCard";
import { PeriksaError } from "./PeriksaError";
import { WorkedCard } from "./WorkedCard";

type Explained =
  { worked: WorkedExplanation } | { plain: Explanation } | { nothing: true } | { error: string };

function explain(
  analysis: Analysis,
  plan: WritePlan,
  sheet: string,
  cell: string,
  lang: Lang
): Explained {
  try {
    const worked = workedExplanation(analysis, plan, sheet, cell, lang);
    if (worked) return { worked };
    const plain = explainCell(analysis, plan, sheet, cell, lang);
    return plain ? { plain } : { nothing: true };
  } catch (err) {
    return { error: classifyError(err).detail };
  }
}

export default function PeriksaBody(props: {
  analysis: Analysis;
  plan: WritePlan;
  sheet: string;
  cell: string;
  lang: Lang;
  select: (sheet: string, cell: string) => void;
}) {
  const { analysis, plan, sheet, cell, lang, select } = props;
  const e = React.useMemo(
    () => explain(analysis, plan, sheet, cell, lang),
    [analysis, plan, sheet, cell, lang]
  );
  if ("error" in e) return <PeriksaError lang={lang} detail={e.error} />;
  if ("worked" in e) return <WorkedCard worked={e.worked} lang={lang} select={select} />;
  if ("plain" in e)
    return <ExplanationCard explanation={e.plain} sheet={sheet} lang={lang} select={select} />;
  return <Text as="p">{t(lang, "inspectNothing")}</Text>;
}
