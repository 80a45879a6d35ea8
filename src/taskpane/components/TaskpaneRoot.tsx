import * as React from "react";
import type { Lang } from "../../core";
import type { Host } from "../../shared/host";
import { langFromDisplay } from "../../shared/i18n";
import { App } from "./App";

/** The pane inside Excel: language from Office's display language, switchable in the pane. */
export function TaskpaneRoot({ host }: { host: Host }) {
  const [lang, setLang] = React.useState<Lang>(() => langFromDisplay(host.displayLanguage));
  return <App host={host} lang={lang} onLangChange={setLang} workbenchUrl="workbench.html" />;
}
