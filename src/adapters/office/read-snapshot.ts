// Read the workbook through Office.js: the sheet list (plus comment/note lists), then every sheet's used-range
// size, every annotation's location and the cells, in syncs whose responses stay under Excel on the web's 5 MB.
import {
  splitSheetRef,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../../core";
import { detectCapabilities, type OfficeCapabilities } from "./capabilities";
import { officeErrorCode, toApplyError } from "./errors";
import {
  firstWindow,
  measuredBytesPerCell,
  planRowBlocks,
  splitBlocks,
  type RowBlock,
} from "./read-blocks";
import { readExtras } from "./read-extras";

/** A note or comment found in the workbook (the add-in's own carry NOTE_PREFIX). */
export interface Annotation {
  sheet: string;
  /** A1 address without the sheet. */
  cell: string;
  kind: "note" | "comment";
  content: string;
  /** Comment id (comments are addressed by id; notes by cell). */
  id?: string;
}

export interface WorkbookRead {
  snapshot: WorkbookSnapshot;
  annotations: Annotation[];
}

type Grid = unknown[][];

/** Office values → snapshot values: errors by valueTypes, "" → null. */
export function toCellValue(value: unknown, valueType: unknown): CellValue {
  if (valueType === "Error") return { error: String(value) };
  if (value === "" || value === null || value === undefined || valueType === "Empty") return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  return String(value);
}

/**
 * A formula is a "=..." in `formulas`, except text that merely looks like one: a text cell ("@" format or an
 * apostrophe) reads back with the same string in `values` and valueType String, which a real formula cannot.
 */
export function toFormula(formula: unknown, value: unknown, valueType: unknown): string | null {
  if (typeof formula !== "string" || !formula.startsWith("=")) return null;
  if (valueType === "String" && value === formula) return null;
  return formula;
}

interface UsedRange {
  rowIndex: number;
  columnIndex: number;
  values: Grid;
  formulas: Grid;
  numberFormat: Grid;
  valueTypes: Grid;
}

/** Place a used range at its sheet position (A1 origin), leaving leading rows empty and padding columns with null. */
export function sheetFromUsedRange(
  name: string,
  used: UsedRange | null,
  hidden: boolean
): SheetSnapshot {
  const sheet: SheetSnapshot = { name, values: [], formulas: [], numberFormats: [] };
  if (hidden) sheet.hidden = true;
  if (!used) return sheet;
  const pad = new Array<null>(used.columnIndex).fill(null);
  for (let r = 0; r < used.rowIndex; r++) {
    sheet.values.push([]);
    sheet.formulas?.push([]);
    sheet.numberFormats?.push([]);
  }
  used.values.forEach((row, r) => {
    const types = used.valueTypes[r] ?? [];
    const fs = used.formulas[r] ?? [];
    const nfs = used.numberFormat[r] ?? [];
    sheet.values.push([...pad, ...row.map((v, c) => toCellValue(v, types[c]))]);
    sheet.formulas?.push([...pad, ...row.map((v, c) => toFormula(fs[c], v, types[c]))]);
    sheet.numberFormats?.push([
      ...pad,
      ...row.map((_v, c) => (typeof nfs[c] === "string" ? (nfs[c] as string) : null)),
    ]);
  });
  return sheet;
}

/** "Sheet1!A4:A5, 'My sheet'!$B$1:$C$1" → ["A4:A5", "B1:C1"] (RangeAreas.address names the sheet in every area). */
export function mergedAddresses(address: string): string[] {
  // A quoted sheet name may itself hold ", ": match each area whole instead of splitting on commas.
  const area = /(?:'(?:[^']|'')*'|[^,'!\s][^,'!]*)!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)/g;
  return [...address.matchAll(area)]
    .map((m) => m[1].replace(/\$/g, ""))
    .filter((a) => a.includes(":"));
}

interface UsedExtent {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

interface CellGrids {
  values: Grid;
  formulas: Grid;
  numberFormat: Grid;
  valueTypes: Grid;
}

/**
 * Excel on the web refused the sync because its response was over the size limit; it often says GeneralException
 * instead. A read changes nothing, so reading again in smaller parts is always safe.
 */
function isResponseTooLarge(e: unknown): boolean {
  const code = officeErrorCode(e);
  return (
    code === "ResponsePayloadSizeLimitExceeded" ||
    code === "GeneralException" ||
    (e instanceof Error && /ResponsePayloadSizeLimit/i.test(e.message))
  );
}

/** Copy a loaded block's rows into the sheet's grids at `start` (rows relative to the used range). */
function placeRows(into: CellGrids, range: Excel.Range, start: number): void {
  const parts: Array<[keyof CellGrids, Grid]> = [
    ["values", range.values],
    ["formulas", range.formulas],
    ["numberFormat", range.numberFormat],
    ["valueTypes", range.valueTypes],
  ];
  for (const [key, rows] of parts) rows.forEach((row, r) => (into[key][start + r] = row));
}

/**
 * Read every sheet, its cells and the notes/comments:
 * sync 1 lists the sheets (and the notes/comments); sync 2 loads each sheet's used-range size, the annotations'
 * cells and, speculatively, each used range's intersection with a window from A1 (all windows together stay
 * under the response budget); a used range inside its window is then complete, so a small workbook takes 2 syncs.
 * The rows still unread are loaded in row blocks packed into as few syncs as the response budget allows
 * (Excel on the web refuses responses over 5 MB); a refused sync is read again in halves.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  caps: OfficeCapabilities = detectCapabilities()
): Promise<WorkbookRead> {
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    const comments = caps.comments ? context.workbook.comments : null;
    comments?.load("items/id,items/content");
    const notes = caps.notes ? context.workbook.notes : null;
    notes?.load("items/content");
    // The file name, for Ringkasan's "Berkas" row (ExcelApi 1.7, the floor).
    if (caps.floor) context.workbook.load("name");
    await context.sync();

    const worksheets = sheets.items;
    const commentItems = comments?.items ?? [];
    const noteItems = notes?.items ?? [];
    const head = firstWindow(worksheets.length, commentItems.length + noteItems.length);
    const queueSizes = (withWindows: boolean) => {
      const used = worksheets.map((ws) => {
        const range = ws.getUsedRangeOrNullObject(true);
        range.load("rowIndex,columnIndex,rowCount,columnCount");
        return range;
      });
      const windows = withWindows
        ? worksheets.map((ws, i) => {
            const w = used[i].getIntersectionOrNullObject(
              ws.getRangeByIndexes(0, 0, head.rows, head.columns)
            );
            w.load("rowCount,columnCount,values,formulas,numberFormat,valueTypes");
            return w;
          })
        : null;
      const locate = (item: Excel.Comment | Excel.Note): Excel.Range => {
        const loc = item.getLocation();
        loc.load("address");
        return loc;
      };
      // Merged areas, so the engine sees the workbook the CLI and the workbench see (and never writes inside one).
      const merged = caps.merges
        ? worksheets.map((ws) => {
            const areas = ws.getRange().getMergedAreasOrNullObject();
            areas.load("address");
            return areas;
          })
        : null;
      return {
        used,
        merged,
        windows,
        commentLocations: commentItems.map(locate),
        noteLocations: noteItems.map(locate),
      };
    };
    let sized = queueSizes(true);
    try {
      await context.sync();
    } catch (e) {
      // The windows' cells made the response too large: load the sizes alone, then the cells in blocks.
      if (!isResponseTooLarge(e)) throw e;
      sized = queueSizes(false);
      await context.sync();
    }

    const extents: Array<UsedExtent | null> = sized.used.map((r) =>
      r.isNullObject
        ? null
        : {
            rowIndex: r.rowIndex,
            columnIndex: r.columnIndex,
            rowCount: r.rowCount,
            columnCount: r.columnCount,
          }
    );
    const grids: Array<CellGrids | null> = extents.map((x) =>
      x
        ? {
            values: new Array<unknown[]>(x.rowCount),
            formulas: new Array<unknown[]>(x.rowCount),
            numberFormat: new Array<unknown[]>(x.rowCount),
            valueTypes: new Array<unknown[]>(x.rowCount),
          }
        : null
    );
    // Rows of each used range the window already brought: only when the window spans the used range's columns.
    const fromRows = extents.map((x, i) => {
      const w = sized.windows?.[i];
      const into = grids[i];
      if (!x || !w || !into || x.columnIndex + x.columnCount > head.columns) return 0;
      const covered = Math.max(0, Math.min(x.rowCount, head.rows - x.rowIndex));
      if (covered === 0 || w.isNullObject) return 0;
      if (w.rowCount !== covered || w.columnCount !== x.columnCount) return 0;
      placeRows(into, w, 0);
      return covered;
    });

    const runBlocks = async (blocks: RowBlock[]): Promise<void> => {
      const ranges = blocks.map((b) => {
        const x = extents[b.sheet] as UsedExtent;
        const range = worksheets[b.sheet].getRangeByIndexes(
          x.rowIndex + b.start,
          x.columnIndex,
          b.count,
          x.columnCount
        );
        range.load("values,formulas,numberFormat,valueTypes");
        return range;
      });
      try {
        await context.sync();
      } catch (e) {
        // Nothing of a refused sync was loaded: read its blocks again in halves (the estimate was too low).
        const halves = isResponseTooLarge(e) ? splitBlocks(blocks) : null;
        if (!halves) throw e;
        await runBlocks(halves[0]);
        await runBlocks(halves[1]);
        return;
      }
      blocks.forEach((b, k) => placeRows(grids[b.sheet] as CellGrids, ranges[k], b.start));
    };
    // Size the remaining reads on what the windows held (real text lengths), not on a fixed guess.
    const windowGrids: unknown[][][] = [];
    let windowCells = 0;
    sized.windows?.forEach((w) => {
      if (w.isNullObject) return;
      windowGrids.push(w.values, w.formulas, w.numberFormat, w.valueTypes);
      windowCells += w.rowCount * w.columnCount;
    });
    const syncs = planRowBlocks(
      extents.map((x, i) => ({
        sheet: i,
        rows: x?.rowCount ?? 0,
        columns: x?.columnCount ?? 0,
        from: fromRows[i],
      })),
      undefined,
      measuredBytesPerCell(windowGrids, windowCells)
    );
    // One block list per sync: a sync inside this loop is the point (each response must stay under the limit).
    for (const blocks of syncs) await runBlocks(blocks);

    const annotations: Annotation[] = [];
    const addAnnotation = (
      address: string,
      kind: Annotation["kind"],
      content: string,
      id?: string
    ): void => {
      const { sheet, range } = splitSheetRef(address);
      if (sheet !== null)
        annotations.push({ sheet, cell: range.replace(/\$/g, ""), kind, content, id });
    };
    commentItems.forEach((c, i) =>
      addAnnotation(sized.commentLocations[i].address, "comment", c.content, c.id)
    );
    noteItems.forEach((n, i) => addAnnotation(sized.noteLocations[i].address, "note", n.content));

    const snapshot: WorkbookSnapshot = {
      sheets: worksheets.map((ws, i) => {
        const x = extents[i];
        const cells = grids[i];
        const sheet = sheetFromUsedRange(
          ws.name,
          x && cells ? { rowIndex: x.rowIndex, columnIndex: x.columnIndex, ...cells } : null,
          ws.visibility !== "Visible"
        );
        const annotated = annotations.filter((a) => a.sheet === ws.name).map((a) => a.cell);
        if (annotated.length > 0) sheet.annotated = annotated;
        const areas = sized.merged?.[i];
        if (areas && !areas.isNullObject) sheet.merges = mergedAddresses(areas.address);
        return sheet;
      }),
    };
    if (caps.floor && context.workbook.name) snapshot.fileName = context.workbook.name;
    await readExtras(context, worksheets, extents, snapshot, annotations);
    return { snapshot, annotations };
  } catch (e) {
    throw toApplyError(e, "read");
  }
}

/** Every sheet (hidden and very hidden included) as a WorkbookSnapshot (two syncs for a small workbook). */
export async function readWorkbookSnapshot(
  context: Excel.RequestContext,
  caps?: OfficeCapabilities
): Promise<WorkbookSnapshot> {
  return (await readWorkbook(context, caps)).snapshot;
}
