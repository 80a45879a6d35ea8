// Periksa explains a cell from the analysis's view (the cells the analysis saw). A worker engine answers
// analyses without those cells (a 20,000-row view copied to the page on every run was most of what the page's
// garbage collector then had to sweep); they are fetched here, once, when a cell is explained.
import * as React from "react";
import type { Analysis } from "../core";
import { inThreadEngine } from "../shared/engine";
import type { Host } from "../shared/host";

/** The analysis with its view's cells; null while they are on their way (or could not be had). */
export function useWholeAnalysis(
  host: Host,
  analysis: Analysis | null,
  wanted: boolean
): { analysis: Analysis | null; failed: boolean } {
  const [state, setState] = React.useState<{
    of: Analysis | null;
    whole: Analysis | null;
    failed: boolean;
  }>({ of: null, whole: null, failed: false });
  const engine = host.engine ?? inThreadEngine;
  React.useEffect(() => {
    if (!wanted || !analysis || state.of === analysis) return;
    if (!engine.whole) return setState({ of: analysis, whole: analysis, failed: false });
    let alive = true;
    engine.whole(analysis).then(
      (whole) => alive && setState({ of: analysis, whole, failed: false }),
      () => alive && setState({ of: analysis, whole: null, failed: true })
    );
    return () => {
      alive = false;
    };
  }, [engine, analysis, wanted, state.of]);
  const current = state.of === analysis;
  return { analysis: current ? state.whole : null, failed: current && state.failed };
}
