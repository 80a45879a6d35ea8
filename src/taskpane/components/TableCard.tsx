import { Badge, Button, Card, makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import { colIndex, type ColumnRole, type DetectedTable } from "../../core";
import { confidenceLevel, kindLabel, roleLabel, t } from "../../shared/i18n";
import type { PaneModel } from "../use-pane";
import { ColumnMappingEditor } from "./ColumnMappingEditor";
import { TEST_IDS } from "../test-ids";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: "2px",
    margin: 0,
  },
  dt: { color: tokens.colorNeutralForeground2 },
  dd: { margin: 0 },
  low: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  reason: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  mapping: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
});

const CONFIDENCE_KEY = {
  high: "confidenceHigh",
  medium: "confidenceMedium",
  low: "confidenceLow",
} as const;

export function TableCard({
  model,
  table,
  indicators,
}: {
  model: PaneModel;
  table: DetectedTable;
  indicators: number;
}) {
  const styles = useStyles();
  const { lang } = model;
  const level = confidenceLevel(table.confidence);
  const low = level === "low";
  // Closed until asked for: the card says what was found; the editor is one click away.
  const [editing, setEditing] = React.useState(false);
  const roles = Object.entries(table.columns).filter(([, col]) => col) as Array<
    [ColumnRole, string]
  >;
  const headingId = `table-${table.sheet}-${table.range}`.replace(/[^A-Za-z0-9_-]/g, "_");
  return (
    <Card
      aria-labelledby={headingId}
      data-testid={TEST_IDS.detectedTable}
      data-sheet={table.sheet}
      data-range={table.range}
    >
      <Text as="h3" id={headingId} weight="semibold" style={{ margin: 0 }}>
        {table.sheet} <Badge appearance="tint">{kindLabel(lang, table.kind)}</Badge>
      </Text>
      <dl className={styles.facts}>
        <dt className={styles.dt}>{t(lang, "tableRange")}</dt>
        <dd className={styles.dd}>{table.range}</dd>
        <dt className={styles.dt}>{t(lang, "tableIndicators")}</dt>
        <dd className={styles.dd}>{indicators}</dd>
        <dt className={styles.dt}>{t(lang, "tableConfidence")}</dt>
        <dd className={styles.dd} data-confidence={level}>
          <span className={low ? styles.low : undefined}>{t(lang, CONFIDENCE_KEY[level])}</span>
          <Text block className={styles.reason}>
            {t(lang, "confidenceReason", {
              count: roles.length,
              roles: roles.map(([role]) => roleLabel(lang, role)).join(", "),
            })}
          </Text>
          {low && (
            <Text block size={200} className={styles.low}>
              {t(lang, "mappingLowConfidence")}
            </Text>
          )}
        </dd>
      </dl>
      <Button size="small" aria-expanded={editing} onClick={() => setEditing(!editing)}>
        {t(lang, editing ? "mappingHide" : "mappingEdit")}
      </Button>
      {editing && (
        <>
          <Text weight="semibold">{t(lang, "mappingTitle")}</Text>
          <ul className={styles.mapping}>
            {roles.map(([role, col]) => (
              <li key={role}>
                {roleLabel(lang, role)}: <strong>{col}</strong>
                {table.headers[colIndex(col)] ? ` (${table.headers[colIndex(col)]})` : ""}
              </li>
            ))}
          </ul>
          <ColumnMappingEditor model={model} table={table} />
        </>
      )}
    </Card>
  );
}
