// CLI wording comes from the locale packs' `cli` section; "{usage}" is the usage text itself.
import { interpolate, messages, type Messages, type Lang } from "../core";

type Key = keyof Messages["cli"];

export function msg(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  const cli = messages(lang).cli;
  return interpolate(cli[key], { ...params, usage: cli.usage });
}
