import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import * as React from "react";
import { a1, colLetter, rangeA1, type Lang, type SheetSnapshot } from "../../core";
import { t } from "../../shared/i18n";
import {
  anchorOf,
  displayValue,
  inSelection,
  layoutOf,
  ownedSet,
  severityMap,
  bandMap,
} from "../grid-model";
import { ROW_HEIGHT, rowWindow } from "../grid-window";
import type { GridFlag } from "../workbench-host";
import { TEST_IDS } from "../../taskpane/test-ids";

const useStyles = makeStyles({
  scroller: {
    overflow: "auto",
    flexGrow: 1,
    minHeight: 0,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  table: {
    // "separate" keeps sticky headers opaque over scrolled cells (collapsed borders are not painted on sticky cells).
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: "12px",
    fontFamily: tokens.fontFamilyBase,
    userSelect: "none",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  head: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    zIndex: 2,
  },
  corner: { left: 0, zIndex: 3 },
  rowHead: {
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    textAlign: "right",
    zIndex: 1,
  },
  cell: {
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    maxWidth: "220px",
    minWidth: "40px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    verticalAlign: "top",
    // One height for every row: the windowed grid places the rows it renders by their index.
    height: `${ROW_HEIGHT - 5}px`,
    lineHeight: `${ROW_HEIGHT - 5}px`,
    boxSizing: "content-box",
    cursor: "cell",
    color: "#000000",
    backgroundColor: "#FFFFFF",
  },
  number: { textAlign: "right" },
  computed: { backgroundColor: "#F3F8EE" },
  error: { backgroundColor: "#FDE2E1", color: "#9C0006" },
  warning: { backgroundColor: "#FFF2CC", color: "#7F6000" },
  info: { backgroundColor: "#DDEBF7" },
  // The capaian bands: the sheet's rule colours (core BAND_COLORS).
  good: { backgroundColor: "#C6EFCE", color: "#006100" },
  fair: { backgroundColor: "#FFEB9C", color: "#9C5700" },
  poor: { backgroundColor: "#FFC7CE", color: "#9C0006" },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  inRange: {
    backgroundImage: "linear-gradient(rgba(15, 108, 189, 0.16), rgba(15, 108, 189, 0.16))",
  },
  selected: { outline: "2px solid #0F6CBD", outlineOffset: "-2px" },
});

export interface SheetGridProps {
  lang: Lang;
  sheet: SheetSnapshot;
  flags: GridFlag[];
  owned: Array<{ sheet: string; range: string }>;
  selection: { sheet: string; address: string } | null;
  onSelect(sheet: string, address: string): void;
}

const cellId = (sheet: string, addr: string) =>
  `grid-${encodeURIComponent(sheet).replace(/%/g, "_")}-${addr}`;

/** Read-only view of one sheet: values as shown by Excel, add-in flags and computed cells coloured.
 * Click selects a cell, Shift+click a range (for "pilih rentang tabel sendiri"), arrow keys move. */
export function SheetGrid({ lang, sheet, flags, owned, selection, onSelect }: SheetGridProps) {
  const styles = useStyles();
  const layout = React.useMemo(() => layoutOf(sheet), [sheet]);
  const severities = React.useMemo(
    () => severityMap(flags, sheet.name, layout),
    [flags, sheet.name, layout]
  );
  const bandsAt = React.useMemo(() => bandMap(flags, sheet, layout), [flags, sheet, layout]);
  const ours = React.useMemo(
    () => ownedSet(owned, sheet.name, layout),
    [owned, sheet.name, layout]
  );
  const sel = selection && selection.sheet === sheet.name ? selection.address : undefined;
  const anchor = sel ? anchorOf(sel) : null;
  const activeId = anchor ? cellId(sheet.name, a1(anchor.row, anchor.col)) : undefined;

  // Only the rows in view (and some around them) are rendered: a long sheet costs the page no long task.
  const scroller = React.useRef<HTMLDivElement>(null);
  const [top, setTop] = React.useState(0);
  const [height, setHeight] = React.useState(900);
  const frame = React.useRef(0);
  const onScroll = () => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      const el = scroller.current;
      if (el) {
        setTop(el.scrollTop);
        setHeight(el.clientHeight);
      }
    });
  };
  React.useEffect(() => () => cancelAnimationFrame(frame.current), []);
  const shown = rowWindow(layout, top, height);

  React.useEffect(() => {
    if (!activeId || !anchor) return;
    const el = document.getElementById(activeId);
    if (el) el.scrollIntoView({ block: "nearest", inline: "nearest" });
    else if (scroller.current) {
      // Not rendered: scroll its row into view; the window follows and renders it.
      scroller.current.scrollTop = anchor.row * ROW_HEIGHT;
      onScroll();
    }
  }, [activeId]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const m = moves[e.key];
    if (!m) return;
    e.preventDefault();
    const from = anchor ?? { row: 0, col: 0 };
    const row = Math.max(0, Math.min(layout.rows - 1, from.row + (anchor ? m[0] : 0)));
    const col = Math.max(0, Math.min(layout.cols - 1, from.col + (anchor ? m[1] : 0)));
    onSelect(sheet.name, a1(row, col));
  };

  const header: React.ReactNode[] = [
    <th key="corner" className={mergeClasses(styles.head, styles.corner)} scope="col">
      <span className={styles.hidden}>#</span>
    </th>,
  ];
  for (let c = 0; c < layout.cols; c++)
    header.push(
      <th key={c} className={styles.head} scope="col">
        {colLetter(c)}
      </th>
    );

  const body: React.ReactNode[] = [];
  if (shown.first > 0)
    body.push(<tr key="above" aria-hidden style={{ height: shown.first * ROW_HEIGHT }} />);
  for (let r = shown.first; r < shown.last; r++) {
    const cells: React.ReactNode[] = [
      <th key="h" className={styles.rowHead} scope="row">
        {r + 1}
      </th>,
    ];
    for (let c = 0; c < layout.cols; c++) {
      const key = `${r},${c}`;
      if (layout.covered.has(key)) continue;
      const span = layout.spans.get(key);
      const value = sheet.values[r]?.[c];
      const formula = sheet.formulas?.[r]?.[c];
      const addr = a1(r, c);
      const severity = severities.get(key);
      const computed = ours.has(key);
      const band = bandsAt.get(key);
      const selected = inSelection(sel, r, c);
      const isAnchor = !!anchor && anchor.row === r && anchor.col === c;
      cells.push(
        <td
          key={c}
          id={cellId(sheet.name, addr)}
          rowSpan={span?.rowSpan}
          colSpan={span?.colSpan}
          className={mergeClasses(
            styles.cell,
            typeof value === "number" && styles.number,
            computed && styles.computed,
            band && styles[band],
            severity && styles[severity],
            selected && styles.inRange,
            isAnchor && styles.selected
          )}
          data-sheet={sheet.name}
          data-cell={addr}
          data-severity={severity}
          data-band={band}
          data-computed={computed ? "true" : undefined}
          data-selected={selected ? "true" : undefined}
          aria-selected={selected}
          title={formula ? `${addr}: ${formula}` : addr}
          onClick={(e) =>
            onSelect(
              sheet.name,
              e.shiftKey && anchor
                ? rangeA1({
                    top: Math.min(anchor.row, r),
                    left: Math.min(anchor.col, c),
                    bottom: Math.max(anchor.row, r),
                    right: Math.max(anchor.col, c),
                  })
                : addr
            )
          }
        >
          {displayValue(value, sheet.numberFormats?.[r]?.[c], formula)}
        </td>
      );
    }
    body.push(<tr key={r}>{cells}</tr>);
  }
  if (shown.last < layout.rows)
    body.push(
      <tr key="below" aria-hidden style={{ height: (layout.rows - shown.last) * ROW_HEIGHT }} />
    );

  return (
    <div className={styles.scroller} ref={scroller} onScroll={onScroll}>
      <table
        className={styles.table}
        role="grid"
        aria-readonly
        aria-label={t(lang, "wbGrid", { sheet: sheet.name })}
        aria-activedescendant={activeId}
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid={TEST_IDS.sheetGrid}
        data-sheet={sheet.name}
      >
        <thead>
          <tr>{header}</tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
    </div>
  );
}
