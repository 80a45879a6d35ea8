import { Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import {
  groupFindings,
  reviewList,
  type Analysis,
  type Lang,
  type ReviewGroup as Group,
  type ReviewItem,
  type Severity,
} from "../../core";
import { findingsOf } from "../../shared/engine";
import { ruleLabel, severityLabel, t } from "../../shared/i18n";
import type { ReviewMarksModel } from "../use-review-marks";
import { AnomalyItem } from "./AnomalyItem";
import { ReviewGroup } from "./ReviewGroup";
import { TEST_IDS } from "../test-ids";

// The mark form is needed only once a reviewer clicks a mark button: not in the first screen's bundle.
const ReviewMarkForm = React.lazy(
  () => import(/* webpackChunkName: "review-mark" */ "./ReviewMarkForm")
);

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** Up to this many items, every group starts open; above it only the first (a review of thousands). */
const ALL_OPEN = 100;

type GroupBy = "rule" | "indicator";

const useStyles = makeStyles({
  // Side by side when there is room, stacked in a narrow pane (never wider than the pane).
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
});

export interface AnomalyListProps {
  lang: Lang;
  analysis: Analysis;
  review: ReviewMarksModel;
  onSelect(sheet: string, cell: string): void;
  onExplain(sheet: string, cell: string): void;
}

/** The most severe level of a group: groups with errors come first. */
const topRank = (g: Group) =>
  Math.min(...SEVERITIES.filter((s) => g.bySeverity[s]).map((s) => RANK[s]));

/**
 * The reviewer's list: one item per fault (the same fault on two sheets once, with both cells), grouped by rule or
 * by indicator in collapsible groups with counts, filtered by sheet and severity; each item can be marked.
 */
export function AnomalyList({ lang, analysis, review, onSelect, onExplain }: AnomalyListProps) {
  const styles = useStyles();
  const [sheet, setSheet] = React.useState("");
  const [severity, setSeverity] = React.useState("");
  const [by, setBy] = React.useState<GroupBy>("rule");
  const [editing, setEditing] = React.useState<string | null>(null);
  const { items } = React.useMemo(
    () => reviewList(analysis, review.marks, findingsOf(analysis)),
    [analysis, review.marks]
  );
  const sheets = React.useMemo(
    () => [...new Set(items.flatMap((i) => i.cells.map((c) => c.sheet)))],
    [items]
  );
  const groups = React.useMemo(() => {
    const shown = items.filter(
      (i) =>
        (!sheet || i.cells.some((c) => c.sheet === sheet)) && (!severity || i.severity === severity)
    );
    // Stable sort: report order within a severity.
    return groupFindings(shown, by).sort((a, b) => topRank(a) - topRank(b));
  }, [items, sheet, severity, by]);
  const total = groups.reduce((n, g) => n + g.count, 0);

  const onMark = React.useCallback(
    (item: ReviewItem) => setEditing((k) => (k === item.keys[0] ? null : item.keys[0])),
    []
  );
  const renderItem = (item: ReviewItem) => {
    const isEditing = editing === item.keys[0];
    return (
      <AnomalyItem
        key={item.keys[0]}
        lang={lang}
        item={item}
        editing={isEditing}
        onSelect={onSelect}
        onExplain={onExplain}
        onMark={onMark}
        form={
          isEditing ? (
            <React.Suspense fallback={null}>
              <ReviewMarkForm
                lang={lang}
                item={item}
                reviewer={review.reviewer}
                setReviewer={review.setReviewer}
                mark={review.mark}
                clear={review.clear}
                onDone={() => setEditing(null)}
              />
            </React.Suspense>
          ) : undefined
        }
      />
    );
  };

  return (
    <section aria-labelledby="anomalies-title" data-testid={TEST_IDS.anomalyList}>
      <Text as="h2" id="anomalies-title" size={300} weight="semibold" block>
        {t(lang, "anomaliesTitle", { count: items.length })}
      </Text>
      <div className={styles.filters}>
        <Field label={t(lang, "filterSheet")} size="small">
          <Select
            size="small"
            value={sheet}
            onChange={(_e, d) => setSheet(d.value)}
            data-testid={TEST_IDS.filterSheet}
          >
            <option value="">{t(lang, "filterAll")}</option>
            {sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t(lang, "filterSeverity")} size="small">
          <Select
            size="small"
            value={severity}
            onChange={(_e, d) => setSeverity(d.value)}
            data-testid={TEST_IDS.filterSeverity}
          >
            <option value="">{t(lang, "filterAll")}</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {severityLabel(lang, s)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t(lang, "reviewGroupBy")} size="small">
          <Select
            size="small"
            value={by}
            onChange={(_e, d) => setBy(d.value === "indicator" ? "indicator" : "rule")}
            data-testid={TEST_IDS.reviewGroupBy}
          >
            <option value="rule">{t(lang, "reviewByRule")}</option>
            <option value="indicator">{t(lang, "reviewByIndicator")}</option>
          </Select>
        </Field>
      </div>
      {total === 0 && <Text as="p">{t(lang, "anomaliesNone")}</Text>}
      {groups.map((g, i) => (
        <ReviewGroup
          key={`${by}:${g.id}`}
          group={g}
          title={
            by === "rule" ? ruleLabel(lang, g.id) : (g.items[0].label ?? t(lang, "reviewNoSubject"))
          }
          counts={t(lang, "reviewGroupCount", { count: g.count, open: g.open })}
          moreLabel={(n) => t(lang, "reviewMore", { n })}
          defaultOpen={total <= ALL_OPEN || i === 0}
          renderItem={renderItem}
        />
      ))}
    </section>
  );
}
