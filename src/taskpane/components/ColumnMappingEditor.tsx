import { Button, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import * as React from "react";
import { colLetter, type ColumnRole, type DetectedTable, type TableOverride } from "../../core";
import { ROLES_BY_KIND, roleLabel, t } from "../../shared/i18n";
import type { PaneModel } from "../use-pane";
import { TEST_IDS } from "../test-ids";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** One dropdown per column role; saved as a Config.tables override named by sheet and header row. */
export function ColumnMappingEditor({ model, table }: { model: PaneModel; table: DetectedTable }) {
  const styles = useStyles();
  const { lang } = model;
  const headerRow = table.headerTop + 1;
  const roles = React.useMemo(() => {
    const list = [...ROLES_BY_KIND[table.kind]];
    for (const r of Object.keys(table.columns) as ColumnRole[]) if (!list.includes(r)) list.push(r);
    return list;
  }, [table]);
  const [draft, setDraft] = React.useState<Partial<Record<ColumnRole, string>>>({
    ...table.columns,
  });
  const columns: Array<{ letter: string; text: string }> = [];
  for (let c = table.firstCol; c <= table.lastCol; c++) {
    const text = table.headers[c] ?? "";
    columns.push({ letter: colLetter(c), text: text.length > 40 ? `${text.slice(0, 39)}…` : text });
  }

  const save = () => {
    const changed: Partial<Record<ColumnRole, string>> = {};
    for (const role of roles) {
      const next = draft[role] ?? "";
      if (next !== (table.columns[role] ?? "")) changed[role] = next;
    }
    const override: TableOverride = { sheet: table.sheet, headerRow, columns: changed };
    const others = (model.settings.tables ?? []).filter(
      (o) => !(o.sheet === table.sheet && o.headerRow === headerRow)
    );
    const previous = (model.settings.tables ?? []).find(
      (o) => o.sheet === table.sheet && o.headerRow === headerRow
    );
    const merged: TableOverride = {
      ...override,
      columns: { ...(previous?.columns ?? {}), ...changed },
    };
    void model.setSettings(
      { ...model.settings, tables: [...others, merged] },
      true,
      "mappingSaved"
    );
  };
  const reset = () => {
    const others = (model.settings.tables ?? []).filter(
      (o) => !(o.sheet === table.sheet && o.headerRow === headerRow)
    );
    void model.setSettings({ ...model.settings, tables: others }, true, "mappingSaved");
  };

  return (
    <div className={styles.root} data-testid={TEST_IDS.mappingEditor}>
      {roles.map((role) => (
        <Field key={role} label={roleLabel(lang, role)} size="small">
          <Select
            size="small"
            value={draft[role] ?? ""}
            onChange={(_e, d) => setDraft({ ...draft, [role]: d.value })}
          >
            <option value="">{t(lang, "mappingNone")}</option>
            {columns.map((c) => (
              <option key={c.letter} value={c.letter}>
                {c.letter}
                {c.text ? ` — ${c.text}` : ""}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      <div className={styles.row}>
        <Button size="small" appearance="primary" onClick={save} disabled={model.busy !== null}>
          {t(lang, "mappingSave")}
        </Button>
        <Button size="small" onClick={reset} disabled={model.busy !== null}>
          {t(lang, "mappingReset")}
        </Button>
      </div>
    </div>
  );
}
