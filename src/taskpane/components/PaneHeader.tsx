import { makeStyles, Select, Text, tokens, useId } from "@fluentui/react-components";
import * as React from "react";
import type { Lang } from "../../core/types";
import { t } from "../i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  titles: { display: "flex", flexDirection: "column" },
  lang: { display: "flex", flexDirection: "column", gap: "2px", minWidth: "120px" },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export function PaneHeader({ lang, onLangChange }: { lang: Lang; onLangChange(l: Lang): void }) {
  const styles = useStyles();
  const selectId = useId("lang");
  return (
    <header className={styles.root}>
      <div className={styles.titles}>
        <Text as="h1" size={500} weight="semibold" style={{ margin: 0 }}>
          {t(lang, "appTitle")}
        </Text>
        <Text size={200}>{t(lang, "appSubtitle")}</Text>
      </div>
      <div className={styles.lang}>
        <label htmlFor={selectId} className={styles.label}>
          {t(lang, "language")}
        </label>
        <Select
          id={selectId}
          size="small"
          value={lang}
          onChange={(_e, d) => onLangChange(d.value === "en" ? "en" : "id")}
        >
          <option value="id" lang="id">
            Bahasa Indonesia
          </option>
          <option value="en" lang="en">
            English
          </option>
        </Select>
      </div>
    </header>
  );
}
