// One plan, the same result everywhere: the sample read and analysed once, as the CLI does, its WritePlan applied
// through the fake Excel (Office.js adapter) and through the package writer (the CLI's --out, the workbench's
// download), and the resulting cells compared sheet by sheet.
import { loadSnapshot } from "../../src/adapters/exceljs";
import { applyPlan, detectCapabilities, readWorkbookSnapshot } from "../../src/adapters/office";
import { applyPlanToPackage } from "../../src/adapters/xlsx";
import { analyzeWorkbook, buildWritePlan, encodeOwnership } from "../../src/core";
import type { HostCapabilities, SheetSnapshot, WorkbookSnapshot } from "../../src/core/types";
import { createFakeExcel } from "../fakes/fake-excel";
import { seedFromSnapshot } from "../browser/fake-seed";
import * as fs from "fs";
import { SAMPLE } from "../helpers/sample";

const CAPS: HostCapabilities = { notes: true, comments: false, charts: true };
const NOW = "2026-02-01T00:00:00.000Z";

/** The plan written into the file's bytes and the result read back as the CLI reads a file. */
async function viaPackage(
  bytes: Uint8Array,
  plan: ReturnType<typeof buildWritePlan>
): Promise<WorkbookSnapshot> {
  const out = applyPlanToPackage(
    bytes,
    plan,
    plan.ownership ? encodeOwnership(plan.ownership) : []
  );
  return loadSnapshot(out, "lkj.xlsx", { placement: true });
}

function caps(fake: ReturnType<typeof createFakeExcel>) {
  return detectCapabilities({
    context: {
      requirements: { isSetSupported: (n: string, v?: string) => fake.isSetSupported(n, v) },
    },
  } as never);
}

/** Cells as a map A1 → {value|formula, numberFormat}; formula cells compare by formula (the fake does not calculate). */
function cells(s: SheetSnapshot): Map<string, string> {
  const out = new Map<string, string>();
  const rows = Math.max(s.values.length, s.formulas?.length ?? 0);
  for (let r = 0; r < rows; r++) {
    const width = Math.max(s.values[r]?.length ?? 0, s.formulas?.[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const f = s.formulas?.[r]?.[c] ?? null;
      const v = s.values[r]?.[c] ?? null;
      if (f === null && (v === null || v === "")) continue;
      const fmt = s.numberFormats?.[r]?.[c] ?? "General";
      out.set(
        `${r + 1}:${c + 1}`,
        JSON.stringify([f ?? v, f ? fmt : fmt === "@" ? "General" : fmt])
      );
    }
  }
  return out;
}

test("the sample's plan gives the same cells through Office.js (fake Excel) and the package writer", async () => {
  const bytes = new Uint8Array(fs.readFileSync(SAMPLE));
  const snapshot = await loadSnapshot(bytes, "lkj.xlsx", { placement: true });
  const fake = createFakeExcel(seedFromSnapshot(snapshot), { apiVersion: "1.18" });

  // The Office adapter reads what the CLI reads.
  const officeRead = await fake.run((ctx) =>
    readWorkbookSnapshot(ctx as unknown as Excel.RequestContext, caps(fake))
  );
  for (const s of snapshot.sheets) {
    const o = officeRead.sheets.find((x) => x.name === s.name)!;
    expect(cells(o)).toEqual(cells(s));
  }

  const analysis = analyzeWorkbook(snapshot);
  const plan = buildWritePlan(analysis, {
    capabilities: CAPS,
    lang: "id",
    summary: true,
    now: NOW,
  });
  expect(plan.cells.length).toBeGreaterThan(100);

  await fake.run((ctx) => applyPlan(ctx as unknown as Excel.RequestContext, plan, CAPS));
  const afterOffice = await fake.run((ctx) =>
    readWorkbookSnapshot(ctx as unknown as Excel.RequestContext, caps(fake))
  );
  const afterPackage = await viaPackage(bytes, plan);

  const names = (w: WorkbookSnapshot) => w.sheets.map((s) => s.name).sort();
  expect(names(afterOffice)).toEqual(names(afterPackage));
  for (const s of afterPackage.sheets) {
    const o = afterOffice.sheets.find((x) => x.name === s.name)!;
    const a = cells(s);
    const b = cells(o);
    const diff = [...new Set([...a.keys(), ...b.keys()])]
      .filter((k) => a.get(k) !== b.get(k))
      .map((k) => `${s.name}!${k} ${a.get(k)} ≠ ${b.get(k)}`);
    expect(diff).toEqual([]);
    expect(o.hidden ?? false).toBe(s.hidden ?? false);
  }
  // The same cells carry the add-in's notes in both.
  const notes = (w: WorkbookSnapshot) =>
    w.sheets.flatMap((s) => (s.annotated ?? []).map((c) => `${s.name}!${c}`)).sort();
  expect(notes(afterOffice)).toEqual(notes(afterPackage));
  expect(notes(afterPackage).length).toBe(plan.notes.length);
  // Flags: the fake's conditional formats match the plan's.
  const dump = fake.dump();
  const flagCount = dump.sheets.reduce(
    (n: number, s: { conditionalFormats: unknown[] }) => n + s.conditionalFormats.length,
    0
  );
  expect(flagCount).toBe(plan.flags.length);
});
