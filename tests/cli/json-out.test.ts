// The report is written in pieces (a 200,000-indicator report is a 200 MB string); the text must be exactly
// JSON.stringify(report, null, 2).
import fc from "fast-check";
import { chunked, jsonPieces } from "../../src/cli/json-out";

const same = (v: unknown) =>
  expect([...chunked(jsonPieces(v), 7)].join("")).toBe(JSON.stringify(v, null, 2));

const long = <T>(n: number, f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));

test("hand-picked values", () => {
  same({ a: 1, b: [1, { c: "x\ny", d: [] }, null], e: {}, f: undefined, g: "é" });
  same([]);
  same({
    schemaVersion: 1,
    reports: [{ indicators: long(100, (i) => ({ a: [i, 2], b: { c: null } })) }],
  });
  same({ indicators: long(200, (i) => ({ n: i, u: undefined })), x: long(70, () => undefined) });
  same([undefined, () => 1, 3]);
  same({ d: new Date(0) });
});

test("any JSON value, with long arrays anywhere", () => {
  const arb = fc.jsonValue().map((v) => ({ v, list: long(65, (i) => (i % 3 ? v : { v, i })) }));
  fc.assert(
    fc.property(arb, fc.boolean(), ({ v, list }, wrap) => {
      same(v);
      same(wrap ? { reports: [{ list }] } : list);
    }),
    { numRuns: 200 }
  );
});
