import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
// The icons the pane's message bars already carry (no new icon code in the first screen's bundle), and one circle.
import {
  CheckmarkCircleFilled,
  CircleRegular,
  DiamondDismissFilled,
  InfoFilled,
  SearchRegular,
  WarningFilled,
} from "@fluentui/react-icons";
import * as React from "react";
import {
  fmtDateTime,
  type Lang,
  type ReviewItem,
  type ReviewState,
  type Severity,
} from "../../core";
import { t, type MessageKey } from "../../shared/i18n";
import { TEST_IDS } from "../test-ids";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    columnGap: "2px",
    borderLeftWidth: "4px",
    borderLeftStyle: "solid",
    paddingLeft: "2px",
  },
  error: { borderLeftColor: "#C50F1F" },
  warning: { borderLeftColor: "#BC4B09" },
  info: { borderLeftColor: "#0F6CBD" },
  body: {
    flexGrow: 1,
    flexShrink: 1,
    flexBasis: 0,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
  },
  // Line 1: the icon and the short message, one line (the whole message in the title).
  main: {
    justifyContent: "flex-start",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
    maxWidth: "100%",
    paddingLeft: "2px",
    paddingRight: "2px",
  },
  message: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", minWidth: 0 },
  // Line 2: the indicator (ellipsis), the cells, the mark state.
  line2: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
    paddingLeft: "4px",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
  },
  label: {
    flexGrow: 1,
    flexShrink: 1,
    minWidth: "2em",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  cell: {
    flexShrink: 0,
    minWidth: 0,
    height: "auto",
    padding: "0 2px",
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  state: { flexShrink: 0, whiteSpace: "nowrap", fontWeight: tokens.fontWeightSemibold },
  checked: { color: "#0E700E" },
  accepted: { color: "#0E700E" },
  reopened: { color: "#BC4B09" },
  icon: { flexShrink: 0 },
  // The mark form takes a line of its own under the item.
  form: { flexBasis: "100%", minWidth: 0 },
});

const SEV_ICON: Record<Severity, React.ReactElement> = {
  error: <DiamondDismissFilled color="#C50F1F" />,
  warning: <WarningFilled color="#BC4B09" />,
  info: <InfoFilled color="#0F6CBD" />,
};

const STATE_ICON: Record<ReviewState, React.ReactElement> = {
  open: <CircleRegular />,
  checked: <CheckmarkCircleFilled color="#0E700E" />,
  accepted: <CheckmarkCircleFilled color="#0E700E" />,
  reopened: <CircleRegular color="#BC4B09" />,
};

const STATE_KEY: Record<Exclude<ReviewState, "open">, MessageKey> = {
  checked: "reviewStateChecked",
  accepted: "reviewStateAccepted",
  reopened: "reviewStateReopened",
};

/** The message without the indicator's name the rules append ("… (Implementasi Kerjasama)"): line 2 shows it. */
export function shortMessage(item: ReviewItem): string {
  const tail = item.label ? ` (${item.label})` : "";
  return tail && item.message.endsWith(tail) ? item.message.slice(0, -tail.length) : item.message;
}

/** Who marked it, when, and why (the accepted reason), for the state's title. */
function stateTitle(lang: Lang, item: ReviewItem): string | undefined {
  const mark = item.anomalies.find((a) => a.review.mark)?.review.mark;
  if (!mark || item.state === "open") return undefined;
  const at = fmtDateTime(mark.at, lang);
  if (item.state === "accepted" && mark.reason)
    return t(lang, "reviewAcceptedWhy", { by: mark.by, at, reason: mark.reason });
  return t(lang, "reviewStateBy", { state: t(lang, STATE_KEY[item.state]), by: mark.by, at });
}

export interface AnomalyItemProps {
  lang: Lang;
  item: ReviewItem;
  /** The mark form is open under this item. */
  editing: boolean;
  onSelect(sheet: string, cell: string): void;
  onExplain(sheet: string, cell: string): void;
  onMark(item: ReviewItem): void;
  /** The mark form (lazy), shown under the item while editing. */
  form?: React.ReactNode;
}

/**
 * One finding in two lines: the severity and the short message (click: select its first cell); the indicator,
 * a link per cell (the same fault on two sheets is one item) and the mark state. The lens explains it in Periksa;
 * the mark button opens the mark form.
 */
export const AnomalyItem = React.memo(function AnomalyItem({
  lang,
  item,
  editing,
  onSelect,
  onExplain,
  onMark,
  form,
}: AnomalyItemProps) {
  const styles = useStyles();
  const first = item.cells[0];
  const short = shortMessage(item);
  const formId = React.useId();
  return (
    <li
      className={mergeClasses(styles.item, styles[item.severity])}
      data-testid={TEST_IDS.anomalyItem}
      data-rule={item.rule}
      data-severity={item.severity}
      data-sheet={first.sheet}
      data-cell={first.cell}
      data-state={item.state}
    >
      {/* A click on line 2 outside its cell links selects the first cell too (the main button is the
          keyboard's way): the whole two-line body is one target for the mouse. */}
      <div
        className={styles.body}
        onClick={(e) => {
          if (!(e.target as HTMLElement).closest("button")) onSelect(first.sheet, first.cell);
        }}
      >
        <Button
          className={styles.main}
          appearance="subtle"
          size="small"
          icon={SEV_ICON[item.severity]}
          title={`${item.message} — ${t(lang, "anomalyGo", { cell: first.cell, sheet: first.sheet })}`}
          onClick={() => onSelect(first.sheet, first.cell)}
        >
          <span className={styles.message}>{short}</span>
        </Button>
        <div className={styles.line2}>
          <span className={styles.label} title={item.label ?? undefined}>
            {item.label ?? ""}
          </span>
          {item.cells.map((c) => (
            <Button
              key={`${c.sheet}!${c.cell}`}
              className={styles.cell}
              appearance="transparent"
              size="small"
              data-testid={TEST_IDS.anomalyCell}
              data-sheet={c.sheet}
              data-cell={c.cell}
              title={`${c.sheet}!${c.cell}`}
              aria-label={t(lang, "anomalyGo", { cell: c.cell, sheet: c.sheet })}
              onClick={() => onSelect(c.sheet, c.cell)}
            >
              {c.cell}
            </Button>
          ))}
          {item.state !== "open" && (
            <span
              className={mergeClasses(styles.state, styles[item.state])}
              data-testid={TEST_IDS.reviewState}
              title={stateTitle(lang, item)}
            >
              {t(lang, STATE_KEY[item.state])}
            </span>
          )}
        </div>
      </div>
      <Button
        className={styles.icon}
        appearance="subtle"
        size="small"
        icon={<SearchRegular />}
        aria-label={`${t(lang, "anomalyExplain")} ${first.sheet}!${first.cell}`}
        title={t(lang, "anomalyExplain")}
        onClick={() => onExplain(first.sheet, first.cell)}
      />
      <Button
        className={styles.icon}
        appearance="subtle"
        size="small"
        icon={STATE_ICON[item.state]}
        data-testid={TEST_IDS.reviewMark}
        aria-label={`${t(lang, "reviewMarkButton")} ${first.sheet}!${first.cell}`}
        aria-expanded={editing}
        aria-controls={editing ? formId : undefined}
        title={stateTitle(lang, item) ?? t(lang, "reviewMarkButton")}
        onClick={() => onMark(item)}
      />
      {editing && (
        <div id={formId} className={styles.form}>
          {form}
        </div>
      )}
    </li>
  );
});
