import * as React from "react";
import type { Lang } from "../../core";
import type { PaneError } from "../../shared/errors";
import { ErrorBar } from "./ErrorBar";
import { PaneHeader } from "./PaneHeader";

/** Shown when the page opens outside Excel (or office.js could not load). */
export function NotInExcel({ initialLang, error }: { initialLang: Lang; error: PaneError }) {
  const [lang, setLang] = React.useState<Lang>(initialLang);
  return (
    <main style={{ padding: 12 }} lang={lang}>
      <PaneHeader lang={lang} onLangChange={setLang} />
      <ErrorBar lang={lang} error={error} workbenchUrl="workbench.html" />
    </main>
  );
}
