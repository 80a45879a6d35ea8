import { Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import * as React from "react";
import { t } from "../i18n";
import type { PaneModel } from "../use-pane";
import { ManualRangePicker } from "./ManualRangePicker";
import { TableCard } from "./TableCard";

const useStyles = makeStyles({
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
});

/** Tables found, their column mapping (editable), and the manual range fallback. */
export function DetectionTab({ model }: { model: PaneModel }) {
  const styles = useStyles();
  const { lang, analysis } = model;
  const counts = analysis?.report.tables ?? [];
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
      {model.busy === "detect" && <Spinner size="tiny" label={t(lang, "detectLoading")} />}
      {analysis && analysis.tables.length === 0 && <Text as="p">{t(lang, "detectNone")}</Text>}
      {analysis && analysis.tables.length > 0 && (
        <ul className={styles.list} data-testid="table-list">
          {analysis.tables.map((table, i) => (
            <li key={`${table.sheet}!${table.range}`}>
              <TableCard
                model={model}
                table={table}
                indicators={
                  counts[i]?.indicators ??
                  counts.find((c) => c.sheet === table.sheet && c.range === table.range)
                    ?.indicators ??
                  0
                }
              />
            </li>
          ))}
        </ul>
      )}
      <ManualRangePicker model={model} />
    </section>
  );
}
