import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import * as React from "react";
import type { Lang } from "../../core";
import { errorText, type PaneError } from "../../shared/errors";
import { t } from "../../shared/i18n";
import { TEST_IDS } from "../test-ids";

export interface ErrorBarProps {
  lang: Lang;
  error: PaneError | null;
  onDismiss?(): void;
  workbenchUrl?: string;
}

/** What went wrong and what to do next, in the user's language. */
export function ErrorBar({ lang, error, onDismiss, workbenchUrl }: ErrorBarProps) {
  if (!error) return null;
  const { title, body } = errorText(lang, error);
  const offerWorkbench =
    workbenchUrl && (error.kind === "unsupported" || error.kind === "notInExcel");
  return (
    <MessageBar
      intent="error"
      layout="multiline"
      role="alert"
      data-testid={TEST_IDS.errorBar}
      data-kind={error.kind}
    >
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {body}
        {offerWorkbench && (
          <>
            {" "}
            <Link href={workbenchUrl}>{t(lang, "openWorkbench")}</Link>
          </>
        )}
      </MessageBarBody>
      {onDismiss && (
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
      )}
    </MessageBar>
  );
}
