// Shared set-up of the browser tests: Debian's Chromium through playwright-core, dist/ served by scripts/demo.js.
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { tabTestId, TEST_IDS, type PaneTab } from "../../src/taskpane/test-ids";

export const ROOT = path.join(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");
export const OUTPUT = path.join(ROOT, "tests", "output");
export const SHOTS = path.join(OUTPUT, "screenshots");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const SAMPLE_NAME = "lkj-bp3mi-jakarta-2025.xlsx";
export const SAMPLE = path.join(ROOT, "assets", "samples", SAMPLE_NAME);
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function assertBuilt(): void {
  for (const f of ["taskpane.html", "workbench.html", "commands.html", "test/fake-office.js"]) {
    if (!fs.existsSync(path.join(DIST, f)))
      throw new Error(`dist/${f} is missing: run \`npx webpack --mode production\` first`);
  }
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

export function serveDist(): Promise<Served> {
  // The demo server is plain Node (scripts/demo.js): the tests use exactly what `npm run demo` serves.

  const { startServer } = require("../../scripts/demo.js") as {
    startServer(o: { root: string; port: number }): Promise<Served>;
  };
  return startServer({ root: DIST, port: 0 });
}

export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
}

export interface PageWatch {
  /** Uncaught errors, console errors and CSP violations. */
  problems: string[];
  /** Requests that left the page's origin (none allowed except office.js, which tests answer locally). */
  foreign: string[];
}

/** Record errors, CSP violations and requests to other origins. */
export async function watch(page: Page, origin: string): Promise<PageWatch> {
  const w: PageWatch = { problems: [], foreign: [] };
  page.on("pageerror", (e) => w.problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") w.problems.push(`console: ${m.text()}`);
  });
  page.on("request", (r) => {
    const u = r.url();
    if (
      !u.startsWith(origin) &&
      !u.startsWith("blob:") &&
      !u.startsWith("data:") &&
      u !== OFFICE_JS
    )
      w.foreign.push(u);
  });
  await page.exposeFunction("__cspViolation", (s: string) => w.problems.push(`csp: ${s}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __cspViolation(s: string): void }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI}`
      );
    });
  });
  return w;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; html: string }>;
}

/**
 * Run axe-core in the page (evaluated over the DevTools protocol, so the page's CSP does not block it).
 * One known false positive is dropped: Fluent UI v9's tabster focus sentinels (`<i data-tabster-dummy tabindex=0
 * aria-hidden=true>`) trip aria-hidden-focus by design (microsoft/tabster#288); they only redirect focus.
 */
export async function axe(page: Page, selector?: string): Promise<AxeViolation[]> {
  const source = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(`${source}\n;void 0`);
  return page.evaluate(async (sel) => {
    const a = (
      window as unknown as {
        axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await a.run(sel ? { include: [sel] } : document, {
      resultTypes: ["violations"],
    });
    return result.violations
      .map((v) => ({
        ...v,
        nodes: v.nodes.filter(
          (n) => !(v.id === "aria-hidden-focus" && n.html.includes("data-tabster-dummy"))
        ),
      }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
      }));
  }, selector ?? null);
}

export function describeViolations(v: AxeViolation[]): string {
  return v
    .map(
      (x) =>
        `${x.id} (${x.impact}): ${x.help}\n  ${x.nodes.map((n) => `${n.target.join(" ")} ${n.html}`).join("\n  ")}`
    )
    .join("\n");
}

export const contextOptions: BrowserContextOptions = {
  viewport: { width: 1366, height: 900 },
  acceptDownloads: true,
  serviceWorkers: "block",
};

/** Open a pane section: its tab when it fits, else through the "…" overflow menu (narrow panes). */
export async function openTab(page: Page, tab: PaneTab): Promise<void> {
  const button = page.getByTestId(tabTestId(tab));
  if (await button.isVisible()) {
    await button.click();
    return;
  }
  await page.getByTestId(TEST_IDS.tabOverflow).click();
  await page.getByTestId(`overflow-${tabTestId(tab)}`).click();
}

/** Switch the pane's language through its compact menu. */
export async function setLanguage(page: Page, lang: "id" | "en"): Promise<void> {
  await page.getByTestId(TEST_IDS.langMenu).click();
  await page.getByTestId(`lang-${lang}`).click();
}
