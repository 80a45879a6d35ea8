// A bare page with Microsoft's office.js and the Office adapter (dist/test/office-adapter.js), inside "Excel".
import type { BrowserContext, Page } from "playwright-core";
import type { WorkbookSnapshot } from "../../src/core/types";
import type { FakeExcel } from "../fakes/fake-excel";
import { attachOfficeHost, OFFICE_CDN, type OfficePage, type OfficePageOptions } from "./office-page";

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>office adapter</title>
<script src="${OFFICE_CDN}office.js"></script>
<script src="office-adapter.js"></script>
</head><body></body></html>`;

export async function openAdapterPage(
  context: BrowserContext,
  origin: string,
  fake: FakeExcel,
  opts: OfficePageOptions = {}
): Promise<{ page: Page; office: OfficePage }> {
  const page = await context.newPage();
  const office = await attachOfficeHost(page, fake, opts);
  await page.route(`${origin}/test/adapter.html`, (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: PAGE })
  );
  await page.goto(`${origin}/test/adapter.html`);
  await page.waitForFunction(() => window.__capaian !== undefined && typeof Office !== "undefined");
  await page.evaluate(() => Office.onReady());
  return { page, office };
}

/** readWorkbook through office.js, with the capabilities office.js reports. */
export function readThroughOfficeJs(
  page: Page
): Promise<{ snapshot: WorkbookSnapshot; requests: number }> {
  return page.evaluate(async () => {
    const adapter = window.__capaian.office;
    let requests = 0;
    const snapshot = await Excel.run(async (ctx) => {
      const sync = ctx.sync.bind(ctx);
      ctx.sync = <T>(v?: T): Promise<T> => (requests++, sync(v));
      const read = await adapter.readWorkbook(ctx, adapter.detectCapabilities());
      return read.snapshot;
    });
    return { snapshot, requests };
  });
}
