// Meaning from arithmetic, headers as priors (issue 8). A column whose values equal x / y on most rows is the
// ratio of x over y — serapan = realisasi / pagu, capaian = realisasi / target (or 2 − R/T for negative
// polarity) — whatever its header says. Headers decide between equally good readings and stand alone only where
// the rows cannot tell (one row, no ratio column).
import { colIndex, colLetter } from "../address";
import type { Grid } from "../grid";
import type { BudgetGroup, ColumnRole, DetectedTable, TableKind, TableReason } from "../types";
import { capaianHoldsRealisasi } from "./capaian-as-realisasi";
import { e81Columns } from "./e81-columns";
import { nameBesideMarker } from "./marker-name";
import { roleOfPath } from "./header-roles";
import { latestYearReading } from "./reporting-year";

/** Rows sampled per table: enough to see a relation, bounded so a 20,000-row export stays linear. */
const SAMPLE_ROWS = 240;
/** A ratio agrees with x / y within 0.6 percentage points: a % typed or shown without decimals still agrees. */
const RATIO_TOL = 0.006;

const BUDGET_ROLES: ColumnRole[] = ["pagu", "realisasiAnggaran", "serapan"];
const TEXT_ROLES: ColumnRole[] = [
  "no",
  "sasaran",
  "indikator",
  "satuan",
  "polaritas",
  "agregasi",
  "keterangan",
];

/** Columns derived from the inputs (PAGU SETELAH, SELISIH, SISA, RINCIAN, LEBIH/KURANG): never realisasi or pagu. */
const EXTRA =
  /\b(sisa|selisih|lebih|kurang|bertambah|berkurang|rincian|saldo|silpa|deviasi|varians|variance|difference|remaining)\b/i;

const PAGU_WORD = /^(pagu|anggaran|alokasi|budget|dipa|apbd|apbn|target anggaran)\b/i;
const REAL_WORD = /^(realisasi|realization|spent|spending|serapan)\b/i;
const leaf = (h: string | undefined) => (h ?? "").split(" / ").pop()!.trim();

interface Ratio {
  z: number;
  x: number;
  y: number;
  matched: number;
  rows: number;
  negative: number;
  /** Rows where the ratio is shown capped (100% or 120%) and x / y is above the cap. */
  capped: number;
}

export function inferColumns(grid: Grid, t: DetectedTable): void {
  const reasons: TableReason[] = [];
  const roleAt = new Map<number, ColumnRole>();
  for (const [role, letter] of Object.entries(t.columns))
    if (letter) roleAt.set(colIndex(letter), role as ColumnRole);
  const headerRoles = new Set(roleAt.values());

  const rows = sampleRows(t);
  const cols: number[] = [];
  const vals = new Map<number, (number | null)[]>();
  const percentCol = new Set<number>();
  for (let c = t.firstCol; c <= t.lastCol; c++) {
    const role = roleAt.get(c);
    if (role === "no" || role === "satuan" || role === "polaritas" || role === "agregasi") continue;
    const v: (number | null)[] = [];
    let n = 0;
    let pct = 0;
    for (const r of rows) {
      const p = grid.cell(r, c);
      const ok = (p.kind === "number" || p.kind === "text-number") && p.value !== null;
      v.push(ok ? p.value : null);
      if (ok) n++;
      if (ok && p.percent) pct++;
    }
    // A column named like a text column ("Sasaran Mutu") that holds numbers is a number column.
    if (n === 0 || (role && TEXT_ROLES.includes(role) && n * 2 <= rows.length)) continue;
    cols.push(c);
    vals.set(c, v);
    if (pct * 2 > n) percentCol.add(c);
  }

  // Candidate ratio columns: % formatted, or a header saying so, or values that look like ratios.
  const unnamed = new Set<number>();
  const ratioCandidates = cols.filter((c) => {
    const role = roleAt.get(c);
    if (role === "capaian" || role === "serapan" || role === "rataCapaian") return true;
    if (percentCol.has(c)) return true;
    const h = (t.headers[c] ?? "").toLowerCase();
    if (/%|persen|capaian|serapan|penyerapan|achievement|absorption/.test(h)) return true;
    if (!unnamedRatio(t, c, role, headerRoles, vals.get(c)!)) return false;
    unnamed.add(c);
    return true;
  });

  const extra = new Set(cols.filter((c) => EXTRA.test(t.headers[c] ?? "")));
  const found: Ratio[] = [];
  for (const z of ratioCandidates) {
    // SIPD's LRA puts its % (realisasi / anggaran) under "BERTAMBAH/(BERKURANG)": a % leaf is still a ratio.
    if (extra.has(z) && !/%/.test(leaf(t.headers[z]))) continue;
    let best: Ratio | null = null;
    let bestScore = -1;
    for (const y of cols) {
      if (y === z || percentCol.has(y) || extra.has(y)) continue;
      for (const x of cols) {
        if (x === z || x === y || extra.has(x)) continue;
        const m = matchRatio(vals.get(z)!, vals.get(x)!, vals.get(y)!);
        if (m.matched === 0) continue;
        // More agreeing rows beat a perfect single row; headers and adjacency break ties.
        // Rows matching 2 − x/y count half: a swapped budget pair can match that way by chance.
        const score =
          (m.matched - m.negative / 2 - m.capped / 2) / (m.rows + 1) +
          0.002 * prior(t, roleAt, x, y, z) -
          0.0001 * Math.abs(z - x);
        if (m.matched >= 1 && score > bestScore) {
          bestScore = score;
          best = { z, x, y, ...m };
        }
      }
    }
    // A capped column (the PKP form's "% Kinerja": min(100, P / target)) proves itself on its uncapped rows.
    if (best && best.matched / best.rows >= 0.6 && best.matched - best.capped >= 2)
      if (!unnamed.has(z) || best.matched >= UNNAMED_MIN_ROWS) found.push(best);
  }

  // Strongest relations first: they claim their columns. A target defined as a rate times a base (the PKP
  // form's "Target Sasaran" = T% × S) is the denominator of the achievement: the ratio over it comes first,
  // and the ratio that defines it (T% = target sasaran / S) is the target's definition, not an achievement.
  const derived = derivedTargets(t, found);
  for (let i = found.length - 1; i >= 0; i--) if (derived.has(found[i].x)) found.splice(i, 1);
  const overDerived = (f: Ratio) => (derived.has(f.y) ? 1 : 0);
  found.sort((a, b) => overDerived(b) - overDerived(a) || b.matched - a.matched || a.z - b.z);
  const taken = new Set<number>();
  const accepted: Array<{ f: Ratio; budget: boolean; agrees: boolean }> = [];
  for (const f of found) {
    if (taken.has(f.z) || taken.has(f.x) || taken.has(f.y)) continue;
    const budget = isBudgetRatio(t, roleAt, f, vals);
    // Spending has no polarity and serapan no cap: a budget reading stands on its x / y rows alone.
    if (budget && (f.negative > 0 || f.capped > 0)) {
      f.matched -= f.negative + f.capped;
      f.negative = 0;
      f.capped = 0;
      if (f.matched < 1 || f.matched / f.rows < 0.6) continue;
    }
    const strong = f.matched >= 3 || (f.matched >= 2 && f.matched === f.rows);
    const agrees = budget
      ? roleAt.get(f.z) === "serapan" && roleAt.get(f.y) === "pagu"
      : roleAt.get(f.z) === "capaian" && (roleAt.get(f.y) ?? "target") === "target";
    // A % under a "Pagu | Realisasi" pair of headers (one year's group of three) holds on two rows of three when the
    // third is the typed mistake: the headers vouch for the pair.
    const vouched =
      budget &&
      f.matched >= 2 &&
      PAGU_WORD.test(leaf(t.headers[f.y])) &&
      REAL_WORD.test(leaf(t.headers[f.x]));
    if (!agrees && !strong && !vouched) continue;
    taken.add(f.z).add(f.x).add(f.y);
    accepted.push({ f, budget, agrees });
  }
  const budgets = accepted.filter((a) => a.budget).sort((a, b) => a.f.z - b.f.z);
  const kinerja = accepted.filter((a) => !a.budget).sort((a, b) => a.f.z - b.f.z);
  // Several groups (per year, per source, Operasi | Modal | Total): the rightmost keeps `columns` — the row's own
  // figure, the latest year or the total — unless the headers named one; the others are extra groups. A ratio
  // over something else than a budget ("PAGU AKAS SD JUNI": the cash plan) is no group.
  const parallel = (a: { f: Ratio; agrees: boolean }) =>
    a.agrees || (PAGU_WORD.test(leaf(t.headers[a.f.y])) && REAL_WORD.test(leaf(t.headers[a.f.x])));
  const qualified = budgets.filter(parallel);
  const pool = qualified.length > 0 ? qualified : budgets;
  const mainBudget = pool.find((a) => a.agrees) ?? pool[pool.length - 1];
  const mainKinerja =
    latestYearReading(kinerja, t.headers) ?? kinerja.find((a) => a.agrees) ?? kinerja[0];
  // Header groups are kept when they are not the main group and have a realisasi of their own.
  const mainPagu = mainBudget ? colLetter(mainBudget.f.y) : (t.columns.pagu ?? null);
  const groups: BudgetGroup[] = (t.budgetGroups ?? []).filter((g) => g.pagu !== mainPagu);
  for (const a of budgets) {
    if (a === mainBudget) continue;
    if (!parallel(a)) continue;
    const known = groups.find((g) => g.pagu === colLetter(a.f.y));
    if (known) {
      known.realisasiAnggaran = colLetter(a.f.x);
      known.serapan = colLetter(a.f.z);
      continue;
    }
    groups.push({
      pagu: colLetter(a.f.y),
      realisasiAnggaran: colLetter(a.f.x),
      serapan: colLetter(a.f.z),
      label: groupLabel(t.headers[a.f.y]),
    });
    for (const c of [a.f.x, a.f.y, a.f.z]) {
      const r = roleAt.get(c);
      if (r && BUDGET_ROLES.includes(r)) {
        delete t.columns[r];
        roleAt.delete(c);
      }
    }
  }
  for (const a of [mainBudget, mainKinerja]) {
    if (!a) continue;
    const { f, budget } = a;
    const want: [ColumnRole, ColumnRole, ColumnRole] = budget
      ? ["serapan", "realisasiAnggaran", "pagu"]
      : ["capaian", "realisasi", "target"];
    const xr = roleAt.get(f.x);
    // An indicator's realisasi may be a quarter column (running totals): it stays the quarter.
    const keepX = !budget && !!xr && /^tw[1-4]$/.test(xr);
    const changed =
      roleAt.get(f.z) !== want[0] || roleAt.get(f.y) !== want[2] || (!keepX && xr !== want[1]);
    assign(t, roleAt, f.z, want[0]);
    assign(t, roleAt, f.y, want[2]);
    if (!keepX) assign(t, roleAt, f.x, want[1]);
    reasons.push({
      kind: changed && !a.agrees ? "ratioOverHeader" : "ratio",
      role: want[0],
      column: colLetter(f.z),
      of: [colLetter(f.x), colLetter(f.y)],
      matched: f.matched,
      rows: f.rows,
      negative: f.negative || undefined,
    });
  }
  // "Persentase Capaian" holding the realisation itself (no realisasi column beside it).
  if (
    t.columns.capaian &&
    !taken.has(colIndex(t.columns.capaian)) &&
    capaianHoldsRealisasi(grid, t, rows)
  ) {
    const c = colIndex(t.columns.capaian);
    assign(t, roleAt, c, "realisasi");
    reasons.push({ kind: "capaianHoldsRealisasi", role: "realisasi", column: colLetter(c) });
  }
  // A header that promised a ratio the rows do not hold (a "% serapan" matching no realisasi / pagu).
  for (const role of ["serapan", "capaian"] as const) {
    const l = t.columns[role];
    if (!l || taken.has(colIndex(l)) || !vals.has(colIndex(l))) continue;
    if (role === "capaian" && !t.columns.target) continue;
    reasons.push({ kind: "ratioBroken", role, column: l });
  }
  for (let i = groups.length - 1; i >= 0; i--)
    if (!groups[i].realisasiAnggaran) groups.splice(i, 1);
  if (groups.length === 0) delete t.budgetGroups;
  if (groups.length > 0) {
    t.budgetGroups = groups;
    reasons.push({ kind: "budgetGroups", matched: groups.length + 1 });
  }
  inheritRoles(t, roleAt, headerRoles, vals);
  coherence(t, roleAt);
  nameColumn(grid, t, roleAt, rows);
  nameBesideMarker(grid, t, rows);
  const sums = rowSums(t, roleAt, cols, vals);
  if (sums.length > 0) t.rowSums = sums;
  t.reasons = reasons;
  t.kind = kindFromColumns(t.columns);
  if (e81Columns(t)) t.kind = "indicators";
  else if (t.kind === "budget" && kinerjaRowsWithOwnBudget(grid, t, rows)) t.kind = "indicators";
  t.confidence = confidence(t, reasons, ratioCandidates.length);
}

/**
 * A Renja evaluation (E.81) or monev sheet: every indicator row carries its own target, quarters and pagu. It is a
 * kinerja table with budget columns; a table whose pagu is merged over several indicator rows (the sample's
 * "Anggaran dan Kinerja") is a budget table with kinerja columns.
 */
function kinerjaRowsWithOwnBudget(grid: Grid, t: DetectedTable, rows: number[]): boolean {
  const c = t.columns;
  if (!c.indikator || !c.target || !(c.realisasi || c.capaian || c.tw4) || !c.pagu) return false;
  // Evaluation forms follow the year by quarters (TW I–IV); a budget table with output columns does not.
  if (!(c.tw1 || c.tw2 || c.tw3 || c.tw4)) return false;
  const name = colIndex(c.indikator);
  const pagu = colIndex(c.pagu);
  let named = 0;
  let own = 0;
  for (const r of rows) {
    if (grid.text(r, name) === null || grid.master(r, name)[1] !== name) continue;
    named++;
    if (!grid.isMergedSlave(r, pagu) && !grid.isEmpty(r, pagu)) own++;
  }
  return named >= 2 && own * 10 >= named * 9;
}

/**
 * A column equal to the sum of a run of its neighbours on most rows (months into a Total RAK, "s.d. bulan lalu" +
 * "bulan ini" into "s.d. bulan ini"). Kinerja columns are left to the quarter rule; ratios never sum.
 */
function rowSums(
  t: DetectedTable,
  roleAt: Map<number, ColumnRole>,
  cols: number[],
  vals: Map<number, (number | null)[]>
): Array<{ col: number; from: number; to: number }> {
  const out: Array<{ col: number; from: number; to: number }> = [];
  const numeric = new Set(cols);
  const skip = (c: number) => {
    const r = roleAt.get(c);
    return (
      !!r &&
      (/^tw[1-4]$/.test(r) ||
        ["realisasi", "target", "capaian", "serapan", "rataCapaian", "bobot"].includes(r))
    );
  };
  const code = (c: number) => /^(kode|kd\b|no\b|nomor|rekening)/i.test(t.headers[c] ?? "");
  for (const z of cols) {
    // The sum column says it is one (Jumlah, Total, s.d. …); differences (Lebih/Kurang, Sisa) are not inputs.
    if (skip(z) || code(z) || !/jumlah|total|s\.?\s*d\b|s\/d|kumulatif/i.test(t.headers[z] ?? ""))
      continue;
    const zv = vals.get(z)!;
    let best: { from: number; to: number; matched: number } | null = null;
    for (const dir of [-1, 1]) {
      for (let len = 2; len <= 12; len++) {
        const run: number[] = [];
        for (let k = 1; k <= len; k++) run.push(z + dir * k);
        if (
          run.some(
            (c) =>
              !numeric.has(c) ||
              skip(c) ||
              code(c) ||
              EXTRA.test(t.headers[c] ?? "") ||
              /%|persen/i.test(t.headers[c] ?? "")
          )
        )
          break;
        let matched = 0;
        let rows = 0;
        for (let i = 0; i < zv.length; i++) {
          const target = zv[i];
          if (target === null || target === 0) continue;
          let sum = 0;
          let any = false;
          for (const c of run) {
            const v = vals.get(c)![i];
            if (v !== null) {
              sum += v;
              any = true;
            }
          }
          if (!any) continue;
          rows++;
          if (Math.abs(sum - target) <= Math.max(2, Math.abs(target) * 1e-9)) matched++;
        }
        if (rows >= 3 && matched >= 3 && matched >= rows * 0.7 && (!best || matched > best.matched))
          best = { from: Math.min(...run), to: Math.max(...run), matched };
      }
    }
    if (best) out.push({ col: z, from: best.from, to: best.to });
  }
  return out;
}

/**
 * A role the arithmetic took away from the column whose header claimed it goes to the next column whose header
 * claims it too: "Capaian Realisasi Anggaran (%)" proved to be the serapan, so "Capaian Kinerja (%)" beside it is
 * the capaian the header reading had set aside as a duplicate.
 */
function inheritRoles(
  t: DetectedTable,
  roleAt: Map<number, ColumnRole>,
  headerRoles: Set<ColumnRole>,
  vals: Map<number, (number | null)[]>
): void {
  for (const role of headerRoles) {
    if (t.columns[role] || TEXT_ROLES.includes(role)) continue;
    for (let c = t.firstCol; c <= t.lastCol; c++) {
      if (roleAt.has(c) || !vals.has(c) || EXTRA.test(t.headers[c] ?? "")) continue;
      if (roleOfPath((t.headers[c] ?? "").split(" / ")) !== role) continue;
      assign(t, roleAt, c, role);
      break;
    }
  }
}

/** Pagu with a plain "Realisasi" beside it and no kinerja target: the realisasi is spending. */
function coherence(t: DetectedTable, roleAt: Map<number, ColumnRole>): void {
  const c = t.columns;
  if (c.pagu && !c.realisasiAnggaran && c.realisasi && !c.target) {
    assign(t, roleAt, colIndex(c.realisasi), "realisasiAnggaran");
  }
  if (c.pagu && c.realisasiAnggaran && !c.serapan && c.capaian && !c.target) {
    // "REALISASI" merged over "(Rp)" and "(%)": the % of a budget line is its serapan…
    const cap = colIndex(c.capaian);
    const h = (t.headers[cap] ?? "").toLowerCase();
    // …unless the header says it is the kinerja achievement ("Capaian Kinerja (%)"): efficiency then.
    if (!/kinerja|performance|output/.test(h)) assign(t, roleAt, cap, "serapan");
  }
}

/** A table whose rows proved a ratio but whose names sit under "Uraian" / "Nama": the leftmost text column. */
function nameColumn(
  grid: Grid,
  t: DetectedTable,
  roleAt: Map<number, ColumnRole>,
  rows: number[]
): void {
  const c = t.columns;
  if (c.indikator) return;
  const budget = !!(c.pagu && c.realisasiAnggaran);
  const kinerja = !!(c.target && (c.capaian || c.realisasi));
  if (kinerja && c.sasaran) {
    namedRows(grid, t, roleAt, rows);
    return;
  }
  if (c.sasaran) return;
  if (!budget && !kinerja) return;
  let fallback: number | null = null;
  for (let col = t.firstCol; col <= t.lastCol; col++) {
    if (roleAt.has(col)) continue;
    const h = t.headers[col] ?? "";
    if (/^(kode|kd\b|no\b|nomor|rekening)/i.test(h)) continue;
    let texts = 0;
    for (const r of rows) if (grid.cell(r, col).kind === "text") texts++;
    if (texts * 2 <= rows.length) continue;
    if (
      /uraian|nama|program|kegiatan|rincian|akun|satker|unit|indikator|sasaran|description/i.test(h)
    ) {
      fallback = col;
      break;
    }
    if (fallback === null) fallback = col;
  }
  // A trend table (one row per year for one IKU): the year or period names the row.
  if (fallback === null && kinerja)
    for (let col = t.firstCol; col <= t.lastCol && fallback === null; col++)
      if (
        !roleAt.has(col) &&
        /^(tahun|year|periode|period|bulan|month|triwulan|tw)\b/i.test(t.headers[col] ?? "")
      ) {
        fallback = col;
        t.trend = true;
      }
  if (fallback !== null) assign(t, roleAt, fallback, kinerja ? "indikator" : "sasaran");
}

/**
 * A kinerja table whose header named a "Kegiatan" / "Program" column but no indicator column (the puskesmas PKP
 * form: Upaya Kesehatan | Kegiatan | Target | …): the column that names the rows carrying the figures is the
 * indicator, and a text column filled only on the rows between them (the upaya, the program) is the sasaran.
 */
function namedRows(
  grid: Grid,
  t: DetectedTable,
  roleAt: Map<number, ColumnRole>,
  rows: number[]
): void {
  const figures = [t.columns.target, t.columns.realisasi]
    .filter((l): l is string => !!l)
    .map(colIndex);
  const withFigures = rows.filter((r) =>
    figures.some((f) => {
      const k = grid.cell(r, f).kind;
      return k === "number" || k === "text-number";
    })
  );
  if (withFigures.length < 2) return;
  const texts = (col: number, rs: number[]) =>
    rs.filter((r) => !grid.isMergedSlave(r, col) && grid.cell(r, col).kind === "text").length;
  const code = (col: number) => /^(kode|kd\b|no\b|nomor|rekening)/i.test(t.headers[col] ?? "");
  const sasaran = colIndex(t.columns.sasaran!);
  const enough = (col: number) => texts(col, withFigures) * 5 >= withFigures.length * 4;
  let name: number | null = enough(sasaran) ? sasaran : null;
  for (let col = t.firstCol; col <= t.lastCol && name === null; col++)
    if (!roleAt.has(col) && !code(col) && enough(col)) name = col;
  if (name === null) return;
  // A "Program" column holding figures only (the form's program score) names nothing.
  if (name !== sasaran && texts(sasaran, rows) === 0) {
    delete t.columns.sasaran;
    roleAt.delete(sasaran);
  }
  assign(t, roleAt, name, "indikator");
  if (t.columns.sasaran) return;
  const between = rows.filter((r) => !withFigures.includes(r));
  for (let col = t.firstCol; col < name; col++)
    if (
      !roleAt.has(col) &&
      !code(col) &&
      texts(col, between) >= 1 &&
      texts(col, withFigures) === 0
    ) {
      assign(t, roleAt, col, "sasaran");
      return;
    }
}

function assign(
  t: DetectedTable,
  roleAt: Map<number, ColumnRole>,
  c: number,
  role: ColumnRole
): void {
  const had = roleAt.get(c);
  if (had === role) return;
  if (had) delete t.columns[had];
  const prev = t.columns[role];
  if (prev) roleAt.delete(colIndex(prev));
  t.columns[role] = colLetter(c);
  roleAt.set(c, role);
}

function sampleRows(t: DetectedTable): number[] {
  const skip = new Set([
    ...t.totalRows,
    ...t.averageRows,
    ...(t.nkoRow !== undefined ? [t.nkoRow] : []),
    ...(t.derivedRows ?? []),
  ]);
  const all: number[] = [];
  for (let r = t.firstDataRow; r <= t.lastDataRow; r++) if (!skip.has(r)) all.push(r);
  if (all.length <= SAMPLE_ROWS) return all;
  const step = all.length / SAMPLE_ROWS;
  const out: number[] = [];
  for (let i = 0; i < SAMPLE_ROWS; i++) out.push(all[Math.floor(i * step)]);
  return out;
}

/** Rows an unnamed column must agree on before it reads as a ratio: two rows of figures match by chance. */
const UNNAMED_MIN_ROWS = 3;

/**
 * Beside a named target, a column whose header names nothing ("Perubahan", "Perbandingan") may still hold
 * realisasi / target (a trend table's printed ratio): the rows decide, when its figures are of a ratio's size.
 */
function unnamedRatio(
  t: DetectedTable,
  c: number,
  role: ColumnRole | undefined,
  headerRoles: Set<ColumnRole>,
  v: (number | null)[]
): boolean {
  if (role || !headerRoles.has("target")) return false;
  if (roleOfPath((t.headers[c] ?? "").split(" / "))) return false;
  return v.every((x) => x === null || (x >= 0 && x <= 1000));
}

/** Caps a capaian column may be shown under: 100% (the PKP form) and 120% (the Kemenkeu NKO). */
const CAPS = [1, 1.2];

function matchRatio(
  z: (number | null)[],
  x: (number | null)[],
  y: (number | null)[]
): { matched: number; rows: number; negative: number; capped: number } {
  let matched = 0;
  let rows = 0;
  let negative = 0;
  let capped = 0;
  for (let i = 0; i < z.length; i++) {
    const zi = z[i];
    const xi = x[i];
    const yi = y[i];
    if (zi === null || xi === null || yi === null || yi === 0) continue;
    // Rows where both are zero say nothing (0 / anything).
    if (xi === 0 && zi === 0) continue;
    rows++;
    const q = xi / yi;
    // In points only above 1,5: read as points, a 0,93 (93%) would match any x / y near 0,0093 within 0,6 points.
    const pts = Math.abs(zi) > 1.5;
    if (near(zi, q) || (pts && near(zi / 100, q))) matched++;
    else if (q > 0 && (near(zi, 2 - q) || near(zi / 100, 2 - q))) {
      matched++;
      negative++;
    } else if (CAPS.some((cap) => q > cap && (near(zi, cap) || near(zi / 100, cap)))) {
      matched++;
      capped++;
    }
  }
  return { matched, rows, negative, capped };
}

const TARGET_WORD = /^target\b/i;

/**
 * Columns that are a target derived from a rate: x of a ratio z = x / y (T% = target sasaran / S) that is itself
 * the denominator of another ratio (capaian = P / target sasaran), where the headers call the rate or the derived
 * column a target. The arithmetic finds the chain; the header word keeps a growth rate over last year's
 * realisasi (itself the numerator of last year's capaian) from reading as one.
 */
function derivedTargets(t: DetectedTable, found: Ratio[]): Set<number> {
  const out = new Set<number>();
  for (const f of found) {
    if (!found.some((g) => g !== f && g.y === f.x && g.x !== f.y)) continue;
    if (TARGET_WORD.test(leaf(t.headers[f.z])) || TARGET_WORD.test(leaf(t.headers[f.x])))
      out.add(f.x);
  }
  return out;
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= RATIO_TOL + 1e-12;
}

/** How well a reading fits the headers: numerator and denominator named as such, beside the ratio. */
function prior(
  t: DetectedTable,
  roleAt: Map<number, ColumnRole>,
  x: number,
  y: number,
  z: number
): number {
  const rx = roleAt.get(x);
  const ry = roleAt.get(y);
  const rz = roleAt.get(z);
  let p = 0;
  // A second "Target …" column (Target Sasaran beside Target %) has no role of its own but says what it is.
  if (ry === "pagu" || ry === "target" || (!ry && TARGET_WORD.test(leaf(t.headers[y])))) p += 2;
  if (rx === "realisasiAnggaran" || rx === "realisasi") p += 2;
  if ((rz === "serapan") === (ry === "pagu")) p += 1;
  if (rx && /^tw[1-4]$/.test(rx)) p -= 1;
  if (x < z && y < z) p += 1;
  return p;
}

/** A budget ratio: its columns are named as budget, sit under Anggaran/Keuangan/Rp, or hold money. */
function isBudgetRatio(
  t: DetectedTable,
  roleAt: Map<number, ColumnRole>,
  f: Ratio,
  vals: Map<number, (number | null)[]>
): boolean {
  const roles = [roleAt.get(f.x), roleAt.get(f.y), roleAt.get(f.z)];
  const budgetRole = roles.some((r) => r && BUDGET_ROLES.includes(r));
  // Rows keyed by account codes (Kode Rekening, akun): a revenue or spending table, its "Target" a budget.
  const all = Object.values(t.headers).join(" ").toLowerCase();
  if (!t.columns.indikator && /rekening|\bakun\b|\bmak\b/.test(all)) return true;
  if (roles.some((r) => r === "target" || r === "capaian") && !budgetRole) return false;
  if (budgetRole) return true;
  const h = `${t.headers[f.x] ?? ""} ${t.headers[f.y] ?? ""} ${t.headers[f.z] ?? ""}`.toLowerCase();
  if (/anggaran|keuangan|\brp\b|rupiah|pagu|belanja|dana|budget/.test(h)) return true;
  if (/kinerja|target|indikator|sasaran/.test(h)) return false;
  // Money: a median pagu of a million rupiah or more.
  const ys = (vals.get(f.y) ?? []).filter((v): v is number => v !== null).sort((a, b) => a - b);
  return ys.length > 0 && Math.abs(ys[Math.floor(ys.length / 2)]) >= 1e6;
}

function groupLabel(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const parts = header.split(" / ");
  return parts.length > 1 ? parts.slice(0, -1).join(" / ") : header;
}

export function kindFromColumns(columns: Partial<Record<ColumnRole, string>>): TableKind {
  if (columns.pagu || columns.realisasiAnggaran) return "budget";
  const hasReal = !!(
    columns.realisasi ||
    columns.tw1 ||
    columns.tw2 ||
    columns.tw3 ||
    columns.tw4 ||
    columns.capaian
  );
  if (columns.indikator && hasReal) return "indicators";
  return "other";
}

/**
 * Header evidence (the key roles found) and arithmetic evidence (ratio columns that hold on their rows) together.
 * A table whose ratio columns all check out reads as sure; one whose % column matches nothing is doubtful.
 */
function confidence(t: DetectedTable, reasons: TableReason[], ratioColumns: number): number {
  const header = headerScore(t.kind, t.columns);
  const ratios = reasons.filter((r) => r.kind === "ratio" || r.kind === "ratioOverHeader");
  if (ratios.length === 0) return ratioColumns > 0 ? Math.min(header, 0.6) : header * 0.85;
  const fit = Math.min(...ratios.map((r) => (r.matched ?? 0) / Math.max(1, r.rows ?? 1)));
  const rows = Math.max(...ratios.map((r) => r.rows ?? 0));
  // One row proves little; three or more agreeing rows prove the reading.
  const weight = rows >= 3 ? 0.6 : rows === 2 ? 0.45 : 0.3;
  return Math.round(((1 - weight) * header + weight * fit) * 100) / 100;
}

export function headerScore(kind: TableKind, columns: Partial<Record<ColumnRole, string>>): number {
  const has = (r: ColumnRole) => (columns[r] ? 1 : 0);
  if (kind === "indicators") {
    const real = columns.realisasi || columns.tw1 || columns.tw4 ? 1 : 0;
    return (
      (has("indikator") + has("target") + real + (has("sasaran") || has("capaian") ? 1 : 0)) / 4
    );
  }
  if (kind === "budget")
    return (
      (has("pagu") +
        has("realisasiAnggaran") +
        has("serapan") +
        (has("sasaran") || has("indikator") ? 1 : 0)) /
      4
    );
  return 0.5;
}
