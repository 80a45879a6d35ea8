// Helpers for arrays as long as a sheet: `push(...xs)` and `Math.max(...xs)` pass every element as a call argument
// and overflow the stack from ~120,000 elements, so anything that may be row-sized goes through these loops.

/** Appends every item of `items` to `target` (in place) and returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const x of items) target.push(x);
  return target;
}

/** The largest of `start` and every number in `items`. */
export function maxOf(start: number, ...lists: Iterable<number>[]): number {
  let m = start;
  for (const xs of lists) for (const x of xs) if (x > m) m = x;
  return m;
}

/** The smallest of `start` and every number in `items`. */
export function minOf(start: number, ...lists: Iterable<number>[]): number {
  let m = start;
  for (const xs of lists) for (const x of xs) if (x < m) m = x;
  return m;
}
