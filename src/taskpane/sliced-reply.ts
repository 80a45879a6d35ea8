// A worker's big answer (a 20,000-row analysis with its snapshot view, a plan of 60,000 cells) crosses to the
// page in slices: every array longer than SLICE goes in messages of its own, SLICE items each, before the
// reply that names where they go. The page then copies many small messages (no long task) instead of one huge
// one that blocked it for seconds; the slices are joined without walking the answer again.
import type { EngineReply } from "./engine-protocol";

/** Items per slice: 500 indicator results are ~0.3 MB, a few ms to copy on the page even on a busy machine. */
export const SLICE = 500;

type Path = Array<string | number>;

/** Posted before a sliced reply: the next SLICE (or fewer) items of one of its arrays. */
export interface ReplySlice {
  id: number;
  slice: unknown[];
}

/** Where each sliced array goes in the reply's result, and in how many slices it came (in posting order). */
export interface SlicedPaths {
  sliced?: Array<{ path: Path; count: number }>;
}

/**
 * Post `reply` from a worker, its long arrays first in slices. The answer itself is not changed (the worker
 * keeps analyses and plans): what is posted is a copy of the parts on the way to a long array.
 */
export function postSliced(
  reply: EngineReply,
  post: (message: unknown, transfer?: Transferable[]) => void,
  transfer: Transferable[] = []
): void {
  if (!reply.ok || !reply.result || typeof reply.result !== "object") return post(reply, transfer);
  const sliced: Array<{ path: Path; count: number }> = [];
  const cut = (value: unknown, path: Path): unknown => {
    if (Array.isArray(value)) {
      if (value.length > SLICE) {
        let count = 0;
        for (let i = 0; i < value.length; i += SLICE, count++)
          post({ id: reply.id, slice: value.slice(i, i + SLICE) } satisfies ReplySlice);
        sliced.push({ path, count });
        return [];
      }
      let copy: unknown[] | null = null;
      value.forEach((item, i) => {
        const c = cut(item, [...path, i]);
        if (c !== item) (copy ??= value.slice())[i] = c;
      });
      return copy ?? value;
    }
    if (!value || typeof value !== "object" || ArrayBuffer.isView(value)) return value;
    let copy: Record<string, unknown> | null = null;
    for (const [k, v] of Object.entries(value)) {
      const c = cut(v, [...path, k]);
      if (c !== v) (copy ??= { ...(value as Record<string, unknown>) })[k] = c;
    }
    return copy ?? value;
  };
  const result = cut(reply.result, []);
  post({ ...reply, result, sliced } satisfies EngineReply & SlicedPaths, transfer);
}

/** On the page: put the slices (in arrival order) back where the reply says they go. */
export function joinSlices(
  result: unknown,
  sliced: SlicedPaths["sliced"],
  slices: unknown[][]
): void {
  let next = 0;
  for (const { path, count } of sliced ?? []) {
    const items = ([] as unknown[]).concat(...slices.slice(next, next + count));
    next += count;
    let at = result as Record<string | number, unknown>;
    for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
    at[path[path.length - 1]] = items;
  }
}
