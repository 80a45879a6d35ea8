// The mark form under a finding: "Sudah diperiksa", "Diterima" with a required reason, "Hapus tanda"; the reviewer's
// name is asked here the first time only. Loaded on the first click of a mark button (not in the first screen).
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Lang, MarkState, ReviewItem } from "../../core";
import { t } from "../../shared/i18n";
import { TEST_IDS } from "../test-ids";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    marginBottom: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  // A plain textarea in Fluent's look (Fluent's Textarea would land in the first screen's vendor chunk); the Field
  // hands it its id and ARIA labels through the render function.
  reason: {
    boxSizing: "border-box",
    width: "100%",
    minHeight: "3.5em",
    resize: "vertical",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export interface ReviewMarkFormProps {
  lang: Lang;
  item: ReviewItem;
  reviewer: string | null;
  setReviewer(name: string): void;
  mark(keys: string[], state: MarkState, reason?: string): Promise<void>;
  clear(keys: string[]): Promise<void>;
  onDone(): void;
}

export default function ReviewMarkForm({
  lang,
  item,
  reviewer,
  setReviewer,
  mark,
  clear,
  onDone,
}: ReviewMarkFormProps) {
  const styles = useStyles();
  const current = item.anomalies.find((a) => a.review.mark)?.review.mark;
  const [name, setName] = React.useState("");
  const [reason, setReason] = React.useState(current?.reason ?? "");
  const [busy, setBusy] = React.useState(false);
  const needName = !reviewer;
  const named = !needName || name.trim().length > 0;

  const act = async (fn: () => Promise<void>) => {
    if (needName) setReviewer(name);
    setBusy(true);
    try {
      await fn();
      onDone();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.form} role="group" aria-label={t(lang, "reviewMarkTitle")}>
      {needName && (
        <Field label={t(lang, "reviewName")} hint={t(lang, "reviewNameHint")} size="small" required>
          <Input
            size="small"
            value={name}
            onChange={(_e, d) => setName(d.value)}
            data-testid={TEST_IDS.reviewName}
          />
        </Field>
      )}
      <div className={styles.row}>
        <Button
          size="small"
          appearance="primary"
          disabled={busy || !named}
          data-testid={TEST_IDS.reviewChecked}
          onClick={() => act(() => mark(item.keys, "checked"))}
        >
          {t(lang, "reviewChecked")}
        </Button>
        {current && (
          <Button
            size="small"
            disabled={busy}
            data-testid={TEST_IDS.reviewClear}
            onClick={() => act(() => clear(item.keys))}
          >
            {t(lang, "reviewClear")}
          </Button>
        )}
      </div>
      <Field label={t(lang, "reviewReason")} size="small">
        {(field) => (
          <textarea
            {...field}
            className={styles.reason}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid={TEST_IDS.reviewReason}
          />
        )}
      </Field>
      <div className={styles.row}>
        <Button
          size="small"
          disabled={busy || !named || !reason.trim()}
          data-testid={TEST_IDS.reviewAccept}
          onClick={() => act(() => mark(item.keys, "accepted", reason))}
        >
          {t(lang, "reviewAccept")}
        </Button>
      </div>
    </div>
  );
}
