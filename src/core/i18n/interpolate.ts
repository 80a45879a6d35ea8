// The one interpolator: "{name}" is replaced by params.name; a missing or null value reads "–".

export type Params = Record<string, string | number | null | undefined>;

export function interpolate(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = params[k];
    return v === null || v === undefined ? "–" : String(v);
  });
}
