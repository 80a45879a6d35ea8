// Installs `Excel`, `Office` and `OfficeExtension` globals backed by a FakeExcel (for jest and the browser page).
import { FakeRichApiError } from "./excel/errors";
import type { FakeExcel } from "./fake-excel";

export interface FakeOfficeOptions {
  /** Office.context.displayLanguage, e.g. "id-ID" or "en-US". */
  displayLanguage?: string;
  /** "1.10" (ExcelApi) or { ExcelApi: "1.18", DialogApi: "1.2", SharedRuntime: "1.1" }. */
  requirementSets?: string | Record<string, string>;
  /** Initial document settings (as already saved in the document). */
  settings?: Record<string, unknown>;
  platform?: "PC" | "OfficeOnline" | "Mac" | "iOS";
}

export interface InstalledOffice {
  /** Settings as last persisted by saveAsync. */
  savedSettings(): Record<string, unknown>;
  /** Function commands registered with Office.actions.associate. */
  actions: Map<string, (event: unknown) => unknown>;
  uninstall(): void;
}

const ENUMS = {
  ClearApplyTo: {
    all: "All",
    formats: "Formats",
    contents: "Contents",
    hyperlinks: "Hyperlinks",
    removeHyperlinks: "RemoveHyperlinks",
  },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  ConditionalFormatType: {
    custom: "Custom",
    dataBar: "DataBar",
    colorScale: "ColorScale",
    iconSet: "IconSet",
    topBottom: "TopBottom",
    presetCriteria: "PresetCriteria",
    containsText: "ContainsText",
    cellValue: "CellValue",
  },
  ChartType: { barClustered: "BarClustered", columnClustered: "ColumnClustered" },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  RangeUnderlineStyle: { none: "None", single: "Single", double: "Double" },
  ErrorCodes: {
    accessDenied: "AccessDenied",
    apiNotFound: "ApiNotFound",
    generalException: "GeneralException",
    invalidArgument: "InvalidArgument",
    invalidOperation: "InvalidOperation",
    itemAlreadyExists: "ItemAlreadyExists",
    itemNotFound: "ItemNotFound",
    requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
    responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  },
};

export function installFakeOffice(
  globalObj: Record<string, unknown>,
  fake: FakeExcel,
  opts: FakeOfficeOptions = {}
): InstalledOffice {
  const previous = {
    Excel: globalObj.Excel,
    Office: globalObj.Office,
    OfficeExtension: globalObj.OfficeExtension,
  };
  const sets: Record<string, string> =
    typeof opts.requirementSets === "string"
      ? { ExcelApi: opts.requirementSets }
      : { ...(opts.requirementSets ?? {}) };
  if (sets.ExcelApi) fake.setRequirementSets(sets.ExcelApi);
  const platform = opts.platform ?? "OfficeOnline";
  let current: Record<string, unknown> = { ...(opts.settings ?? {}) };
  let saved: Record<string, unknown> = { ...current };
  const actions = new Map<string, (event: unknown) => unknown>();
  const done = <T>(cb: ((r: { status: string; value: T }) => void) | undefined, value: T): void => {
    if (cb) void Promise.resolve().then(() => cb({ status: "succeeded", value }));
  };
  const versionAtLeast = (have: string, want: string): boolean => {
    const [ha, hb = "0"] = have.split(".").map((x) => parseInt(x, 10)) as unknown as [
      number,
      number,
    ];
    const [wa, wb = 0] = want.split(".").map((x) => parseInt(x, 10));
    return ha > wa || (ha === wa && Number(hb) >= wb);
  };

  globalObj.Excel = {
    run: (a: unknown, b?: unknown) => fake.run(a as never, b as never),
    RequestContext: function RequestContext() {
      return fake.createContext();
    },
    ...ENUMS,
  };
  globalObj.OfficeExtension = { Error: FakeRichApiError, ErrorCodes: ENUMS.ErrorCodes };
  globalObj.Office = {
    onReady(cb?: (info: { host: string; platform: string }) => void) {
      const info = { host: "Excel", platform };
      if (cb) void Promise.resolve().then(() => cb(info));
      return Promise.resolve(info);
    },
    HostType: {
      Excel: "Excel",
      Word: "Word",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
      Project: "Project",
      Access: "Access",
    },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    EventType: {
      DocumentSelectionChanged: "documentSelectionChanged",
      SettingsChanged: "settingsChanged",
      DialogMessageReceived: "dialogMessageReceived",
      DialogEventReceived: "dialogEventReceived",
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    actions: {
      associate: (name: string, fn: (event: unknown) => unknown) => actions.set(name, fn),
    },
    context: {
      displayLanguage: opts.displayLanguage ?? "id-ID",
      contentLanguage: opts.displayLanguage ?? "id-ID",
      host: "Excel",
      platform,
      diagnostics: { host: "Excel", platform, version: "16.0.0.0" },
      requirements: {
        isSetSupported(name: string, version?: string | number): boolean {
          if (name === "ExcelApi") return fake.isSetSupported(name, version);
          const have = sets[name];
          if (!have) return false;
          return version === undefined || versionAtLeast(have, String(version));
        },
      },
      document: {
        url: "https://example.invalid/Capaian.xlsx",
        settings: {
          get: (name: string) => (name in current ? current[name] : null),
          set: (name: string, value: unknown) => {
            current[name] = value;
          },
          remove: (name: string) => {
            delete current[name];
          },
          saveAsync: (a?: unknown, b?: unknown) => {
            saved = JSON.parse(JSON.stringify(current));
            done(
              (typeof a === "function" ? a : b) as
                ((r: { status: string; value: undefined }) => void) | undefined,
              undefined
            );
          },
          refreshAsync: (cb?: (r: { status: string; value: unknown }) => void) => {
            current = JSON.parse(JSON.stringify(saved));
            done(cb, undefined);
          },
          addHandlerAsync: (
            _type: string,
            _handler: unknown,
            cb?: (r: { status: string; value: unknown }) => void
          ) => done(cb, undefined),
        },
      },
    },
  };
  return {
    savedSettings: () => JSON.parse(JSON.stringify(saved)),
    actions,
    uninstall() {
      for (const [k, v] of Object.entries(previous)) {
        if (v === undefined) delete globalObj[k];
        else globalObj[k] = v;
      }
    },
  };
}
