// Reading a WorkbookSnapshot through Office.js (the fake): two syncs for a small workbook, more for a large one so
// that every response stays under Excel on the web's 5 MB limit.
import * as fs from "fs";
import * as path from "path";
import { loadWorkbook, snapshotFromWorkbook } from "../../src/adapters/exceljs";
import {
  readWorkbook,
  readWorkbookSnapshot,
  sheetFromUsedRange,
  toFormula,
} from "../../src/adapters/office/read-snapshot";
import {
  DEFAULT_MAX_RESPONSE_BYTES,
  firstWindow,
  planRowBlocks,
  splitBlocks,
} from "../../src/adapters/office/read-blocks";
import {
  detectCapabilities,
  type OfficeCapabilities,
} from "../../src/adapters/office/capabilities";
import { META_SHEET, type WorkbookSnapshot } from "../../src/core/types";
import { createFakeExcel, type FakeExcel, type FakeWorkbookSeed } from "../fakes/fake-excel";
import { fakeWith, runOn } from "./helpers";

describe("readWorkbookSnapshot", () => {
  test("reads every sheet in 3 syncs (the third: names, rules, validations): values, formulas, number formats, errors, hidden sheets, A1 origin", async () => {
    const { fake, office } = fakeWith("1.18");
    try {
      const snap = await runOn(fake, (ctx) => readWorkbookSnapshot(ctx));
      expect(fake.syncCount).toBe(3);
      const [iku, lampiran] = snap.sheets;
      expect(iku.name).toBe("IKU 2024");
      expect(iku.hidden).toBeUndefined();
      expect(iku.values[0][0]).toBe("Capaian Kinerja 2024");
      expect(iku.values[3]).toEqual([1, "Indeks kepuasan", 80, 84]);
      expect(iku.values[6]).toEqual([null, "Rata-rata", null, { error: "#DIV/0!" }]);
      expect(iku.formulas?.[6][3]).toBe("=AVERAGE(D4:D6)/0");
      expect(iku.formulas?.[3][2]).toBeNull();
      expect(iku.numberFormats?.[4][2]).toBe("0%");
      expect(iku.numberFormats?.[3][2]).toBe("General");
      expect(iku.annotated?.sort()).toEqual(["B4", "B5"]);
      // Used range B2:B2 on the hidden sheet lands at values[1][1].
      expect(lampiran).toMatchObject({ name: "Lampiran", hidden: true });
      expect(lampiran.values).toEqual([[], [null, "rahasia"]]);
    } finally {
      office.uninstall();
    }
  });

  test("annotated follows the host: comments only on 1.10, nothing on 1.7", async () => {
    for (const [version, expected] of [
      ["1.10", ["B5"]],
      ["1.7", undefined],
    ] as const) {
      const { fake, office } = fakeWith(version);
      try {
        const snap = await runOn(fake, (ctx) => readWorkbookSnapshot(ctx));
        expect(snap.sheets[0].annotated).toEqual(expected);
        expect(fake.syncCount).toBe(3);
      } finally {
        office.uninstall();
      }
    }
  });

  test("includes the very hidden meta sheet and reads text that looks like a formula as text", async () => {
    const fake = createFakeExcel({
      sheets: [
        { name: "S", values: [["x"]] },
        { name: META_SHEET, visibility: "VeryHidden", values: [["marker"]] },
        { name: "Empty" },
      ],
    });
    await runOn(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("B1:C1").values = [["'=1+1", "=1+1"]];
      await ctx.sync();
    });
    const { snapshot, annotations } = await runOn(fake, (ctx) =>
      readWorkbook(ctx, detectCapabilities(undefined))
    );
    expect(snapshot.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ["S", false],
      [META_SHEET, true],
      ["Empty", false],
    ]);
    expect(snapshot.sheets[0].values[0]).toEqual(["x", "=1+1", null]);
    expect(snapshot.sheets[0].formulas?.[0]).toEqual([null, null, "=1+1"]);
    expect(snapshot.sheets[2].values).toEqual([]);
    expect(annotations).toEqual([]);
  });

  test("readWorkbook returns comment ids and note texts for the apply step", async () => {
    const { fake, office, caps } = fakeWith("1.18");
    try {
      const { annotations } = await runOn(fake, (ctx) => readWorkbook(ctx, caps));
      expect(annotations).toEqual(
        expect.arrayContaining([
          {
            sheet: "IKU 2024",
            cell: "B4",
            kind: "note",
            content: "Catatan pengguna",
            id: undefined,
          },
          expect.objectContaining({
            sheet: "IKU 2024",
            cell: "B5",
            kind: "comment",
            content: "Komentar pengguna",
            id: expect.any(String),
          }),
        ])
      );
    } finally {
      office.uninstall();
    }
  });

  test("toFormula: a formula, not a literal that merely starts with =", () => {
    expect(toFormula("=A1", 3, "Double")).toBe("=A1");
    expect(toFormula("=x", "=x", "String")).toBeNull();
    expect(toFormula('="=x"', "=x", "String")).toBe('="=x"');
    expect(toFormula(5, 5, "Double")).toBeNull();
  });

  test("a failing read rejects with an OfficeApplyError carrying the Office code", async () => {
    const { fake, office } = fakeWith("1.18");
    try {
      fake.failNextSync("AccessDenied", 1);
      await expect(runOn(fake, (ctx) => readWorkbookSnapshot(ctx))).rejects.toMatchObject({
        name: "OfficeApplyError",
        code: "AccessDenied",
        step: "read",
      });
    } finally {
      office.uninstall();
    }
  });
});

// ---------------------------------------------------------------- large workbooks: responses under 5 MB

const LIMIT_5MB = 5 * 1024 * 1024;
const SAMPLE = path.join(__dirname, "..", "..", "assets", "samples", "lkj-bp3mi-jakarta-2025.xlsx");
const ALL_CAPS: OfficeCapabilities = {
  floor: true,
  notes: true,
  comments: true,
  charts: true,
  suspendCalc: true,
  selection: true,
};

/** The read before chunking: every sheet's whole used range in one request (the reference to compare with). */
function unchunkedRead(fake: FakeExcel): Promise<WorkbookSnapshot> {
  return runOn(fake, async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    await ctx.sync();
    const used = sheets.items.map((ws) => {
      const r = ws.getUsedRangeOrNullObject(true);
      r.load("rowIndex,columnIndex,values,formulas,numberFormat,valueTypes");
      return r;
    });
    await ctx.sync();
    return {
      sheets: sheets.items.map((ws, i) =>
        sheetFromUsedRange(
          ws.name,
          used[i].isNullObject ? null : used[i],
          ws.visibility !== "Visible"
        )
      ),
    };
  });
}

/**
 * A table of `rows` data rows under a header, `cols` wide, starting at B3 (so the used range is not at A1): numbers,
 * texts, gaps, formulas with cached values, an error now and then, percent formats. Plus a small, a hidden and an
 * empty sheet, and a note and a comment on the big one.
 */
function largeSeed(rows: number, cols: number, text = (r: number) => `Indikator kinerja ${r}`) {
  const values: unknown[][] = [[], []];
  const formulas: Array<Array<string | null>> = [[], []];
  const numberFormats: Array<Array<string | null>> = [[], []];
  values.push([null, ...Array.from({ length: cols }, (_v, c) => `Kolom ${c + 1}`)]);
  formulas.push([]);
  numberFormats.push([]);
  for (let r = 0; r < rows; r++) {
    const row: unknown[] = [null];
    const frow: Array<string | null> = [null];
    const nrow: Array<string | null> = [null];
    for (let c = 0; c < cols; c++) {
      const kind = c % 6;
      let v: unknown = Math.round(((r * 7 + c * 13) % 1000) * 1.37 * 100) / 100;
      let f: string | null = null;
      let nf: string | null = null;
      if (kind === 0) v = r + 1;
      else if (kind === 1) v = text(r);
      else if (kind === 2) v = r % 3 === 0 ? `Sasaran ${Math.floor(r / 3)}` : null;
      else if (kind === 4) {
        f = `=D${r + 4}/E${r + 4}`;
        v = r % 97 === 0 ? { error: "#DIV/0!" } : (r % 50) / 49;
        nf = "0.00%";
      }
      row.push(v);
      frow.push(f);
      nrow.push(nf);
    }
    values.push(row);
    formulas.push(frow);
    numberFormats.push(nrow);
  }
  const seed: FakeWorkbookSeed = {
    sheets: [
      {
        name: "IKU Besar",
        values,
        formulas,
        numberFormats,
        notes: { C5: "Catatan pengguna" },
        comments: { [`D${rows}`]: "Komentar pengguna" },
      },
      {
        name: "Anggaran",
        values: [
          ["Kegiatan", "Pagu"],
          ["A", 100],
        ],
      },
      { name: "Lampiran", hidden: true, values: [[null], [null, "rahasia"]] },
      { name: "Kosong" },
    ],
  };
  return seed;
}

/**
 * Read with all capabilities; the annotations and what the ownership read adds (names, notes, rules,
 * validations, formats: one more sync, tested in read-extras.test.ts) are checked apart.
 */
async function chunkedRead(fake: FakeExcel): Promise<WorkbookSnapshot> {
  const { snapshot } = await runOn(fake, (ctx) => readWorkbook(ctx, ALL_CAPS));
  delete snapshot.names;
  for (const s of snapshot.sheets) {
    delete s.notes;
    delete s.conditionalFormats;
    delete s.validations;
    delete s.formats;
  }
  return snapshot;
}

describe("readWorkbook keeps every response under 5 MB", () => {
  test("the sample workbook (5 sheets) is still read in 3 syncs", async () => {
    const sample = snapshotFromWorkbook(await loadWorkbook(fs.readFileSync(SAMPLE)), "s.xlsx");
    const seed: FakeWorkbookSeed = {
      sheets: sample.sheets.map((sh) => ({
        name: sh.name,
        values: sh.values,
        formulas: sh.formulas?.map((row) =>
          row?.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null))
        ),
        numberFormats: sh.numberFormats,
        hidden: sh.hidden,
      })),
    };
    const fake = createFakeExcel(seed, { maxResponseBytes: LIMIT_5MB });
    const snapshot = await chunkedRead(fake);
    expect(fake.syncCount).toBe(3);
    expect(snapshot).toEqual(await unchunkedRead(createFakeExcel(seed)));
  });

  test("20,000 rows × 12 columns: every response ≤ 5 MB, same snapshot, 3 syncs + one per extra chunk", async () => {
    const ROWS = 20_000;
    const COLS = 12;
    const seed = largeSeed(ROWS, COLS);
    const reference = createFakeExcel(seed);
    const expected = await unchunkedRead(reference);
    // The read before chunking: one response far over the limit.
    expect(Math.max(...reference.requestLog.map((e) => e.responseBytes))).toBeGreaterThan(
      LIMIT_5MB
    );

    const fake = createFakeExcel(seed, { maxResponseBytes: LIMIT_5MB });
    const snapshot = await chunkedRead(fake);
    const responses = fake.requestLog.map((e) => e.responseBytes);
    console.info(
      `read 20,000×12: ${fake.syncCount} syncs, response bytes per sync: ${responses.join(", ")}`
    );
    expect(fake.requestLog.every((e) => e.ok)).toBe(true);
    expect(Math.max(...responses)).toBeLessThanOrEqual(LIMIT_5MB);
    expect(Math.max(...responses)).toBeLessThanOrEqual(DEFAULT_MAX_RESPONSE_BYTES);

    const big = snapshot.sheets[0];
    expect(big.annotated?.sort()).toEqual(["C5", `D${ROWS}`]);
    delete big.annotated;
    expect(snapshot).toEqual(expected);
    expect(big.values).toHaveLength(ROWS + 3);
    expect(big.values[ROWS + 2][1]).toBe(ROWS);
    expect(big.values[3 + 97][5]).toEqual({ error: "#DIV/0!" });
    expect(big.formulas?.[4][5]).toBe("=D5/E5");

    // Sync 2 brings the sizes and the first rows of every sheet; the rest comes in row blocks, one sync each.
    const window = firstWindow(4, 2);
    const extra = planRowBlocks([
      { sheet: 0, rows: ROWS + 1, columns: COLS, from: window.rows - 2 },
    ]);
    expect(extra.length).toBeGreaterThan(1);
    expect(fake.syncCount).toBe(3 + extra.length);
  }, 60_000);

  test("long texts beyond the estimate: a refused sync is read again in halves, same snapshot", async () => {
    // 1,000 rows with a 12,000-character text each: even the first rows (sync 2) are refused.
    const long = (r: number) => `${r} `.padEnd(12_000, "panjang ");
    const seed = largeSeed(1_000, 6, long);
    const expected = await unchunkedRead(createFakeExcel(seed));
    const fake = createFakeExcel(seed, { maxResponseBytes: LIMIT_5MB });
    const snapshot = await chunkedRead(fake);
    const refused = fake.requestLog.filter((e) => !e.ok);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((e) => e.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(fake.requestLog[1]).toMatchObject({ sync: 2, ok: false }); // then the sizes alone
    expect(
      Math.max(...fake.requestLog.filter((e) => e.ok).map((e) => e.responseBytes))
    ).toBeLessThanOrEqual(LIMIT_5MB);
    expect(snapshot.sheets[0].annotated?.sort()).toEqual(["C5", "D1000"]);
    delete snapshot.sheets[0].annotated;
    expect(snapshot).toEqual(expected);
  }, 60_000);

  test("another failure during the row blocks rejects with the Office code", async () => {
    const fake = createFakeExcel(largeSeed(8_000, 12));
    fake.failNextSync("AccessDenied", 2); // the first row-block sync
    await expect(runOn(fake, (ctx) => readWorkbook(ctx, ALL_CAPS))).rejects.toMatchObject({
      name: "OfficeApplyError",
      code: "AccessDenied",
      step: "read",
    });
    expect(fake.syncCount).toBe(3);
  });

  test("row blocks: packed in order under the budget, split in halves when refused", () => {
    expect(
      planRowBlocks(
        [
          { sheet: 0, rows: 10, columns: 2, from: 4 },
          { sheet: 1, rows: 0, columns: 0, from: 0 },
          { sheet: 2, rows: 5, columns: 1, from: 0 },
        ],
        6 * 64
      )
    ).toEqual([
      [{ sheet: 0, start: 4, count: 3 }],
      [{ sheet: 0, start: 7, count: 3 }],
      [{ sheet: 2, start: 0, count: 5 }],
    ]);
    // A row wider than the budget still goes, alone.
    expect(planRowBlocks([{ sheet: 0, rows: 2, columns: 100, from: 0 }], 64)).toEqual([
      [{ sheet: 0, start: 0, count: 1 }],
      [{ sheet: 0, start: 1, count: 1 }],
    ]);
    expect(
      splitBlocks([
        { sheet: 0, start: 0, count: 3 },
        { sheet: 1, start: 0, count: 3 },
      ])
    ).toEqual([[{ sheet: 0, start: 0, count: 3 }], [{ sheet: 1, start: 0, count: 3 }]]);
    expect(splitBlocks([{ sheet: 0, start: 4, count: 5 }])).toEqual([
      [{ sheet: 0, start: 4, count: 3 }],
      [{ sheet: 0, start: 7, count: 2 }],
    ]);
    expect(splitBlocks([{ sheet: 0, start: 4, count: 1 }])).toBeNull();
    // All first windows together stay within the budget at the estimate.
    const w = firstWindow(5, 10);
    expect(5 * w.rows * w.columns * 64).toBeLessThanOrEqual(DEFAULT_MAX_RESPONSE_BYTES);
  });
});
