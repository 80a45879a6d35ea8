// The Office globals of the fake, and capability detection through them.
import { detectCapabilities, isLegacyWebView } from "../../src/adapters/office/capabilities";
import { createFakeExcel } from "../fakes/fake-excel";
import { installFakeOffice } from "../fakes/fake-office";

const g = globalThis as unknown as Record<string, unknown>;

describe("installFakeOffice", () => {
  test("provides Excel.run, Office.onReady, language, requirement sets and document settings", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", values: [["v"]] }] });
    const office = installFakeOffice(g, fake, {
      displayLanguage: "en-US",
      requirementSets: { ExcelApi: "1.10", DialogApi: "1.2" },
      settings: { a: 1 },
    });
    try {
      await expect(Office.onReady()).resolves.toMatchObject({ host: Office.HostType.Excel });
      expect(Office.context.displayLanguage).toBe("en-US");
      expect(Office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(true);
      expect(Office.context.requirements.isSetSupported("ExcelApi", "1.11")).toBe(false);
      expect(Office.context.requirements.isSetSupported("DialogApi", "1.1")).toBe(true);
      expect(Office.context.requirements.isSetSupported("SharedRuntime", "1.1")).toBe(false);
      const name = await Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("S");
        ws.load("name");
        await ctx.sync();
        return ws.name;
      });
      expect(name).toBe("S");
      const settings = Office.context.document.settings;
      expect(settings.get("a")).toBe(1);
      settings.set("b", "x");
      expect(office.savedSettings()).toEqual({ a: 1 });
      await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
      expect(office.savedSettings()).toEqual({ a: 1, b: "x" });
      settings.remove("a");
      expect(settings.get("a")).toBeNull();
    } finally {
      office.uninstall();
    }
    expect(g.Excel).toBeUndefined();
  });
});

describe("detectCapabilities", () => {
  const on = (version: string) => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    const office = installFakeOffice(g, fake, { requirementSets: version });
    try {
      return detectCapabilities();
    } finally {
      office.uninstall();
    }
  };

  test.each([
    ["1.7", { floor: true, notes: false, comments: false, suspendCalc: true, selection: true }],
    ["1.10", { floor: true, notes: false, comments: true }],
    ["1.18", { floor: true, notes: true, comments: true, charts: true }],
    ["1.6", { floor: false, notes: false, comments: false, suspendCalc: true, selection: false }],
  ])("ExcelApi %s", (version, expected) => {
    expect(on(version)).toMatchObject(expected);
  });

  test("asks with version strings (1.10 is not 1.1) and survives a missing or throwing Office", () => {
    const asked: unknown[] = [];
    detectCapabilities({
      context: {
        requirements: { isSetSupported: (_n: string, v?: string) => (asked.push(v), true) },
      },
    });
    expect(asked).toContain("1.10");
    expect(asked.every((v) => typeof v === "string")).toBe(true);
    expect(detectCapabilities(undefined)).toMatchObject({
      floor: false,
      notes: false,
      comments: false,
    });
    const throwing = {
      context: {
        requirements: {
          isSetSupported: (): boolean => {
            throw new Error("no");
          },
        },
      },
    };
    expect(detectCapabilities(throwing).floor).toBe(false);
  });

  test("isLegacyWebView is true for EdgeHTML webviews (Office 2016/2019 retail, M365 16.0.11629-13530)", () => {
    expect(
      isLegacyWebView(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041"
      )
    ).toBe(true);
  });

  test("isLegacyWebView is true only for IE11/Trident and EdgeHTML", () => {
    expect(
      isLegacyWebView("Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko")
    ).toBe(true);
    expect(isLegacyWebView("Mozilla/4.0 (compatible; MSIE 10.0; Windows NT 6.1)")).toBe(true);
    expect(
      isLegacyWebView(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0"
      )
    ).toBe(false);
  });
});
