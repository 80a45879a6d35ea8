// The capaian colour bands in the sheet (issue 10): one rule per band on the computed Capaian and Status columns,
// written by the package writer with the band's colours, recorded as ours, and removed exactly.
import * as fs from "fs";
import { loadSnapshot, loadWorkbook } from "../../src/adapters/exceljs";
import { applyPlanToPackage } from "../../src/adapters/xlsx";
import { analyzeWorkbook } from "../../src/core/analyze/analyze-workbook";
import { BAND_COLORS, bandOf } from "../../src/core/bands";
import { resolveConfig } from "../../src/core/config";
import { locateOwnership } from "../../src/core/locate-ownership";
import { encodeOwnership } from "../../src/core/ownership";
import { bandFormula } from "../../src/core/plan/band-formats";
import { buildRemovalPlan, buildWritePlan } from "../../src/core/plan/build-plan";
import { FLAG_TAG, type WorkbookSnapshot } from "../../src/core/types";
import { SAMPLE, sampleSnapshot } from "../helpers/sample";
import { OPTIONS } from "./fixture";

const TAGGED = new RegExp(`"${FLAG_TAG}:`);

test("band formulas: the thresholds as configured, rounded like Status, tagged with the rule's token", () => {
  const b = { good: 1, fair: 0.8 };
  expect(bandFormula("good", "$L6", b, "t1")).toBe(
    '=AND(ISNUMBER($L6),ROUND($L6,9)>=1,ISTEXT("CapaianIKU:t1"))'
  );
  expect(bandFormula("fair", "$L6", b, "t2")).toBe(
    '=AND(ISNUMBER($L6),ROUND($L6,9)>=0.8,ROUND($L6,9)<1,ISTEXT("CapaianIKU:t2"))'
  );
  expect(bandFormula("poor", "$L6", { good: 1.1, fair: 0.9 }, "t3")).toBe(
    '=AND(ISNUMBER($L6),ROUND($L6,9)<0.9,ISTEXT("CapaianIKU:t3"))'
  );
  // 0.7999999999999999 shows as 80,00%: fair, as the ROUND in the formula decides.
  expect(bandOf(0.7999999999999999, b)).toBe("fair");
  expect(bandOf(0.79, b)).toBe("poor");
  expect(bandOf(1, b)).toBe("good");
  expect(bandOf(null, b)).toBeNull();
});

test("config: bands are validated (numbers, fair ≤ good); an invalid value is named and the default kept", () => {
  expect(resolveConfig({ bands: { good: 1.2, fair: 0.9 } }).config.bands).toEqual({
    good: 1.2,
    fair: 0.9,
  });
  for (const bad of [{ good: 0.8, fair: 0.9 }, { good: "1" }, [1, 0.8], -1]) {
    const { config, problems } = resolveConfig({ bands: bad });
    expect(config.bands).toEqual({ good: 1, fair: 0.8 });
    expect(problems).toEqual([{ key: "bands", value: bad, expected: "expBands" }]);
  }
});

async function samplePlan() {
  const snap = await sampleSnapshot();
  const analysis = analyzeWorkbook(snap);
  return { analysis, plan: buildWritePlan(analysis, OPTIONS) };
}

test("the plan colours each indicator block's Capaian and Status columns, three bands each, recorded as ours", async () => {
  const { analysis, plan } = await samplePlan();
  const bands = plan.flags.filter((f) => f.band);
  const sheets = new Set(analysis.report.indicators.map((i) => i.sheet));
  // Per sheet with indicators: 2 columns × 3 bands.
  expect(bands).toHaveLength(sheets.size * 6);
  for (const f of bands) {
    expect(f.formula).toMatch(TAGGED);
    expect(plan.ownership!.flags).toContainEqual({
      sheet: f.sheet,
      range: f.range,
      formula: f.formula,
    });
  }
  expect(new Set(bands.map((f) => f.formula)).size).toBe(bands.length);
});

/** As the CLI reads a file it writes back (the rules are among the placement facts). */
function readBack(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  return loadSnapshot(bytes, "x.xlsx", { placement: true });
}

test("package writer: band rules with their colours; removal deletes exactly them and the user's rules stay", async () => {
  const { plan } = await samplePlan();
  const bytes = new Uint8Array(fs.readFileSync(SAMPLE));
  const before = await readBack(bytes);
  const userRules = before.sheets.flatMap((s) =>
    (s.conditionalFormats ?? []).map((c) => `${s.name}|${c.formula}`)
  );
  const out = applyPlanToPackage(bytes, plan, encodeOwnership(plan.ownership!));
  const snap = await readBack(out);
  const written = snap.sheets.flatMap((s) =>
    (s.conditionalFormats ?? []).map((c) => ({ sheet: s.name, ...c }))
  );
  for (const f of plan.flags.filter((x) => x.band))
    expect(written).toContainEqual({
      sheet: f.sheet,
      range: f.range,
      formula: f.formula,
      fill: "#" + BAND_COLORS[f.band!].fill,
    });
  // The good band's fill is Excel's green (read by ExcelJS, a reader independent of the CLI's).
  const wb = await loadWorkbook(out);
  const good = plan.flags.find((f) => f.band === "good")!;
  const rule = (
    wb.getWorksheet(good.sheet) as unknown as {
      conditionalFormattings: Array<{
        ref: string;
        rules: Array<{ formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }>;
      }>;
    }
  ).conditionalFormattings
    .flatMap((cf) => cf.rules)
    .find((r) => r.formulae?.[0] === good.formula.slice(1));
  expect(rule?.style?.fill?.bgColor?.argb).toBe("FFC6EFCE");

  const removal = buildRemovalPlan(snap);
  for (const f of plan.flags)
    expect(removal.remove.flags).toContainEqual({ sheet: f.sheet, formula: f.formula });
  const cleaned = await readBack(applyPlanToPackage(out, removal, []));
  const left = cleaned.sheets.flatMap((s) =>
    (s.conditionalFormats ?? []).map((c) => `${s.name}|${c.formula}`)
  );
  expect(left.sort()).toEqual(userRules.sort());
});

test("rows inserted above a block: the rule Excel rewrote ($L7) is still found by its token; a user's rule is not", async () => {
  const { plan } = await samplePlan();
  const good = plan.flags.find((f) => f.band === "good")!;
  const moved = good.formula.replace(
    /\$([A-Z]+)(\d+)/g,
    (_m, c: string, r: string) => `$${c}${Number(r) + 1}`
  );
  const view: WorkbookSnapshot = {
    sheets: [
      {
        name: good.sheet,
        values: [],
        conditionalFormats: [
          { range: good.range, formula: moved },
          { range: "A1", formula: `=ISTEXT("${FLAG_TAG}")` },
        ],
      },
    ],
  } as unknown as WorkbookSnapshot;
  const located = locateOwnership(view, plan.ownership!);
  const mine = located.flags.filter((f) => f.sheet === good.sheet).map((f) => f.formula);
  expect(mine).toContain(moved);
  expect(mine).not.toContain(`=ISTEXT("${FLAG_TAG}")`);
});
