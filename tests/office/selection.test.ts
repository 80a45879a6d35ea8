// Moving to a cell and following the user's selection through Office.js (the fake).
import { onSelection, selectCell } from "../../src/adapters/office/selection";
import { createFakeExcel } from "../fakes/fake-excel";
import { installFakeOffice } from "../fakes/fake-office";
import { runOn } from "./helpers";

const g = globalThis as unknown as Record<string, unknown>;

function setup(version = "1.18") {
  const fake = createFakeExcel({
    sheets: [
      { name: "IKU 2024", values: [[1]] },
      { name: "Ringkasan" },
      { name: "Tersembunyi", hidden: true },
    ],
  });
  const office = installFakeOffice(g, fake, { requirementSets: version });
  return { fake, office };
}

describe("selectCell", () => {
  test("activates the sheet and selects the cell in one sync", async () => {
    const { fake, office } = setup();
    try {
      await runOn(fake, (ctx) => selectCell(ctx, "Ringkasan", "C7"));
      expect(fake.syncCount).toBe(1);
      expect(fake.workbookState.activeSheet?.name).toBe("Ringkasan");
      expect(fake.workbookState.selection?.rect).toEqual({ top: 6, left: 2, bottom: 6, right: 2 });
    } finally {
      office.uninstall();
    }
  });

  test("a missing or hidden sheet rejects with an OfficeApplyError", async () => {
    const { fake, office } = setup();
    try {
      await expect(runOn(fake, (ctx) => selectCell(ctx, "Nope", "A1"))).rejects.toMatchObject({
        name: "OfficeApplyError",
        code: "ItemNotFound",
        step: "select",
      });
      await expect(
        runOn(fake, (ctx) => selectCell(ctx, "Tersembunyi", "A1"))
      ).rejects.toMatchObject({ code: "InvalidOperation" });
    } finally {
      office.uninstall();
    }
  });
});

describe("onSelection", () => {
  test("reports sheet and address for every sheet until unsubscribed", async () => {
    const { fake, office } = setup();
    try {
      const seen: string[] = [];
      const off = await onSelection((sheet, address) => seen.push(`${sheet}!${address}`));
      await fake.userSelect("IKU 2024", "B3");
      await fake.userSelect("Ringkasan", "A1:B2");
      off();
      await new Promise((r) => setTimeout(r, 0));
      await fake.userSelect("IKU 2024", "C9");
      expect(seen).toEqual(["IKU 2024!B3", "Ringkasan!A1:B2"]);
      expect(fake.workbookState.sheets.every((s) => s.selectionHandlers.size === 0)).toBe(true);
    } finally {
      office.uninstall();
    }
  });

  test("below ExcelApi 1.7 it registers nothing and returns a harmless unsubscribe", async () => {
    const { fake, office } = setup("1.6");
    try {
      const off = await onSelection(() => undefined);
      expect(fake.syncCount).toBe(0);
      expect(() => off()).not.toThrow();
    } finally {
      office.uninstall();
    }
  });
});
