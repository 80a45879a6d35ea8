// Entry of the task pane inside Excel.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { createRoot, type Root } from "react-dom/client";
import { isLegacyWebView } from "../adapters/office/index";
import { NotInExcel } from "./components/NotInExcel";
import { TaskpaneRoot } from "./components/TaskpaneRoot";
import { classifyError } from "../shared/errors";
import { langFromDisplay } from "../shared/i18n";
import { createOfficeHost } from "../shared/office-host";
import { browserEngine } from "./worker-engine";

/** How long to wait for office.js before telling the user the page is not running in Excel. */
const OFFICE_TIMEOUT_MS = 10000;

function showLegacyNotice(): void {
  const notice = document.getElementById("legacy-notice");
  const app = document.getElementById("container");
  if (notice) notice.style.display = "block";
  if (app) app.style.display = "none";
}

let root: Root | null = null;

/** Render into #container (one React root: a late Office.onReady replaces the "not in Excel" message). */
function mount(node: React.ReactElement): void {
  const container = document.getElementById("container");
  if (!container) return;
  root ??= createRoot(container);
  root.render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
}

function browserLang() {
  return langFromDisplay(typeof navigator !== "undefined" ? navigator.language : "id");
}

async function start(): Promise<void> {
  if ((window as { capaianIkuLegacy?: boolean }).capaianIkuLegacy) return;
  if (isLegacyWebView(navigator.userAgent)) {
    showLegacyNotice();
    return;
  }
  if (typeof Office === "undefined") {
    mount(
      <NotInExcel initialLang={browserLang()} error={{ kind: "notInExcel", detail: "office.js" }} />
    );
    return;
  }
  const timer = setTimeout(
    () =>
      mount(
        <NotInExcel
          initialLang={browserLang()}
          error={{ kind: "notInExcel", detail: "Office.onReady" }}
        />
      ),
    OFFICE_TIMEOUT_MS
  );
  const info = await Office.onReady();
  clearTimeout(timer);
  if (info.host !== Office.HostType.Excel) {
    mount(
      <NotInExcel
        initialLang={browserLang()}
        error={{ kind: "notInExcel", detail: String(info.host) }}
      />
    );
    return;
  }
  try {
    const host = await createOfficeHost();
    host.engine = browserEngine();
    mount(<TaskpaneRoot host={host} />);
  } catch (err) {
    mount(
      <NotInExcel
        initialLang={langFromDisplay(Office.context?.displayLanguage)}
        error={classifyError(err)}
      />
    );
  }
}

void start();
