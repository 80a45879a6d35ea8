// The workbench keeps settings and marks in the file's add-in record (issue 10 item 6): what the pane saves
// goes into the downloaded bytes, and a new workbench (or Excel, or the CLI) opening them reads the same record.
import { readAddinRecord } from "../../src/adapters/xlsx";
import {
  ADDIN_ID,
  MARKS_KEY,
  SETTINGS_KEY,
  analyzeWorkbook,
  buildWritePlan,
  readOwnership,
  storedFromSetting,
  type ReviewMarks,
} from "../../src/core";
import { WorkbenchHost } from "../../src/workbench/workbench-host";
import { makeIkuWorkbook } from "../helpers/make-workbook";
import { OTHER_ADDIN, partsOf, withWebextensions } from "../xlsx/webextension-parts";

const MARKS: ReviewMarks = {
  version: 1,
  marks: [
    {
      key: "CAPAIAN_MISMATCH|Capaian IKU|x|capaian#0123456789abcdef",
      state: "accepted",
      reason: "Target direvisi",
      by: "Rina",
      at: "2026-01-02T03:04:05.000Z",
    },
  ],
};
let plain: Uint8Array;

beforeAll(async () => {
  plain = (await makeIkuWorkbook({ rows: 12, seed: 5 })).bytes;
});

async function opened(bytes: Uint8Array, lang = "id-ID"): Promise<WorkbenchHost> {
  const host = new WorkbenchHost(lang);
  await host.open(bytes, "iku.xlsx");
  return host;
}

test("settings and marks saved in one workbench come back in another that opens the download", async () => {
  const first = await opened(plain);
  await expect(first.loadSettings()).resolves.toBeNull();
  await expect(first.loadMarks()).resolves.toBeNull();
  await first.saveSettings({ cap: 1.2, bands: { good: 1, fair: 0.8 } });
  await first.saveMarks(MARKS);
  const saved = await first.save();

  const second = await opened(saved);
  await expect(second.loadSettings()).resolves.toEqual({ cap: 1.2, bands: { good: 1, fair: 0.8 } });
  await expect(second.loadMarks()).resolves.toEqual(MARKS);
  expect(second.settingsProblems()).toEqual([]);
  // Stored as Office stores settings.set(key, JSON string).
  expect(JSON.parse(JSON.parse(readAddinRecord(saved, ADDIN_ID)[SETTINGS_KEY])).cap).toBe(1.2);
});

test("a run written between saving and downloading keeps both the run's output and the record", async () => {
  const host = await opened(plain);
  await host.saveSettings({ cap: 1 });
  const snapshot = await host.readSnapshot();
  const analysis = analyzeWorkbook(snapshot, { cap: 1 });
  const plan = buildWritePlan(analysis, {
    capabilities: host.capabilities,
    lang: "id",
    summary: true,
    now: "2026-01-02T03:04:05.000Z",
  });
  await host.apply(plan, {});
  await host.saveMarks(MARKS);
  const again = await opened(await host.save());
  expect(readOwnership(await again.readSnapshot())).not.toBeNull();
  await expect(again.loadSettings()).resolves.toEqual({ cap: 1 });
  await expect(again.loadMarks()).resolves.toEqual(MARKS);
});

test("nothing saved: the download is the opened file's bytes", async () => {
  const host = await opened(plain);
  await expect(host.save()).resolves.toBe(plain);
});

test("a file saved in Excel: its record is read, invalid values named, other add-ins' parts kept", async () => {
  const bytes = withWebextensions(plain, [
    { addinId: OTHER_ADDIN, props: { "other.key": storedFromSetting("x") } },
    {
      addinId: ADDIN_ID,
      storeType: "Registry",
      props: {
        [SETTINGS_KEY]: storedFromSetting(JSON.stringify({ cap: 7, tolerance: 0.01 })),
        [MARKS_KEY]: storedFromSetting(JSON.stringify(MARKS)),
      },
    },
  ]);
  const host = await opened(bytes, "en-US");
  await expect(host.loadSettings()).resolves.toEqual({ tolerance: 0.01 });
  expect(host.settingsProblems()).toEqual([{ key: "cap", value: 7, expected: "expCap" }]);
  await expect(host.loadMarks()).resolves.toEqual(MARKS);
  await expect(host.userName()).resolves.toBeNull();

  await host.saveSettings({ tolerance: 0.02 });
  const out = await host.save();
  const before = partsOf(bytes);
  const after = partsOf(out);
  expect(Object.keys(after).filter((n) => after[n] !== before[n])).toEqual([
    "xl/webextensions/webextension2.xml",
  ]);
  // The marks, not saved again, stay as the file had them.
  expect(readAddinRecord(out, ADDIN_ID)[MARKS_KEY]).toBe(
    readAddinRecord(bytes, ADDIN_ID)[MARKS_KEY]
  );
  await expect((await opened(out)).loadSettings()).resolves.toEqual({ tolerance: 0.02 });
});
