// Puts a Chromium page inside "Excel": Microsoft's office.js (npm @microsoft/office-js, unpatched) is served at its
// CDN address from node_modules, `window.external` answers office.js's boot questions as a Win32 Excel would
// (GetHostInfo, GetContext: app type, locales, supported requirement sets, document settings; RegisterEvent/Execute
// for ribbon commands), and `window._richApiNativeBridge` carries the RichApi batches to RichApiHost in Node.
// Boot sequence read in office.debug.js (_retrieveHostInfo: "Excel$Win32$16.01$<locale>$$$$0" loads
// excel-win32-16.01.js) and excel-win32-16.01.debug.js (InitializationHelper.getAppContext, ClientSettingsManager,
// RichClientHostController, AppCommandManager: event 39 AppCommandInvoked, method 94 completion).
import * as fs from "fs";
import * as path from "path";
import type { BrowserContext, Page } from "playwright-core";
import type { FakeExcel } from "../fakes/fake-excel";
import { RichApiHost, type RequestBody, type RichApiHostOptions } from "./richapi-host";

export const OFFICE_JS_DIST = path.join(
  __dirname,
  "..",
  "..",
  "node_modules",
  "@microsoft",
  "office-js",
  "dist"
);
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/** Serve office.js and the files it loads (host script, strings, telemetry) from the npm package. */
export async function routeOfficeJs(target: Page | BrowserContext): Promise<string[]> {
  const served: string[] = [];
  await target.route(`${OFFICE_CDN}**`, (route) => {
    const rel = decodeURIComponent(new URL(route.request().url()).pathname).replace(
      /^\/lib\/1\/hosted\//,
      ""
    );
    const file = path.normalize(path.join(OFFICE_JS_DIST, rel));
    if (!file.startsWith(OFFICE_JS_DIST) || !fs.existsSync(file))
      return route.fulfill({ status: 404, body: "" });
    served.push(rel);
    return route.fulfill({
      status: 200,
      contentType: "text/javascript; charset=utf-8",
      body: fs.readFileSync(file),
    });
  });
  return served;
}

export interface OfficePageOptions extends RichApiHostOptions {
  /** Office UI language, e.g. "id-ID", "en-GB". */
  locale?: string;
  /** Requirement sets the host claims (office.js's isSetSupported reads them). ExcelApi at most 1.15. */
  requirements?: Record<string, string>;
  /** The document's settings as saved in the file (serialized values, as office.js stores them). */
  settings?: Record<string, string>;
}

export const DEFAULT_REQUIREMENTS: Record<string, string> = {
  ExcelApi: "1.15",
  DialogApi: "1.2",
  DelayForCellEdit: "1.1",
};

export interface OfficePage {
  host: RichApiHost;
  /** The document's settings as the host holds them (what saveAsync wrote). */
  settings: Record<string, string>;
  /** Dialogs the add-in opened (displayDialogAsync's arguments as JSON, the URL among them). */
  dialogs: string[];
  /** Ribbon command completions reported back through event.completed(). */
  completions: number;
  /** Times the page asked for the document's current settings (Settings.refreshAsync). */
  refreshes: number;
  /** Invoke a ribbon function command as Excel does (event 39) and wait for event.completed(). */
  invokeCommand(functionName: string): Promise<void>;
}

/** Wire `page` to a RichApiHost over `fake`. Call before navigating. */
export async function attachOfficeHost(
  page: Page,
  fake: FakeExcel,
  opts: OfficePageOptions = {}
): Promise<OfficePage> {
  const state: OfficePage = {
    host: undefined as unknown as RichApiHost,
    settings: { ...(opts.settings ?? {}) },
    dialogs: [],
    completions: 0,
    refreshes: 0,
    invokeCommand: async (name: string) => {
      const before = state.completions;
      await page.evaluate((n) => window.__invokeAppCommand(n), name);
      await until(() => state.completions > before);
    },
  };
  state.host = new RichApiHost(
    fake,
    (eventType, targetId, args) => {
      const message = JSON.stringify({
        type: 3,
        message: { entries: [[65536, eventType, targetId, JSON.stringify(args), 0]] },
      });
      page
        .evaluate((m) => window._richApiNativeBridge.onMessageFromHost?.(m), message)
        .catch(() => undefined);
    },
    opts
  );
  await routeOfficeJs(page);
  await page.exposeFunction("__richApiSend", async (text: string) => {
    const msg = JSON.parse(text) as {
      id: number;
      flags: number;
      message: { url: string; body: RequestBody | string };
    };
    const body =
      typeof msg.message.body === "string" ? JSON.parse(msg.message.body) : msg.message.body;
    const bytes = JSON.stringify(body).length;
    const answer = await state.host.process(body as RequestBody, msg.flags, bytes);
    return JSON.stringify({
      id: msg.id,
      type: 1,
      message: { statusCode: 200, headers: {}, body: JSON.stringify(answer) },
    });
  });
  await page.exposeFunction("__officeSettingsWrite", (json: string) => {
    state.settings = JSON.parse(json);
  });
  await page.exposeFunction("__officeSettingsRead", () => {
    state.refreshes++;
    return JSON.stringify(state.settings);
  });
  await page.exposeFunction("__officeDialog", (url: string) => void state.dialogs.push(url));
  await page.exposeFunction("__officeCommandCompleted", () => void state.completions++);
  await page.addInitScript(
    (cfg: { locale: string; matrix: string; settings: Record<string, string> }) => {
      const w = window;
      let settings: Record<string, string> = cfg.settings;
      const handlers: Record<number, (id: number, payload: unknown) => void> = {};
      let nextCommand = 1;
      const context = {
        GetAppType: () => 1, // Excel
        GetSolutionRef: () => "capaian-iku-test",
        GetAppVersionMajor: () => 16,
        GetAppVersionMinor: () => 1,
        GetAppUILocale: () => cfg.locale,
        GetAppDataLocale: () => cfg.locale,
        GetDocUrl: () => "",
        GetAppCapabilities: () => 0,
        GetActivationMode: () => 0,
        GetControlIntegrationLevel: () => 0,
        GetSolutionToken: () => "",
        GetSupportedMatrix: () => cfg.matrix,
        GetHostFullVersion: () => "16.0.15427.20000",
        GetSettings: () => ({
          Read(keys: string[], values: string[]) {
            for (const k of Object.keys(settings)) {
              keys.push(k);
              values.push(settings[k]);
            }
          },
          WriteAsync(keys: string[], values: string[], done: (status: number) => void) {
            const next: Record<string, string> = {};
            keys.forEach((k, i) => (next[k] = values[i]));
            settings = next;
            w.__officeSettingsWrite(JSON.stringify(next)).then(() => done(0));
          },
          RefreshAsync(done: () => void) {
            w.__officeSettingsRead().then((json: string) => {
              settings = JSON.parse(json);
              done();
            });
          },
        }),
      };
      // Window declares `external` (a legacy DOM object) with another type: put office.js's host object in its place.
      Object.assign(w, {
        external: {
          GetHostInfo: () => `Excel$Win32$16.01$${cfg.locale}$$$$0`,
          GetContext: () => context,
          RegisterEvent(
            id: number,
            target: unknown,
            handler: (id: number, payload: unknown) => void,
            done: (s: number) => void
          ) {
            handlers[id] = handler;
            if (id === 10) w.__officeDialog(String(target)); // displayDialogAsync: its arguments as JSON
            setTimeout(() => done(0), 0);
          },
          UnregisterEvent(id: number, _target: unknown, done: (s: number) => void) {
            delete handlers[id];
            setTimeout(() => done(0), 0);
          },
          Execute(id: number, params: unknown[], done: (r: unknown) => void) {
            if (id === 94) w.__officeCommandCompleted();
            setTimeout(() => done(0), 0);
          },
        },
      });
      w.__invokeAppCommand = (name: string) => {
        const h = handlers[39];
        if (!h) throw new Error("no ribbon command handler registered");
        const payload = [String(nextCommand++), name, JSON.stringify({ source: { id: name } })];
        h(39, { toArray: () => payload });
      };
      w._richApiNativeBridge = {
        sendMessageToHost(text: string) {
          w.__richApiSend(text).then((answer: string) =>
            w._richApiNativeBridge.onMessageFromHost?.(answer)
          );
        },
      };
    },
    {
      locale: opts.locale ?? "id-ID",
      matrix: JSON.stringify(opts.requirements ?? DEFAULT_REQUIREMENTS),
      settings: opts.settings ?? {},
    }
  );
  return state;
}

/** Wait until `check()` holds (host state lives in Node, so page.waitForFunction cannot see it). */
export async function until(check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
