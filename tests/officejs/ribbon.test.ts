// The ribbon's function commands (dist/commands.html) through Microsoft's office.js: Excel invokes them by event
// 39 (AppCommandInvoked) and waits for event.completed() (method 94). They refresh the document's settings before
// reading them (the pane may have saved since the command runtime loaded) and show failures in a dialog.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { META_SHEET } from "../../src/core/types";
import { createFakeExcel, type FakeExcel } from "../fakes/fake-excel";
import { sampleSnapshot, seedFromSnapshot } from "../browser/fake-seed";
import { assertBuilt, contextOptions, launch, serveDist, type Served } from "../browser/helpers";
import { attachOfficeHost, type OfficePage } from "./office-page";

jest.setTimeout(180_000);

let server: Served;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  assertBuilt();
  server = await serveDist();
  browser = await launch();
  context = await browser.newContext(contextOptions);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openCommands(fake: FakeExcel, locale = "id-ID"): Promise<{ page: Page; office: OfficePage }> {
  const page = await context.newPage();
  const office = await attachOfficeHost(page, fake, { locale });
  if (process.env.DEBUG_OFFICE)
    page.on("console", (m) => process.stderr.write(`CONSOLE ${m.type()} ${m.text().slice(0, 400)}\n`));
  await page.goto(`${server.url}/commands.html`);
  // Office.actions.associate runs in Office.onReady; the command handler is registered by office.js (event 39).
  await page.waitForFunction(
    () => typeof Office !== "undefined" && !!Office.actions?._association?.mappings?.RUNANALYSIS
  );
  return { page, office };
}

describe("ribbon commands through the real office.js", () => {
  it("Jalankan analisis then Buat Ringkasan write the results, each after refreshing the settings", async () => {
    const fake = createFakeExcel(seedFromSnapshot(await sampleSnapshot()), { apiVersion: "1.15" });
    const { page, office } = await openCommands(fake);
    await office.invokeCommand("runAnalysis");
    expect(office.dialogs).toEqual([]);
    const names = () => fake.dump().sheets.map((s) => s.name);
    expect(names()).toContain(META_SHEET);
    expect(office.refreshes).toBe(1);
    const before = names().length;
    await office.invokeCommand("buildSummary");
    expect(office.dialogs).toEqual([]);
    expect(names().length).toBe(before + 1);
    expect(office.refreshes).toBe(2);
    await page.close();
  });

  it("a failure is shown in a dialog in the user's language, and the command still completes", async () => {
    const fake = createFakeExcel(seedFromSnapshot(await sampleSnapshot()), { apiVersion: "1.15" });
    for (const s of fake.dump().sheets) fake.protectSheet(s.name);
    const { page, office } = await openCommands(fake, "en-GB");
    await office.invokeCommand("runAnalysis");
    expect(office.dialogs.length).toBe(1);
    const args = decodeURIComponent(office.dialogs[0].replace(/\+/g, " "));
    expect(args).toContain("dialog.html");
    expect(args).toContain("Protected sheet");
    await page.close();
  });

  it("the dialog page shows the title and message as text", async () => {
    const page = await context.newPage();
    await page.goto(
      `${server.url}/dialog.html?lang=en&title=${encodeURIComponent("<b>T</b>")}&body=${encodeURIComponent("Unprotect it")}`
    );
    await expect(page.getByTestId("dialog-title").textContent()).resolves.toBe("<b>T</b>");
    await expect(page.getByTestId("dialog-body").textContent()).resolves.toBe("Unprotect it");
    await page.close();
  });
});
