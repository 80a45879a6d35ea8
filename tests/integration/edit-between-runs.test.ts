// A workbook the user edits while the pane is open: the next run reads the new values (no stale cache),
// and a second run on an unchanged workbook changes nothing at all, the ownership record included.
import { createOfficeHost } from "../../src/shared/office-host";
import { runFlow } from "../../src/shared/run-flow";
import { createFakeExcel, type FakeExcel } from "../fakes/fake-excel";
import { installFakeOffice, type InstalledOffice } from "../fakes/fake-office";
import { sampleSnapshot, seedFromSnapshot } from "../browser/fake-seed";

jest.setTimeout(60_000);

let fake: FakeExcel;
let office: InstalledOffice;
beforeEach(async () => {
  fake = createFakeExcel(seedFromSnapshot(await sampleSnapshot()), { apiVersion: "1.18" });
  office = installFakeOffice(globalThis as unknown as Record<string, unknown>, fake, {
    displayLanguage: "id-ID",
  });
});
afterEach(() => office.uninstall());

const SHEET = "Capaian IKU 2025";

test("the next run sees the user's edit", async () => {
  const host = await createOfficeHost();
  const first = await runFlow(host, { settings: {}, lang: "id", summary: false });
  const row6 = (r: typeof first) =>
    r.analysis.report.indicators.find((i) => i.sheet === SHEET && i.row === 6)!;
  expect(row6(first).capaian).toBeCloseTo(0.5143, 4);
  expect(
    first.analysis.report.anomalies.some((a) => a.rule === "MIXED_UNITS" && a.cell === "I6")
  ).toBe(true);

  // The user fixes I6 ("75 Kasus 36%" → 70%) and J6 in Excel between runs.
  await fake.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(SHEET);
    ws.getRange("I6:J6").values = [[0.7, 1]];
    await context.sync();
  });

  const second = await runFlow(host, { settings: {}, lang: "id", summary: false });
  expect(row6(second).annual).toBeCloseTo(0.7, 10);
  expect(row6(second).capaian).toBeCloseTo(1, 10);
  const at = (rule: string, cell: string) =>
    second.analysis.report.anomalies.some(
      (a) => a.rule === rule && a.cell === cell && a.sheet === SHEET
    );
  expect(at("MIXED_UNITS", "I6")).toBe(false);
  expect(at("CAPAIAN_MISMATCH", "J6")).toBe(false);
  // The computed cells now read the edited cell: Realisasi (dihitung) is a formula over I6.
  const l6 = second.plan.cells.find((c) => c.sheet === SHEET && c.cell === "K6")!;
  expect(l6.formula).toBe("=I6");
});

test("two runs on an unchanged workbook leave it identical", async () => {
  const host = await createOfficeHost();
  await runFlow(host, {
    settings: {},
    lang: "id",
    summary: true,
    now: () => "2026-01-01T00:00:00.000Z",
  });
  const once = fake.dump();
  await runFlow(host, {
    settings: {},
    lang: "id",
    summary: false,
    now: () => "2026-03-01T00:00:00.000Z",
  });
  expect(fake.dump()).toEqual(once);
});
