import type { Config } from "./types";

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
  };
}

const CAPS = [null, 1, 1.1, 1.2];

/** Merge a partial (untrusted, e.g. from JSON) config over the defaults; unknown or invalid values are dropped. */
export function resolveConfig(partial: unknown): { config: Config; problems: string[] } {
  const config = defaultConfig();
  const problems: string[] = [];
  if (partial == null) return { config, problems };
  if (typeof partial !== "object" || Array.isArray(partial)) {
    problems.push("config: not an object");
    return { config, problems };
  }
  const p = partial as Record<string, unknown>;
  if ("cap" in p) {
    if (CAPS.includes(p.cap as number | null)) config.cap = p.cap as Config["cap"];
    else problems.push(`config.cap: ${JSON.stringify(p.cap)} (null, 1, 1.1 or 1.2)`);
  }
  if ("missingPolicy" in p) {
    if (p.missingPolicy === "exclude" || p.missingPolicy === "zero")
      config.missingPolicy = p.missingPolicy;
    else
      problems.push(`config.missingPolicy: ${JSON.stringify(p.missingPolicy)} (exclude or zero)`);
  }
  if ("efficiencyMethod" in p) {
    if (p.efficiencyMethod === "ratio" || p.efficiencyMethod === "pmk214")
      config.efficiencyMethod = p.efficiencyMethod;
    else
      problems.push(
        `config.efficiencyMethod: ${JSON.stringify(p.efficiencyMethod)} (ratio or pmk214)`
      );
  }
  for (const key of ["extremeThreshold", "tolerance"] as const) {
    if (key in p) {
      const v = p[key];
      if (typeof v === "number" && Number.isFinite(v) && v >= 0) config[key] = v;
      else problems.push(`config.${key}: ${JSON.stringify(v)}`);
    }
  }
  if ("lang" in p) {
    if (p.lang === "id" || p.lang === "en") config.lang = p.lang;
    else problems.push(`config.lang: ${JSON.stringify(p.lang)} (id or en)`);
  }
  if (p.indicators && typeof p.indicators === "object" && !Array.isArray(p.indicators)) {
    for (const [k, v] of Object.entries(p.indicators as Record<string, unknown>)) {
      if (!v || typeof v !== "object") continue;
      const o = v as Record<string, unknown>;
      const entry: Config["indicators"][string] = {};
      if (o.polarity === "positive" || o.polarity === "negative") entry.polarity = o.polarity;
      if (o.aggregation === "sum" || o.aggregation === "last" || o.aggregation === "average")
        entry.aggregation = o.aggregation;
      config.indicators[k] = entry;
    }
  }
  if (Array.isArray(p.tables)) {
    for (const t of p.tables) {
      if (
        t &&
        typeof t === "object" &&
        typeof t.sheet === "string" &&
        typeof t.headerRow === "number" &&
        t.columns &&
        typeof t.columns === "object"
      ) {
        config.tables.push({ sheet: t.sheet, headerRow: t.headerRow, columns: { ...t.columns } });
      }
    }
  }
  if (Array.isArray(p.manualRanges))
    config.manualRanges = p.manualRanges.filter((x): x is string => typeof x === "string");
  return { config, problems };
}
