// Issue 13: settings saved in a document (Office's document settings) are validated at the edge. An invalid value is
// dropped and named to the user in their language; the valid ones still apply; nothing is cast through.
import { configProblemText } from "../../src/core";
import { createOfficeHost } from "../../src/shared/office-host";
import { createFakeExcel } from "../fakes/fake-excel";
import { installFakeOffice, type InstalledOffice } from "../fakes/fake-office";
import { sampleSnapshot, seedFromSnapshot } from "../browser/fake-seed";

let office: InstalledOffice | null = null;
afterEach(() => office?.uninstall());

async function hostWith(saved: unknown) {
  const fake = createFakeExcel(seedFromSnapshot(await sampleSnapshot()), { apiVersion: "1.18" });
  office = installFakeOffice(globalThis as unknown as Record<string, unknown>, fake, {
    displayLanguage: "id-ID",
    settings: { "capaianIku.config": saved },
  });
  return createOfficeHost();
}

test("invalid saved values are dropped and named; valid ones are kept", async () => {
  const host = await hostWith(JSON.stringify({ lang: "fr", cap: "x", tables: 7, missingPolicy: "zero" }));
  const settings = await host.loadSettings();
  expect(settings).toEqual({ missingPolicy: "zero" });
  const problems = host.settingsProblems?.() ?? [];
  expect(problems.map((p) => p.key).sort()).toEqual(["cap", "lang", "tables"]);
  const id = problems.map((p) => configProblemText(p, "id")).join("\n");
  const en = problems.map((p) => configProblemText(p, "en")).join("\n");
  expect(id).toContain('"fr"');
  expect(en).toContain('"fr"');
  expect(id).not.toEqual(en);
});

test("a saved value that is not an object gives no settings and one problem", async () => {
  const host = await hostWith("not json {");
  expect(await host.loadSettings()).toBeNull();
  expect(host.settingsProblems?.()).toHaveLength(1);
});

test("valid saved settings give no problem", async () => {
  const host = await hostWith(JSON.stringify({ cap: 1.2 }));
  expect(await host.loadSettings()).toEqual({ cap: 1.2 });
  expect(host.settingsProblems?.()).toEqual([]);
});
