// Periksa explains a cell from the analysis's view (the cells the analysis saw) and from the plan's cells. A worker
// engine answers analyses without those cells (a 20,000-row view copied to the page on every run was most of what
// the page's garbage collector then had to sweep), and in the workbench a run's plan without its cells (the
// workbook worker writes it itself); they are fetched here, once, when a cell is explained.
import * as React from "react";
import type { Analysis, WritePlan } from "../core";
import { inThreadEngine } from "../shared/engine";
import type { Host } from "../shared/host";

/** `value` made whole by `fetch` (absent: it is whole already); null while on its way (or when it failed). */
function useFetched<T extends object>(
  value: T | null,
  wanted: boolean,
  fetch: ((v: T) => Promise<T>) | undefined
): { value: T | null; failed: boolean } {
  const [state, setState] = React.useState<{ of: T | null; whole: T | null; failed: boolean }>({
    of: null,
    whole: null,
    failed: false,
  });
  React.useEffect(() => {
    if (!wanted || !value || state.of === value) return;
    if (!fetch) return setState({ of: value, whole: value, failed: false });
    let alive = true;
    fetch(value).then(
      (whole) => alive && setState({ of: value, whole, failed: false }),
      () => alive && setState({ of: value, whole: null, failed: true })
    );
    return () => {
      alive = false;
    };
  }, [fetch, value, wanted, state.of]);
  const current = state.of === value;
  return { value: current ? state.whole : null, failed: current && state.failed };
}

/** The analysis with its view's cells; null while they are on their way (or could not be had). */
export function useWholeAnalysis(
  host: Host,
  analysis: Analysis | null,
  wanted: boolean
): { analysis: Analysis | null; failed: boolean } {
  const { value, failed } = useFetched(analysis, wanted, (host.engine ?? inThreadEngine).whole);
  return { analysis: value, failed };
}

/** The plan with its cells (a light plan fetched from the engine); null while on its way (or could not be had). */
export function useWholePlan(
  host: Host,
  plan: WritePlan | null,
  wanted: boolean
): { plan: WritePlan | null; failed: boolean } {
  const { value, failed } = useFetched(plan, wanted, (host.engine ?? inThreadEngine).wholePlan);
  return { plan: value, failed };
}
