// A finding's stable identity: the rule, the sheet, the indicator or budget line it concerns (by name, so a moved
// row is the same finding), the column's role, and a fingerprint of the finding's input cells' contents (so an
// edit to those cells reopens it, while an edit elsewhere does not).
import { colIndex, colLetter, parseA1 } from "../address";
import { Grid } from "../grid";
import type { Analysis, Anomaly, CellValue, DetectedTable, IndicatorResult } from "../types";
import type { FindingIdentity } from "./types";

/** FNV-1a and djb2 over the UTF-16 code units: 16 hex digits, pure and fast. */
export function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 5381;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = (Math.imul(b, 33) + c) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}

const clean = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

/** Figures rounded so that float noise between runs does not reopen a finding. */
function figure(v: unknown): unknown {
  return typeof v === "number" && Number.isFinite(v) ? Number(v.toPrecision(10)) : (v ?? null);
}

function rawText(v: CellValue): unknown {
  if (v !== null && typeof v === "object") return { error: v.error };
  return figure(v);
}

export class FindingIndex {
  private readonly grids = new Map<string, Grid>();
  /** sheet|name → rows (1-based) of indicators or lines with that name, in sheet order (for duplicates). */
  private readonly ordinals = new Map<string, number[]>();
  /** sheet, row (1-based) → indicators on it: thousands of findings on a large file stay linear. */
  private readonly byRow = new Map<string, IndicatorResult[]>();

  constructor(private readonly analysis: Analysis) {
    for (const s of analysis.view.sheets)
      if (!this.grids.has(s.name)) this.grids.set(s.name, new Grid(s));
    const add = (prefix: string, sheet: string, name: string, row: number) => {
      const k = `${prefix}|${sheet}|${clean(name)}`;
      const list = this.ordinals.get(k);
      if (list) list.push(row);
      else this.ordinals.set(k, [row]);
    };
    for (const i of analysis.report.indicators) {
      add("ind", i.sheet, i.name, i.row);
      const k = `${i.sheet}\u0000${i.row}`;
      const list = this.byRow.get(k);
      if (list) list.push(i);
      else this.byRow.set(k, [i]);
    }
    for (const b of analysis.report.budget) add("line", b.sheet, b.name, b.row);
    for (const list of this.ordinals.values()) list.sort((x, y) => x - y);
  }

  private raw(sheet: string, addr: string | null): unknown {
    if (!addr) return null;
    const g = this.grids.get(sheet);
    if (!g) return null;
    try {
      const { row, col } = parseA1(addr.replace(/\$/g, ""));
      return rawText(g.value(row, col));
    } catch {
      return null;
    }
  }

  private subjectName(prefix: string, sheet: string, name: string, row: number): string {
    const rows = this.ordinals.get(`${prefix}|${sheet}|${clean(name)}`) ?? [row];
    const n = rows.indexOf(row);
    return n > 0 ? `${clean(name)} #${n + 1}` : clean(name);
  }

  private tableAt(sheet: string, row0: number, col: number): DetectedTable | undefined {
    return this.analysis.tables.find(
      (t) =>
        t.sheet === sheet &&
        row0 >= t.headerTop &&
        row0 <= t.lastDataRow &&
        col >= t.firstCol &&
        col <= t.lastCol
    );
  }

  private column(t: DetectedTable | undefined, col: number): string {
    if (t) {
      for (const [role, letter] of Object.entries(t.columns))
        if (letter && colIndex(letter) === col) return role;
      const h = t.headers[col];
      if (h) return clean(h);
    }
    return colLetter(col);
  }

  /** The label of a row without an indicator: its first text cell in the table (e.g. "Rata-rata Capaian IKU"). */
  private rowLabel(sheet: string, row0: number, t: DetectedTable | undefined): string {
    const g = this.grids.get(sheet);
    if (!g) return `${row0 + 1}`;
    const from = t ? t.firstCol : 0;
    const to = t ? t.lastCol : Math.min(g.colCount - 1, 25);
    for (let c = from; c <= to; c++) {
      const s = g.text(row0, c);
      if (s && !/^[\d.,\s%-]+$/.test(s)) return s;
    }
    return `${row0 + 1}`;
  }

  identify(a: Anomaly): FindingIdentity {
    let row0 = -1;
    let col = -1;
    try {
      const p = parseA1(a.cell.replace(/\$/g, ""));
      row0 = p.row;
      col = p.col;
    } catch {
      /* a cell the engine never produces; identity falls back to the address */
    }
    const t = this.tableAt(a.sheet, row0, col);
    const inTable = (tableIndex: number) => {
      const tt = this.analysis.tables[tableIndex];
      return !tt || (col >= tt.firstCol && col <= tt.lastCol);
    };
    const ind = (this.byRow.get(`${a.sheet}\u0000${row0 + 1}`) ?? []).find((i) =>
      inTable(i.tableIndex)
    );
    const line = this.analysis.report.budget.find(
      (b) =>
        b.sheet === a.sheet && row0 + 1 >= b.row && row0 + 1 <= b.lastRow && inTable(b.tableIndex)
    );
    const column = this.column(t, col);
    let subject: string | null;
    let label: string | null;
    let inputs: unknown[];
    const own = this.raw(a.sheet, a.cell);
    // A budget line's own columns (pagu, realisasi, serapan, rata-rata) belong to the line, the rest to the row.
    const lineColumn = ["pagu", "realisasiAnggaran", "serapan", "rataCapaian"].includes(column);
    if (ind && !(line && lineColumn)) {
      subject = this.subjectName("ind", a.sheet, ind.name, ind.row);
      label = ind.name;
      const s = ind.sources;
      inputs = [s.target, ...s.quarters, s.annual, s.capaian].map((c) => this.raw(a.sheet, c));
    } else if (line) {
      subject = this.subjectName("line", a.sheet, line.name, line.row);
      label = line.name;
      const s = line.sources;
      inputs = [s.pagu, s.realisasi, s.serapan].map((c) => this.raw(a.sheet, c));
    } else if (row0 >= 0) {
      label = this.rowLabel(a.sheet, row0, t);
      subject = clean(label);
      inputs = [];
    } else {
      subject = null;
      label = null;
      inputs = [];
    }
    const figures = [figure(a.actual), figure(a.expected)];
    const fingerprint = hash(JSON.stringify([own, figures, inputs]));
    const id = [a.rule, a.sheet, subject ?? a.cell, column].join("|");
    return {
      id,
      fingerprint,
      key: `${id}#${fingerprint}`,
      subject,
      label,
      column,
      dedupe: hash(JSON.stringify([a.rule, subject ?? `${a.sheet}!${a.cell}`, column, figures])),
    };
  }
}

/** The identity of every anomaly of an analysis, in report order. */
export function identifyFindings(analysis: Analysis): FindingIdentity[] {
  const index = new FindingIndex(analysis);
  return analysis.report.anomalies.map((a) => index.identify(a));
}

/** Splits a mark key into its identity and fingerprint. */
export function splitKey(key: string): { id: string; fingerprint: string } {
  const at = key.lastIndexOf("#");
  return at < 0
    ? { id: key, fingerprint: "" }
    : { id: key.slice(0, at), fingerprint: key.slice(at + 1) };
}
