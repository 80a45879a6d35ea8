// The engine's entry point: snapshot in, report (tables, indicators, budget, averages, anomalies) out.
// It never throws: a sheet that cannot be read becomes a problem in the report and the rest goes on.
import { overallBasis } from "./overall";
import { a1, parseA1 } from "../address";
import { configProblemText, resolveConfig } from "../config";
import { interpolate } from "../i18n/interpolate";
import { messages } from "../i18n/messages";
import { Grid } from "../grid";
import { ruleMessage } from "../i18n/rule-messages";
import { tableReasonText } from "../i18n/table-reasons";
import { locateOwnership, stripOwned } from "../locate-ownership";
import { readOwnership } from "../ownership";
import { RULES } from "../rules";
import type {
  Analysis,
  Anomaly,
  Config,
  DetectedTable,
  Report,
  SasaranResult,
  WorkbookSnapshot,
} from "../types";
import { averageOf } from "./capaian";
import type { AverageWork, BudgetWork, IndicatorWork, RuleContext } from "./context";
import { readBudget } from "./budget";
import { col, hasIndicatorRows, readIndicators, reportedCapaian } from "./indicators";
import { readNko, type NkoWork } from "./nko";
import { tablesOf } from "./tables";
import { pushAll } from "../arrays";
import { readVertical, verticalBlock } from "./vertical";
import { rowsCounter, type RowsProgress } from "./rows-progress";

export function analyzeWorkbook(
  snapshot: WorkbookSnapshot,
  partial?: Partial<Config> | Config | null,
  onRows?: RowsProgress
): Analysis {
  const resolved = resolveConfig(partial ?? null);
  const config = resolved.config;
  const problems = resolved.problems.map((p) => configProblemText(p, config.lang));
  const configProblems = problems.length;
  const lang = config.lang;
  const sheets = Array.isArray(snapshot?.sheets) ? snapshot.sheets : [];
  const whole: WorkbookSnapshot = { ...snapshot, sheets };
  // Names from a host are data like any other: malformed entries are dropped, not trusted.
  if (snapshot?.names !== undefined)
    whole.names = (Array.isArray(snapshot.names) ? snapshot.names : []).filter(
      (n) => typeof n?.name === "string" && typeof n?.refersTo === "string"
    );
  const ownership = readOwnership(whole);
  const located = locateOwnership(whole, ownership);
  const view = stripOwned(whole, located);
  const grids = new Map<string, Grid>();
  const tables: DetectedTable[] = [];
  const indicators: IndicatorWork[] = [];
  const budget: BudgetWork[] = [];
  const averages: AverageWork[] = [];
  const nko: NkoWork[] = [];
  const read = view.sheets.filter((s) => !s.hidden && Array.isArray(s.values));
  const counted = rowsCounter(
    read.reduce((n, s) => n + s.values.length, 0),
    onRows
  );
  let offset = 0;

  for (const sheet of view.sheets) {
    if (sheet.hidden || !Array.isArray(sheet.values)) continue;
    const sheetOffset = offset;
    offset += sheet.values.length;
    try {
      const grid = new Grid(sheet);
      grids.set(sheet.name, grid);
      for (const table of tablesOf(grid, config)) {
        const tableIndex = tables.length;
        tables.push(table);
        const block = hasIndicatorRows(table) ? null : verticalBlock(grid, table);
        if (block) {
          // A one-IKU block: its TOTAL row is the annual realisasi, checked against the quarters.
          table.kind = "indicators";
          table.totalRows = [];
          table.vertical = true;
        }
        const rows = block
          ? [readVertical(grid, table, block, tableIndex, config)]
          : hasIndicatorRows(table)
            ? readIndicators(grid, table, tableIndex, config, (r) => counted.at(sheetOffset + r))
            : [];
        pushAll(indicators, rows);
        pushAll(averages, statedAverages(grid, table, rows));
        const n = readNko(grid, table, tableIndex, rows);
        if (n) nko.push(n);
        if (table.kind === "budget" || (table.kind === "indicators" && table.columns.pagu))
          pushAll(budget, readBudget(grid, table, tableIndex, rows, config));
      }
    } catch (e) {
      problems.push(
        interpolate(messages(lang).words.sheetUnreadable, {
          sheet: sheet.name,
          detail: (e as Error).message,
        })
      );
    }
    counted.at(offset);
  }
  counted.end();

  const ctx: RuleContext = { config, grids, tables, indicators, budget, averages, nko };
  const anomalies = runRules(ctx, problems);
  const report = buildReport({
    file: snapshot?.fileName ?? null,
    config,
    tables,
    indicators,
    budget,
    anomalies,
    problems,
  });
  if (nko.length > 0) report.nko = nko.map((n) => n.result);
  // Config problems are only reported; everything after them stopped a sheet or a rule.
  return { report, tables, view, ownership, located, stopped: problems.slice(configProblems) };
}

/** "Rata-rata …" rows: the stated average in the capaian column over the indicators above it. */
function statedAverages(grid: Grid, table: DetectedTable, rows: IndicatorWork[]): AverageWork[] {
  const out: AverageWork[] = [];
  const c = col(table, "capaian") ?? col(table, "rataCapaian");
  if (c === null) return out;
  let start = table.firstDataRow;
  for (const r of table.averageRows) {
    const p = grid.cell(r, c);
    const covered = rows.filter((w) => w.result.row - 1 >= start && w.result.row - 1 < r);
    start = r + 1;
    if (p.value === null || covered.length === 0) continue;
    const value = reportedCapaian(p, null) ?? p.value;
    out.push({ sheet: grid.name, cell: a1(r, c), value, indicators: covered });
  }
  return out;
}

function finiteOrAbsent(v: unknown): boolean {
  return typeof v !== "number" || Number.isFinite(v);
}

function runRules(ctx: RuleContext, problems: string[]): Anomaly[] {
  const seen = new Set<string>();
  const out: Array<Anomaly & { order: number }> = [];
  RULES.forEach((rule, order) => {
    try {
      for (const f of rule.run(ctx)) {
        // A sum that overflowed (1e300 + 1e300) proves nothing about the cell: no finding.
        if (!finiteOrAbsent(f.expected) || !finiteOrAbsent(f.actual)) continue;
        const key = `${rule.id}|${f.sheet}|${f.cell}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const a: Anomaly & { order: number } = {
          rule: rule.id,
          severity: f.severity ?? rule.severity,
          sheet: f.sheet,
          cell: f.cell,
          message: ruleMessage(rule.id, ctx.config.lang, f.params),
          order,
        };
        if (f.expected !== undefined) a.expected = f.expected;
        if (f.actual !== undefined) a.actual = f.actual;
        out.push(a);
      }
    } catch (e) {
      problems.push(`${rule.id}: ${(e as Error).message}`);
    }
  });
  const sheetOrder = new Map([...ctx.grids.keys()].map((n, i) => [n, i]));
  // Rule cells are always A1 addresses (rules build them with a1()).
  const pos = (cell: string) => parseA1(cell);
  out.sort((a, b) => {
    const s = (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0);
    if (s) return s;
    const pa = pos(a.cell);
    const pb = pos(b.cell);
    return pa.row - pb.row || pa.col - pb.col || a.order - b.order;
  });
  return out.map((a) => {
    const { order, ...rest } = a;
    void order;
    return rest;
  });
}

/** What the report is made of: one object, since seven positional arguments were easy to swap. */
interface ReportParts {
  file: string | null;
  config: Config;
  tables: DetectedTable[];
  indicators: IndicatorWork[];
  budget: BudgetWork[];
  anomalies: Anomaly[];
  problems: string[];
}

function buildReport(parts: ReportParts): Report {
  const { file, config, tables, indicators, budget, anomalies, problems } = parts;
  const basis = overallBasis(indicators, (w) => w.table.kind);
  const overall = averageOf(
    basis.map((w) => w.result.capaian),
    config.missingPolicy
  );
  const groups = new Map<string, IndicatorWork[]>();
  for (const w of basis) {
    const key = `${w.result.sheet}\u0000${w.result.sasaran ?? ""}`;
    const g = groups.get(key);
    if (g) g.push(w);
    else groups.set(key, [w]);
  }
  const sasaran: SasaranResult[] = [...groups.values()].map((ws) => {
    const avg = averageOf(
      ws.map((w) => w.result.capaian),
      config.missingPolicy
    );
    return {
      name: ws[0].result.sasaran ?? "",
      sheet: ws[0].result.sheet,
      capaian: avg.value,
      counted: avg.counted,
      total: avg.total,
    };
  });
  return {
    schemaVersion: 1,
    file,
    config,
    tables: tables.map((t) => ({
      sheet: t.sheet,
      kind: t.kind,
      range: t.range,
      columns: t.columns,
      confidence: t.confidence,
      indicators: indicators.filter((w) => w.table === t).length,
      reasons: (t.reasons ?? []).map((x) => tableReasonText(x, config.lang)),
    })),
    indicators: indicators.map((w) => w.result),
    sasaran,
    budget: budget.map((b) => b.result),
    overall: {
      capaian: overall.value,
      counted: overall.counted,
      total: overall.total,
      missingPolicy: config.missingPolicy,
    },
    anomalies,
    problems,
  };
}
