// What the engine needs besides the cells, read after them: defined names (where the add-in's earlier output
// is now), and where a new block must not land: data validations and conditional formats (per column, over
// the used rows and 16 columns to the right), notes (from the annotations already read), and the user's
// formatting of empty cells right of the data (put back exactly on removal). Reading rules' properties can
// fail on some workbooks (known Excel bugs): then the read goes on without them, never fails the run.
import {
  a1,
  rangeA1,
  type CellFormat,
  type DefinedName,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../../core";
import { fromCellProperties } from "./cell-format";
import type { Annotation } from "./read-snapshot";

export interface UsedExtentLike {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Columns right of the data where a block may land (as in the ExcelJS adapter). */
const BAND = 16;
/** Columns checked per sheet at most (a very wide sheet is checked on its last ones). */
const MAX_COLUMNS = 80;
/** Formatted empty cells read per sheet at most (getCellProperties answers are large). */
const MAX_FORMAT_CELLS = 40_000;

interface ColumnProbe {
  sheet: number;
  col: number;
  validation: Excel.DataValidation | null;
  rules: Excel.ConditionalFormatCollection | null;
}

/** ExcelApi 1.8 (data validation) and later, asked of Office itself (absent Office: assume a current host). */
function supports(version: string): boolean {
  try {
    const office = (
      globalThis as {
        Office?: { context?: { requirements?: { isSetSupported(n: string, v: string): boolean } } };
      }
    ).Office;
    const req = office?.context?.requirements;
    return req ? Boolean(req.isSetSupported("ExcelApi", version)) : true;
  } catch {
    return false;
  }
}

function columnsOf(x: UsedExtentLike): number[] {
  const last = Math.min(16383, x.columnIndex + x.columnCount - 1 + BAND);
  const first = Math.max(x.columnIndex, last - MAX_COLUMNS + 1);
  const out: number[] = [];
  for (let c = first; c <= last; c++) out.push(c);
  return out;
}

export async function readExtras(
  context: Excel.RequestContext,
  worksheets: Excel.Worksheet[],
  extents: Array<UsedExtentLike | null>,
  snapshot: WorkbookSnapshot,
  annotations: Annotation[]
): Promise<void> {
  // Notes with their text: the engine finds its own by content, wherever the user moved them.
  for (const s of snapshot.sheets) {
    const mine = annotations.filter((a) => a.sheet === s.name);
    s.notes = mine.map((a) => ({ cell: a.cell.toUpperCase(), text: a.content, kind: a.kind }));
  }

  const queue = (withRules: boolean, withValidation: boolean) => {
    const names = context.workbook.names;
    names.load("items/name,items/formula,items/visible");
    const formatted = worksheets.map((ws, i) => {
      if (!extents[i]) return null;
      const r = ws.getUsedRangeOrNullObject(false);
      r.load("rowIndex,columnIndex,rowCount,columnCount");
      return r;
    });
    const probes: ColumnProbe[] = [];
    if (withRules || withValidation) {
      worksheets.forEach((ws, i) => {
        const x = extents[i];
        if (!x) return;
        for (const col of columnsOf(x)) {
          const band = () => ws.getRangeByIndexes(x.rowIndex, col, x.rowCount, 1);
          const probe: ColumnProbe = { sheet: i, col, validation: null, rules: null };
          if (withValidation) {
            probe.validation = band().dataValidation;
            probe.validation.load("type");
          }
          if (withRules) {
            probe.rules = band().conditionalFormats;
            probe.rules.load("items/id,items/type,items/customOrNullObject/rule/formula");
          }
          probes.push(probe);
        }
      });
    }
    return { names, formatted, probes };
  };

  let read: ReturnType<typeof queue> | null = null;
  const dv = supports("1.8");
  const attempts: Array<[boolean, boolean]> = dv
    ? [
        [true, true],
        [false, true],
        [false, false],
      ]
    : [
        [true, false],
        [false, false],
      ];
  for (const [rules, validation] of attempts) {
    const attempt = queue(rules, validation);
    try {
      // One attempt per sync is the point: a refused read is tried again asking for less.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      read = attempt;
      break;
    } catch {
      // A rule whose properties Excel cannot return, or a host without data validation: try with less.
    }
  }
  if (!read) return; // names unknown: the engine checks the recorded places cell by cell

  snapshot.names = read.names.items.map((n): DefinedName => ({
    name: n.name,
    refersTo: String(n.formula ?? "").replace(/^=/, ""),
    hidden: n.visible === false,
  }));

  const rulesKnown = read.probes.some((p) => p.rules !== null);
  const validationKnown = read.probes.some((p) => p.validation !== null);
  snapshot.sheets.forEach((s, i) => {
    if (!extents[i]) return;
    if (rulesKnown) s.conditionalFormats = [];
    if (validationKnown) s.validations = [];
  });
  for (const p of read.probes) {
    const s = snapshot.sheets[p.sheet];
    const x = extents[p.sheet] as UsedExtentLike;
    const area = rangeA1({
      top: x.rowIndex,
      bottom: x.rowIndex + x.rowCount - 1,
      left: p.col,
      right: p.col,
    });
    if (p.validation && p.validation.type !== "None") s.validations?.push(area);
    for (const cf of p.rules?.items ?? []) {
      const custom = cf.customOrNullObject;
      const formula = custom.isNullObject ? null : (custom.rule.formula ?? null);
      s.conditionalFormats?.push({ range: area, formula });
    }
  }

  // The user's formatting of empty cells right of the data, where a block may land (getCellProperties: 1.9).
  if (!supports("1.9")) return;
  const bands = worksheets.map((ws, i) => {
    const x = extents[i];
    const f = read?.formatted[i];
    if (!x || !f || f.isNullObject) return null;
    const left = x.columnIndex + x.columnCount;
    const right = Math.min(f.columnIndex + f.columnCount - 1, left + BAND - 1);
    if (right < left || x.rowCount * (right - left + 1) > MAX_FORMAT_CELLS) return null;
    const range = ws.getRangeByIndexes(x.rowIndex, left, x.rowCount, right - left + 1);
    range.load("numberFormat");
    const props = range.getCellProperties({
      format: {
        fill: { color: true },
        font: { bold: true, italic: true, color: true, underline: true },
        borders: { style: true, weight: true, color: true },
        horizontalAlignment: true,
        verticalAlignment: true,
        wrapText: true,
      },
    } as Excel.CellPropertiesLoadOptions);
    return { top: x.rowIndex, left, range, props };
  });
  if (!bands.some(Boolean)) return;
  try {
    await context.sync();
  } catch {
    return; // formats unknown (ExcelApi 1.9 missing): a block landing there keeps no record of them
  }
  bands.forEach((b, i) => {
    if (!b) return;
    const s: SheetSnapshot = snapshot.sheets[i];
    const formats: Record<string, CellFormat> = s.formats ?? {};
    const rows: Array<Array<Parameters<typeof fromCellProperties>[0]>> = b.props.value;
    rows.forEach((line, r) =>
      line.forEach((p, c) => {
        const f = fromCellProperties(p, b.range.numberFormat[r]?.[c]);
        if (f) formats[a1(b.top + r, b.left + c)] = f;
      })
    );
    s.formats = formats;
  });
}
