// The host side of Microsoft's real office.js: an interpreter of RichApi batches ("ProcessQuery" requests) over the
// in-memory workbook the fake Excel already models (tests/fakes/excel/model.ts). office.js builds the requests,
// reads the answers, and raises PropertyNotLoaded, isNullObject and debugInfo itself; only the host is ours.
//
// How office.js talks to a host, as read in @microsoft/office-js 1.1.110 (dist/excel-win32-16.01.debug.js):
//  - `HostBridge.init(_richApiNativeBridge)` when a global `_richApiNativeBridge` exists; every batch then goes out
//    as `sendMessageToHost(JSON.stringify({id, type: 1, flags, message: {url: "ProcessQuery", method: "POST",
//    headers, body: {Actions, ObjectPaths}}}))` and the answer comes back through `onMessageFromHost(JSON text)` as
//    `{id, type: 1, message: {statusCode: 200, headers, body: {Results: [{ActionId, Value}], Error?}}}`
//    (HostBridgeRequestExecutor.executeAsync, ClientRequestContext.processRequestExecutorResponseMessage).
//  - Action types: 1 Instantiate, 2 Query (QueryInfo.Select / Expand, camelCase), 3 Method, 4 SetProperty
//    (PascalCase names), 5 Trace. Object path types: 1 Global, 2 NewObject (internal services such as telemetry),
//    3 Method, 4 Property, 5 Indexer. An object argument is a path id, flagged in ArgumentInfo.ReferencedObjectPathIds.
//  - Query results: PascalCase properties, collections as {"_Items": [...]}, null for a null object
//    (ClientObject._handleResult, Range._handleResult). Errors: body.Error {Code, Message, ActionIndex, Location}.
//  - Events (type 3 messages): entries [messageCategory 65536, eventType, targetId, JSON args]
//    (HostBridgeSession, GenericEventRegistration._handleRichApiMessage); Worksheet.onSelectionChanged is
//    eventType 14, registered by the method `_RegisterSelectionChangedEvent`.
//  - `Excel.run({delayForCellEdit: true})` sets request flag 64 when the "DelayForCellEdit" set is supported
//    (onBeforeExcelRun).
// Sources: the package's own debug builds above are the reference (searches of public code and issue trackers for
// "_richApiNativeBridge", "GetHostInfo" found no other description of the protocol; OfficeDev/office-js issue #306
// and OfficeDev/Office-Addin-Scripts issue #919 only show how office.js tells a host from a plain browser).
// Host rules come from the fake (VeryHidden, protected sheets, last visible sheet, invalid input…) plus the
// limits below, written from the documentation ("Resource limits and performance optimization for Office Add-ins":
// 5 MB request/response on Excel on the web; "Error handling with the application-specific JavaScript APIs":
// InvalidOperationInCellEditMode, GeneralException).
import { ClientObject, CollectionObject, NULL, type FakeRequestContext } from "../fakes/excel/client";
import { isRichError, richError } from "../fakes/excel/errors";
import type { FakeExcel } from "../fakes/fake-excel";

export interface RichApiHostOptions {
  /** Requests over this many bytes (serialized JSON) fail with RequestPayloadSizeLimitExceeded (5 MB on the web). */
  requestLimitBytes?: number;
  /** Requests over this many bytes fail with GeneralException instead (as Excel on the web often answers). */
  generalExceptionAboveBytes?: number | null;
  /**
   * Methods this build refuses although its requirement sets claim them, by "<ParentPath>.<Method>" →
   * error code, e.g. {"Comments.Add": "NotImplemented"} (comments on some builds that claim ExcelApi 1.10).
   */
  refuse?: Record<string, string>;
  /** Answer responses over the fake's response limit with GeneralException (as Excel on the web often does). */
  responseLimitAsGeneralException?: boolean;
}

export interface LoggedRequest {
  /** Serialized request body as office.js sent it. */
  bytes: number;
  actions: number;
  flags: number;
  ok: boolean;
  error?: string;
  /** Bytes by action kind ("4 Values", "3 Add"…), paths included under "paths". */
  breakdown?: Record<string, number>;
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

interface PathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}

export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, PathInfo>;
}

/** A service object office.js creates for itself (telemetry, add-in internals): every call on it succeeds. */
const SERVICE = Symbol("service");

const camel = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const pascal = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export type EventSink = (eventType: number, targetId: string, args: unknown) => void;

export class RichApiHost {
  readonly log: LoggedRequest[] = [];
  /** The user is typing in a cell: batches fail unless sent with delayForCellEdit (then they wait). */
  cellEditMode = false;
  private editEnded: Array<() => void> = [];
  private selectionHandles = new Map<string, { remove(): void; context: FakeRequestContext }>();
  requestLimitBytes: number;
  generalExceptionAboveBytes: number | null;
  refuse: Record<string, string>;
  private responseAsGeneral: boolean;

  constructor(
    readonly fake: FakeExcel,
    private readonly sendEvent: EventSink,
    opts: RichApiHostOptions = {}
  ) {
    this.requestLimitBytes = opts.requestLimitBytes ?? 5 * 1024 * 1024;
    this.generalExceptionAboveBytes = opts.generalExceptionAboveBytes ?? null;
    this.refuse = opts.refuse ?? {};
    this.responseAsGeneral = Boolean(opts.responseLimitAsGeneralException);
  }

  /** The user leaves the cell: batches held by delayForCellEdit go on. */
  endCellEdit(): void {
    this.cellEditMode = false;
    for (const f of this.editEnded.splice(0)) f();
  }

  /** Answer one ProcessQuery request; `text` is the request body's JSON. */
  async process(body: RequestBody, flags: number, bytes: number): Promise<unknown> {
    const entry: LoggedRequest = { bytes, actions: body.Actions.length, flags, ok: false };
    if (process.env.OFFICEJS_BREAKDOWN) {
      const b: Record<string, number> = { paths: JSON.stringify(body.ObjectPaths).length };
      for (const a of body.Actions) {
        const k = `${a.ActionType} ${a.Name}`;
        b[k] = (b[k] ?? 0) + JSON.stringify(a).length;
      }
      entry.breakdown = b;
    }
    this.log.push(entry);
    const fail = (code: string, message: string, actionIndex = -1): unknown => {
      entry.error = code;
      return { Results: [], Error: { Code: code, Message: message, ActionIndex: actionIndex } };
    };
    const touchesWorkbook = Object.values(body.ObjectPaths).some((p) => p.ObjectPathType === 1);
    if (touchesWorkbook && this.cellEditMode) {
      if (flags & 64) await new Promise<void>((resolve) => this.editEnded.push(resolve));
      else
        return fail(
          "InvalidOperationInCellEditMode",
          "The operation is not possible while Excel is in cell-editing mode. Exit the edit mode by pressing ENTER or TAB, or by selecting another cell, then try again."
        );
    }
    if (this.generalExceptionAboveBytes !== null && bytes > this.generalExceptionAboveBytes)
      return fail("GeneralException", "There was an internal error while processing the request.");
    if (bytes > this.requestLimitBytes)
      return fail(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit."
      );

    const ctx = this.fake.createContext();
    const objects = new Map<number, unknown>();
    const resolvePath = (id: number): unknown => {
      if (objects.has(id)) return objects.get(id);
      const p = body.ObjectPaths[String(id)];
      if (!p) throw new Error(`unknown object path ${id}`);
      let obj: unknown;
      if (p.ObjectPathType === 1) obj = ctx.workbook;
      else if (p.ObjectPathType === 2) obj = SERVICE;
      else {
        const parent = resolvePath(p.ParentObjectPathId as number);
        if (parent === SERVICE) obj = SERVICE;
        else if (p.ObjectPathType === 4) obj = (parent as Record<string, unknown>)[camel(p.Name)];
        else if (p.ObjectPathType === 5)
          obj = (parent as { getItem(k: unknown): unknown }).getItem(args(p.ArgumentInfo)[0]);
        else if (p.ObjectPathType === 3) {
          refuseIfListed(parent, p.ParentObjectPathId as number, p.Name);
          obj = call(parent, p.Name, args(p.ArgumentInfo));
        }
        else throw new Error(`object path type ${p.ObjectPathType} not handled`);
        if (obj === undefined) throw new Error(`${p.Name} is not modelled by the host`);
      }
      objects.set(id, obj);
      return obj;
    };
    const args = (info: PathInfo["ArgumentInfo"]): unknown[] => {
      const list = info?.Arguments ?? [];
      const refs = info?.ReferencedObjectPathIds ?? [];
      const out = list.map((a, i) => (refs[i] ? resolvePath(refs[i]) : a));
      while (out.length > 0 && out[out.length - 1] === null) out.pop(); // optional arguments office.js sends as null
      return out;
    };
    const refuseIfListed = (target: unknown, parentId: number, name: string): void => {
      const code = this.refuse[`${body.ObjectPaths[String(parentId)]?.Name}.${name}`];
      if (code && target instanceof ClientObject)
        target._action("Method", name, [], () => {
          throw richError(code, `${name} is not implemented on this build`);
        });
    };
    const call = (target: unknown, name: string, a: unknown[]): unknown => {
      if (name === "GetItemAt" && target instanceof CollectionObject && !("getItemAt" in target)) {
        // Items office.js addresses by position (no id loaded); resolved when the request arrives.
        const index = a[0] as number;
        const list = target._list(target._resolve());
        if (index < 0 || index >= list.length)
          throw richError("ItemNotFound", `No item at index ${index}`);
        return target._makeItem(list[index], index);
      }
      const fn = (target as Record<string, unknown>)[camel(name)];
      if (typeof fn !== "function") throw new Error(`${name} is not modelled by the host`);
      return (fn as (...x: unknown[]) => unknown).apply(target, a);
    };

    // Translate the actions in order into the fake's queue; remember which RichApi action queued each fake action.
    const owners: number[] = [];
    const results: Array<() => { ActionId: number; Value: unknown } | null> = [];
    const mark = (index: number): void => {
      while (owners.length < ctx._queue.length) owners.push(index);
    };
    try {
      body.Actions.forEach((a, index) => {
        if (a.ActionType === 5) return; // Trace
        const target = resolvePath(a.ObjectPathId);
        if (target === SERVICE) {
          results.push(() => ({ ActionId: a.Id, Value: null }));
          return;
        }
        const obj = target as ClientObject;
        if (a.ActionType === 1) {
          obj._action("Method", "Instantiate", [], () => void obj._resolve());
          results.push(() => ({ ActionId: a.Id, Value: obj._target === NULL ? null : {} }));
        } else if (a.ActionType === 2) {
          const select = [...(a.QueryInfo?.Select ?? []), ...(a.QueryInfo?.Expand ?? [])];
          obj.load(select.length > 0 ? select.join(",") : undefined);
          results.push(() => ({ ActionId: a.Id, Value: toResult(obj, select) }));
        } else if (a.ActionType === 3) {
          // Client bookkeeping with no effect on the workbook: keeping a reference, checking an array's shape.
          if (a.Name === "_KeepReference") return;
          if (a.Name === "_ValidateArraySize") {
            results.push(() => ({ ActionId: a.Id, Value: null }));
            return;
          }
          if (a.Name === "_RegisterSelectionChangedEvent") this.registerSelection(obj);
          else if (a.Name === "_UnregisterSelectionChangedEvent") this.unregisterSelection(obj);
          else {
            refuseIfListed(obj, a.ObjectPathId, a.Name);
            const ret = call(obj, a.Name, args(a.ArgumentInfo));
            results.push(() => ({ ActionId: a.Id, Value: valueOf(ret) }));
          }
        } else if (a.ActionType === 4) {
          (obj as unknown as Record<string, unknown>)[camel(a.Name)] = args(a.ArgumentInfo)[0];
        } else throw new Error(`action type ${a.ActionType} not handled`);
        mark(index);
      });
    } catch (e) {
      const index = owners.length < ctx._queue.length ? body.Actions.length - 1 : owners.length;
      if (isRichError(e)) return fail(e.code, e.message, index);
      return fail("GeneralException", e instanceof Error ? e.message : String(e), index);
    }

    let current = -1;
    ctx._queue.forEach((q, k) => {
      const exec = q.exec;
      q.exec = (batch) => {
        current = owners[k] ?? -1;
        return exec(batch);
      };
    });
    try {
      await ctx.sync();
    } catch (e) {
      if (isRichError(e) && e.code === "ResponsePayloadSizeLimitExceeded" && this.responseAsGeneral)
        return fail("GeneralException", "There was an internal error while processing the request.");
      if (isRichError(e)) return fail(e.code, e.message, current);
      throw e;
    }
    entry.ok = true;
    return { Results: results.map((r) => r()).filter((r) => r !== null) };
  }

  private registerSelection(sheet: ClientObject): void {
    const events = (sheet as unknown as { onSelectionChanged: { add(h: unknown): unknown } })
      .onSelectionChanged;
    sheet._action("Method", "RegisterSelectionChanged", [], () => {
      const model = sheet._resolve() as { id: string } | typeof NULL;
      if (model === NULL || this.selectionHandles.has(model.id)) return;
      const handle = events.add((args: { worksheetId: string; address: string }) =>
        this.sendEvent(14, args.worksheetId, {
          address: args.address,
          worksheetId: args.worksheetId,
        })
      ) as { remove(): void; context: FakeRequestContext };
      this.selectionHandles.set(model.id, handle);
    });
  }

  private unregisterSelection(sheet: ClientObject): void {
    sheet._action("Method", "UnregisterSelectionChanged", [], () => {
      const model = sheet._resolve() as { id: string } | typeof NULL;
      if (model === NULL) return;
      const handle = this.selectionHandles.get(model.id);
      this.selectionHandles.delete(model.id);
      if (handle) {
        handle.remove();
        void handle.context.sync();
      }
    });
  }
}

/** What a method returned, as the value of its action (a ClientResult's value, or nothing for an object). */
function valueOf(ret: unknown): unknown {
  if (ret instanceof ClientObject || ret === undefined || ret === null) return null;
  if (typeof ret === "object" && "value" in (ret as object))
    return (ret as { value: unknown }).value;
  return ret;
}

/** A loaded proxy as office.js expects it back: PascalCase properties, collections as _Items, null objects null. */
function toResult(obj: ClientObject, select: string[]): unknown {
  if (obj._isNull) return null;
  if (obj instanceof CollectionObject) {
    const inner = select
      .map((p) => (p === "items" ? "" : p.startsWith("items/") ? p.slice(6) : p))
      .filter(Boolean);
    return { _Items: (obj._items ?? []).map((it) => toResult(it, inner)) };
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj._data)) out[pascal(k)] = v;
  const navs = new Map<string, string[]>();
  for (const p of select) {
    const [head, ...rest] = p.split("/");
    const ctor = obj.constructor as typeof ClientObject;
    if (!ctor._navs.includes(head)) continue;
    const list = navs.get(head) ?? [];
    if (rest.length) list.push(rest.join("/"));
    navs.set(head, list);
  }
  for (const [nav, paths] of navs)
    out[pascal(nav)] = toResult((obj as unknown as Record<string, ClientObject>)[nav], paths);
  return out;
}
