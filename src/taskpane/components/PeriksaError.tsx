// Periksa's error: an explanation that failed (or its code that failed to load or render) is said so, with the
// reason, instead of leaving the panel blank.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import * as React from "react";
import type { Lang } from "../../core";
import { classifyError } from "../../shared/errors";
import { t } from "../../shared/i18n";
import { TEST_IDS } from "../test-ids";

export function PeriksaError({ lang, detail }: { lang: Lang; detail: string }) {
  return (
    <MessageBar intent="error" role="alert" data-testid={TEST_IDS.inspectError}>
      <MessageBarBody>{t(lang, "inspectFailed", { detail })}</MessageBarBody>
    </MessageBar>
  );
}

/** Catches a render error or a chunk that failed to load; `resetKey` (the cell) clears it on the next selection. */
export class PeriksaBoundary extends React.Component<
  { lang: Lang; resetKey: string; children: React.ReactNode },
  { error: string | null; key: string }
> {
  override state = { error: null as string | null, key: this.props.resetKey };

  static getDerivedStateFromError(err: unknown) {
    return { error: classifyError(err).detail };
  }

  static getDerivedStateFromProps(
    props: { resetKey: string },
    state: { error: string | null; key: string }
  ) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override render() {
    if (this.state.error !== null)
      return <PeriksaError lang={this.props.lang} detail={this.state.error} />;
    return this.props.children;
  }
}
