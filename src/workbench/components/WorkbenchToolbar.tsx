import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, FolderOpenRegular } from "@fluentui/react-icons";
import * as React from "react";
import type { Lang } from "../../core";
import { t } from "../../shared/i18n";
import { TEST_IDS } from "../../taskpane/test-ids";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  file: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export interface WorkbenchToolbarProps {
  lang: Lang;
  status: string;
  canDownload: boolean;
  onFile(file: File): void;
  onDownload(): void;
}

/** Open an .xlsx, download the annotated one. */
export function WorkbenchToolbar({
  lang,
  status,
  canDownload,
  onFile,
  onDownload,
}: WorkbenchToolbarProps) {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <div className={styles.root} role="toolbar" aria-label={t(lang, "wbTitle")}>
      <input
        ref={input}
        id="workbook-file"
        className={styles.file}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
        data-testid={TEST_IDS.workbookFile}
        aria-label={t(lang, "wbOpen")}
        tabIndex={-1}
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          if (f) onFile(f);
          e.currentTarget.value = "";
        }}
      />
      <Button icon={<FolderOpenRegular />} onClick={() => input.current?.click()}>
        {t(lang, "wbOpen")}
      </Button>
      <Button
        appearance="primary"
        icon={<ArrowDownloadRegular />}
        disabled={!canDownload}
        onClick={onDownload}
        data-testid={TEST_IDS.downloadWorkbook}
      >
        {t(lang, "wbDownload")}
      </Button>
      <Text role="status" data-testid={TEST_IDS.workbenchStatus}>
        {status}
      </Text>
    </div>
  );
}
