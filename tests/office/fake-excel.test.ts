// The fake must behave like Office.js where the adapter depends on it, or the adapter tests prove nothing.
import { createFakeExcel, dumpCellAt, PAYLOAD_LIMIT_BYTES } from "../fakes/fake-excel";
import { rejection, runOn } from "./helpers";

const seed = () => ({
  sheets: [
    {
      name: "Data",
      values: [
        [1, "a"],
        [2, "b"],
      ],
    },
    { name: "Other", values: [["x"]] },
  ],
});

describe("fake Excel: batching like Office.js", () => {
  test("reading a property before load + sync throws RichApi.Error PropertyNotLoaded", async () => {
    const fake = createFakeExcel(seed());
    await runOn(fake, async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Data").getRange("A1:B2");
      let err: any;
      try {
        void range.values;
      } catch (e) {
        err = e;
      }
      expect(err).toMatchObject({ name: "RichApi.Error", code: "PropertyNotLoaded" });
      range.load("values");
      expect(() => range.values).toThrow(/not available/); // loaded but not synced yet
      await ctx.sync();
      expect(range.values).toEqual([
        [1, "a"],
        [2, "b"],
      ]);
      expect(() => range.formulas).toThrow(/formulas/); // only what was loaded
    });
  });

  test("writes are queued: invisible in the workbook until sync", async () => {
    const fake = createFakeExcel(seed());
    const before = fake.dump();
    await runOn(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("C1").values = [[42]];
      ctx.workbook.worksheets.add("New");
      expect(fake.dump()).toEqual(before);
      await ctx.sync();
    });
    expect(dumpCellAt(fake.dump(), "Data", "C1")?.value).toBe(42);
    expect(fake.dump().sheets.map((s) => s.name)).toEqual(["Data", "Other", "New"]);
  });

  test("getItem of a missing sheet fails at sync with ItemNotFound; *OrNullObject gives isNullObject", async () => {
    const fake = createFakeExcel(seed());
    await runOn(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem("Nope"); // never used: nothing is sent, no error
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Nope").load("name");
      expect(await rejection(ctx.sync())).toMatchObject({ code: "ItemNotFound" });
      const maybe = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      maybe.load("name");
      expect(() => maybe.isNullObject).toThrow(/isNullObject/);
      await ctx.sync();
      expect(maybe.isNullObject).toBe(true);
      maybe.delete(); // operations on a null object are ignored, as in Excel
      maybe.getRange("A1").values = [[1]];
      await ctx.sync();
    });
    expect(fake.dump().sheets).toHaveLength(2);
  });

  test("a request over 5 MB is refused with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const fake = createFakeExcel(seed());
    const before = fake.dump();
    const rows = Array.from({ length: 60_000 }, (_v, i) => [`row ${i} ${"x".repeat(80)}`]);
    await runOn(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("Z1").values = [["small"]];
      ctx.workbook.worksheets.getItem("Data").getRange(`A1:A${rows.length}`).values = rows;
      expect(await rejection(ctx.sync())).toMatchObject({
        code: "RequestPayloadSizeLimitExceeded",
      });
    });
    expect(fake.dump()).toEqual(before);
    const entry = fake.requestLog[fake.requestLog.length - 1];
    expect(entry.bytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(entry.ok).toBe(false);
  });

  test("counts syncs and logs the JSON size of each request", async () => {
    const fake = createFakeExcel(seed());
    await runOn(fake, async (ctx) => {
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Data").getRange("A1:A2").values = [
        ["x".repeat(1000)],
        ["y"],
      ];
      await ctx.sync();
    });
    expect(fake.syncCount).toBe(2);
    expect(fake.requestLog.map((e) => e.actions)).toEqual([0, 1]);
    expect(fake.requestLog[1].bytes).toBeGreaterThan(1000);
    expect(fake.requestLog[1].bytes).toBeLessThan(2000);
  });

  test("failNextSync: the chosen sync fails with the code and none of its batch is applied", async () => {
    const fake = createFakeExcel(seed());
    fake.failNextSync("InvalidOperation", 1); // the second sync
    await runOn(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("C1").values = [["first"]];
      await ctx.sync();
      ws.getRange("C2").values = [["second"]];
      ws.getRange("C3").values = [["third"]];
      expect(await rejection(ctx.sync())).toMatchObject({
        name: "RichApi.Error",
        code: "InvalidOperation",
      });
      ws.getRange("C4").values = [["fourth"]];
      await ctx.sync();
    });
    const d = fake.dump();
    expect(dumpCellAt(d, "Data", "C1")?.value).toBe("first");
    expect(dumpCellAt(d, "Data", "C2")).toBeNull();
    expect(dumpCellAt(d, "Data", "C3")).toBeNull();
    expect(dumpCellAt(d, "Data", "C4")?.value).toBe("fourth");
  });

  test("a protected sheet refuses writes with AccessDenied; earlier actions of the batch stay, like Excel", async () => {
    const fake = createFakeExcel(seed());
    fake.protectSheet("Other");
    await runOn(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("C1").values = [["ok"]];
      ctx.workbook.worksheets.getItem("Other").getRange("B1").format.fill.color = "#FF0000";
      ctx.workbook.worksheets.getItem("Data").getRange("C2").values = [["never"]];
      expect(await rejection(ctx.sync())).toMatchObject({ code: "AccessDenied" });
    });
    const d = fake.dump();
    expect(dumpCellAt(d, "Data", "C1")?.value).toBe("ok");
    expect(dumpCellAt(d, "Data", "C2")).toBeNull();
    expect(dumpCellAt(d, "Other", "B1")).toBeNull();
  });

  test("requirement sets: notes need 1.18, comments 1.10; older hosts answer ApiNotFound", async () => {
    const fake = createFakeExcel(seed(), { apiVersion: "1.10" });
    expect(fake.isSetSupported("ExcelApi", "1.10")).toBe(true);
    expect(fake.isSetSupported("ExcelApi", "1.18")).toBe(false);
    await runOn(fake, async (ctx) => {
      ctx.workbook.comments.add("Data!A1", "hello");
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Data").notes.add("A2", "note");
      expect(await rejection(ctx.sync())).toMatchObject({ code: "ApiNotFound" });
    });
    fake.setRequirementSets("1.7");
    await runOn(fake, async (ctx) => {
      ctx.workbook.comments.load("items/content");
      expect(await rejection(ctx.sync())).toMatchObject({ code: "ApiNotFound" });
    });
    expect(fake.dump().sheets[0].comments).toEqual({ A1: "hello" });
  });

  test("strings are parsed like typed input unless apostrophe-prefixed or the cell is Text (@)", async () => {
    const fake = createFakeExcel(seed());
    await runOn(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("D1").numberFormat = [["@"]];
      ws.getRange("A3:H3").values = [
        ["=1+1", "'=1+1", "007", "12%", "TRUE", "+x", "#N/A", "@sum(A1)"],
      ];
      ws.getRange("D1").values = [["=2+2"]];
      await ctx.sync();
      const r = ws.getRange("A3:H3");
      r.load("values,formulas,valueTypes");
      await ctx.sync();
      expect(r.formulas[0][0]).toBe("=1+1");
      expect(r.values[0][1]).toBe("=1+1"); // text, read without the apostrophe
      expect(r.valueTypes[0][1]).toBe("String");
      expect(r.values[0].slice(2, 5)).toEqual([7, 0.12, true]);
      expect(r.formulas[0][5]).toBe("=+x");
      expect(r.valueTypes[0][6]).toBe("Error");
      expect(r.formulas[0][7]).toBe("=sum(A1)");
    });
    const d = fake.dump();
    expect(dumpCellAt(d, "Data", "D1")).toMatchObject({
      value: "=2+2",
      formula: null,
      numberFormat: "@",
    });
    expect(dumpCellAt(d, "Data", "B3")).toMatchObject({ value: "=1+1", formula: null });
  });

  test("a 2-D array must match the range; null leaves a cell unchanged", async () => {
    const fake = createFakeExcel(seed());
    await runOn(fake, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("A1:B1").values = [[null, "B"]];
      await ctx.sync();
      ws.getRange("A1:B1").values = [[1, 2, 3]];
      expect(await rejection(ctx.sync())).toMatchObject({ code: "InvalidArgument" });
    });
    expect(fake.dump().sheets[0].grid[0].map((c) => c?.value)).toEqual([1, "B"]);
  });

  test("loading custom rules fails when another conditional format type is present; customOrNullObject does not", async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: "S",
          conditionalFormats: [
            { range: "A1:A3", type: "Custom", formula: "=A1>1", fill: "#FF0000" },
            { range: "B1:B3", type: "ColorScale" },
          ],
        },
      ],
    });
    await runOn(fake, async (ctx) => {
      const cfs = ctx.workbook.worksheets.getItem("S").getRange().conditionalFormats;
      cfs.load("items/custom/rule/formula");
      expect(await rejection(ctx.sync())).toMatchObject({ code: "InvalidOperation" });
      cfs.load("items/type,items/customOrNullObject/rule/formula");
      await ctx.sync();
      expect(cfs.items.map((c: any) => c.type)).toEqual(["Custom", "ColorScale"]);
      expect(cfs.items[0].customOrNullObject.rule.formula).toBe("=A1>1");
      expect(cfs.items[1].customOrNullObject.isNullObject).toBe(true);
    });
  });

  test("clear(Formats) keeps values and drops conditional formats wholly inside the range only", async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: "S",
          values: [[5]],
          styles: { A1: { fill: "#FF0000", bold: true } },
          conditionalFormats: [
            { range: "A1", formula: "=TRUE" },
            { range: "A1:C3", formula: "=FALSE" },
          ],
        },
      ],
    });
    await runOn(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:B2").clear("Formats");
      await ctx.sync();
    });
    const s = fake.dump().sheets[0];
    expect(s.grid[0][0]).toMatchObject({ value: 5, fill: null, bold: false });
    expect(s.conditionalFormats.map((c) => c.range)).toEqual(["A1:C3"]);
  });

  test("used range: values-only ignores formatted blanks; an empty sheet gives a null object", async () => {
    const fake = createFakeExcel({
      sheets: [
        { name: "S", values: [[], [null, null, 1]], styles: { E9: { fill: "#00FF00" } } },
        { name: "Empty" },
      ],
    });
    await runOn(fake, async (ctx) => {
      const used = ctx.workbook.worksheets.getItem("S").getUsedRangeOrNullObject(true);
      const all = ctx.workbook.worksheets.getItem("S").getUsedRange();
      const none = ctx.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true);
      used.load("address");
      all.load("address");
      none.load("address");
      await ctx.sync();
      expect(used.address).toBe("S!C2");
      expect(all.address).toBe("S!C2:E9");
      expect(none.isNullObject).toBe(true);
    });
  });

  test("selection events fire for handlers registered at sync, and stop after remove", async () => {
    const fake = createFakeExcel(seed());
    const seen: string[] = [];
    const reg = await runOn(fake, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Data").onSelectionChanged.add(async (args) => {
        seen.push(args.address);
      });
      await fake.userSelect("Data", "A1"); // not registered before the sync
      await ctx.sync();
      return r;
    });
    await fake.userSelect("Data", "B2");
    await fake.userSelect("Other", "A1");
    await fake.run(reg.context, async (ctx) => {
      reg.remove();
      await ctx.sync();
    });
    await fake.userSelect("Data", "C3");
    expect(seen).toEqual(["B2"]);
  });
});
