// Long lists (20,000 indicators, 400 sasaran) are shown a page at a time: rendering them whole is what froze the
// pane after a big run (one React commit of tens of thousands of nodes, then every frame painting them).
import { Button } from "@fluentui/react-components";
import * as React from "react";
import type { Lang } from "../../core";
import { t } from "../../shared/i18n";
import { TEST_IDS } from "../test-ids";

/** Rows a long list shows at first, and adds per "Tampilkan lagi". */
export const PAGE = 50;

/** The first `count` items; `more()` shows the next page. A new list starts again at one page. */
export function usePaged<T>(items: T[], page = PAGE): { shown: T[]; more(): void } {
  const [count, setCount] = React.useState(page);
  const [of, setOf] = React.useState(items);
  if (of !== items) {
    setOf(items);
    setCount(page);
  }
  const shown = React.useMemo(() => items.slice(0, count), [items, count]);
  return { shown, more: () => setCount((c) => c + page) };
}

/** "Tampilkan 50 lagi (50 dari 20.000)", only while some are not shown. */
export function ShowMore({
  lang,
  shown,
  total,
  onMore,
  page = PAGE,
}: {
  lang: Lang;
  shown: number;
  total: number;
  onMore(): void;
  page?: number;
}) {
  if (shown >= total) return null;
  return (
    <Button size="small" appearance="subtle" data-testid={TEST_IDS.showMore} onClick={onMore}>
      {t(lang, "showMore", { n: Math.min(page, total - shown), shown, total })}
    </Button>
  );
}
