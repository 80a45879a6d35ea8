// Entry of the browser workbench: the task pane over an in-memory workbook, no Excel needed.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import type { Lang } from "../core";
import { WorkbenchApp } from "./components/WorkbenchApp";
import { WorkbenchHost } from "./workbench-host";

export const SAMPLE_URL = "samples/lkj-bp3mi-jakarta-2025.xlsx";

const params = new URLSearchParams(window.location.search);
const lang: Lang = params.get("lang") === "en" ? "en" : "id";
const sample = params.get("sample") === "none" ? null : SAMPLE_URL;
// Excel's pane is resizable (320 px and up): ?paneWidth=320 shows the pane as narrow as it gets.
const widthParam = Number(params.get("paneWidth"));
const paneWidth =
  Number.isFinite(widthParam) && widthParam >= 200 && widthParam <= 1200 ? widthParam : 380;
const host = new WorkbenchHost(lang === "en" ? "en-US" : "id-ID");
// The workbook lives in a Web Worker that is also the engine: a 20,000-row run never blocks this page.
if (typeof Worker === "function") host.useWorker();

const container = document.getElementById("container");
if (container)
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <WorkbenchApp host={host} initialLang={lang} sampleUrl={sample} paneWidth={paneWidth} />
    </FluentProvider>
  );
