// The shared flow (pane and ribbon) in Node over OfficeHost and the fake Excel: results, re-run, removal, and
// cancellation that never leaves a half-written workbook. (Lives with the browser tests: same fake, same seed.)
import { readOwnership } from "../../src/core/index";
import { META_SHEET } from "../../src/core/types";
import type { Host } from "../../src/shared/host";
import { createOfficeHost, SETTINGS_KEY } from "../../src/shared/office-host";
import { abortError, removeResults, runFlow, type Phase } from "../../src/shared/run-flow";
import { createFakeExcel, type FakeExcel, type WorkbookDump } from "../fakes/fake-excel";
import { installFakeOffice, type InstalledOffice } from "../fakes/fake-office";
import { sampleSnapshot, seedFromSnapshot } from "./fake-seed";

jest.setTimeout(60_000);

let fake: FakeExcel;
let office: InstalledOffice;
let original: WorkbookDump;

beforeEach(async () => {
  fake = createFakeExcel(seedFromSnapshot(await sampleSnapshot()));
  office = installFakeOffice(globalThis as unknown as Record<string, unknown>, fake, {
    displayLanguage: "id-ID",
  });
  original = fake.dump();
});

afterEach(() => office.uninstall());

const hasResults = (d: WorkbookDump) => d.sheets.some((s) => s.name === META_SHEET);

describe("runFlow over OfficeHost", () => {
  it("writes results, re-runs in place, and Hapus hasil restores the workbook", async () => {
    const host = await createOfficeHost();
    expect(host.supported).toBe(true);
    const phases: Phase[] = [];
    const first = await runFlow(host, {
      settings: {},
      lang: "id",
      summary: false,
      onProgress: (p) => phases.push(p),
    });
    expect(phases[0]).toBe("read");
    expect(phases[phases.length - 1]).toBe("done");
    const once = fake.dump();
    expect(hasResults(once)).toBe(true);
    expect(first.analysis.ownership).toBeNull();

    const second = await runFlow(host, { settings: {}, lang: "id", summary: false });
    expect(second.analysis.ownership).not.toBeNull();
    expect(second.analysis.report.anomalies).toEqual(first.analysis.report.anomalies);
    const twice = fake.dump();
    expect(twice.sheets.filter((s) => s.name !== META_SHEET)).toEqual(
      once.sheets.filter((s) => s.name !== META_SHEET)
    );

    // A Ringkasan, once built, is refreshed by plain re-runs (not dropped).
    const summary = await runFlow(host, { settings: {}, lang: "id", summary: true });
    expect(summary.plan.addSheets.length).toBeGreaterThan(0);
    const rerun = await runFlow(host, { settings: {}, lang: "id", summary: false });
    const names = fake.dump().sheets.map((s) => s.name);
    for (const s of summary.plan.addSheets) expect(names).toContain(s);
    expect(rerun.plan.ownership?.sheets).toEqual(summary.plan.ownership?.sheets);

    await removeResults(host);
    expect(fake.dump()).toEqual(original);
  });

  it("cancelled before writing: nothing changes, earlier results stay", async () => {
    const host = await createOfficeHost();
    await runFlow(host, { settings: {}, lang: "id", summary: false });
    const withResults = fake.dump();
    for (const at of ["analyze", "plan", "write"] as Phase[]) {
      const controller = new AbortController();
      await expect(
        runFlow(host, {
          settings: { cap: 1 },
          lang: "id",
          summary: true,
          signal: controller.signal,
          onProgress: (p) => p === at && controller.abort(),
        })
      ).rejects.toMatchObject({ name: "AbortError" });
      expect(fake.dump()).toEqual(withResults);
    }
  });

  it("cancelled in the middle of writing: everything written is removed (never half-written)", async () => {
    const office = await createOfficeHost();
    const controller = new AbortController();
    // A host whose write stops after part of the plan, as the adapter does between syncs.
    const host: Host = Object.assign(Object.create(office) as Host, {
      apply: async (plan: Parameters<Host["apply"]>[0], options: Parameters<Host["apply"]>[1]) => {
        if (!options.signal) return office.apply(plan, options);
        await office.apply({ ...plan, flags: [], notes: [], charts: [] }, {});
        controller.abort();
        throw abortError(true);
      },
    });
    await expect(
      runFlow(host, { settings: {}, lang: "id", summary: true, signal: controller.signal })
    ).rejects.toMatchObject({
      name: "AbortError",
    });
    const after = fake.dump();
    expect(hasResults(after)).toBe(false);
    expect(after).toEqual(original);
  });

  it("keeps the settings in the document", async () => {
    const host = await createOfficeHost();
    await host.saveSettings({ cap: 1.1, missingPolicy: "zero" });
    expect(JSON.parse(office.savedSettings()[SETTINGS_KEY] as string)).toEqual({
      cap: 1.1,
      missingPolicy: "zero",
    });
    await expect(host.loadSettings()).resolves.toEqual({ cap: 1.1, missingPolicy: "zero" });
    const { analysis } = await runFlow(host, {
      settings: (await host.loadSettings()) ?? {},
      lang: "en",
      summary: false,
    });
    expect(analysis.report.config.cap).toBe(1.1);
    expect(readOwnership({ sheets: [] })).toBeNull();
  });

  it("reports ExcelApi below 1.7 as unsupported", async () => {
    fake.setRequirementSets("1.6");
    const host = await createOfficeHost();
    expect(host.supported).toBe(false);
  });
});
