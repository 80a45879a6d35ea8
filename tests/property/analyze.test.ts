// analyzeWorkbook on ≥ 10,000 generated workbooks: empty sheets, one cell, thousands of columns, error values,
// unicode, huge and tiny numbers, NaN/Infinity, text everywhere, header-like rows at random places, several tables
// on a sheet, merges (valid and nonsense), ragged and missing rows, corrupted ownership records. It never throws,
// always returns a schemaVersion 1 report, is deterministic, leaves its input alone, and names only real cells.
import fc from "fast-check";
import { analyzeWorkbook } from "../../src/core";
import { parseA1, parseRange } from "../../src/core/address";
import {
  META_SHEET,
  type Analysis,
  type Config,
  type Report,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../../src/core/types";
import { makeIkuSnapshot } from "../helpers/make-workbook";
import { cellArb, gridSheetArb, metaSheetArb, tableSheetArb, workbookArb } from "./arbitraries";
import { RULE_IDS } from "../helpers/rule-ids";

jest.setTimeout(120_000);

const RULES = new Set<string>(RULE_IDS);

/** Rows and columns a sheet really has (values or formulas). */
function extent(s: SheetSnapshot): { rows: number; cols: number } {
  let cols = 0;
  for (const grid of [s.values, s.formulas ?? []])
    for (const row of grid) if (row && row.length > cols) cols = row.length;
  return { rows: s.values.length, cols };
}

const A1 = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

/** Every invariant of one analysis; throws (through expect) on the first broken one. */
function checkAnalysis(input: WorkbookSnapshot, a: Analysis): void {
  const r: Report = a.report;
  expect(r.schemaVersion).toBe(1);
  for (const k of ["tables", "indicators", "sasaran", "budget", "anomalies", "problems"] as const)
    expect(Array.isArray(r[k])).toBe(true);
  expect(r.overall.counted).toBeLessThanOrEqual(r.overall.total);
  expect(r.overall.total).toBeLessThanOrEqual(r.indicators.length);
  const visible = new Map(input.sheets.filter((s) => !s.hidden).map((s) => [s.name, s]));
  for (const an of r.anomalies) {
    expect(RULES.has(an.rule)).toBe(true);
    expect(["error", "warning", "info"]).toContain(an.severity);
    expect(typeof an.message).toBe("string");
    expect(an.cell).toMatch(A1);
    const sheet = visible.get(an.sheet);
    expect(sheet).toBeDefined();
    const { row, col } = parseA1(an.cell);
    const e = extent(sheet as SheetSnapshot);
    if (!(row < e.rows && col < Math.max(e.cols, 1)))
      throw new Error(
        `${an.rule} names ${an.sheet}!${an.cell} outside the sheet (${e.rows} rows × ${e.cols} columns)`
      );
  }
  for (const t of r.tables) {
    const sheet = visible.get(t.sheet) as SheetSnapshot;
    expect(sheet).toBeDefined();
    const range = parseRange(t.range);
    const e = extent(sheet);
    expect(range.bottom).toBeLessThan(e.rows);
    expect(range.right).toBeLessThan(Math.max(e.cols, 1));
    expect(["indicators", "budget", "other"]).toContain(t.kind);
    expect(t.confidence).toBeGreaterThanOrEqual(0);
    expect(t.confidence).toBeLessThanOrEqual(1);
  }
  for (const i of r.indicators) {
    expect(visible.has(i.sheet)).toBe(true);
    expect(i.row).toBeGreaterThanOrEqual(1);
    expect(i.row).toBeLessThanOrEqual(extent(visible.get(i.sheet) as SheetSnapshot).rows);
  }
  expect(typeof a.view).toBe("object");
}

/** The JSON the CLI writes is the report itself: no NaN or ±Infinity that JSON would turn into null. */
function checkJsonSafe(r: Report): void {
  const nonFinite: string[] = [];
  JSON.stringify(r, function (k, v) {
    if (typeof v === "number" && !Number.isFinite(v)) nonFinite.push(`${k}: ${v}`);
    return v;
  });
  expect(nonFinite).toEqual([]);
}

/** Never throws, checks the invariants, same report twice (and on a deep copy), input unchanged. */
function analyzeAndCheck(input: WorkbookSnapshot, config?: Partial<Config>): void {
  const before = structuredClone(input);
  let a: Analysis;
  try {
    a = analyzeWorkbook(input, config);
  } catch (e) {
    throw new Error(`analyzeWorkbook threw: ${(e as Error).stack}`);
  }
  checkAnalysis(input, a);
  expect(input).toEqual(before);
  const again = analyzeWorkbook(structuredClone(before), config);
  expect(again.report).toEqual(a.report);
}

/**
 * Keeps a failing property (whose shrinking re-runs big inputs) from running for minutes; well above the time the
 * passing runs take, so it never cuts a passing run short on a normal machine.
 */
const LIMIT = { interruptAfterTimeLimit: 50_000, markInterruptAsFailure: false };
/** Big inputs: report the first failure as it is (shrinking thousands of rows takes minutes). */
const NO_SHRINK = {
  endOnFailure: true,
  interruptAfterTimeLimit: 30_000,
  markInterruptAsFailure: false,
};

const configArb: fc.Arbitrary<Partial<Config> | undefined> = fc.option(
  fc.record(
    {
      cap: fc.constantFrom(null, 1, 1.1, 1.2, 7 as never),
      missingPolicy: fc.constantFrom("exclude", "zero"),
      efficiencyMethod: fc.constantFrom("ratio", "pmk214"),
      lang: fc.constantFrom("id", "en"),
      tolerance: fc.constantFrom(0, 0.0005, 0.5, -1),
      extremeThreshold: fc.constantFrom(0, 2, 1e9),
      manualRanges: fc.array(
        fc.constantFrom(
          "Sheet1!A1:D10",
          "'Capaian IKU 2025'!A4:J19",
          "nonsense",
          "Sheet1!ZZZZ9",
          "!"
        ),
        { maxLength: 2 }
      ),
    },
    { requiredKeys: [] }
  ) as fc.Arbitrary<Partial<Config>>,
  { freq: 3 }
);

describe("analyzeWorkbook on generated workbooks", () => {
  test("mixed workbooks (random grids and table layouts): 5,000 runs", () => {
    const noMeta = workbookArb.map((wb) => ({
      ...wb,
      sheets: wb.sheets.filter((s) => s.name !== META_SHEET),
    }));
    fc.assert(
      fc.property(noMeta, configArb, (wb, config) => analyzeAndCheck(wb, config)),
      { numRuns: 5000, ...LIMIT }
    );
  });

  test("a corrupted or foreign ownership record (meta sheet) never makes it throw: 500 runs", () => {
    fc.assert(
      fc.property(
        fc.array(tableSheetArb, { minLength: 1, maxLength: 2 }).chain((sheets) => {
          const names = new Set<string>();
          const unique = sheets.filter((s) => !names.has(s.name) && (names.add(s.name), true));
          return metaSheetArb(unique.map((s) => s.name)).map(
            (meta) => ({ sheets: [...unique, meta] }) as WorkbookSnapshot
          );
        }),
        (wb) => analyzeAndCheck(wb)
      ),
      { numRuns: 500, ...LIMIT }
    );
  });

  test("every figure in the report is finite or null, even with extreme numbers (JSON keeps it): 1,000 runs", () => {
    const extreme = fc.oneof(
      fc.constantFrom(5e-324, 1e-300, 1e-200, 1e300, 1e308, Number.MAX_VALUE, -1e308, 0, 1),
      fc.double({ noNaN: true, noDefaultInfinity: true })
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(extreme, extreme, extreme, extreme, extreme, extreme), {
          minLength: 1,
          maxLength: 6,
        }),
        (rows) => {
          const values = [
            ["No", "Indikator", "Target", "TW 1", "TW 2", "TW 3", "TW 4", "Capaian"],
            ...rows.map((v, i) => [i + 1, `Indikator ${i + 1}`, ...v]),
          ];
          const budget = [
            ["Kegiatan", "Pagu", "Realisasi Anggaran", "% Serapan"],
            ...rows.map((v, i) => [`Kegiatan ${i + 1}`, v[0], v[1], v[2]]),
            ["Jumlah", rows[0][3], rows[0][4], rows[0][5]],
          ];
          const a = analyzeWorkbook({
            sheets: [
              { name: "IKU", values },
              { name: "Anggaran", values: budget },
            ],
          });
          checkAnalysis(
            {
              sheets: [
                { name: "IKU", values },
                { name: "Anggaran", values: budget },
              ],
            },
            a
          );
          checkJsonSafe(a.report);
        }
      ),
      { numRuns: 1000, ...LIMIT }
    );
  });

  test("table-like sheets only (header words at random places, two-row headers, several tables): 2,500 runs", () => {
    fc.assert(
      fc.property(
        fc.array(tableSheetArb, { minLength: 1, maxLength: 2 }),
        fc.constantFrom<"id" | "en">("id", "en"),
        (sheets, lang) => {
          const names = new Set<string>();
          const unique = sheets.filter((s) => !names.has(s.name) && (names.add(s.name), true));
          analyzeAndCheck({ sheets: unique }, { lang });
        }
      ),
      { numRuns: 2500, ...LIMIT }
    );
  });

  test("degenerate shapes: no sheets, empty sheets, one cell, missing rows, not-an-array values", () => {
    const odd: WorkbookSnapshot[] = [
      { sheets: [] },
      { sheets: [{ name: "", values: [] }] },
      { sheets: [{ name: "Kosong", values: [[]] }] },
      { sheets: [{ name: "Satu", values: [[42]] }] },
      { sheets: [{ name: "Satu teks", values: [["Target"]] }] },
      {
        sheets: [
          // eslint-disable-next-line no-sparse-arrays
          { name: "Bolong", values: [, , [null, "Indikator", "Target"], , [1, "x", 5]] as never },
        ],
      },
      { sheets: [{ name: "Rusak", values: null as never }] },
      { sheets: [{ name: "Rusak 2", values: "abc" as never }] },
      { sheets: null as never },
      {} as never,
      null as never,
    ];
    for (const wb of odd) {
      const a = analyzeWorkbook(wb);
      expect(a.report.schemaVersion).toBe(1);
      expect(JSON.parse(JSON.stringify(a.report))).toEqual(a.report);
    }
    fc.assert(
      fc.property(cellArb, (v) =>
        analyzeAndCheck({ sheets: [{ name: "S", values: [[v ?? null]] }] })
      ),
      { numRuns: 500 }
    );
  });

  test("large shapes: thousands of columns, thousands of rows, huge merges (25 runs)", () => {
    const wide = fc
      .record({
        cols: fc.integer({ min: 1000, max: 16384 }),
        rows: fc.integer({ min: 1, max: 4 }),
        fill: fc.array(fc.tuple(fc.nat(3), fc.nat(16383), cellArb), { maxLength: 40 }),
      })
      .map(({ cols, rows, fill }) => {
        const values = Array.from({ length: rows }, () => new Array(cols).fill(null));
        for (const [r, c, v] of fill)
          if (r < rows && c < cols) values[r][c] = v === undefined ? null : v;
        values[0][0] = "Indikator";
        values[0][cols - 1] = "Target";
        return {
          name: "Lebar",
          values,
          merges: ["A1:XFD1", "A1:A1048576", "B2:ZZ200"],
        } as SheetSnapshot;
      });
    const tall = fc
      .record({
        rows: fc.integer({ min: 1000, max: 3000 }),
        body: fc.array(fc.array(cellArb, { maxLength: 6 }), { minLength: 1, maxLength: 20 }),
      })
      .map(({ rows, body }) => {
        const values = [
          ["No", "Indikator", "Target", "Realisasi", "Capaian"],
        ] as SheetSnapshot["values"];
        for (let i = 0; i < rows; i++)
          values.push(body[i % body.length].map((v) => (v === undefined ? null : v)));
        return { name: "Tinggi", values } as SheetSnapshot;
      });
    fc.assert(
      fc.property(wide, (s) => analyzeAndCheck({ sheets: [s] })),
      { numRuns: 15, ...NO_SHRINK }
    );
    fc.assert(
      fc.property(tall, (s) => analyzeAndCheck({ sheets: [s] })),
      { numRuns: 10, ...NO_SHRINK }
    );
  });

  test("generated IKU workbooks of random size and planted rows: every planted problem found, nothing else", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 12, max: 120 }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.integer({ min: 1, max: 12 }),
        (rows, seed, lines) => {
          const { snapshot, planted } = makeIkuSnapshot({
            rows,
            seed,
            budget: { lines: Math.max(lines, 4) },
          });
          const a = analyzeWorkbook(snapshot);
          checkAnalysis(snapshot, a);
          const key = (x: { rule: string; sheet: string; cell: string }) =>
            `${x.rule} ${x.sheet}!${x.cell}`;
          expect(a.report.anomalies.map(key).sort()).toEqual(planted.map(key).sort());
        }
      ),
      { numRuns: 200, ...LIMIT }
    );
  });

  test("a random grid pasted next to the generated IKU table does not move the planted anomalies", () => {
    fc.assert(
      fc.property(gridSheetArb(10, 6), fc.integer({ min: 1, max: 2 ** 30 }), (junk, seed) => {
        const { snapshot, planted } = makeIkuSnapshot({ rows: 14, seed, budget: false });
        const iku = snapshot.sheets[0];
        // The junk goes below the table, after two empty rows, on the same sheet; and as a sheet of its own.
        const start = iku.values.length + 2;
        junk.values.forEach((row, r) => {
          if (!row) return;
          iku.values[start + r] = row.map((v) => (v === undefined ? null : v));
        });
        for (let r = 0; r < iku.values.length; r++) if (!iku.values[r]) iku.values[r] = [];
        const wb: WorkbookSnapshot = {
          sheets: [iku, { ...junk, name: junk.name === iku.name ? junk.name + "2" : junk.name }],
        };
        const a = analyzeWorkbook(wb);
        checkAnalysis(wb, a);
        const found = new Set(a.report.anomalies.map((x) => `${x.rule} ${x.sheet}!${x.cell}`));
        for (const p of planted) expect(found.has(`${p.rule} ${p.sheet}!${p.cell}`)).toBe(true);
      }),
      { numRuns: 300, ...LIMIT }
    );
  });
});
