import {
  makeStyles,
  Menu,
  MenuButton,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  tokens,
} from "@fluentui/react-components";
import { LocalLanguageRegular } from "@fluentui/react-icons";
import * as React from "react";
import type { Lang } from "../../core";
import { t } from "../../shared/i18n";
import { TEST_IDS } from "../test-ids";

// Inline (inside the pane's landmark), so it must paint above the cards that follow it in the page.
const POPOVER_ABOVE = { zIndex: 10 };

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  langButton: { flexShrink: 0, whiteSpace: "nowrap", overflowWrap: "normal" },
});

const NAMES: Record<Lang, string> = { id: "Bahasa Indonesia", en: "English" };

/** Title, and a compact language menu ("ID" / "EN"): the names of the languages only open on demand. */
export function PaneHeader({ lang, onLangChange }: { lang: Lang; onLangChange(l: Lang): void }) {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <div className={styles.titles}>
        <Text as="h1" size={500} weight="semibold" style={{ margin: 0 }}>
          {t(lang, "appTitle")}
        </Text>
        <Text size={200}>{t(lang, "appSubtitle")}</Text>
      </div>
      <Menu
        inline
        checkedValues={{ lang: [lang] }}
        onCheckedValueChange={(_e, d) => onLangChange(d.checkedItems[0] === "en" ? "en" : "id")}
      >
        <MenuTrigger disableButtonEnhancement>
          <MenuButton
            size="small"
            className={styles.langButton}
            icon={<LocalLanguageRegular />}
            aria-label={`${lang.toUpperCase()} · ${t(lang, "language")}`}
            title={NAMES[lang]}
            data-testid={TEST_IDS.langMenu}
          >
            {lang.toUpperCase()}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover style={POPOVER_ABOVE}>
          <MenuList>
            {(["id", "en"] as const).map((l) => (
              <MenuItemRadio key={l} name="lang" value={l} lang={l} data-testid={`lang-${l}`}>
                {NAMES[l]}
              </MenuItemRadio>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
    </header>
  );
}
