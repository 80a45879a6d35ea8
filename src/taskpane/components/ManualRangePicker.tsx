import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { DeleteRegular, TableAddRegular } from "@fluentui/react-icons";
import * as React from "react";
import { sheetRef } from "../../core";
import { t } from "../../shared/i18n";
import type { PaneModel } from "../use-pane";
import { TEST_IDS } from "../test-ids";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalL,
  },
  list: { margin: 0, paddingLeft: 0, listStyleType: "none" },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** Fallback when detection misses a table: Config.manualRanges from the current selection. */
export function ManualRangePicker({ model }: { model: PaneModel }) {
  const styles = useStyles();
  const { lang, selection } = model;
  const ranges = model.settings.manualRanges ?? [];
  const current = selection ? sheetRef(selection.sheet, selection.address) : null;
  const isRange = !!selection && selection.address.includes(":");

  const use = () => {
    if (!current || ranges.includes(current)) return;
    void model.setSettings(
      { ...model.settings, manualRanges: [...ranges, current] },
      true,
      "mappingSaved"
    );
  };
  const drop = (r: string) =>
    void model.setSettings(
      { ...model.settings, manualRanges: ranges.filter((x) => x !== r) },
      true,
      "mappingSaved"
    );

  return (
    <section aria-labelledby="manual-title" className={styles.root}>
      <Text as="h3" id="manual-title" weight="semibold">
        {t(lang, "manualTitle")}
      </Text>
      <Text as="p" size={200} style={{ margin: 0 }}>
        {t(lang, "manualHelp")}
      </Text>
      <Text>
        {t(lang, "manualSelection")}:{" "}
        <strong data-testid={TEST_IDS.currentSelection}>
          {current ?? t(lang, "manualNoSelection")}
        </strong>
      </Text>
      <Button
        icon={<TableAddRegular />}
        disabled={!isRange || model.busy !== null}
        onClick={use}
        data-testid={TEST_IDS.useSelection}
      >
        {t(lang, "manualUse")}
      </Button>
      {ranges.length > 0 && (
        <>
          <Text weight="semibold">{t(lang, "manualList")}</Text>
          <ul className={styles.list}>
            {ranges.map((r) => (
              <li key={r} className={styles.item}>
                <span data-testid={TEST_IDS.manualRange}>{r}</span>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  aria-label={t(lang, "manualRemove", { range: r })}
                  onClick={() => drop(r)}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
