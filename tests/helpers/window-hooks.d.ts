// The hooks browser tests put on the page's window, typed once so page.evaluate callbacks need no `window as any`.
// Office and Excel themselves are office-js's global namespaces (types "office-js"), used without `window.`.
import type * as OfficeAdapter from "../../src/adapters/office/index";
import type { analyzeWorkbook, buildWritePlan } from "../../src/core/index";
import type { BrowserSeed } from "../browser/fake-office-entry";
import type { FakeExcel } from "../fakes/fake-excel";
import type { InstalledOffice } from "../fakes/fake-office";

/** What the RichApi bridge carries: office.js sends a batch, the host answers through onMessageFromHost. */
export interface RichApiNativeBridge {
  sendMessageToHost(text: string): void;
  /** Installed by office.js once it finds the bridge. */
  onMessageFromHost?(text: string): void;
}

declare global {
  namespace Office {
    /** office.js's undocumented record of Office.actions.associate, read by ribbon.test to know the commands exist. */
    interface Actions {
      _association?: { mappings?: Record<string, unknown> };
    }
  }

  interface Window {
    // tests/browser (fake-office-entry.ts): the seed, the fake Excel and the fake Office behind the pane.
    __capaianSeed?: BrowserSeed;
    __fakeExcel: FakeExcel;
    __fakeOffice: InstalledOffice;

    // tests/officejs/adapter-entry.ts: the Office adapter and the engine on a bare page with the real office.js.
    __capaian: {
      office: typeof OfficeAdapter;
      analyzeWorkbook: typeof analyzeWorkbook;
      buildWritePlan: typeof buildWritePlan;
    };

    // tests/officejs/office-page.ts: the Win32 host that office.js talks to, and the functions it exposes to Node.
    _richApiNativeBridge: RichApiNativeBridge;
    __invokeAppCommand(name: string): void;
    __richApiSend(text: string): Promise<string>;
    __officeSettingsWrite(json: string): Promise<void>;
    __officeSettingsRead(): Promise<string>;
    __officeDialog(url: string): Promise<void>;
    __officeCommandCompleted(): Promise<void>;
  }
}
