// JSON.stringify(value, null, 2) in pieces: the report of 200,000 indicators is a 200 MB string, which would more
// than double the process's peak memory if built at once. The pieces concatenate to exactly the same text.

const INDENT = "  ";
/** Arrays longer than this are written element by element; shorter values in one JSON.stringify. */
const LONG = 64;

function isLong(v: unknown): boolean {
  return Array.isArray(v) && v.length > LONG;
}

/** Worth splitting: a long array, or an object or array holding one (one level down). */
function worthSplitting(v: unknown): boolean {
  if (v === null || typeof v !== "object" || "toJSON" in v) return false;
  if (isLong(v)) return true;
  const children = Array.isArray(v) ? v : Object.values(v);
  return children.some(
    (c) => isLong(c) || (c !== null && typeof c === "object" && Object.values(c).some(isLong))
  );
}

function plain(v: unknown, indent: string): string {
  const s = JSON.stringify(v, null, 2);
  return indent ? s.replace(/\n/g, "\n" + indent) : s;
}

/** The same text as JSON.stringify(value, null, 2), yielded in pieces. */
export function* jsonPieces(value: unknown, indent = ""): Generator<string> {
  if (!worthSplitting(value)) {
    yield plain(value, indent) ?? "null";
    return;
  }
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    yield "[";
    for (let i = 0; i < value.length; i++) {
      yield (i ? "," : "") + "\n" + inner;
      const v = value[i];
      // Inside arrays, JSON.stringify writes undefined and functions as null.
      if (v === undefined || typeof v === "function" || typeof v === "symbol") yield "null";
      else yield* jsonPieces(v, inner);
    }
    yield "\n" + indent + "]";
    return;
  }
  const entries = Object.entries(value as object).filter(
    ([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol"
  );
  yield "{";
  let first = true;
  for (const [k, v] of entries) {
    yield (first ? "" : ",") + "\n" + inner + JSON.stringify(k) + ": ";
    first = false;
    yield* jsonPieces(v, inner);
  }
  yield "\n" + indent + "}";
}

/** Groups small pieces into chunks of about `size` characters, for fewer writes. */
export function* chunked(pieces: Iterable<string>, size = 1 << 16): Generator<string> {
  let buf: string[] = [];
  let n = 0;
  for (const p of pieces) {
    buf.push(p);
    n += p.length;
    if (n >= size) {
      yield buf.join("");
      buf = [];
      n = 0;
    }
  }
  if (n > 0) yield buf.join("");
}
