// Workbook-level defined names (NamedItemCollection, ExcelApi 1.1; add 1.4; formula 1.7). A name refers to a
// sheet object and a rectangle, so Excel's own moves (structure.ts) and renames carry it along.
import { rectLocal, splitSheet, parseLocal, quoteSheetName } from "./a1";
import { ClientObject, CollectionObject, defineProps, NULL, preResolved } from "./client";
import { richError } from "./errors";
import type { NameModel, WorkbookModel } from "./model";
import { FakeRange } from "./proxy-range";

interface NameTarget {
  model: WorkbookModel;
  item: NameModel;
}

const absolute = (local: string) => local.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

export function nameFormula(n: NameModel): string {
  if (!n.sheet || n.sheet.deleted || !n.rect) return "=#REF!";
  return `=${quoteSheetName(n.sheet.name)}!${absolute(rectLocal(n.rect))}`;
}

function live(t: NameTarget): NameTarget {
  if (!t.model.names.includes(t.item)) throw richError("ItemNotFound", "The name no longer exists");
  return t;
}

export class FakeNamedItemCollection extends CollectionObject {
  _list(m: WorkbookModel): NameTarget[] {
    return m.names.map((item) => ({ model: m, item }));
  }
  _makeItem(t: NameTarget): FakeNamedItem {
    return preResolved(new FakeNamedItem(this.context, this, "_Item", [t.item.name], null), t);
  }
  add(name: string, reference: unknown): FakeNamedItem {
    const proxy = new FakeNamedItem(this.context, this, "Add", [name, reference], null);
    this._call(
      "Add",
      [name, reference],
      (m: WorkbookModel) => {
        if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name))
          throw richError("InvalidArgument", `Invalid name ${name}`);
        if (m.names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
          throw richError("ItemAlreadyExists", `The name ${name} already exists`);
        let item: NameModel;
        if (reference instanceof FakeRange) {
          const t = reference._resolve();
          if (t === NULL) throw richError("InvalidArgument", "reference is a null object");
          const r = t as { sheet: NameModel["sheet"]; rect: NameModel["rect"] };
          item = { name, sheet: r.sheet, rect: r.rect, visible: true };
        } else if (typeof reference === "string") {
          const { sheet, local } = splitSheet(reference.replace(/^=/, ""));
          const s = sheet === null ? null : m.findSheet(sheet);
          if (!s) throw richError("InvalidArgument", `The reference ${reference} is not valid`);
          item = { name, sheet: s, rect: parseLocal(local), visible: true };
        } else throw richError("InvalidArgument", "reference");
        m.names.push(item);
        proxy._target = { model: m, item };
      },
      4
    );
    return proxy;
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, this, "GetItem", [name], (m: WorkbookModel) => {
      const item = m.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
      if (!item) throw richError("ItemNotFound", `There is no name ${name}`);
      return { model: m, item };
    });
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.context,
      this,
      "GetItemOrNullObject",
      [name],
      (m: WorkbookModel) => {
        this._requireApi(4, "NamedItemCollection.getItemOrNullObject");
        const item = m.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
        return item ? { model: m, item } : NULL;
      }
    );
  }
}
defineProps(FakeNamedItemCollection, {}, []);

export class FakeNamedItem extends ClientObject {
  delete(): void {
    this._call(
      "Delete",
      [],
      (t: NameTarget) => {
        live(t);
        t.model.names = t.model.names.filter((n) => n !== t.item);
      },
      4
    );
  }
}
defineProps(FakeNamedItem, {
  name: { get: (t: NameTarget) => live(t).item.name },
  type: { get: (t: NameTarget) => (nameFormula(live(t).item) === "=#REF!" ? "Error" : "Range") },
  value: { get: (t: NameTarget) => nameFormula(live(t).item).slice(1) },
  formula: { since: 7, get: (t: NameTarget) => nameFormula(live(t).item) },
  visible: {
    get: (t: NameTarget) => live(t).item.visible,
    set: (t: NameTarget, v) => void (live(t).item.visible = Boolean(v)),
  },
});
