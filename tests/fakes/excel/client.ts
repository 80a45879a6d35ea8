// The client side of the fake: proxies queue actions; `sync()` sends them as one request, like Office.js.
// Nothing touches the model before sync; reading a property that was not loaded (or set) throws PropertyNotLoaded.
import { isRichError, propertyNotLoaded, richError } from "./errors";
import type { WorkbookModel } from "./model";

/** The target of a *OrNullObject call that found nothing; everything derived from it is null too. */
export const NULL = Symbol("NullObject");

export interface RequestLogEntry {
  sync: number;
  /** JSON size of the request (actions and object paths), like the payload Office.js posts. */
  bytes: number;
  actions: number;
  /** JSON size of the loaded data. */
  responseBytes: number;
  ok: boolean;
  error?: string;
  suspendedCalculation?: boolean;
}

/** What the proxies need from the fake that owns the model. */
export interface Host {
  model: WorkbookModel;
  syncCount: number;
  requestLog: RequestLogEntry[];
  payloadLimit: number;
  responseLimit: number | null;
  takeInjectedFailure(syncNumber: number): { code: string; message?: string } | undefined;
  /** Run after a successful sync (event handlers fire asynchronously, outside the batch). */
  afterSync(fn: () => void): void;
}

export interface PropSpec {
  get?(t: any): unknown;
  set?(t: any, v: unknown): void;
  /** ExcelApi minor version that introduced the property. */
  since?: number;
}

interface Action {
  kind: "Set" | "Method" | "Query" | "Event";
  obj: ClientObject;
  name: string;
  args: unknown[];
  /** Runs on the "server"; returns the commit of a load (applied to proxies only if the whole sync succeeds). */
  exec(batch: BatchState): (() => void) | void;
}

export interface BatchState {
  responseBytes: number;
  suspendedCalculation: boolean;
}

type Resolver = (parentTarget: any) => unknown;

export class FakeRequestContext {
  // Typed loosely: tests drive the fake through Office.js's own types (see tests/office/helpers.ts runOn).
  readonly workbook: any;
  readonly application: any;
  /** Office.js API surface the adapter may touch; no-ops in the fake. */
  readonly trackedObjects = { add(): void {}, remove(): void {} };
  _queue: Action[] = [];
  _ids = 0;
  constructor(
    public readonly _host: Host,
    makeRoot: (ctx: FakeRequestContext) => any
  ) {
    this.workbook = makeRoot(this);
    this.application = this.workbook.application;
  }

  _enqueue(a: Action): void {
    this._queue.push(a);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const host = this._host;
    const n = ++host.syncCount;
    const actions = this._queue;
    this._queue = [];
    const entry: RequestLogEntry = {
      sync: n,
      bytes: 0,
      actions: actions.length,
      responseBytes: 0,
      ok: false,
    };
    host.requestLog.push(entry);
    await Promise.resolve(); // a real sync is a round trip: never synchronous
    entry.bytes = requestBytes(actions);
    const injected = host.takeInjectedFailure(n);
    if (injected) {
      entry.error = injected.code;
      throw richError(injected.code, injected.message ?? `injected failure of sync ${n}`);
    }
    if (entry.bytes > host.payloadLimit) {
      entry.error = "RequestPayloadSizeLimitExceeded";
      throw richError(
        "RequestPayloadSizeLimitExceeded",
        `${entry.bytes} bytes > ${host.payloadLimit}`
      );
    }
    const batch: BatchState = { responseBytes: 0, suspendedCalculation: false };
    const commits: Array<() => void> = [];
    for (const a of actions) {
      try {
        const c = a.exec(batch);
        if (c) commits.push(c);
      } catch (e) {
        // Like Excel: the actions before the failing one stay applied, the rest of the batch is dropped.
        if (isRichError(e)) {
          e.debugInfo.errorLocation ??= `${a.obj._typeName()}.${a.name}`;
          entry.error = e.code;
        }
        throw e;
      }
    }
    entry.responseBytes = batch.responseBytes;
    entry.suspendedCalculation = batch.suspendedCalculation;
    if (host.responseLimit !== null && batch.responseBytes > host.responseLimit) {
      entry.error = "ResponsePayloadSizeLimitExceeded";
      throw richError("ResponsePayloadSizeLimitExceeded", `${batch.responseBytes} bytes`);
    }
    for (const c of commits) c();
    entry.ok = true;
    return passThroughValue as T;
  }
}

function requestBytes(actions: Action[]): number {
  const paths = new Map<number, unknown>();
  const addPath = (o: ClientObject): void => {
    for (let p: ClientObject | null = o; p && !paths.has(p._id); p = p._parent) {
      paths.set(p._id, {
        Id: p._id,
        ObjectPathType: p._parent ? 3 : 1,
        Name: p._pathName,
        ParentObjectPathId: p._parent?._id,
        ArgumentInfo: {
          Arguments: p._pathArgs.map((a) =>
            a instanceof ClientObject ? { ObjectPathId: a._id } : a
          ),
        },
      });
    }
  };
  const replacer = (_k: string, v: unknown): unknown => {
    if (v instanceof ClientObject) {
      addPath(v);
      return { ObjectPathId: v._id };
    }
    return v;
  };
  const kinds = { Set: 4, Method: 3, Query: 2, Event: 5 };
  const acts = actions.map((a, i) => {
    addPath(a.obj);
    return {
      Id: i + 1,
      ActionType: kinds[a.kind],
      Name: a.name,
      ObjectPathId: a.obj._id,
      ArgumentInfo: { Arguments: a.args },
    };
  });
  const head = JSON.stringify({ Actions: acts }, replacer).length;
  return head + JSON.stringify({ ObjectPaths: Object.fromEntries(paths) }).length;
}

// ---------------------------------------------------------------- proxies

export abstract class ClientObject {
  /** Scalar properties: readable after load, writable (queued) when `set` exists. */
  static _props: Record<string, PropSpec> = {};
  /** Navigation properties that `load("nav/prop")` may walk. */
  static _navs: string[] = [];
  static _since = 1;
  readonly _id: number;
  _target: unknown = undefined;
  _isNull: boolean | undefined = undefined;
  _data: Record<string, unknown> = {};
  private _children = new Map<string, unknown>();

  constructor(
    public readonly context: FakeRequestContext,
    public readonly _parent: ClientObject | null,
    public readonly _pathName: string,
    public readonly _pathArgs: unknown[],
    private readonly _resolver: Resolver | null
  ) {
    this._id = ++context._ids;
  }

  _typeName(): string {
    return this.constructor.name.replace(/^Fake/, "");
  }

  _model(): WorkbookModel {
    return this.context._host.model;
  }

  _requireApi(minor: number, what: string): void {
    if (this._model().apiMinor < minor)
      throw richError("ApiNotFound", `${what} needs ExcelApi 1.${minor}`);
  }

  /** Resolve the object path on the server (once; later syncs reuse the same server object, like Office.js). */
  _resolve(): unknown {
    if (this._target !== undefined) return this._target;
    const ctor = this.constructor as typeof ClientObject;
    this._requireApi(ctor._since, this._typeName());
    const parent = this._parent ? this._parent._resolve() : undefined;
    if (parent === NULL) return (this._target = NULL);
    if (!this._resolver)
      throw richError("InvalidOperation", `${this._typeName()} used before it was created`);
    const t = this._resolver(parent);
    this._target = t;
    return t;
  }

  _child<T>(key: string, make: () => T): T {
    let c = this._children.get(key) as T | undefined;
    if (c === undefined) {
      c = make();
      this._children.set(key, c);
    }
    return c;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded("isNullObject", this._typeName());
    return this._isNull;
  }

  _get(name: string): unknown {
    if (this._isNull === true) return undefined;
    if (Object.prototype.hasOwnProperty.call(this._data, name)) return this._data[name];
    throw propertyNotLoaded(name, this._typeName());
  }

  _set(name: string, value: unknown): void {
    const spec = (this.constructor as typeof ClientObject)._props[name];
    this._data[name] = value;
    this.context._enqueue({
      kind: "Set",
      obj: this,
      name,
      args: [value],
      exec: () => {
        if (spec.since) this._requireApi(spec.since, `${this._typeName()}.${name}`);
        const t = this._resolve();
        if (t !== NULL) spec.set?.(t, value); // operations on a null object are ignored
      },
    });
  }

  /** Queue a method call. `fn` runs at sync with the resolved target (skipped for null objects). */
  _call(
    name: string,
    args: unknown[],
    fn: (t: any, batch: BatchState) => void,
    since?: number
  ): void {
    this.context._enqueue({
      kind: "Method",
      obj: this,
      name,
      args,
      exec: (batch) => {
        if (since) this._requireApi(since, `${this._typeName()}.${name}`);
        const t = this._resolve();
        if (t !== NULL) fn(t, batch);
      },
    });
  }

  /** Queue an action with a custom executor (object creation, event registration). */
  _action(
    kind: Action["kind"],
    name: string,
    args: unknown[],
    exec: (batch: BatchState) => void
  ): void {
    this.context._enqueue({ kind, obj: this, name, args, exec });
  }

  load(arg?: unknown): this {
    const paths = loadPaths(arg);
    this.context._enqueue({
      kind: "Query",
      obj: this,
      name: "Load",
      args: [{ Select: paths }],
      exec: (b) => loadObject(this, paths, b),
    });
    return this;
  }

  /** Office.js `set({ ... })`: assign several properties (and nested navigation properties) at once. */
  set(properties: Record<string, unknown>): void {
    const ctor = this.constructor as typeof ClientObject;
    for (const [k, v] of Object.entries(properties)) {
      if (ctor._props[k]?.set) this._set(k, v);
      else if (ctor._navs.includes(k) && v && typeof v === "object")
        ((this as any)[k] as ClientObject).set(v as Record<string, unknown>);
      else throw new TypeError(`Cannot set ${this._typeName()}.${k}`);
    }
  }

  toJSON(): Record<string, unknown> {
    return { ...this._data };
  }
}

/** Make `props` real accessors on the prototype, so `range.values` reads/queues like Office.js. */
export function defineProps(
  cls: typeof ClientObject,
  props: Record<string, PropSpec>,
  navs: string[] = [],
  since = 1
): void {
  cls._props = props;
  cls._navs = navs;
  cls._since = since;
  for (const [name, spec] of Object.entries(props)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: ClientObject) {
        return this._get(name);
      },
      set(this: ClientObject, v: unknown) {
        if (!spec.set) throw new TypeError(`${name} is read-only`);
        this._set(name, v);
      },
    });
  }
}

export abstract class CollectionObject extends ClientObject {
  _items: ClientObject[] | undefined = undefined;

  get items(): any[] {
    if (this._isNull === true) return [];
    if (!this._items) throw propertyNotLoaded("items", this._typeName());
    return this._items;
  }

  /** Server-side items of the resolved target. */
  abstract _list(t: any): unknown[];
  /** A proxy for one server item (already resolved). */
  abstract _makeItem(item: unknown, index: number): ClientObject;

  override toJSON(): Record<string, unknown> {
    return { items: (this._items ?? []).map((i) => i.toJSON()) };
  }
}

/** A proxy whose server object is known at creation (collection items, objects created by `add`). */
export function preResolved<T extends ClientObject>(obj: T, target: unknown): T {
  obj._target = target;
  return obj;
}

// ---------------------------------------------------------------- load

function loadPaths(arg: unknown): string[] {
  if (arg === undefined || arg === null) return [];
  if (typeof arg === "string")
    return arg
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => loadPaths(a));
  if (typeof arg === "object") {
    const o = arg as Record<string, unknown>;
    if ("select" in o || "expand" in o) {
      return [...loadPaths(o.select), ...loadPaths(o.expand)];
    }
    const out: string[] = [];
    const walk = (obj: Record<string, unknown>, prefix: string): void => {
      for (const [k, v] of Object.entries(obj)) {
        if (k === "$all" || k === "$top" || k === "$skip") continue;
        if (v === true) out.push(prefix + k);
        else if (v && typeof v === "object") walk(v as Record<string, unknown>, `${prefix}${k}/`);
      }
    };
    walk(o, "");
    return out;
  }
  throw new TypeError("Invalid load argument");
}

function clone<T>(v: T): T {
  return v === undefined ? v : JSON.parse(JSON.stringify(v));
}

function loadObject(obj: ClientObject, paths: string[], batch: BatchState): () => void {
  const t = obj._resolve();
  if (t === NULL) {
    return () => {
      obj._isNull = true;
      if (obj instanceof CollectionObject) obj._items = [];
    };
  }
  if (obj instanceof CollectionObject) {
    const itemPaths = paths
      .map((p) => (p === "items" ? "" : p.startsWith("items/") ? p.slice(6) : p))
      .filter(Boolean);
    const items = obj._list(t).map((m, i) => obj._makeItem(m, i));
    const commits = items.map((it) => loadObject(it, itemPaths, batch));
    return () => {
      obj._isNull = false;
      obj._items = items;
      for (const c of commits) c();
    };
  }
  const ctor = obj.constructor as typeof ClientObject;
  const model = obj._model();
  const scalars = new Set<string>();
  const navs = new Map<string, string[]>();
  if (paths.length === 0) {
    for (const [k, spec] of Object.entries(ctor._props))
      if (!spec.since || spec.since <= model.apiMinor) scalars.add(k);
  }
  for (const p of paths) {
    const [head, ...rest] = p.split("/");
    if (ctor._props[head]) {
      if (rest.length) throw richError("InvalidArgument", `${head} is not a navigation property`);
      scalars.add(head);
    } else if (ctor._navs.includes(head)) {
      const list = navs.get(head) ?? [];
      if (rest.length) list.push(rest.join("/"));
      navs.set(head, list);
    } else {
      throw richError("InvalidArgument", `${obj._typeName()} has no property ${head}`);
    }
  }
  const data: Record<string, unknown> = {};
  for (const name of scalars) {
    const spec = ctor._props[name];
    if (spec.since) obj._requireApi(spec.since, `${obj._typeName()}.${name}`);
    data[name] = clone(spec.get?.(t));
  }
  batch.responseBytes += JSON.stringify(data).length;
  const sub = [...navs].map(([nav, p]) => loadObject((obj as any)[nav] as ClientObject, p, batch));
  return () => {
    obj._isNull = false;
    Object.assign(obj._data, data);
    for (const c of sub) c();
  };
}
