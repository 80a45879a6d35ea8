// Workbook, application, worksheet collection, worksheet and its selection event.
import { MAX_COLS, MAX_ROWS } from "./a1";
import {
  ClientObject,
  CollectionObject,
  defineProps,
  NULL,
  preResolved,
  type FakeRequestContext,
} from "./client";
import { richError } from "./errors";
import type { SelectionHandler, SheetModel, Visibility, WorkbookModel } from "./model";
import { FakeChartCollection } from "./proxy-chart";
import { FakeNamedItemCollection } from "./proxy-names";
import { FakeCommentCollection, FakeNoteCollection } from "./proxy-notes";
import { FakeRange, liveSheet, rangeOn, type RangeTarget } from "./proxy-range";

export class FakeWorkbook extends ClientObject {
  get worksheets(): FakeWorksheetCollection {
    return this._child(
      "worksheets",
      () => new FakeWorksheetCollection(this.context, this, "Worksheets", [], (m) => m)
    );
  }
  get application(): FakeApplication {
    return this._child(
      "application",
      () => new FakeApplication(this.context, this, "Application", [], (m) => m)
    );
  }
  get comments(): FakeCommentCollection {
    return this._child(
      "comments",
      () =>
        new FakeCommentCollection(this.context, this, "Comments", [], (m: WorkbookModel) => ({
          model: m,
          sheet: null,
        }))
    );
  }
  get notes(): FakeNoteCollection {
    return this._child(
      "notes",
      () =>
        new FakeNoteCollection(this.context, this, "Notes", [], (m: WorkbookModel) => ({
          model: m,
          sheet: null,
        }))
    );
  }
  get names(): FakeNamedItemCollection {
    return this._child(
      "names",
      () => new FakeNamedItemCollection(this.context, this, "Names", [], (m) => m)
    );
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(
      this.context,
      this,
      "GetSelectedRange",
      [],
      (m: WorkbookModel): RangeTarget => {
        if (m.selection) return m.selection;
        const sheet = m.activeSheet ?? m.sheets[0];
        return { sheet, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
      }
    );
  }
  getActiveCell(): FakeRange {
    return new FakeRange(
      this.context,
      this,
      "GetActiveCell",
      [],
      (m: WorkbookModel): RangeTarget => {
        this._requireApi(7, "Workbook.getActiveCell");
        const sel = m.selection ?? {
          sheet: m.activeSheet ?? m.sheets[0],
          rect: { top: 0, left: 0, bottom: 0, right: 0 },
        };
        return {
          sheet: sel.sheet,
          rect: {
            top: sel.rect.top,
            left: sel.rect.left,
            bottom: sel.rect.top,
            right: sel.rect.left,
          },
        };
      }
    );
  }
}
defineProps(FakeWorkbook, {}, ["worksheets", "application", "comments", "notes", "names"]);

export class FakeApplication extends ClientObject {
  suspendApiCalculationUntilNextSync(): void {
    this._call(
      "SuspendApiCalculationUntilNextSync",
      [],
      (_m, batch) => (batch.suspendedCalculation = true),
      6
    );
  }
}
defineProps(FakeApplication, { calculationMode: { get: () => "Automatic" } });

export class FakeWorksheetCollection extends CollectionObject {
  _list(m: WorkbookModel): SheetModel[] {
    return m.sheets;
  }
  _makeItem(s: SheetModel): FakeWorksheet {
    return preResolved(new FakeWorksheet(this.context, this, "_Item", [s.id], null), s);
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, this, "GetItem", [key], (m: WorkbookModel) => {
      const s = m.findSheet(key);
      if (!s) throw richError("ItemNotFound", `There is no worksheet named ${key}`);
      return s;
    });
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      this,
      "GetItemOrNullObject",
      [key],
      (m: WorkbookModel) => {
        this._requireApi(4, "WorksheetCollection.getItemOrNullObject");
        return m.findSheet(key) ?? NULL;
      }
    );
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      this,
      "GetActiveWorksheet",
      [],
      (m: WorkbookModel) => m.activeSheet ?? m.sheets[0]
    );
  }
  add(name?: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.context, this, "Add", [name], null);
    this._action("Method", "Add", [name], () => {
      ws._target = this._model().addSheet(name);
    });
    return ws;
  }
}
defineProps(FakeWorksheetCollection, {}, []);

export class FakeWorksheet extends ClientObject {
  get charts(): FakeChartCollection {
    return this._child(
      "charts",
      () =>
        new FakeChartCollection(this.context, this, "Charts", [], (s: SheetModel) => liveSheet(s))
    );
  }
  get notes(): FakeNoteCollection {
    return this._child(
      "notes",
      () =>
        new FakeNoteCollection(this.context, this, "Notes", [], (s: SheetModel) => ({
          model: this._model(),
          sheet: liveSheet(s),
        }))
    );
  }
  get comments(): FakeCommentCollection {
    return this._child(
      "comments",
      () =>
        new FakeCommentCollection(this.context, this, "Comments", [], (s: SheetModel) => ({
          model: this._model(),
          sheet: liveSheet(s),
        }))
    );
  }
  get onSelectionChanged(): FakeEventHandlers {
    return this._child("onSelectionChanged", () => new FakeEventHandlers(this.context, this, 7));
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.context,
      this,
      "GetRange",
      address === undefined ? [] : [address],
      (s: SheetModel) => rangeOn(s, address)
    );
  }
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, this, "GetCell", [row, column], (s: SheetModel) => ({
      sheet: liveSheet(s),
      rect: { top: row, left: column, bottom: row, right: column },
    }));
  }
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): FakeRange {
    return new FakeRange(
      this.context,
      this,
      "GetRangeByIndexes",
      [startRow, startColumn, rowCount, columnCount],
      (s: SheetModel) => {
        this._requireApi(7, "Worksheet.getRangeByIndexes");
        const rect = {
          top: startRow,
          left: startColumn,
          bottom: startRow + rowCount - 1,
          right: startColumn + columnCount - 1,
        };
        if (rowCount < 1 || columnCount < 1 || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLS)
          throw richError("InvalidArgument", "bad indexes");
        return { sheet: liveSheet(s), rect };
      }
    );
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, this, "GetUsedRange", [valuesOnly], (s: SheetModel) => {
      const rect = liveSheet(s).usedRect(Boolean(valuesOnly)) ?? {
        top: 0,
        left: 0,
        bottom: 0,
        right: 0,
      };
      return { sheet: s, rect };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      this,
      "GetUsedRangeOrNullObject",
      [valuesOnly],
      (s: SheetModel) => {
        this._requireApi(4, "Worksheet.getUsedRangeOrNullObject");
        const rect = liveSheet(s).usedRect(Boolean(valuesOnly));
        return rect ? { sheet: s, rect } : NULL;
      }
    );
  }
  delete(): void {
    this._call("Delete", [], (s: SheetModel) => this._model().deleteSheet(liveSheet(s)));
  }
  activate(): void {
    this._call("Activate", [], (s: SheetModel) => {
      if (liveSheet(s).visibility !== "Visible")
        throw richError("InvalidOperation", "Cannot activate a hidden sheet");
      const m = this._model();
      m.activeSheet = s;
      if (m.selection?.sheet !== s)
        m.selection = { sheet: s, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
}

function setVisibility(model: WorkbookModel, s: SheetModel, v: unknown): void {
  if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden")
    throw richError("InvalidArgument", `visibility ${String(v)}`);
  liveSheet(s);
  if (v !== "Visible" && s.visibility === "Visible" && model.visibleCount(s) === 0) {
    throw richError("InvalidOperation", "A workbook must keep at least one visible sheet");
  }
  s.visibility = v as Visibility;
  if (v !== "Visible" && model.activeSheet === s)
    model.activeSheet = model.sheets.find((x) => x.visibility === "Visible") ?? null;
}

defineProps(
  FakeWorksheet,
  {
    name: {
      get: (s: SheetModel) => s.name,
      set: (s: SheetModel, v) => {
        const name = String(v);
        if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name))
          throw richError("InvalidArgument", `Invalid sheet name ${name}`);
        const clash = requireModel(s).findSheet(name);
        if (clash && clash !== s) throw richError("ItemAlreadyExists", name);
        s.name = name;
      },
    },
    id: { get: (s: SheetModel) => s.id },
    visibility: {
      get: (s: SheetModel) => s.visibility,
      set: (s: SheetModel, v) => setVisibility(requireModel(s), s, v),
    },
    position: {
      get: (s: SheetModel) => requireModel(s).sheets.indexOf(s),
      set: (s: SheetModel, v) => {
        const m = requireModel(s);
        if (typeof v !== "number" || v < 0 || v >= m.sheets.length)
          throw richError("InvalidArgument", "position");
        m.sheets = m.sheets.filter((x) => x !== s);
        m.sheets.splice(v, 0, s);
      },
    },
  },
  ["charts", "notes", "comments"]
);

function requireModel(s: SheetModel): WorkbookModel {
  if (!s.owner || s.deleted) throw richError("ItemNotFound", `The worksheet ${s.name} was deleted`);
  return s.owner;
}

/** Office.js EventHandlers: `add` and `remove` take effect at the next sync. */
export class FakeEventHandlers {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly owner: ClientObject,
    private readonly since: number
  ) {}

  add(handler: SelectionHandler): { context: FakeRequestContext; remove(): void } {
    const owner = this.owner;
    const since = this.since;
    owner._action("Event", "RegisterEventHandler", ["SelectionChanged"], () => {
      owner._requireApi(since, "onSelectionChanged");
      const s = owner._resolve();
      if (s !== NULL) (s as SheetModel).selectionHandlers.add(handler);
    });
    return {
      context: this.ctx,
      remove: () => {
        owner._action("Event", "UnregisterEventHandler", ["SelectionChanged"], () => {
          const s = owner._resolve();
          if (s !== NULL) (s as SheetModel).selectionHandlers.delete(handler);
        });
      },
    };
  }
}
