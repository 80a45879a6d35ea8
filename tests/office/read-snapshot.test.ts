// Reading a WorkbookSnapshot through Office.js (the fake) in at most two syncs.
import {
  readWorkbook,
  readWorkbookSnapshot,
  toFormula,
} from "../../src/adapters/office/read-snapshot";
import { detectCapabilities } from "../../src/adapters/office/capabilities";
import { META_SHEET } from "../../src/core/types";
import { createFakeExcel } from "../fakes/fake-excel";
import { fakeWith, runOn } from "./helpers";

describe("readWorkbookSnapshot", () => {
  test("reads every sheet in 2 syncs: values, formulas, number formats, errors, hidden sheets, A1 origin", async () => {
    const { fake, office } = fakeWith("1.18");
    try {
      const snap = await runOn(fake, (ctx) => readWorkbookSnapshot(ctx));
      expect(fake.syncCount).toBe(2);
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
        expect(fake.syncCount).toBe(2);
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
