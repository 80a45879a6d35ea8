// Periksa, worked (issue 10 item 3): everything a reviewer needs to redo the number with a calculator — the
// formula in words, each input with its cell, raw content and how it was read, the arithmetic with the numbers
// substituted and the result as displayed, the rule and its legal source, and what would clear each flag.
import { Badge, Card } from "@fluentui/react-components";
import * as React from "react";
import { sheetRef, type Lang, type WorkedExplanation } from "../../core";
import { TEST_IDS } from "../test-ids";
import { ruleLabel, severityLabel, t } from "../../shared/i18n";
import { CardTitle, Entry, FormulaEntry, InputsEntry } from "./periksa-parts";
import { usePeriksaStyles } from "./periksa-styles";

/** "Capaian = Realisasi ÷ Target" already names its step; "lalu dibatasi …" gets "Capaian: " in front. */
function stepWords(label: string, words: string): string {
  return words.toLowerCase().startsWith(label.toLowerCase()) ? words : `${label}: ${words}`;
}

export function WorkedCard(props: {
  worked: WorkedExplanation;
  lang: Lang;
  select: (sheet: string, cell: string) => void;
}) {
  const { worked: w, lang, select } = props;
  const styles = usePeriksaStyles();
  const last = w.steps.length - 1;
  return (
    <Card data-testid={TEST_IDS.explanation} data-kind={w.kind}>
      <CardTitle>{w.title}</CardTitle>
      <dl style={{ margin: 0 }}>
        <FormulaEntry formula={w.formula} lang={lang} />
        <InputsEntry
          inputs={w.inputs}
          here={w.sheet}
          lang={lang}
          select={select}
          detail={(inp) => (
            <>
              <span>{inp.read}</span>
              {inp.textNote && (
                <Badge
                  appearance="tint"
                  color="warning"
                  shape="rounded"
                  style={{ height: "auto", whiteSpace: "normal" }}
                  data-testid={TEST_IDS.periksaTextSourced}
                >
                  {inp.textNote}
                </Badge>
              )}
            </>
          )}
        />
        <Entry term={t(lang, "periksaSteps")} show={w.steps.length > 0}>
          <ol className={styles.list}>
            {w.steps.map((s, i) => (
              <li key={i}>
                <div>{stepWords(s.label, s.words)}</div>
                {s.arithmetic ? (
                  <output
                    className={styles.arithmetic}
                    data-testid={i === last ? TEST_IDS.periksaArithmetic : TEST_IDS.periksaStep}
                  >
                    {s.arithmetic}
                  </output>
                ) : (
                  <div>
                    {t(lang, "periksaResult")}: {s.shown}
                  </div>
                )}
              </li>
            ))}
          </ol>
        </Entry>
        <Entry term={t(lang, "periksaNotes")} show={w.notes.length > 0}>
          {w.notes.map((n, i) => (
            <div key={i}>{n}</div>
          ))}
        </Entry>
        <Entry term={t(lang, "periksaLegal")} show={w.sources.length > 0}>
          {w.sources.map((s, i) => (
            <div key={i}>{s}</div>
          ))}
        </Entry>
        <Entry term={t(lang, "periksaFlags")} show={w.flags.length > 0}>
          {w.flags.map((f, i) => (
            <div
              key={`${f.rule}-${f.cell}-${i}`}
              data-testid={TEST_IDS.periksaFlag}
              data-rule={f.rule}
              data-cell={f.cell}
            >
              <div>
                {severityLabel(lang, f.severity)} · {ruleLabel(lang, f.rule)} (
                {sheetRef(f.sheet, f.cell)}): {f.message}
              </div>
              <div className={styles.muted}>
                {t(lang, "periksaClear")}: {f.clear}
              </div>
            </div>
          ))}
        </Entry>
      </dl>
    </Card>
  );
}
