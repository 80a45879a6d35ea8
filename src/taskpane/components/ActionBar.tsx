import { Button, makeStyles, tokens, Tooltip } from "@fluentui/react-components";
import { DocumentTableRegular } from "@fluentui/react-icons";
import * as React from "react";
import { t } from "../../shared/i18n";
import type { PaneModel } from "../use-pane";
import { RemoveDialog } from "./RemoveDialog";
import { TEST_IDS } from "../test-ids";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Ringkasan and Hapus hasil: always at hand, whatever the tab. */
export function ActionBar({ model }: { model: PaneModel }) {
  const styles = useStyles();
  const { lang } = model;
  const blocked = model.busy !== null && model.busy !== "detect";
  return (
    <div role="toolbar" aria-label={t(lang, "actionsLabel")} className={styles.root}>
      <Tooltip content={t(lang, "summaryHelp")} relationship="description">
        <Button
          data-testid={TEST_IDS.buildSummary}
          icon={<DocumentTableRegular />}
          disabled={blocked}
          onClick={() => void model.run(true)}
        >
          {t(lang, "summaryButton")}
        </Button>
      </Tooltip>
      <RemoveDialog
        lang={lang}
        disabled={blocked || !model.written}
        onConfirm={() => void model.remove()}
      />
    </div>
  );
}
