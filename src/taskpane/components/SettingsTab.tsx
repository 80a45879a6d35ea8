import {
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { defaultConfig, type Config, type IndicatorOverride } from "../../core";
import { t } from "../../shared/i18n";
import type { PaneModel } from "../use-pane";
import { IndicatorOverrides } from "./IndicatorOverrides";
import { TEST_IDS } from "../test-ids";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

type Editable = Pick<
  Config,
  "cap" | "missingPolicy" | "efficiencyMethod" | "extremeThreshold" | "indicators"
>;

function editable(s: Partial<Config>): Editable {
  const d = defaultConfig();
  return {
    cap: s.cap !== undefined ? s.cap : d.cap,
    missingPolicy: s.missingPolicy ?? d.missingPolicy,
    efficiencyMethod: s.efficiencyMethod ?? d.efficiencyMethod,
    extremeThreshold: s.extremeThreshold ?? d.extremeThreshold,
    indicators: s.indicators ?? {},
  };
}

const CAPS: Array<[string, Config["cap"]]> = [
  ["none", null],
  ["1", 1],
  ["1.1", 1.1],
  ["1.2", 1.2],
];

/** Calculation settings, saved in the document so a reviewer gets the same numbers. */
export function SettingsTab({ model }: { model: PaneModel }) {
  const styles = useStyles();
  const { lang } = model;
  const [draft, setDraft] = React.useState<Editable>(() => editable(model.settings));
  const [threshold, setThreshold] = React.useState(
    String(Math.round(draft.extremeThreshold * 100))
  );
  React.useEffect(() => {
    const e = editable(model.settings);
    setDraft(e);
    setThreshold(String(Math.round(e.extremeThreshold * 100)));
  }, [model.settings]);

  const thresholdValue = Number(threshold.replace(",", "."));
  const thresholdValid = Number.isFinite(thresholdValue) && thresholdValue > 0;

  const save = () => {
    const next: Partial<Config> = { ...model.settings, ...draft };
    if (thresholdValid) next.extremeThreshold = thresholdValue / 100;
    void model.setSettings(next, true, "settingsSaved");
  };
  const reset = () => {
    const { tables, manualRanges } = model.settings;
    const next: Partial<Config> = {};
    if (tables) next.tables = tables;
    if (manualRanges) next.manualRanges = manualRanges;
    void model.setSettings(next, true, "settingsResetDone");
  };
  const setIndicator = (key: string, o: IndicatorOverride | null) => {
    const indicators = { ...draft.indicators };
    if (o && (o.polarity || o.aggregation)) indicators[key] = o;
    else delete indicators[key];
    setDraft({ ...draft, indicators });
  };

  return (
    <section aria-labelledby="settings-title" className={styles.root}>
      <Text as="h2" id="settings-title" size={400} weight="semibold">
        {t(lang, "settingsTitle")}
      </Text>
      <Field label={t(lang, "capLabel")}>
        <RadioGroup
          value={CAPS.find(([, v]) => v === draft.cap)?.[0] ?? "none"}
          onChange={(_e, d) =>
            setDraft({ ...draft, cap: CAPS.find(([k]) => k === d.value)?.[1] ?? null })
          }
        >
          <Radio value="none" label={t(lang, "capNone")} />
          <Radio value="1" label="100%" />
          <Radio value="1.1" label="110%" />
          <Radio value="1.2" label="120%" />
        </RadioGroup>
      </Field>
      <Field label={t(lang, "missingLabel")}>
        <RadioGroup
          value={draft.missingPolicy}
          onChange={(_e, d) =>
            setDraft({ ...draft, missingPolicy: d.value === "zero" ? "zero" : "exclude" })
          }
        >
          <Radio value="exclude" label={t(lang, "missingExclude")} />
          <Radio value="zero" label={t(lang, "missingZero")} />
        </RadioGroup>
      </Field>
      <Field label={t(lang, "efficiencyLabel")}>
        <RadioGroup
          value={draft.efficiencyMethod}
          onChange={(_e, d) =>
            setDraft({ ...draft, efficiencyMethod: d.value === "pmk214" ? "pmk214" : "ratio" })
          }
        >
          <Radio value="ratio" label={t(lang, "efficiencyRatio")} />
          <Radio value="pmk214" label={t(lang, "efficiencyPmk")} />
        </RadioGroup>
      </Field>
      <Field
        label={t(lang, "extremeLabel")}
        hint={t(lang, "extremeHint")}
        validationState={thresholdValid ? "none" : "error"}
      >
        <Input
          type="number"
          min={1}
          step={10}
          value={threshold}
          onChange={(_e, d) => setThreshold(d.value)}
        />
      </Field>
      <IndicatorOverrides
        lang={lang}
        indicators={model.analysis?.report.indicators ?? []}
        overrides={draft.indicators}
        onChange={setIndicator}
      />
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={save}
          disabled={!thresholdValid || model.busy !== null}
          data-testid={TEST_IDS.settingsSave}
        >
          {t(lang, "settingsSave")}
        </Button>
        <Button onClick={reset} disabled={model.busy !== null} data-testid={TEST_IDS.settingsReset}>
          {t(lang, "settingsReset")}
        </Button>
      </div>
    </section>
  );
}
