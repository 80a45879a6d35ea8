// A worker's big answer crosses in slices and is put back together exactly, without touching what the worker
// keeps; small answers go as one message.
import { joinSlices, postSliced, SLICE, type ReplySlice } from "../../src/taskpane/sliced-reply";

type Posted = { message: unknown; transfer?: Transferable[] };

function send(result: unknown): Posted[] {
  const posted: Posted[] = [];
  // structuredClone: what crosses to the page is a copy, as with a real worker.
  postSliced({ id: 7, ok: true, result, key: 3 }, (message, transfer) =>
    posted.push({ message: structuredClone(message), transfer })
  );
  return posted;
}

function receive(posted: Posted[]): unknown {
  const slices = posted
    .map((p) => p.message as ReplySlice)
    .filter((m) => "slice" in m)
    .map((m) => m.slice);
  const reply = posted[posted.length - 1].message as {
    result: unknown;
    sliced?: Array<{ path: Array<string | number>; count: number }>;
  };
  joinSlices(reply.result, reply.sliced, slices);
  return reply.result;
}

describe("sliced worker replies", () => {
  it("sends long arrays, nested too, in slices and joins them back to the same answer", () => {
    const rows = Array.from({ length: 2 * SLICE + 5 }, (_, i) => [i, `r${i}`, null]);
    const cells = Array.from({ length: SLICE * 3 }, (_, i) => ({ cell: `A${i + 1}`, value: i }));
    const answer = {
      report: { indicators: cells, file: "x.xlsx" },
      view: { sheets: [{ name: "IKU", values: rows, merges: ["A1:A2"] }] },
      bytes: new Uint8Array([1, 2, 3]),
    };
    const kept = structuredClone(answer);
    const posted = send(answer);
    const biggest = Math.max(
      ...posted.slice(0, -1).map((p) => (p.message as ReplySlice).slice.length)
    );
    expect(posted.length).toBe(3 + 3 + 1);
    expect(biggest).toBe(SLICE);
    expect(receive(posted)).toEqual(kept);
    // The worker's own answer is untouched (it keeps analyses and plans for later requests).
    expect(answer).toEqual(kept);
  });

  it("sends a short answer as one message", () => {
    const posted = send({ cells: [1, 2, 3] });
    expect(posted).toHaveLength(1);
    expect(receive(posted)).toEqual({ cells: [1, 2, 3] });
  });
});
