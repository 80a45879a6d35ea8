// Budget lines: one per pagu cell (a merged or blank-continued pagu covers the indicator rows under it).
import { a1, colIndex } from "../address";
import { pushAll } from "../arrays";
import { amount } from "../detect/hierarchy";
import type { Grid } from "../grid";
import type { Config, DetectedTable } from "../types";
import { averageOf } from "./capaian";
import type { BudgetWork, IndicatorWork } from "./context";
import { efficiencyRatio, nkaBand, pmk214 } from "./efficiency";
import { col, hasIndicatorRows, reportedCapaian } from "./indicators";

export function readBudget(
  grid: Grid,
  table: DetectedTable,
  tableIndex: number,
  indicators: IndicatorWork[],
  config: Config
): BudgetWork[] {
  const main = readGroup(grid, table, tableIndex, indicators, config, {
    pagu: col(table, "pagu"),
    real: col(table, "realisasiAnggaran"),
    ser: col(table, "serapan"),
    label: null,
  });
  // Further Anggaran / Realisasi / % groups in the same rows (per year, per source): lines of their own.
  const more = (table.budgetGroups ?? []).flatMap((g) =>
    readGroup(grid, table, tableIndex, indicators, config, {
      pagu: colIndex(g.pagu),
      real: g.realisasiAnggaran ? colIndex(g.realisasiAnggaran) : null,
      ser: g.serapan ? colIndex(g.serapan) : null,
      label: g.label ?? g.pagu,
    })
  );
  return more.length === 0 ? main : [...main, ...more].sort((a, b) => a.result.row - b.result.row);
}

function readGroup(
  grid: Grid,
  table: DetectedTable,
  tableIndex: number,
  indicators: IndicatorWork[],
  config: Config,
  g: { pagu: number | null; real: number | null; ser: number | null; label: string | null }
): BudgetWork[] {
  const cPagu = g.pagu;
  if (cPagu === null) return [];
  const cReal = g.real;
  const cSer = g.ser;
  const cAvg = col(table, "rataCapaian");
  // A "Capaian Kinerja (%)" column of a budget table without kinerja target/realisasi: the stated achievement.
  const cCap = !table.columns.target ? col(table, "capaian") : null;
  const cName = col(table, "sasaran") ?? col(table, "indikator");
  const skip = new Set([
    ...table.totalRows,
    ...table.averageRows,
    ...(table.nkoRow !== undefined ? [table.nkoRow] : []),
    ...(table.derivedRows ?? []),
  ]);
  // A Jumlah row of a pure budget table is a line too (its serapan is the table's), marked as a parent so it is
  // not counted again; so is one under kinerja rows that are each their own budget line (SMART DJA: one RO a row).
  // Where a budget line spans several indicator rows (merged pagu), the lines are the kegiatan and the total stays
  // a total.
  const totalLines = cReal !== null;
  const totals = new Set(totalLines ? table.totalRows : []);
  const lines: Array<{ top: number; bottom: number; total?: boolean; sums?: Sums }> = [];
  for (let r = table.firstDataRow; r <= table.lastDataRow; r++) {
    if (totals.has(r)) {
      if (!grid.isEmpty(r, cPagu) && !grid.isMergedSlave(r, cPagu))
        lines.push({ top: r, bottom: r, total: true });
      continue;
    }
    if (skip.has(r)) continue;
    if (!grid.isEmpty(r, cPagu) && !grid.isMergedSlave(r, cPagu)) lines.push({ top: r, bottom: r });
    else if (lines.length > 0 && lines[lines.length - 1].bottom === r - 1)
      lines[lines.length - 1].bottom = r;
  }
  if (hasIndicatorRows(table) && lines.some((l) => !l.total && l.bottom > l.top))
    for (let k = lines.length - 1; k >= 0; k--) if (lines[k].total) lines.splice(k, 1);
  pushAll(lines, headingLines(grid, table, lines, skip, cPagu, cReal, cSer));
  lines.sort((a, b) => a.top - b.top);
  const out: BudgetWork[] = [];
  const points =
    cSer !== null &&
    pointsColumn(
      grid,
      lines.map((l) => l.top),
      cSer
    );
  for (const { top, bottom, total, sums } of lines) {
    const num = (c: number | null) => (c === null ? null : amount(grid, top, c));
    const pagu = sums ? sums.pagu : num(cPagu);
    const realisasi = sums ? sums.real : num(cReal);
    const ratio = pagu !== null && realisasi !== null && pagu !== 0 ? realisasi / pagu : null;
    const serapan = ratio !== null && Number.isFinite(ratio) ? ratio : null;
    const serapanReported = cSer === null ? null : statedSerapan(grid, top, cSer, serapan, points);
    let name = cName !== null ? grid.text(top, cName) : null;
    // The name of a line may sit on a merged cell above (blank-continued).
    for (let r = top - 1; name === null && cName !== null && r >= table.firstDataRow; r--)
      name = grid.text(r, cName);
    const lineIndicators = indicators.filter(
      (i) => i.table === table && i.result.row - 1 >= top && i.result.row - 1 <= bottom
    );
    const avgCol = cAvg ?? cCap;
    const avgStated = avgCol !== null ? grid.cell(top, avgCol) : null;
    const statedAverage =
      avgStated && avgStated.value !== null && avgCol !== null
        ? { value: reportedCapaian(avgStated, null) ?? avgStated.value, cell: a1(top, avgCol) }
        : null;
    const ck =
      lineIndicators.length > 0
        ? averageOf(
            lineIndicators.map((i) => i.result.capaian),
            config.missingPolicy
          ).value
        : (statedAverage?.value ?? null);
    const p214 = pmk214(pagu, realisasi, ck);
    const efisiensi =
      config.efficiencyMethod === "pmk214" ? (p214?.ne ?? null) : efficiencyRatio(ck, serapan);
    const bandPoints =
      config.efficiencyMethod === "pmk214"
        ? p214
          ? p214.ne * 100
          : null
        : ck === null
          ? null
          : Math.min(ck, 1) * 100;
    out.push({
      result: {
        sheet: grid.name,
        row: top + 1,
        lastRow: bottom + 1,
        tableIndex,
        name: name ?? "",
        pagu,
        realisasi,
        serapan,
        serapanReported,
        capaianKinerja: ck,
        efisiensi,
        pmk214: p214,
        band: nkaBand(bandPoints, config.lang),
        sources: {
          pagu: sums ? null : a1(top, cPagu),
          realisasi: cReal === null || sums ? null : a1(top, cReal),
          serapan: cSer === null ? null : a1(top, cSer),
        },
        ...(table.children?.[top] || total || sums ? { parent: true } : {}),
        ...(g.label !== null ? { group: g.label } : {}),
      },
      table,
      indicators: lineIndicators,
      statedAverage,
    });
  }
  return out;
}

type Sums = { pagu: number; real: number };

/**
 * A programme row that states only its % (no anggaran, no realisasi of its own) over the sub kegiatan lines below
 * it, down to the next such row: its serapan is Σ realisasi / Σ anggaran of those lines, not the average of their %.
 */
function headingLines(
  grid: Grid,
  table: DetectedTable,
  lines: Array<{ top: number; bottom: number; total?: boolean }>,
  skip: Set<number>,
  cPagu: number,
  cReal: number | null,
  cSer: number | null
): Array<{ top: number; bottom: number; sums: Sums }> {
  if (cReal === null || cSer === null) return [];
  const heads: number[] = [];
  for (let r = table.firstDataRow; r <= table.lastDataRow; r++) {
    if (skip.has(r) || !grid.isEmpty(r, cPagu) || !grid.isEmpty(r, cReal)) continue;
    if (amount(grid, r, cSer) !== null && grid.cell(r, cSer).kind !== "missing") heads.push(r);
  }
  const out: Array<{ top: number; bottom: number; sums: Sums }> = [];
  heads.forEach((h, k) => {
    const end = k + 1 < heads.length ? heads[k + 1] : table.lastDataRow + 1;
    const under = lines.filter(
      (l) => l.top > h && l.top < end && !l.total && !table.children?.[l.top]
    );
    let pagu = 0;
    let real = 0;
    for (const l of under) {
      const p = amount(grid, l.top, cPagu);
      const x = amount(grid, l.top, cReal);
      if (p === null || x === null) return;
      pagu += p;
      real += x;
    }
    // Two lines at least: one line under it is a heading and its line, not a sum.
    if (under.length >= 2 && pagu !== 0) out.push({ top: h, bottom: h, sums: { pagu, real } });
  });
  return out;
}

/**
 * A % column written in points (96,11 for 96,11%) on most of its lines: every plain figure in it is points, the
 * small ones too (a −0,43 change is −0,43%, not −43%).
 */
function pointsColumn(grid: Grid, rows: number[], c: number): boolean {
  let plain = 0;
  let big = 0;
  for (const r of rows) {
    const p = grid.cell(r, c);
    if (p.value === null || p.percent || p.unit === "%") continue;
    plain++;
    if (Math.abs(p.value) > 3) big++;
  }
  return plain >= 3 && big * 4 >= plain * 3;
}

function statedSerapan(
  grid: Grid,
  r: number,
  c: number,
  computed: number | null,
  points: boolean
): number | null {
  const p = grid.cell(r, c);
  if (
    points &&
    p.value !== null &&
    !p.percent &&
    p.unit !== "%" &&
    (p.kind === "number" || p.kind === "text-number")
  )
    return p.value / 100;
  return reportedCapaian(p, computed);
}
