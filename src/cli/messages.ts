// CLI wording comes from the locale packs' `cli` section; "{usage}" is the usage text itself.
import { interpolate } from "../core/i18n/interpolate";
import { messages, type Messages } from "../core/i18n/messages";
import type { Lang } from "../core/types";

type Key = keyof Messages["cli"];

export function msg(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  const cli = messages(lang).cli;
  return interpolate(cli[key], { ...params, usage: cli.usage });
}
