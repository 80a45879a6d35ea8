// The Office host keeps the reviewer's marks in the document's settings (capaianIku.reviewMarks), reads them as
// untrusted JSON, and a run given the marks lists them in the Ringkasan sheet it writes.
import { reviewList, setMark } from "../../src/core";
import { createOfficeHost, MARKS_KEY } from "../../src/shared/office-host";
import { runFlow } from "../../src/shared/run-flow";
import { createFakeExcel, type FakeExcel } from "../fakes/fake-excel";
import { installFakeOffice, type InstalledOffice } from "../fakes/fake-office";
import { sampleSnapshot, seedFromSnapshot } from "../browser/fake-seed";

jest.setTimeout(60_000);

let fake: FakeExcel;
let office: InstalledOffice;
const install = async (settings?: Record<string, unknown>) => {
  fake = createFakeExcel(seedFromSnapshot(await sampleSnapshot()), { apiVersion: "1.18" });
  office = installFakeOffice(globalThis as unknown as Record<string, unknown>, fake, {
    displayLanguage: "id-ID",
    settings,
  });
};
afterEach(() => office.uninstall());

const mark = {
  key: "CAPAIAN_MISMATCH|Capaian IKU 2025|implementasi kerjasama|capaian#0",
  state: "checked",
  by: "Rina",
  at: "2026-01-02T08:00:00.000Z",
};

test("no record, an unreadable one, and a record with an invalid mark", async () => {
  await install();
  expect(await (await createOfficeHost()).loadMarks()).toBeNull();
  office.uninstall();
  await install({ [MARKS_KEY]: "{not json" });
  expect(await (await createOfficeHost()).loadMarks()).toBeNull();
  office.uninstall();
  // "accepted" without a reason is dropped; the valid mark is kept.
  const bad = { ...mark, key: "X#1", state: "accepted" };
  await install({ [MARKS_KEY]: JSON.stringify({ version: 1, marks: [mark, bad] }) });
  expect(await (await createOfficeHost()).loadMarks()).toEqual({ version: 1, marks: [mark] });
});

test("saved with saveAsync as the JSON record; the user has no name from Office", async () => {
  await install();
  const host = await createOfficeHost();
  await host.saveMarks({ version: 1, marks: [mark as never] });
  expect(JSON.parse(String(office.savedSettings()[MARKS_KEY]))).toEqual({
    version: 1,
    marks: [mark],
  });
  expect(await host.userName()).toBeNull();
});

test("a run with the marks writes them into Ringkasan, the reviewer's name included", async () => {
  await install();
  const host = await createOfficeHost();
  const first = await runFlow(host, { settings: {}, lang: "id", summary: false });
  const j8 = reviewList(first.analysis, []).items.find(
    (i) => i.rule === "CAPAIAN_MISMATCH" && i.cells[0].cell === "J8"
  )!;
  const marks = setMark([], j8.keys, {
    state: "accepted",
    by: "Rina Pemeriksa",
    at: "2026-01-02T08:00:00.000Z",
    reason: "Target direvisi",
  });
  await runFlow(host, { settings: {}, lang: "id", summary: true, marks });
  const ringkasan = fake.dump().sheets.find((s) => s.name === "Ringkasan")!;
  const rows = ringkasan.grid.map((r) => r.map((c) => (c?.value == null ? "" : String(c.value))));
  const title = rows.findIndex((r) => r[0] === "Catatan pemeriksaan");
  expect(title).toBeGreaterThan(0);
  expect(rows[title + 1].slice(0, 6)).toEqual([
    "Temuan",
    "Sel",
    "Status tanda",
    "Alasan",
    "Oleh",
    "Waktu",
  ]);
  expect(rows[title + 2].slice(0, 5)).toEqual([
    "Capaian tertulis ≠ capaian dihitung — Implementasi Kerjasama",
    "Capaian IKU 2025!J8, Anggaran dan Kinerja 2025!I7",
    "Diterima",
    "Target direvisi",
    "Rina Pemeriksa",
  ]);
});
