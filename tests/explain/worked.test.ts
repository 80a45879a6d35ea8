// Worked "Periksa" explanations on the bundled sample: every substituted arithmetic, redone from the numbers in its
// text by an independent calculator, gives the engine's value as displayed.
import { analyzeWorkbook, buildWritePlan } from "../../src/core";
import type { Analysis, Config, Lang, WorkbookSnapshot, WritePlan } from "../../src/core/types";
import { workedExplanation } from "../../src/core/explain/worked";
import { workedMessages } from "../../src/core/explain/worked-messages";

const idMessages = workedMessages("id");
const enMessages = workedMessages("en");
import { sampleSnapshot } from "../helpers/sample";
import { display, readLine } from "./calc";

const IKU = "Capaian IKU 2025";
const BUD = "Anggaran dan Kinerja 2025";
const PK = "Perjanjian Kinerja 2025";

let snap: WorkbookSnapshot;
function run(
  config: Partial<Config> = {},
  lang: Lang = "id"
): { analysis: Analysis; plan: WritePlan } {
  const analysis = analyzeWorkbook(snap, { ...config, lang });
  const plan = buildWritePlan(analysis, {
    capabilities: { notes: true, comments: false, charts: true },
    lang,
    summary: true,
    now: "2025-01-01T00:00:00.000Z",
  });
  return { analysis, plan };
}

let base: { analysis: Analysis; plan: WritePlan };
beforeAll(async () => {
  snap = await sampleSnapshot();
  base = run();
});

const w = (sheet: string, cell: string, r = base, lang: Lang = "id") =>
  workedExplanation(r.analysis, r.plan, sheet, cell, lang)!;

/** The line redone by hand, and the engine's value, both as displayed. */
function redo(line: string | null, engine: number, lang: Lang = "id") {
  expect(line).not.toBeNull();
  const { left, right } = readLine(line!, lang);
  expect(display(left, right, lang)).toBe(right);
  expect(display(engine, right, lang)).toBe(right);
}

test("J6: the text '75 Kasus 36%' is read as 36,00% and the capaian is 36,00% ÷ 70,00% = 51,43%", () => {
  const e = w(IKU, "J6");
  expect(e.kind).toBe("capaian");
  const i6 = e.inputs.find((i) => i.cell === "I6")!;
  expect(i6).toMatchObject({
    raw: "75 Kasus 36%",
    value: 0.36,
    shown: "36,00%",
    textSourced: true,
  });
  expect(i6.read).toBe('teks "75 Kasus 36%" → 36,00%');
  expect(e.inputs.find((i) => i.cell === "D6")).toMatchObject({ raw: 0.7, shown: "70,00%" });
  expect(e.arithmetic).toBe("36,00% ÷ 70,00% = 51,43%");
  expect(e.sources[0]).toContain("PermenPAN-RB");
  const flag = e.flags.find((f) => f.rule === "CAPAIAN_MISMATCH" && f.cell === "J6")!;
  expect(flag.clear).toContain("51,43%");
  // The stated 36,00% is an input too, so the reviewer sees both figures.
  expect(e.inputs.find((i) => i.cell === "J6")).toMatchObject({ shown: "36,00%" });
});

test("J6 in English", () => {
  const e = w(IKU, "J6", run({}, "en"), "en");
  expect(e.inputs.find((i) => i.cell === "I6")!.read).toBe('text "75 Kasus 36%" → 36.00%');
  expect(e.arithmetic).toBe("36.00% ÷ 70.00% = 51.43%");
  expect(e.title.startsWith(enMessages.capaian)).toBe(true);
});

test("a computed capaian from text cells (L9: '101 Orang' ÷ '20 orang')", () => {
  const e = w(IKU, "L9");
  // D9 holds the text "20 orang": the formula reads it (issue 10 item 5).
  expect(e.formula).toBe('=IFERROR(K9/VALUE(SUBSTITUTE(LEFT(D9,FIND(" ",D9)-1),".","")),"")');
  expect(e.arithmetic).toBe("101 ÷ 20 = 505,00%");
  const ind = base.analysis.report.indicators.find((i) => i.sheet === IKU && i.row === 9)!;
  redo(e.arithmetic, ind.capaian!);
  expect(e.inputs.map((i) => i.read)).toContain('teks "20 orang" → 20');
  expect(e.flags.map((f) => f.rule)).toContain("CAPAIAN_EXTREME");
});

test("negative polarity: 2 − R ÷ T", () => {
  const r = run({ indicators: { [`${IKU}!6`]: { polarity: "negative" } } });
  const e = w(IKU, "L6", r);
  expect(e.steps[e.steps.length - 1].words).toBe(idMessages.wCapaianNeg);
  // 2 − 0,36 / 0,70 = 1,485714… → 148,57% (by hand)
  expect(e.arithmetic).toBe("2 − 36,00% ÷ 70,00% = 148,57%");
  expect(e.sources[0]).toContain("PermenPAN-RB 8/2021");
  redo(
    e.arithmetic,
    r.analysis.report.indicators.find((i) => i.sheet === IKU && i.row === 6)!.capaian!
  );
});

test("capped at 120%: the ratio, then the cap", () => {
  const r = run({ cap: 1.2 });
  const e = w(IKU, "L9", r);
  expect(e.steps.map((s) => s.arithmetic)).toEqual([
    "101 ÷ 20 = 505,00%",
    "min(505,00%; 120,00%) = 120,00%",
  ]);
  expect(e.result).toEqual({ value: 1.2, shown: "120,00%" });
  expect(e.notes.join(" ")).toContain("120,00%");
  redo(e.arithmetic, 1.2);
});

test("a serapan: Rupiah in id-ID, Realisasi ÷ Pagu", () => {
  const e = w(BUD, "N5");
  expect(e.kind).toBe("serapan");
  // 6.738.712.639 / 7.022.542.000 = 0,959583… → 95,96% (by hand)
  expect(e.arithmetic).toBe("Rp6.738.712.639 ÷ Rp7.022.542.000 = 95,96%");
  expect(e.sources[0]).toContain("PMK 62/2023");
  const line = base.analysis.report.budget.find((b) => b.sheet === BUD && b.row === 5)!;
  redo(e.arithmetic, line.serapan!);
  // The stated % serapan cell explains the same computation.
  expect(w(BUD, "F5").arithmetic).toBe(e.arithmetic);
});

test("an efisiensi (ratio): capaian kinerja, serapan, and their quotient, each redone", () => {
  const e = w(BUD, "O5");
  const line = base.analysis.report.budget.find((b) => b.sheet === BUD && b.row === 5)!;
  expect(e.steps).toHaveLength(3);
  redo(e.steps[0].arithmetic, line.capaianKinerja!);
  redo(e.steps[1].arithmetic, line.serapan!);
  expect(e.arithmetic).toBe("188,52% ÷ 95,96% = 196,46%");
  redo(e.arithmetic, line.efisiensi!);
  expect(e.notes).toEqual(["1 IKU tanpa capaian tidak dihitung"]);
  expect(e.sources.join(" ")).toContain("Sangat Baik");
});

test("an efisiensi under PMK 214/2017: E, then NE limited to 0–100%", () => {
  const r = run({ efficiencyMethod: "pmk214" });
  const line = r.analysis.report.budget.find((b) => b.sheet === BUD && b.row === 16)!;
  const e = w(BUD, "O16", r);
  expect(e.sources[0]).toContain("PMK 214/2017");
  const [ck, E, NE] = e.steps;
  redo(ck.arithmetic, line.capaianKinerja!);
  redo(E.arithmetic, line.pmk214!.e);
  redo(NE.arithmetic, line.pmk214!.ne);
  expect(NE.arithmetic).toBe(
    "min(max(50,00% + 2,796% ÷ 20,00% × 50,00%; 0,00%); 100,00%) = 56,99%"
  );
  // By hand: E = (3.796.417.000 × 1 − 3.690.261.342) / 3.796.417.000 = 2,80%; NE = 50% + 2,80/20 × 50% = 56,99%
  expect(E.shown).toBe("2,80%");
  expect(NE.shown).toBe("56,99%");
});

test("an average: the stated Rata-rata row J19 against the computed average", () => {
  const e = w(IKU, "J19");
  expect(e.kind).toBe("average");
  redo(e.arithmetic, base.analysis.report.overall.capaian!);
  expect(e.arithmetic!.endsWith("÷ 11 = 180,47%")).toBe(true);
  expect(e.notes).toEqual(["2 IKU tanpa capaian tidak dihitung"]);
  expect(e.inputs.find((i) => i.cell === "J19")).toMatchObject({
    label: idMessages.statedValue,
    shown: "148,36%",
  });
  expect(e.flags[0]).toMatchObject({ rule: "AVERAGE_MISMATCH" });
  expect(e.flags[0].clear).toContain("180,47%");
  // Ringkasan's overall figure is the same average.
  const s = w("Ringkasan", "B12");
  expect(s.formula).toBe("=AVERAGE('Capaian IKU 2025'!L6:L18)");
  expect(s.arithmetic).toBe(e.arithmetic);
});

test("an average with missing values counted as 0 divides by every IKU", () => {
  const r = run({ missingPolicy: "zero" });
  const e = w(IKU, "J19", r);
  expect(e.arithmetic).toMatch(/ \+ 0,00% \+ 0,00% \+ 100,00%\) ÷ 13 = /);
  redo(e.arithmetic, r.analysis.report.overall.capaian!);
});

test("a total: 'Rp14.107.139.000' as the sum of two amounts typed as text", () => {
  const e = w(PK, "B22");
  expect(e.kind).toBe("total");
  expect(e.arithmetic).toBe("Rp9.365.037.000 + Rp4.742.102.000 = Rp14.107.139.000");
  const pagu = base.analysis.report.budget.filter((b) => b.sheet === PK).map((b) => b.pagu!);
  redo(e.arithmetic, pagu[0] + pagu[1]);
  expect(e.inputs.every((i) => i.textSourced)).toBe(true);
  // NUMBER_AS_TEXT is one finding per column (issue 8), named at the column's first text number (B20), not here.
  expect(e.flags.map((f) => f.rule)).toEqual([]);
});

test("a total row of the budget table: pagu summed, % serapan as Σ realisasi ÷ Σ pagu", () => {
  const lines = base.analysis.report.budget.filter((b) => b.sheet === BUD);
  const d = w(BUD, "D18");
  redo(
    d.arithmetic,
    lines.reduce((a, b) => a + b.pagu!, 0)
  );
  const f = w(BUD, "F18");
  const R = lines.reduce((a, b) => a + b.realisasi!, 0);
  const P = lines.reduce((a, b) => a + b.pagu!, 0);
  redo(f.arithmetic, R / P);
  expect(f.result!.shown).toBe("96,40%");
});

test("every computed and Ringkasan cell: each step's arithmetic redoes its displayed result", () => {
  let checked = 0;
  for (const lang of ["id", "en"] as const) {
    const r = lang === "id" ? base : run({}, "en");
    for (const c of r.plan.cells) {
      if (!c.formula) continue;
      const e = workedExplanation(r.analysis, r.plan, c.sheet, c.cell, lang);
      if (!e) continue;
      for (const s of e.steps) {
        if (!s.arithmetic || s.arithmetic.includes("→")) continue;
        const { left, right } = readLine(s.arithmetic, lang);
        expect(display(left, right, lang)).toBe(right);
        expect(right).toBe(s.shown);
        checked++;
      }
      // The computed cell's cached result is the explanation's result.
      if (
        typeof c.result === "number" &&
        e.result?.value !== null &&
        e.result &&
        e.kind !== "status"
      )
        expect(e.result.value).toBeCloseTo(c.result, 9);
    }
  }
  expect(checked).toBeGreaterThan(60);
});

test("status: the capaian against 100%", () => {
  const e = w(IKU, "M6");
  expect(e.arithmetic).toBe("51,43% < 100,00% → Belum tercapai");
});

test("cells with nothing to work out give null", () => {
  expect(workedExplanation(base.analysis, base.plan, IKU, "A1", "id")).toBeNull();
  expect(workedExplanation(base.analysis, base.plan, IKU, "not a cell", "id")).toBeNull();
  expect(workedExplanation(base.analysis, base.plan, "Tidak ada", "A1", "id")).toBeNull();
});

test("a qualitative capaian: category ranks", () => {
  const e = w(IKU, "L18");
  // Target "Baik (88)", realisasi "Baik": rank 4 ≥ rank 4 → 100%.
  expect(e.arithmetic).toBe("Baik (4) ≥ Baik (4) → 100,00%");
  expect(e.notes).toEqual(["peringkat realisasi Baik (4), peringkat target Baik (4)"]);
  expect(e.inputs.find((i) => i.cell === "D18")!.read).toBe('kategori "Baik (88)" → Baik (4)');
  const r = (() => {
    const s = JSON.parse(JSON.stringify(snap)) as WorkbookSnapshot;
    s.sheets.find((x) => x.name === IKU)!.values[17][8] = "Cukup";
    const analysis = analyzeWorkbook(s, {});
    const plan = buildWritePlan(analysis, {
      capabilities: { notes: true, comments: false, charts: true },
      lang: "id",
      summary: false,
      now: "2025-01-01T00:00:00.000Z",
    });
    return { analysis, plan };
  })();
  const c = w(IKU, "L18", r);
  // "Cukup" (3) against "Baik" (4): 3 ÷ 4 = 75%.
  expect(c.arithmetic).toBe("3 ÷ 4 = 75,00%");
  redo(
    c.arithmetic,
    r.analysis.report.indicators.find((i) => i.sheet === IKU && i.row === 18)!.capaian!
  );
});

function edited(sheet: string, row1: number, col0: number, v: number) {
  const s = JSON.parse(JSON.stringify(snap)) as WorkbookSnapshot;
  s.sheets.find((x) => x.name === sheet)!.values[row1 - 1][col0] = v;
  const analysis = analyzeWorkbook(s, {});
  const plan = buildWritePlan(analysis, {
    capabilities: { notes: true, comments: false, charts: true },
    lang: "id",
    summary: false,
    now: "2025-01-01T00:00:00.000Z",
  });
  return { analysis, plan };
}

test("what clears a flag names the matching value as displayed: a % serapan and a Rupiah total", () => {
  // F5 stated 50% instead of 6.738.712.639 / 7.022.542.000 = 95,96%.
  const f5 = w(BUD, "F5", edited(BUD, 5, 5, 0.5));
  const abs = f5.flags.find((f) => f.rule === "ABSORPTION_MISMATCH")!;
  expect(abs.clear).toContain("Tanda hilang bila sel ini berisi 95,96%.");
  expect(f5.arithmetic).toBe("Rp6.738.712.639 ÷ Rp7.022.542.000 = 95,96%");
  // D18 stated 10.000.000.000 instead of 7.022.542.000 + 3.796.417.000.
  const d18 = w(BUD, "D18", edited(BUD, 18, 3, 10_000_000_000));
  expect(d18.flags.map((f) => f.rule)).toEqual(["TOTAL_MISMATCH"]);
  expect(d18.flags[0].clear).toContain("Tanda hilang bila sel ini berisi Rp10.818.959.000.");
  expect(d18.inputs.find((i) => i.cell === "D18")).toMatchObject({ shown: "Rp10.000.000.000" });
});
