// Finding 8: EdgeHTML webviews (Office 2016/2019 retail without WebView2, Microsoft 365 builds 16.0.11629–13530 on
// Windows 10) cannot parse the pane's bundle; the plain HTML notice must show there, as it does for IE11.
import type { Browser } from "playwright-core";
import { assertBuilt, contextOptions, launch, serveDist, type Served } from "../browser/helpers";
import { routeOfficeJs } from "./office-page";

jest.setTimeout(60_000);

let server: Served;
let browser: Browser;

beforeAll(async () => {
  assertBuilt();
  server = await serveDist();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("an EdgeHTML web view gets the notice, not a blank pane", async () => {
  const edge = await browser.newContext({
    ...contextOptions,
    userAgent:
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
  });
  const page = await edge.newPage();
  await routeOfficeJs(page);
  await page.goto(`${server.url}/taskpane.html`);
  const notice = page.getByTestId("legacy-notice");
  await notice.waitFor();
  await expect(notice.textContent()).resolves.toContain("Microsoft Edge versi lama");
  await expect(page.locator("#container").isHidden()).resolves.toBe(true);
  await edge.close();
});
