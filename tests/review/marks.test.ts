// Review marks on the bundled sample: a mark survives a re-run and a row move, reopens when the finding's input
// cells change, and is orphaned when the finding is gone.
import { parseRange, rangeA1 } from "../../src/core/address";
import { analyzeWorkbook } from "../../src/core";
import {
  identifyFindings,
  matchMarks,
  parseMarks,
  setMark,
  clearMark,
  type ReviewMark,
} from "../../src/core/review";
import type { Analysis, CellValue, WorkbookSnapshot } from "../../src/core/types";
import { sampleSnapshot } from "../helpers/sample";

const IKU = "Capaian IKU 2025";
const AT = "2026-01-02T03:04:05.000Z";

let snap: WorkbookSnapshot;
beforeAll(async () => {
  snap = await sampleSnapshot();
});

function edit(
  s: WorkbookSnapshot,
  sheet: string,
  row1: number,
  col0: number,
  v: CellValue
): WorkbookSnapshot {
  return {
    ...s,
    sheets: s.sheets.map((sh) => {
      if (sh.name !== sheet) return sh;
      const values = sh.values.map((r) => (r ? [...r] : r));
      values[row1 - 1][col0] = v;
      return { ...sh, values };
    }),
  };
}

/** A blank row inserted above `row1` (1-based), as Excel does: cells, formats and merges below move down. */
function insertRow(s: WorkbookSnapshot, sheet: string, row1: number): WorkbookSnapshot {
  const at = row1 - 1;
  const ins = <T>(grid: T[][] | undefined) =>
    grid ? [...grid.slice(0, at), [], ...grid.slice(at)] : grid;
  return {
    ...s,
    sheets: s.sheets.map((sh) =>
      sh.name !== sheet
        ? sh
        : {
            ...sh,
            values: ins(sh.values)!,
            formulas: ins(sh.formulas as (string | null | undefined)[][]),
            numberFormats: ins(sh.numberFormats as (string | null | undefined)[][]),
            merges: (sh.merges ?? []).map((m) => {
              const r = parseRange(m);
              if (r.top < at) return m;
              return rangeA1({ ...r, top: r.top + 1, bottom: r.bottom + 1 });
            }),
          }
    ),
  };
}

const analyze = (s: WorkbookSnapshot): Analysis => analyzeWorkbook(s, {});

function markOn(
  a: Analysis,
  rule: string,
  sheet: string,
  cell: string,
  state: "checked" | "accepted",
  reason?: string
): ReviewMark[] {
  const i = a.report.anomalies.findIndex(
    (x) => x.rule === rule && x.sheet === sheet && x.cell === cell
  );
  expect(i).toBeGreaterThanOrEqual(0);
  const key = identifyFindings(a)[i].key;
  return setMark([], [key], { state, by: "Rina", at: AT, reason });
}

const stateOf = (a: Analysis, marks: ReviewMark[], rule: string, cell: string) =>
  matchMarks(a, marks).anomalies.find((x) => x.rule === rule && x.sheet === IKU && x.cell === cell)
    ?.review.state;

test("keys are unique in a report and the same on a re-run", () => {
  const a = analyze(snap);
  const keys = identifyFindings(a).map((f) => f.key);
  expect(new Set(keys).size).toBe(keys.length);
  expect(identifyFindings(analyze(snap)).map((f) => f.key)).toEqual(keys);
  expect(keys[0]).toMatch(
    /^MIXED_UNITS\|Capaian IKU 2025\|layanan penanganan .*\|tw4#[0-9a-f]{16}$/
  );
});

test("a re-run after an unrelated edit keeps the mark; an average over the edited row reopens", () => {
  const a = analyze(snap);
  const marks = [
    ...markOn(a, "CAPAIAN_MISMATCH", IKU, "J6", "accepted", "Dikonfirmasi dengan laporan triwulan"),
    ...markOn(a, "AVERAGE_MISMATCH", IKU, "J19", "checked"),
  ];
  expect(stateOf(a, marks, "CAPAIAN_MISMATCH", "J6")).toBe("accepted");
  // Row 9's target "20 orang" becomes "25 orang": row 6 is untouched, the Rata-rata over rows 6–18 is not.
  const b = analyze(edit(snap, IKU, 9, 3, "25 orang"));
  const m = matchMarks(b, marks);
  expect(m.anomalies.find((x) => x.cell === "J6" && x.sheet === IKU)!.review).toMatchObject({
    state: "accepted",
    mark: { reason: "Dikonfirmasi dengan laporan triwulan", by: "Rina" },
  });
  expect(stateOf(b, marks, "AVERAGE_MISMATCH", "J19")).toBe("reopened");
  expect(m.kept.map((x) => x.state)).toEqual(["accepted"]);
  expect(m.reopened.map((x) => x.state)).toEqual(["checked"]);
  expect(m.orphaned).toEqual([]);
});

test("an edit to the finding's input cell reopens it", () => {
  const a = analyze(snap);
  const marks = markOn(a, "CAPAIAN_MISMATCH", IKU, "J6", "checked");
  // I6 "75 Kasus 36%" → "75 Kasus 40%": still a mismatch (40/70 = 57,14% ≠ 36%), on other contents.
  const b = analyze(edit(snap, IKU, 6, 8, "75 Kasus 40%"));
  expect(
    b.report.anomalies.some(
      (x) => x.rule === "CAPAIAN_MISMATCH" && x.cell === "J6" && x.sheet === IKU
    )
  ).toBe(true);
  expect(stateOf(b, marks, "CAPAIAN_MISMATCH", "J6")).toBe("reopened");
  // Editing the flagged cell itself (J6 36% → 40%) reopens it too.
  expect(stateOf(analyze(edit(snap, IKU, 6, 9, 0.4)), marks, "CAPAIAN_MISMATCH", "J6")).toBe(
    "reopened"
  );
});

test("a finding that is fixed leaves its mark orphaned", () => {
  const a = analyze(snap);
  const marks = markOn(a, "CAPAIAN_MISMATCH", IKU, "J8", "checked");
  // J8: stated 100%, computed 1/0,8 = 125% → the user types 125%.
  const b = analyze(edit(snap, IKU, 8, 9, 1.25));
  const m = matchMarks(b, marks);
  expect(
    m.anomalies.some((x) => x.rule === "CAPAIAN_MISMATCH" && x.cell === "J8" && x.sheet === IKU)
  ).toBe(false);
  expect(m.orphaned).toHaveLength(1);
  expect(m.kept).toEqual([]);
});

test("a row inserted above the table moves every finding but keeps every mark", () => {
  const a = analyze(snap);
  const ids = identifyFindings(a);
  const marks = ids.map((f) => ({ key: f.key, state: "checked" as const, by: "Rina", at: AT }));
  const b = analyze(insertRow(snap, IKU, 1));
  const j6 = b.report.anomalies.find((x) => x.rule === "CAPAIAN_MISMATCH" && x.sheet === IKU)!;
  expect(j6.cell).toBe("J7");
  const m = matchMarks(b, marks);
  expect(m.anomalies.every((x) => x.review.state === "checked")).toBe(true);
  expect(m.kept).toHaveLength(marks.length);
});

test("marking replaces an earlier mark on the same finding; clearing removes it; accepted needs a reason", () => {
  const a = analyze(snap);
  const key = identifyFindings(a)[2].key;
  let marks = setMark([], [key], { state: "checked", by: "Rina", at: AT });
  marks = setMark(marks, [key], { state: "accepted", by: "Budi", at: AT, reason: " target lama " });
  expect(marks).toEqual([{ key, state: "accepted", by: "Budi", at: AT, reason: "target lama" }]);
  expect(() => setMark(marks, [key], { state: "accepted", by: "Budi", at: AT })).toThrow();
  expect(clearMark(marks, [key])).toEqual([]);
});

test("parseMarks keeps valid marks and names the invalid ones", () => {
  const ok = { key: "K#1", state: "checked", by: "Rina", at: AT };
  const r = parseMarks({
    version: 1,
    marks: [
      ok,
      { ...ok, state: "accepted" },
      { ...ok, state: "done" },
      { ...ok, by: "" },
      null,
      { ...ok, state: "accepted", reason: "ok" },
    ],
  });
  expect(r.marks).toEqual([ok, { ...ok, state: "accepted", reason: "ok" }]);
  expect(r.problems).toEqual([
    "tanda tinjauan 2: reason tidak ada atau tidak sah",
    "tanda tinjauan 3: state tidak ada atau tidak sah",
    "tanda tinjauan 4: by tidak ada atau tidak sah",
    "tanda tinjauan 5: key tidak ada atau tidak sah",
  ]);
  expect(parseMarks([ok]).marks).toEqual([ok]);
  expect(parseMarks("nonsense", "en").problems[0]).toMatch(/^review marks: not/);
});
