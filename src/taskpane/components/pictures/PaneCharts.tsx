// The pane's pictures in one lazily loaded chunk (React.lazy in ResultsTab): visx stays out of the first screen's
// JavaScript, which must stay within 250 KB gzip.
import * as React from "react";
import type { Lang, Report } from "../../../core";
import { BudgetChart } from "./BudgetChart";
import { CapaianChart } from "./CapaianChart";

export default function PaneCharts({
  lang,
  report,
  onSelect,
}: {
  lang: Lang;
  report: Report;
  onSelect(sheet: string, address: string): void;
}) {
  return (
    <>
      <CapaianChart lang={lang} report={report} onSelect={onSelect} />
      <BudgetChart lang={lang} report={report} />
    </>
  );
}
