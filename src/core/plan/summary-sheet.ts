// The Ringkasan sheet: run details, settings, overall and per-sasaran capaian, budget lines, every anomaly with
// a link to its cell, and chart data. Numbers are live formulas over the computed columns where they can be.
import { a1, sheetRef } from "../address";
import { locateOwnership } from "../locate-ownership";
import { ruleTitle } from "../explain/rule-texts";
import { fmtDateTime } from "../i18n/format";
import { interpolate } from "../i18n/interpolate";
import type { Analysis, ChartSpec, PlanOptions, Scalar } from "../types";
import type { BudgetCells } from "./budget-columns";
import { cellRuns, meanOf } from "./budget-columns";
import type { CellExtras, Draft } from "./draft";
import { ref, type Expr } from "./expr";
import type { IndicatorCells } from "./indicator-columns";
import { capLabel, label, severityLabel, type LabelKey } from "./labels";
import { markRows, reviewList } from "../review/list";

export const SUMMARY_BASE = "Ringkasan";

/** Indicators in the Ringkasan chart (and its data table): the first ones in sheet order. */
export const CHART_MAX = 50;

/** "Ringkasan", or "Ringkasan (2)", "(3)"… when the user keeps a sheet of that name (Excel compares names case-blind). */
export function pickSummaryName(analysis: Analysis): string {
  const located = analysis.located ?? locateOwnership(analysis.view, analysis.ownership);
  const ours = new Set(located.sheets.map((s) => s.toLowerCase()));
  const taken = new Set(
    analysis.view.sheets.map((s) => s.name.toLowerCase()).filter((n) => !ours.has(n))
  );
  if (!taken.has(SUMMARY_BASE.toLowerCase())) return SUMMARY_BASE;
  for (let i = 2; ; i++) {
    const name = `${SUMMARY_BASE} (${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Ranges over a set of computed cells, sheet by sheet in first-seen order. */
function runsAcrossSheets(cells: Array<{ sheet: string; addr: string }>): Expr[] {
  const bySheet = new Map<string, string[]>();
  for (const c of cells) {
    const addrs = bySheet.get(c.sheet);
    if (addrs) addrs.push(c.addr);
    else bySheet.set(c.sheet, [c.addr]);
  }
  return [...bySheet].flatMap(([s, addrs]) => cellRuns(s, addrs));
}

/** The cells of each (sheet, sasaran), in their order, grouped once (a filter per sasaran grows quadratically). */
function bySasaran(cells: IndicatorCells[]): (sheet: string, sasaran: string) => IndicatorCells[] {
  const groups = new Map<string, Map<string | null, IndicatorCells[]>>();
  for (const c of cells) {
    let sheet = groups.get(c.ind.sheet);
    if (!sheet) groups.set(c.ind.sheet, (sheet = new Map()));
    const list = sheet.get(c.ind.sasaran);
    if (list) list.push(c);
    else sheet.set(c.ind.sasaran, [c]);
  }
  return (sheet, sasaran) => groups.get(sheet)?.get(sasaran) ?? [];
}

export interface SummaryResult {
  columnWidths: Array<{ sheet: string; column: string; width: number }>;
  charts: ChartSpec[];
}

export function writeSummarySheet(
  draft: Draft,
  name: string,
  analysis: Analysis,
  options: PlanOptions,
  indicatorCells: IndicatorCells[],
  budgetCells: BudgetCells[]
): SummaryResult {
  const { report } = analysis;
  const { config } = report;
  const lang = options.lang;
  const t = (k: LabelKey) => label(k, lang);
  let row = 0;
  const put = (col: number, v: Scalar, extras: CellExtras = {}) =>
    draft.value(name, a1(row, col), v, extras);
  const labelRow = (k: LabelKey, v: Scalar, extras: CellExtras = { style: "summaryValue" }) => {
    put(0, t(k), { style: "summaryLabel" });
    put(1, v, extras);
    row++;
  };
  const headerRow = (keys: LabelKey[]) => {
    keys.forEach((k, i) => put(i, t(k), { style: "header" }));
    row++;
  };
  const pct = { numFmt: "0.00%", style: "summaryValue" as const };
  const mainCells = indicatorCells.filter(
    (c) => analysis.tables[c.ind.tableIndex]?.kind === "indicators"
  );
  const chartCells = mainCells.length ? mainCells : indicatorCells;
  const means = (sets: IndicatorCells[][]) =>
    sets
      .map((s) =>
        meanOf(
          runsAcrossSheets(s.map((c) => ({ sheet: c.sheet, addr: c.capaian }))),
          config.missingPolicy
        )
      )
      .filter((e): e is Expr => e !== null);

  put(0, t("title"), { style: "summaryTitle" });
  row += 2;
  if (options.unit) labelRow("unit", options.unit);
  labelRow("file", report.file ?? analysis.view.fileName ?? "");
  labelRow("date", fmtDateTime(options.now, lang, options.timeZone));
  row++;
  put(0, t("settings"), { style: "summaryLabel" });
  row++;
  labelRow("cap", capLabel(config.cap, lang));
  labelRow("missingPolicy", t(config.missingPolicy));
  labelRow("efficiencyMethod", t(config.efficiencyMethod));
  labelRow("threshold", config.extremeThreshold, { numFmt: "0%", style: "summaryValue" });
  row++;

  put(0, t("overall"), { style: "summaryLabel" });
  draft.computed(name, a1(row, 1), means([mainCells, indicatorCells]), report.overall.capaian, pct);
  row++;
  labelRow("counted", `${report.overall.counted} / ${report.overall.total}`);
  row++;

  if (report.sasaran.length) {
    put(0, t("perSasaran"), { style: "summaryLabel" });
    row++;
    headerRow(["sasaran", "sheet", "count", "capaianShort"]);
    const mainOf = bySasaran(mainCells);
    const allOf = bySasaran(indicatorCells);
    for (const s of report.sasaran) {
      put(0, s.name);
      put(1, s.sheet);
      put(2, s.total);
      draft.computed(
        name,
        a1(row, 3),
        means([mainOf(s.sheet, s.name), allOf(s.sheet, s.name)]),
        s.capaian,
        pct
      );
      row++;
    }
    row++;
  }

  if (budgetCells.length) {
    put(0, t("perKegiatan"), { style: "summaryLabel" });
    row++;
    headerRow([
      "kegiatan",
      "pagu",
      "realisasiAnggaran",
      "serapanShort",
      "capaianKinerja",
      "efisiensiShort",
      "band",
    ]);
    const money = { numFmt: "#,##0", style: "summaryValue" as const };
    for (const b of budgetCells) {
      const line = b.line;
      const live = (e: Expr | undefined) => (e && e.k !== "num" ? [e] : []);
      put(0, line.name);
      draft.computed(name, a1(row, 1), live(b.pagu?.expr), line.pagu, money);
      draft.computed(name, a1(row, 2), live(b.realisasi?.expr), line.realisasi, money);
      draft.computed(name, a1(row, 3), [ref(b.sheet, b.serapan)], line.serapan, pct);
      draft.computed(
        name,
        a1(row, 4),
        live(b.capaianKinerja ?? undefined),
        line.capaianKinerja,
        pct
      );
      draft.computed(name, a1(row, 5), [ref(b.sheet, b.efisiensi)], line.efisiensi, pct);
      put(6, line.band ?? "");
      row++;
    }
    row++;
  }

  put(0, t("anomalies"), { style: "summaryLabel" });
  row++;
  if (report.anomalies.length === 0) {
    put(0, t("noAnomalies"));
    row++;
  } else {
    headerRow(["rule", "severity", "sheet", "cell", "message"]);
    for (const a of report.anomalies) {
      put(0, ruleTitle(a.rule, lang));
      put(1, severityLabel(a.severity, lang));
      put(2, a.sheet);
      put(3, a.cell, { style: "link", link: sheetRef(a.sheet, a.cell) });
      put(4, a.message);
      row++;
    }
  }
  row++;

  // The reviewer's trail: each marked finding with its cells, state, reason, who and when.
  const marked = options.marks?.length
    ? markRows(reviewList(analysis, options.marks).items, lang)
    : [];
  if (marked.length) {
    put(0, t("reviewMarks"), { style: "summaryLabel" });
    row++;
    headerRow(["finding", "cells", "markState", "reason", "markedBy", "markedAt"]);
    for (const m of marked) {
      put(0, m.finding);
      put(1, m.cells);
      put(2, m.state);
      if (m.reason) put(3, m.reason);
      put(4, m.by);
      put(5, fmtDateTime(m.at, lang, options.timeZone));
      row++;
    }
    row++;
  }

  const charts: ChartSpec[] = [];
  if (chartCells.length) {
    put(0, t("chartData"), { style: "summaryLabel" });
    row++;
    // A bar pair per indicator is readable up to a few dozen; 50,000 categories made a 13 MB chart part.
    const charted = chartCells.slice(0, CHART_MAX);
    if (charted.length < chartCells.length) {
      put(0, interpolate(t("chartFirst"), { n: charted.length, total: chartCells.length }));
      row++;
    }
    headerRow(["indicator", "capaianShort", "target100"]);
    const first = row;
    for (const c of charted) {
      put(0, c.ind.name);
      draft.computed(name, a1(row, 1), [ref(c.sheet, c.capaian)], c.ind.capaian, pct);
      put(2, 1, { numFmt: "0%" });
      row++;
    }
    const last = row - 1;
    if (options.capabilities.charts) {
      charts.push({
        sheet: name,
        title: t("chartTitle"),
        categories: `${a1(first, 0)}:${a1(last, 0)}`,
        series: [
          { name: t("capaianShort"), values: `${a1(first, 1)}:${a1(last, 1)}` },
          { name: t("target100"), values: `${a1(first, 2)}:${a1(last, 2)}` },
        ],
        // Beside the tables, tall enough for one bar pair per indicator.
        from: a1(1, 8),
        to: a1(1 + Math.max(18, Math.ceil(charted.length * 1.5) + 4), 16),
      });
    }
  }

  const widths = [50, 20, 20, 16, 40, 16, 18];
  const columnWidths = widths.map((width, i) => ({
    sheet: name,
    column: String.fromCharCode(65 + i),
    width,
  }));
  return { columnWidths, charts };
}
