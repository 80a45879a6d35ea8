// Issue 12, "Done when" (first bullet): each case a hostile but ordinary user produces between runs, followed by
// a re-run and by "Hapus hasil", through the file path of the CLI and the workbench (the package writer; the user's
// edits saved by a simulated Excel) and the Office.js path (the fake Excel, which moves defined names as Excel does). Every user cell, format, note, rule, validation and
// sheet is compared before and after. On the code before WritePlan v2 these fail: its record held absolute
// ranges (an inserted column's cells were cleared, a moved block was never found again), it cleared a cell the
// user typed over, reset formats, deleted every rule mentioning "CapaianIKU" and took over a sheet named
// CapaianIKU_meta.
import { a1, parseA1 } from "../../src/core";
import { readOwnership } from "../../src/core/ownership";
import { META_SHEET, RECORD_NAME, type WritePlan } from "../../src/core/types";
import { fileHost, IKU, officeHost, remove, run, type TestHost } from "./hosts";

jest.setTimeout(60_000);

type Content = Record<string, string>;
type KeyMap = (key: string) => string | null;

const same: KeyMap = (k) => k;

/** Keys after Excel's insert/delete of lines on `sheet` (a key on a deleted line is gone). */
function shifted(sheet: string, axis: "row" | "col", at: number, count: number): KeyMap {
  return (key) => {
    const m = /^(.*?)(!|#note!|#validation!)([A-Z]+\d+)$/.exec(key);
    if (!m || m[1] !== sheet) return key;
    const { row, col } = parseA1(m[3]);
    let r = row;
    let c = col;
    const v = axis === "row" ? r : c;
    let next = v;
    if (count > 0) next = v >= at ? v + count : v;
    else if (v >= at && v < at - count) return null;
    else next = v >= at - count ? v + count : v;
    if (axis === "row") r = next;
    else c = next;
    return `${m[1]}${m[2]}${a1(r, c)}`;
  };
}

function renamed(from: string, to: string): KeyMap {
  return (key) => {
    if (key === `#sheet!${from}`) return `#sheet!${to}`;
    return key.startsWith(`${from}!`) || key.startsWith(`${from}#`)
      ? to + key.slice(from.length)
      : key;
  };
}

function mapKeys(c: Content, f: KeyMap): Content {
  const out: Content = {};
  for (const [k, v] of Object.entries(c)) {
    const k2 = f(k);
    if (k2 !== null) out[k2] = v;
  }
  return out;
}

interface Case {
  name: string;
  /** The user's doing before the first run (formats, rules, sheets of their own). */
  before?(h: TestHost): Promise<void>;
  /** The user's doing between the first run and the next; returns where keys moved. */
  between?(h: TestHost): Promise<KeyMap>;
  /** Extra checks on the re-run's plan. */
  rerun?(plan: WritePlan, h: TestHost): Promise<void>;
}

const CASES: Case[] = [
  {
    name: "insert a column between the table and the computed block, fill it",
    between: async (h) => {
      await h.insertColumns(IKU, 11);
      await h.setValue(IKU, "L4", "Keterangan pengguna");
      for (let r = 6; r <= 19; r++) await h.setValue(IKU, `L${r}`, `catatan ${r}`);
      return shifted(IKU, "col", 11, 1);
    },
  },
  {
    name: "insert a row inside the table, fill it",
    between: async (h) => {
      await h.insertRows(IKU, 9);
      await h.setValue(IKU, "C10", "Indikator tambahan pengguna");
      await h.setValue(IKU, "E10", 100);
      await h.setValue(IKU, "J10", 90);
      return shifted(IKU, "row", 9, 1);
    },
    rerun: async (plan) => {
      // One block, where the table is now (no stale second block).
      expect(plan.ownership?.blocks.filter((b) => b.sheet === IKU)).toHaveLength(1);
    },
  },
  {
    name: "delete a row inside the table",
    between: async (h) => {
      await h.deleteRows(IKU, 9);
      return shifted(IKU, "row", 9, -1);
    },
  },
  {
    name: "rename the sheet",
    between: async (h) => {
      await h.renameSheet(IKU, "IKU 2025 final");
      return renamed(IKU, "IKU 2025 final");
    },
    rerun: async (plan) => {
      expect(plan.ownership?.blocks.map((b) => b.sheet)).toEqual(["IKU 2025 final"]);
      expect(plan.remove.ranges.every((r) => r.sheet === "IKU 2025 final")).toBe(true);
    },
  },
  {
    name: "type a value over a computed cell",
    between: async (h) => {
      await h.setValue(IKU, "M8", 0.95);
      return same;
    },
    rerun: async (plan) => {
      expect(plan.kept).toContainEqual({ sheet: IKU, cell: "M8", reason: "edited" });
      expect(plan.cells.some((c) => c.sheet === IKU && c.cell === "M8")).toBe(false);
    },
  },
  {
    name: "format the empty cells where the block lands",
    before: async (h) => {
      for (const addr of ["L6", "L7", "M7", "O19"]) await h.setFill(IKU, addr, "#FFCC00");
    },
    rerun: async (plan) => {
      // The block still lands there (formatting only is not occupied), with the user's formats recorded.
      const b = plan.ownership?.blocks[0];
      expect(b?.range).toBe("L4:O19");
      // O19 is no longer written: row 19's "12.103 orang" is now read by a formula, so no "read from text" note
      // lands there; a cell the plan does not write needs no prior (the comparison after remove checks its fill).
      expect(Object.keys(b?.prior ?? {}).sort()).toEqual(["2,0", "3,0", "3,1"]);
    },
  },
  {
    name: "keep a conditional format whose formula mentions CapaianIKU",
    before: async (h) => {
      await h.addRule(IKU, { range: "E6:E19", formula: '=ISNUMBER(SEARCH("CapaianIKU",$C6))' });
    },
  },
  {
    name: "keep a sheet named CapaianIKU_meta",
    before: async (h) => {
      await h.addSheet(META_SHEET, [
        ["data pengguna", 1],
        ["baris dua", 2],
      ]);
    },
    rerun: async (plan) => {
      expect(plan.recordSheet).toBe(`${META_SHEET}2`);
      expect(plan.names).toContainEqual({
        name: RECORD_NAME,
        sheet: `${META_SHEET}2`,
        range: "A1",
      });
    },
  },
  {
    name: "keep the user's validation and note where the block would land",
    before: async (h) => {
      await h.addValidation(IKU, "L6:L19");
      await h.addNote(IKU, "M7", "catatan pengguna");
    },
    rerun: async (plan) => {
      expect(plan.ownership?.blocks[0].range).toBe("N4:Q19");
    },
  },
];

/** What a run added or changed, against what was there before. */
function diff(before: Content, after: Content): Content {
  const out: Content = {};
  for (const [k, v] of Object.entries(after)) if (before[k] !== v) out[k] = v;
  return out;
}

/**
 * The user's content after their edit: everything except what is still exactly the first run's output; where
 * that output covered the user's own formatting, the formatting as it was (removal must bring it back).
 */
function userContent(orig: Content, ours: Content, now: Content, moved: KeyMap) {
  const oursNow = mapKeys(ours, moved);
  const origNow = mapKeys(orig, moved);
  const strict: Content = {};
  const restore: Content = {};
  for (const [k, v] of Object.entries(now)) {
    if (oursNow[k] === v) {
      if (origNow[k] !== undefined) restore[k] = origNow[k];
    } else strict[k] = v;
  }
  return { strict, restore };
}

function expectKept(expected: Content, actual: Content, what: string): void {
  const lost = Object.entries(expected)
    .filter(([k, v]) => actual[k] !== v)
    .map(([k, v]) => `${k}: ${v} → ${actual[k] ?? "(gone)"}`);
  expect({ what, lost }).toEqual({ what, lost: [] });
}

const PATHS: Array<[string, () => Promise<TestHost>]> = [
  ["package writer (CLI, workbench)", () => fileHost()],
  ["Office.js", async () => officeHost()],
];
for (const [label, make] of PATHS) {
  describe(`${label} path`, () => {
    for (const c of CASES) {
      for (const then of ["re-run, then remove", "remove"] as const) {
        test(`${c.name}; ${then}`, async () => {
          const h = await make();
          await c.before?.(h);
          const orig = await h.content();
          await run(h);
          const ours = diff(orig, await h.content());
          const moved = c.between ? await c.between(h) : same;
          const { strict, restore } = userContent(orig, ours, await h.content(), moved);

          if (then === "re-run, then remove") {
            const plan = await run(h, "2025-04-01T08:00:00.000Z");
            await c.rerun?.(plan, h);
            expectKept(strict, await h.content(), "after the re-run");
            const snap = await h.read();
            expect(readOwnership(snap)?.version).toBe(2);
          }
          const removal = await remove(h);
          expect(removal.ownership).toBeNull();
          const after = await h.content();
          const expected = { ...strict, ...restore };
          expectKept(expected, after, "after removal");
          // …and nothing of ours is left behind.
          const left = Object.keys(after).filter((k) => !(k in expected));
          expect(left).toEqual([]);
        });
      }
    }
  });
}
