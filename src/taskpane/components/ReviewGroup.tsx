import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDownRegular } from "@fluentui/react-icons";
import * as React from "react";
import type { ReviewGroup as Group } from "../../core";
import { TEST_IDS } from "../test-ids";

/** Items rendered per step: a group of thousands never renders at once. */
export const PAGE_SIZE = 50;

const useStyles = makeStyles({
  toggle: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "left",
    minWidth: 0,
    paddingLeft: 0,
    paddingRight: 0,
  },
  heading: { margin: `${tokens.spacingVerticalS} 0 0 0`, fontSize: tokens.fontSizeBase300 },
  titleText: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    overflow: "hidden",
  },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  count: {
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  // One chevron (Select's own) turned to point right when the group is closed.
  closed: { transform: "rotate(-90deg)" },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
});

export interface ReviewGroupProps {
  group: Group;
  /** The group's name as shown (rule title or indicator). */
  title: string;
  /** "Temuan: 12, terbuka: 3". */
  counts: string;
  /** "Tampilkan 50 berikutnya". */
  moreLabel(n: number): string;
  defaultOpen: boolean;
  renderItem(item: Group["items"][number]): React.ReactNode;
}

/** A collapsible group with its counts; its items shown 50 at a time. */
export function ReviewGroup({
  group,
  title,
  counts,
  moreLabel,
  defaultOpen,
  renderItem,
}: ReviewGroupProps) {
  const styles = useStyles();
  const [open, setOpen] = React.useState(defaultOpen);
  const [shown, setShown] = React.useState(PAGE_SIZE);
  const listId = React.useId();
  const items = group.items.slice(0, shown);
  const rest = group.items.length - items.length;
  return (
    <div data-testid={TEST_IDS.anomalyGroup} data-group={group.id} data-open={open}>
      <h3 className={styles.heading}>
        <Button
          className={styles.toggle}
          appearance="transparent"
          size="small"
          icon={<ChevronDownRegular className={open ? undefined : styles.closed} />}
          aria-expanded={open}
          aria-controls={open ? listId : undefined}
          data-testid={TEST_IDS.anomalyGroupToggle}
          title={title}
          onClick={() => setOpen((o) => !o)}
        >
          <span className={styles.titleText}>
            <span className={styles.name}>{title}</span>
            <span className={styles.count}>{counts}</span>
          </span>
        </Button>
      </h3>
      {open && (
        <>
          <ul id={listId} className={styles.list} aria-label={title}>
            {items.map(renderItem)}
          </ul>
          {rest > 0 && (
            <Button
              size="small"
              appearance="subtle"
              data-testid={TEST_IDS.reviewMore}
              onClick={() => setShown((n) => n + PAGE_SIZE)}
            >
              {moreLabel(Math.min(PAGE_SIZE, rest))}
            </Button>
          )}
        </>
      )}
    </div>
  );
}
