import { Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import * as React from "react";
import { t } from "../../shared/i18n";
import type { PaneModel } from "../use-pane";
import { ManualRangePicker } from "./ManualRangePicker";
import { TableCard } from "./TableCard";
import { TEST_IDS } from "../test-ids";

const useStyles = makeStyles({
  // The spinner's own label sits in a fixed-height box that cut the text when it wrapped at 320 px: our own text
  // beside it wraps freely.
  loading: { display: "flex", alignItems: "center", flexWrap: "wrap", columnGap: "8px" },
  head: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  others: { marginTop: tokens.spacingVerticalM },
  summary: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold, paddingBlock: "4px" },
});

/** Tables found, their column mapping (editable), and the manual range fallback. */
export function DetectionTab({ model }: { model: PaneModel }) {
  const styles = useStyles();
  const { lang, analysis } = model;
  const counts = analysis?.report.tables ?? [];
  // The IKU and budget tables first; the rest (ignored by the analysis) folded away under one line.
  const all = (analysis?.tables ?? []).map((table, i) => ({
    table,
    indicators:
      counts[i]?.indicators ??
      counts.find((c) => c.sheet === table.sheet && c.range === table.range)?.indicators ??
      0,
  }));
  const main = all.filter((x) => x.table.kind !== "other");
  const others = all.filter((x) => x.table.kind === "other");
  return (
    <section aria-labelledby="detect-title">
      <div className={styles.head}>
        <Text as="h2" id="detect-title" size={400} weight="semibold">
          {t(lang, "detectTitle")}
        </Text>
        <Button
          size="small"
          icon={<ArrowClockwiseRegular />}
          disabled={model.busy !== null}
          onClick={() => void model.detect()}
        >
          {t(lang, "detectRefresh")}
        </Button>
      </div>
      {model.busy === "detect" && (
        <div className={styles.loading} role="status">
          <Spinner size="tiny" aria-label={t(lang, "detectLoading")} />
          <Text>{t(lang, "detectLoading")}</Text>
        </div>
      )}
      {analysis && analysis.tables.length === 0 && <Text as="p">{t(lang, "detectNone")}</Text>}
      {analysis && main.length > 0 && (
        <ul className={styles.list} data-testid={TEST_IDS.tableList}>
          {main.map(({ table, indicators }) => (
            <li key={`${table.sheet}!${table.range}`}>
              <TableCard model={model} table={table} indicators={indicators} />
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <details className={styles.others} data-testid={TEST_IDS.otherTables}>
          <summary className={styles.summary}>
            {t(lang, "otherTables", { count: others.length })}
          </summary>
          <ul className={styles.list}>
            {others.map(({ table, indicators }) => (
              <li key={`${table.sheet}!${table.range}`}>
                <TableCard model={model} table={table} indicators={indicators} />
              </li>
            ))}
          </ul>
        </details>
      )}
      <ManualRangePicker model={model} />
    </section>
  );
}
