// Conditional formats (ExcelApi 1.6). Only the "Custom" type carries a rule formula and a format in the fake.
import { ClientObject, CollectionObject, defineProps, NULL, preResolved } from "./client";
import { richError } from "./errors";
import { cfsIntersecting, normColor, type CFModel, type SheetModel } from "./model";
import { FakeRange, writable, type RangeTarget } from "./proxy-range";

interface CFTarget {
  sheet: SheetModel;
  cf: CFModel;
}

const TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];

export class FakeConditionalFormatCollection extends CollectionObject {
  _list(t: RangeTarget): CFTarget[] {
    return cfsIntersecting(t.sheet, t.rect).map((cf) => ({ sheet: t.sheet, cf }));
  }
  _makeItem(item: CFTarget, index: number): FakeConditionalFormat {
    const proxy = preResolved(
      new FakeConditionalFormat(this.context, this, "_Item", [item.cf.id], null),
      item
    );
    proxy._index = index;
    return proxy;
  }
  add(type: string): FakeConditionalFormat {
    const proxy = new FakeConditionalFormat(this.context, this, "Add", [type], null);
    this._call("Add", [type], (t: RangeTarget) => {
      writable(t.sheet);
      if (!TYPES.includes(type))
        throw richError("InvalidArgument", `Unknown conditional format type ${type}`);
      const cf: CFModel = {
        id: this._model().nextId("cf"),
        type,
        rect: { ...t.rect },
        formula: null,
        fill: null,
        fontColor: null,
        bold: null,
        stopIfTrue: false,
      };
      t.sheet.cfs.unshift(cf); // new formats get the top priority
      proxy._target = { sheet: t.sheet, cf };
    });
    return proxy;
  }
  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, this, "GetItem", [id], (t: RangeTarget) => {
      const cf = t.sheet.cfs.find((c) => c.id === id);
      if (!cf) throw richError("ItemNotFound", `conditional format ${id}`);
      return { sheet: t.sheet, cf };
    });
  }
  getItemAt(index: number): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, this, "GetItemAt", [index], (t: RangeTarget) => {
      const list = this._list(t);
      if (!list[index]) throw richError("ItemNotFound", `conditional format #${index}`);
      return list[index];
    });
  }
  clearAll(): void {
    this._call("ClearAll", [], (t: RangeTarget) => {
      writable(t.sheet);
      const gone = new Set(cfsIntersecting(t.sheet, t.rect));
      t.sheet.cfs = t.sheet.cfs.filter((c) => !gone.has(c));
    });
  }
}
defineProps(FakeConditionalFormatCollection, {}, [], 6);

function live(t: CFTarget): CFTarget {
  if (t.sheet.deleted || !t.sheet.cfs.includes(t.cf))
    throw richError("ItemNotFound", "The conditional format no longer exists");
  return t;
}

export class FakeConditionalFormat extends ClientObject {
  get custom(): FakeCustomConditionalFormat {
    return this._child(
      "custom",
      () =>
        new FakeCustomConditionalFormat(this.context, this, "Custom", [], (t: CFTarget) => {
          // Real Excel: "This operation is not permitted for the current object." (office-js issue #2180)
          if (live(t).cf.type !== "Custom")
            throw richError(
              "InvalidOperation",
              "This operation is not permitted for the current object."
            );
          return t;
        })
    );
  }
  get customOrNullObject(): FakeCustomConditionalFormat {
    return this._child(
      "customOrNull",
      () =>
        new FakeCustomConditionalFormat(
          this.context,
          this,
          "CustomOrNullObject",
          [],
          (t: CFTarget) => (live(t).cf.type === "Custom" ? t : NULL)
        )
    );
  }
  /** Position in the collection it was loaded from (collection items only). */
  _index: number | undefined = undefined;

  delete(): void {
    this._call("Delete", [], (loaded: CFTarget) => {
      let t = loaded;
      // office.js addresses a collection item whose id was not loaded by position (GetItemAt): the item at that
      // index in the list as it is now, which shifts after an earlier delete in the same batch (issue 9).
      if (this._index !== undefined && this._data.id === undefined) {
        const coll = this._parent as FakeConditionalFormatCollection;
        const now = coll._list(coll._resolve() as RangeTarget)[this._index];
        if (!now) throw richError("ItemNotFound", `conditional format #${this._index}`);
        t = now;
      }
      writable(live(t).sheet);
      t.sheet.cfs = t.sheet.cfs.filter((c) => c !== t.cf);
    });
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, this, "GetRange", [], (t: CFTarget) => ({
      sheet: live(t).sheet,
      rect: { ...t.cf.rect },
    }));
  }
}
defineProps(
  FakeConditionalFormat,
  {
    id: { get: (t: CFTarget) => live(t).cf.id },
    type: { get: (t: CFTarget) => live(t).cf.type },
    priority: {
      get: (t: CFTarget) => live(t).sheet.cfs.indexOf(t.cf),
      set: (t: CFTarget, v) => {
        writable(live(t).sheet);
        const rest = t.sheet.cfs.filter((c) => c !== t.cf);
        rest.splice(Math.max(0, Math.min(Number(v), rest.length)), 0, t.cf);
        t.sheet.cfs = rest;
      },
    },
    stopIfTrue: {
      get: (t: CFTarget) => live(t).cf.stopIfTrue,
      set: (t: CFTarget, v) => (writable(live(t).sheet), (t.cf.stopIfTrue = Boolean(v))),
    },
  },
  ["custom", "customOrNullObject"],
  6
);

export class FakeCustomConditionalFormat extends ClientObject {
  get rule(): FakeConditionalFormatRule {
    return this._child(
      "rule",
      () => new FakeConditionalFormatRule(this.context, this, "Rule", [], (t) => t)
    );
  }
  get format(): FakeConditionalRangeFormat {
    return this._child(
      "format",
      () => new FakeConditionalRangeFormat(this.context, this, "Format", [], (t) => t)
    );
  }
}
defineProps(FakeCustomConditionalFormat, {}, ["rule", "format"], 6);

function setFormula(t: CFTarget, v: unknown): void {
  writable(live(t).sheet);
  if (typeof v !== "string" || !v.startsWith("="))
    throw richError("InvalidArgument", "A rule formula must start with =");
  t.cf.formula = v;
}

export class FakeConditionalFormatRule extends ClientObject {}
defineProps(
  FakeConditionalFormatRule,
  {
    formula: {
      get: (t: CFTarget) => {
        // Some workbooks hold rules Excel cannot describe: reading them fails the whole batch (issue 9).
        if (live(t).cf.readFails) throw richError("GeneralException", "rule properties unavailable");
        return t.cf.formula;
      },
      set: setFormula,
    },
    formulaLocal: { get: (t: CFTarget) => live(t).cf.formula, set: setFormula },
  },
  [],
  6
);

export class FakeConditionalRangeFormat extends ClientObject {
  get fill(): FakeConditionalRangeFill {
    return this._child(
      "fill",
      () => new FakeConditionalRangeFill(this.context, this, "Fill", [], (t) => t)
    );
  }
  get font(): FakeConditionalRangeFont {
    return this._child(
      "font",
      () => new FakeConditionalRangeFont(this.context, this, "Font", [], (t) => t)
    );
  }
}
defineProps(FakeConditionalRangeFormat, {}, ["fill", "font"], 6);

export class FakeConditionalRangeFill extends ClientObject {
  clear(): void {
    this._call("Clear", [], (t: CFTarget) => (writable(live(t).sheet), (t.cf.fill = null)));
  }
}
defineProps(
  FakeConditionalRangeFill,
  {
    color: {
      get: (t: CFTarget) => live(t).cf.fill,
      set: (t: CFTarget, v) => (writable(live(t).sheet), (t.cf.fill = normColor(v))),
    },
  },
  [],
  6
);

export class FakeConditionalRangeFont extends ClientObject {}
defineProps(
  FakeConditionalRangeFont,
  {
    color: {
      get: (t: CFTarget) => live(t).cf.fontColor,
      set: (t: CFTarget, v) => (writable(live(t).sheet), (t.cf.fontColor = normColor(v))),
    },
    bold: {
      get: (t: CFTarget) => live(t).cf.bold,
      set: (t: CFTarget, v) => (writable(live(t).sheet), (t.cf.bold = Boolean(v))),
    },
  },
  [],
  6
);
