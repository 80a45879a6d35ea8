// Config is validated once, at the edge: a file (CLI --config), the pane's settings, the document's saved
// settings. An invalid value is named in one problem and ignored; the rest of the config still applies.
import { DEFAULT_BANDS, isBands } from "./bands";
import { interpolate } from "./i18n/interpolate";
import { messages, type Messages } from "./i18n/messages";
import type { Config, IndicatorOverride, Lang, TableOverride } from "./types";

/** The defaults issue 2 fixes; every choice lives here and `--config` / the pane override it. */
export function defaultConfig(): Config {
  return {
    cap: null,
    missingPolicy: "exclude",
    efficiencyMethod: "ratio",
    extremeThreshold: 2,
    tolerance: 0.0005,
    lang: "id",
    indicators: {},
    tables: [],
    manualRanges: [],
    bands: { ...DEFAULT_BANDS },
  };
}

/** What a value should have been, a key of the locale packs' `config` section. */
export type ConfigExpectation = Exclude<keyof Messages["config"], "problem" | "notObject">;

export interface ConfigProblem {
  /** The setting's path, e.g. "cap", "indicators.Sheet!5.polarity"; "" for the whole config. */
  key: string;
  value: unknown;
  expected: ConfigExpectation | "notObject";
}

const CAPS: ReadonlyArray<Config["cap"]> = [null, 1, 1.1, 1.2];

type Check<T> = (v: unknown) => v is T;

const oneOf =
  <T>(allowed: ReadonlyArray<T>): Check<T> =>
  (v): v is T =>
    allowed.includes(v as T);

const nonNegative: Check<number> = (v): v is number =>
  typeof v === "number" && Number.isFinite(v) && v >= 0;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const isTable = (v: unknown): v is TableOverride =>
  isObject(v) &&
  typeof v.sheet === "string" &&
  typeof v.headerRow === "number" &&
  Number.isInteger(v.headerRow) &&
  v.headerRow >= 0 &&
  isObject(v.columns);

/**
 * Only the valid settings of `partial` (an override of the defaults), and one problem per ignored value.
 * Unknown keys are left out silently: a newer version's settings must not trouble an older one.
 */
export function validateSettings(partial: unknown): {
  settings: Partial<Config>;
  problems: ConfigProblem[];
} {
  const settings: Partial<Config> = {};
  const problems: ConfigProblem[] = [];
  if (partial === null || partial === undefined) return { settings, problems };
  if (!isObject(partial)) {
    problems.push({ key: "", value: partial, expected: "notObject" });
    return { settings, problems };
  }
  const p = partial;
  const take = <K extends keyof Config>(
    key: K,
    ok: Check<Config[K]>,
    expected: ConfigExpectation
  ) => {
    if (!(key in p)) return;
    if (ok(p[key])) settings[key] = p[key] as Config[K];
    else problems.push({ key, value: p[key], expected });
  };
  take("cap", oneOf(CAPS), "expCap");
  take("missingPolicy", oneOf(["exclude", "zero"] as const), "expMissingPolicy");
  take("efficiencyMethod", oneOf(["ratio", "pmk214"] as const), "expEfficiencyMethod");
  take("extremeThreshold", nonNegative, "expNonNegative");
  take("tolerance", nonNegative, "expNonNegative");
  take("lang", oneOf(["id", "en"] as const), "expLang");
  if ("bands" in p) {
    if (isBands(p.bands)) settings.bands = { good: p.bands.good, fair: p.bands.fair };
    else problems.push({ key: "bands", value: p.bands, expected: "expBands" });
  }

  if ("indicators" in p) {
    if (!isObject(p.indicators))
      problems.push({ key: "indicators", value: p.indicators, expected: "expObject" });
    else {
      const indicators: Record<string, IndicatorOverride> = {};
      for (const [k, v] of Object.entries(p.indicators)) {
        const key = `indicators.${k}`;
        if (!isObject(v)) {
          problems.push({ key, value: v, expected: "expObject" });
          continue;
        }
        const entry: IndicatorOverride = {};
        if ("polarity" in v) {
          if (v.polarity === "positive" || v.polarity === "negative") entry.polarity = v.polarity;
          else
            problems.push({ key: `${key}.polarity`, value: v.polarity, expected: "expPolarity" });
        }
        if ("aggregation" in v) {
          if (v.aggregation === "sum" || v.aggregation === "last" || v.aggregation === "average")
            entry.aggregation = v.aggregation;
          else
            problems.push({
              key: `${key}.aggregation`,
              value: v.aggregation,
              expected: "expAggregation",
            });
        }
        indicators[k] = entry;
      }
      settings.indicators = indicators;
    }
  }
  if ("tables" in p) {
    if (!Array.isArray(p.tables))
      problems.push({ key: "tables", value: p.tables, expected: "expList" });
    else {
      settings.tables = [];
      p.tables.forEach((t, i) => {
        if (isTable(t))
          settings.tables!.push({
            sheet: t.sheet,
            headerRow: t.headerRow,
            columns: { ...t.columns },
          });
        else problems.push({ key: `tables[${i}]`, value: t, expected: "expTable" });
      });
    }
  }
  if ("manualRanges" in p) {
    if (!Array.isArray(p.manualRanges))
      problems.push({ key: "manualRanges", value: p.manualRanges, expected: "expList" });
    else {
      settings.manualRanges = [];
      p.manualRanges.forEach((r, i) => {
        if (typeof r === "string") settings.manualRanges!.push(r);
        else problems.push({ key: `manualRanges[${i}]`, value: r, expected: "expText" });
      });
    }
  }
  return { settings, problems };
}

/** Merge a partial (untrusted, e.g. from JSON) config over the defaults; invalid values are dropped. */
export function resolveConfig(partial: unknown): { config: Config; problems: ConfigProblem[] } {
  const { settings, problems } = validateSettings(partial);
  return { config: { ...defaultConfig(), ...settings }, problems };
}

function shown(value: unknown): string {
  if (value === undefined) return "undefined";
  try {
    const s = JSON.stringify(value);
    return s.length > 60 ? `${s.slice(0, 57)}…` : s;
  } catch {
    return String(value);
  }
}

/** One line naming the ignored value and what is allowed, in `lang`. */
export function configProblemText(p: ConfigProblem, lang: Lang): string {
  const words = messages(lang).config;
  if (p.expected === "notObject") return words.notObject;
  return interpolate(words.problem, {
    key: p.key,
    value: shown(p.value),
    expected: words[p.expected],
  });
}
