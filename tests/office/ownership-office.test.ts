// Issue 9, findings 1 and 3, on the fake Excel: a very hidden sheet cannot be deleted (the record must be made
// hidden first), collection items whose id was not loaded are addressed by position (deletes must go by id), and a
// rule whose properties Excel cannot read must not fail the run.
import { readWorkbook } from "../../src/adapters/office/read-snapshot";
import { META_SHEET } from "../../src/core/types";
import { createFakeExcel } from "../fakes/fake-excel";
import { IKU, officeHost, remove, run } from "../ownership/hosts";
import { fakeWith, runOn } from "./helpers";

test("the fake refuses to delete a very hidden sheet, like Excel; removal still deletes the record", async () => {
  const fake = createFakeExcel({
    sheets: [{ name: "A", values: [[1]] }, { name: "Rahasia", visibility: "VeryHidden" }],
  });
  await expect(
    fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Rahasia").delete();
      await ctx.sync();
    })
  ).rejects.toMatchObject({ code: "InvalidOperation" });

  const h = officeHost();
  await run(h);
  expect(h.fake.workbookState.findSheet(META_SHEET)?.visibility).toBe("VeryHidden");
  await remove(h);
  expect(h.fake.workbookState.findSheet(META_SHEET)).toBeUndefined();
  expect(h.fake.dump().names).toEqual({});
});

test("items whose id was not loaded are addressed by position: two deletes in one batch hit the wrong rule", async () => {
  const { fake } = fakeWith("1.18", {
    sheets: [
      {
        name: "S",
        values: [[1, 2, 3]],
        conditionalFormats: [
          { range: "A1", formula: "=A1>0" },
          { range: "B1", formula: "=B1>0" },
          { range: "C1", formula: "=C1>0" },
        ],
      },
    ],
  });
  await runOn(fake, async (ctx) => {
    const cfs = ctx.workbook.worksheets.getItem("S").getRange().conditionalFormats;
    cfs.load("items/type"); // no id
    await ctx.sync();
    cfs.items[0].delete();
    cfs.items[1].delete(); // now index 1 is the third rule
    await ctx.sync();
  });
  expect(fake.dump().sheets[0].conditionalFormats.map((c) => c.formula)).toEqual(["=B1>0"]);
});

test("our rules are deleted by id: a user's rule between them stays", async () => {
  const h = officeHost();
  await run(h);
  const sheet = h.fake.workbookState.findSheet(IKU)!;
  const ours = sheet.cfs.filter((c) => c.formula?.startsWith('=ISTEXT("CapaianIKU:'));
  expect(ours.length).toBeGreaterThan(2);
  // A user's rule slipped in among ours (priority order as Excel keeps it).
  sheet.cfs.splice(1, 0, {
    id: "cf-user",
    type: "Custom",
    rect: { top: 5, left: 4, bottom: 18, right: 4 },
    formula: "=E6>0",
    fill: "#FFFF00",
    fontColor: null,
    bold: null,
    stopIfTrue: false,
  });
  await remove(h);
  expect(h.fake.dump().sheets[0].conditionalFormats.map((c) => c.formula)).toEqual(["=E6>0"]);
});

test("a rule whose properties Excel cannot read does not fail the read, the run or the removal", async () => {
  const h = officeHost();
  const sheet = h.fake.workbookState.findSheet(IKU)!;
  sheet.cfs.push({
    id: "cf-broken",
    type: "Custom",
    rect: { top: 5, left: 2, bottom: 18, right: 2 },
    formula: "=C6<>\"\"",
    fill: "#FFFF00",
    fontColor: null,
    bold: null,
    stopIfTrue: false,
    readFails: true,
  });
  const read = await h.fake.run((ctx) => readWorkbook(ctx as unknown as Excel.RequestContext));
  expect(read.snapshot.sheets[0].conditionalFormats).toBeUndefined(); // unknown, not a failure
  expect(read.snapshot.names).toEqual([]);
  const plan = await run(h);
  expect(plan.cells.length).toBeGreaterThan(0);
  await run(h, "2025-05-01T00:00:00.000Z"); // the re-run's probe reads rules on that sheet: it must go on
  await remove(h);
  expect(h.fake.workbookState.findSheet(META_SHEET)).toBeUndefined();
  // The unreadable rule is the user's and stays; ours were found rule by rule and are gone.
  expect(sheet.cfs.map((c) => c.id)).toEqual(["cf-broken"]);
});
