// Notes (ExcelApi 1.18) and threaded comments (ExcelApi 1.10). A cell holds a note or a comment, not both.
import { cellKey, keyCol, keyRow, parseLocal, splitSheet } from "./a1";
import { ClientObject, CollectionObject, defineProps, NULL, preResolved } from "./client";
import { richError } from "./errors";
import type { CommentModel, SheetModel, WorkbookModel } from "./model";
import { FakeRange, liveSheet, writable, type RangeTarget } from "./proxy-range";

interface Scope {
  model: WorkbookModel;
  /** null: the workbook-wide collection. */
  sheet: SheetModel | null;
}

interface NoteTarget {
  sheet: SheetModel;
  key: number;
}

/** A single cell given as a Range proxy or an address ("Sheet1!B3"; "B3" only on a worksheet's collection). */
function cellOf(
  scope: Scope,
  cell: unknown,
  what: string
): { sheet: SheetModel; row: number; col: number } {
  let t: RangeTarget;
  if (cell instanceof FakeRange) {
    const r = cell._resolve();
    if (r === NULL) throw richError("InvalidArgument", `${what}: the range is a null object`);
    t = r as RangeTarget;
  } else if (typeof cell === "string") {
    const { sheet, local } = splitSheet(cell);
    const s = sheet === null ? scope.sheet : scope.model.findSheet(sheet);
    if (!s)
      throw richError(
        sheet === null ? "InvalidArgument" : "ItemNotFound",
        `${what}: ${cell} must name its sheet`
      );
    t = { sheet: s, rect: parseLocal(local) };
  } else {
    throw richError("InvalidArgument", `${what}: cellAddress`);
  }
  if (t.rect.top !== t.rect.bottom || t.rect.left !== t.rect.right)
    throw richError("InvalidArgument", `${what}: the range must be a single cell`);
  liveSheet(t.sheet);
  return { sheet: t.sheet, row: t.rect.top, col: t.rect.left };
}

// ---------------------------------------------------------------- notes

export class FakeNoteCollection extends CollectionObject {
  _list(s: Scope): NoteTarget[] {
    const sheets = s.sheet ? [s.sheet] : s.model.sheets;
    return sheets.flatMap((sheet) =>
      [...sheet.notes.keys()].sort((a, b) => a - b).map((key) => ({ sheet, key }))
    );
  }
  _makeItem(n: NoteTarget): FakeNote {
    return preResolved(new FakeNote(this.context, this, "_Item", [n.key], null), n);
  }
  add(cellAddress: unknown, content: unknown): FakeNote {
    const proxy = new FakeNote(this.context, this, "Add", [cellAddress, content], null);
    this._call("Add", [cellAddress, content], (s: Scope) => {
      const { sheet, row, col } = cellOf(s, cellAddress, "NoteCollection.add");
      writable(sheet);
      const key = cellKey(row, col);
      if (sheet.notes.has(key)) throw richError("InvalidOperation", "The cell already has a note");
      if (s.model.commentAt(sheet, row, col))
        throw richError("InvalidOperation", "The cell already has a comment");
      sheet.notes.set(key, { content: String(content), author: s.model.author });
      proxy._target = { sheet, key };
    });
    return proxy;
  }
  private find(s: Scope, key: string): NoteTarget | null {
    const { sheet, row, col } = cellOf(s, key, "NoteCollection.getItem");
    const k = cellKey(row, col);
    return sheet.notes.has(k) ? { sheet, key: k } : null;
  }
  getItem(key: string): FakeNote {
    return new FakeNote(this.context, this, "GetItem", [key], (s: Scope) => {
      const n = this.find(s, key);
      if (!n) throw richError("ItemNotFound", `No note at ${key}`);
      return n;
    });
  }
  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(
      this.context,
      this,
      "GetItemOrNullObject",
      [key],
      (s: Scope) => this.find(s, key) ?? NULL
    );
  }
  getItemAt(index: number): FakeNote {
    return new FakeNote(this.context, this, "GetItemAt", [index], (s: Scope) => {
      const n = this._list(s)[index];
      if (!n) throw richError("ItemNotFound", `note #${index}`);
      return n;
    });
  }
}
defineProps(FakeNoteCollection, {}, [], 18);

function liveNote(t: NoteTarget): NoteTarget {
  if (liveSheet(t.sheet) && !t.sheet.notes.has(t.key))
    throw richError("ItemNotFound", "The note no longer exists");
  return t;
}

export class FakeNote extends ClientObject {
  delete(): void {
    this._call("Delete", [], (t: NoteTarget) => {
      writable(liveNote(t).sheet);
      t.sheet.notes.delete(t.key);
    });
  }
  getLocation(): FakeRange {
    return new FakeRange(this.context, this, "GetLocation", [], (t: NoteTarget) => {
      liveNote(t);
      const row = keyRow(t.key);
      const col = keyCol(t.key);
      return { sheet: t.sheet, rect: { top: row, left: col, bottom: row, right: col } };
    });
  }
}
defineProps(
  FakeNote,
  {
    content: {
      get: (t: NoteTarget) => t.sheet.notes.get(liveNote(t).key)?.content,
      set: (t: NoteTarget, v) => {
        writable(liveNote(t).sheet);
        (t.sheet.notes.get(t.key) as { content: string }).content = String(v);
      },
    },
    authorName: { get: (t: NoteTarget) => t.sheet.notes.get(liveNote(t).key)?.author },
  },
  [],
  18
);

// ---------------------------------------------------------------- comments

export class FakeCommentCollection extends CollectionObject {
  _list(s: Scope): CommentModel[] {
    return s.model.comments.filter((c) => !s.sheet || c.sheet === s.sheet);
  }
  _makeItem(c: CommentModel): FakeComment {
    return preResolved(new FakeComment(this.context, this, "_Item", [c.id], null), c);
  }
  add(cellAddress: unknown, content: unknown, contentType?: string): FakeComment {
    const proxy = new FakeComment(
      this.context,
      this,
      "Add",
      [cellAddress, content, contentType],
      null
    );
    this._call("Add", [cellAddress, content, contentType], (s: Scope) => {
      const { sheet, row, col } = cellOf(s, cellAddress, "CommentCollection.add");
      writable(sheet);
      if (typeof content !== "string")
        throw richError("InvalidArgument", "Rich comment content needs ExcelApi 1.11");
      if (s.model.commentAt(sheet, row, col))
        throw richError("InvalidOperation", "The cell already has a comment");
      if (sheet.notes.has(cellKey(row, col)))
        throw richError("InvalidOperation", "The cell already has a note");
      const c: CommentModel = {
        id: s.model.nextId("comment-"),
        sheet,
        row,
        col,
        content,
        author: s.model.author,
      };
      s.model.comments.push(c);
      proxy._target = c;
    });
    return proxy;
  }
  getItem(commentId: string): FakeComment {
    return new FakeComment(this.context, this, "GetItem", [commentId], (s: Scope) => {
      const c = this._list(s).find((x) => x.id === commentId);
      if (!c) throw richError("ItemNotFound", `No comment ${commentId}`);
      return c;
    });
  }
  getItemAt(index: number): FakeComment {
    return new FakeComment(this.context, this, "GetItemAt", [index], (s: Scope) => {
      const c = this._list(s)[index];
      if (!c) throw richError("ItemNotFound", `comment #${index}`);
      return c;
    });
  }
  getItemByCell(cellAddress: unknown): FakeComment {
    return new FakeComment(this.context, this, "GetItemByCell", [cellAddress], (s: Scope) => {
      const { sheet, row, col } = cellOf(s, cellAddress, "CommentCollection.getItemByCell");
      const c = s.model.commentAt(sheet, row, col);
      if (!c) throw richError("ItemNotFound", "There is no comment on this cell");
      return c;
    });
  }
}
defineProps(FakeCommentCollection, {}, [], 10);

function liveComment(c: CommentModel): CommentModel {
  const owner = c.sheet.owner;
  if (c.sheet.deleted || !owner || !owner.comments.includes(c))
    throw richError("ItemNotFound", "The comment no longer exists");
  return c;
}

export class FakeComment extends ClientObject {
  delete(): void {
    this._call("Delete", [], (c: CommentModel) => {
      writable(liveComment(c).sheet);
      const owner = c.sheet.owner as WorkbookModel;
      owner.comments = owner.comments.filter((x) => x !== c);
    });
  }
  getLocation(): FakeRange {
    return new FakeRange(this.context, this, "GetLocation", [], (c: CommentModel) => ({
      sheet: liveComment(c).sheet,
      rect: { top: c.row, left: c.col, bottom: c.row, right: c.col },
    }));
  }
}
defineProps(
  FakeComment,
  {
    id: { get: (c: CommentModel) => liveComment(c).id },
    content: {
      get: (c: CommentModel) => liveComment(c).content,
      set: (c: CommentModel, v) => {
        writable(liveComment(c).sheet);
        c.content = String(v);
      },
    },
    authorName: { get: (c: CommentModel) => liveComment(c).author },
  },
  [],
  10
);
