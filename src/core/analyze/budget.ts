// Budget lines: one per pagu cell (a merged or blank-continued pagu covers the indicator rows under it).
import { a1 } from "../address";
import type { Grid } from "../grid";
import type { Config, DetectedTable } from "../types";
import { averageOf } from "./capaian";
import type { BudgetWork, IndicatorWork } from "./context";
import { efficiencyRatio, nkaBand, pmk214 } from "./efficiency";
import { col, reportedCapaian } from "./indicators";

export function readBudget(
  grid: Grid,
  table: DetectedTable,
  tableIndex: number,
  indicators: IndicatorWork[],
  config: Config
): BudgetWork[] {
  const cPagu = col(table, "pagu");
  if (cPagu === null) return [];
  const cReal = col(table, "realisasiAnggaran");
  const cSer = col(table, "serapan");
  const cAvg = col(table, "rataCapaian");
  const cName = col(table, "sasaran") ?? col(table, "indikator");
  const skip = new Set([...table.totalRows, ...table.averageRows]);
  const lines: Array<{ top: number; bottom: number }> = [];
  for (let r = table.firstDataRow; r <= table.lastDataRow; r++) {
    if (skip.has(r)) continue;
    if (!grid.isEmpty(r, cPagu) && !grid.isMergedSlave(r, cPagu)) lines.push({ top: r, bottom: r });
    else if (lines.length > 0 && lines[lines.length - 1].bottom === r - 1)
      lines[lines.length - 1].bottom = r;
  }
  const out: BudgetWork[] = [];
  for (const { top, bottom } of lines) {
    const num = (c: number | null) => (c === null ? null : grid.cell(top, c).value);
    const pagu = num(cPagu);
    const realisasi = num(cReal);
    const ratio = pagu !== null && realisasi !== null && pagu !== 0 ? realisasi / pagu : null;
    const serapan = ratio !== null && Number.isFinite(ratio) ? ratio : null;
    const serapanReported = cSer === null ? null : reportedCapaian(grid.cell(top, cSer), serapan);
    let name = cName !== null ? grid.text(top, cName) : null;
    // The name of a line may sit on a merged cell above (blank-continued).
    for (let r = top - 1; name === null && cName !== null && r >= table.firstDataRow; r--)
      name = grid.text(r, cName);
    const lineIndicators = indicators.filter(
      (i) => i.table === table && i.result.row - 1 >= top && i.result.row - 1 <= bottom
    );
    const avgStated = cAvg !== null ? grid.cell(top, cAvg) : null;
    const statedAverage =
      avgStated && avgStated.value !== null && cAvg !== null
        ? { value: reportedCapaian(avgStated, null) ?? avgStated.value, cell: a1(top, cAvg) }
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
          pagu: a1(top, cPagu),
          realisasi: cReal === null ? null : a1(top, cReal),
          serapan: cSer === null ? null : a1(top, cSer),
        },
      },
      table,
      indicators: lineIndicators,
      statedAverage,
    });
  }
  return out;
}
