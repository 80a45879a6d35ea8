import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import * as React from "react";
import { configProblemText, keptLines, type Lang } from "../../core";
import { t } from "../../shared/i18n";
import type { Notice } from "../use-pane";
import { TEST_IDS } from "../test-ids";

export function NoticeBar({
  lang,
  notice,
  onDismiss,
}: {
  lang: Lang;
  notice: Notice | null;
  onDismiss(): void;
}) {
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} role="status" data-testid={TEST_IDS.noticeBar}>
      <MessageBarBody>
        {notice.lead ? `${t(lang, notice.lead)} ` : ""}
        {t(lang, notice.key, notice.params)}
        {notice.kept && notice.kept.length > 0
          ? ` ${keptLines(notice.kept, lang, 5).join("; ")}`
          : ""}
        {notice.configProblems && notice.configProblems.length > 0
          ? ` ${notice.configProblems.map((p) => configProblemText(p, lang)).join("; ")}`
          : ""}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            icon={<DismissRegular />}
            aria-label={t(lang, "errDismiss")}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
