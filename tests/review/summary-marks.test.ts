// Ringkasan lists the reviewer's marks: finding, both cells, state, reason, who and when (issue 10 item 4).
import { analyzeWorkbook, buildWritePlan } from "../../src/core";
import { reviewList, setMark } from "../../src/core/review";
import type { Analysis, PlanOptions, WritePlan } from "../../src/core/types";
import { sampleSnapshot } from "../helpers/sample";

let a: Analysis;
beforeAll(async () => {
  a = analyzeWorkbook(await sampleSnapshot(), {});
});

const options = (lang: "id" | "en", marks?: PlanOptions["marks"]): PlanOptions => ({
  capabilities: { notes: true, comments: false, charts: true },
  lang,
  summary: true,
  now: "2026-01-05T03:00:00.000Z",
  timeZone: "Asia/Jakarta",
  marks,
});

/** The Ringkasan rows (by row number) as arrays of the values written, column A first. */
function rows(plan: WritePlan): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const c of plan.cells) {
    if (c.sheet !== "Ringkasan" || c.value === undefined) continue;
    const m = /^([A-Z]+)(\d+)$/.exec(c.cell)!;
    const r = Number(m[2]);
    const list = out.get(r) ?? [];
    list[m[1].charCodeAt(0) - 65] = String(c.value);
    out.set(r, list);
  }
  return out;
}

function table(plan: WritePlan, title: string): string[][] {
  const all = [...rows(plan).entries()].sort((x, y) => x[0] - y[0]);
  const at = all.findIndex(([, r]) => r[0] === title);
  if (at < 0) return [];
  const out: string[][] = [];
  for (let i = at + 1; i < all.length && all[i][0] === all[i - 1][0] + 1; i++) out.push(all[i][1]);
  return out;
}

test("no marks, no table (and an empty list is the same as none)", () => {
  expect(table(buildWritePlan(a, options("id")), "Catatan pemeriksaan")).toEqual([]);
  expect(table(buildWritePlan(a, options("id", [])), "Catatan pemeriksaan")).toEqual([]);
});

test("marked findings are listed with both cells, the state, reason, reviewer and a formatted date", () => {
  const { items } = reviewList(a, []);
  const j8 = items.find((i) => i.rule === "CAPAIAN_MISMATCH" && i.cells[0].cell === "J8")!;
  const j19 = items.find((i) => i.rule === "AVERAGE_MISMATCH" && i.cells[0].cell === "J19")!;
  let marks = setMark([], j8.keys, {
    state: "accepted",
    by: "Rina",
    at: "2026-01-02T08:00:00.000Z",
    reason: "=Target direvisi",
  });
  marks = setMark(marks, j19.keys, {
    state: "checked",
    by: "Budi",
    at: "2026-01-03T09:00:00.000Z",
  });
  const plan = buildWritePlan(a, options("id", marks));
  expect(table(plan, "Catatan pemeriksaan")).toEqual([
    ["Temuan", "Sel", "Status tanda", "Alasan", "Oleh", "Waktu"],
    [
      "Capaian tertulis ≠ capaian dihitung — Implementasi Kerjasama",
      "Capaian IKU 2025!J8, Anggaran dan Kinerja 2025!I7",
      "Diterima",
      "=Target direvisi",
      "Rina",
      "2 Januari 2026 15.00 WIB",
    ],
    [
      "Rata-rata capaian tidak cocok — Rata-rata Capaian IKU (13 IKU)",
      "Capaian IKU 2025!J19",
      "Sudah diperiksa",
      undefined,
      "Budi",
      "3 Januari 2026 16.00 WIB",
    ],
  ]);
  // A reason starting with "=" is a value (always written as text), never a formula.
  const reason = plan.cells.find((c) => c.sheet === "Ringkasan" && c.value === "=Target direvisi")!;
  expect(reason.formula).toBeUndefined();
  const en = table(buildWritePlan(a, options("en", marks)), "Review marks");
  expect(en[0]).toEqual(["Finding", "Cells", "Mark", "Reason", "By", "When"]);
  expect(en[2][2]).toBe("Checked");
});

test("a mark whose finding's cells changed is listed as reopened; one whose finding is gone is not listed", () => {
  const { items } = reviewList(a, []);
  const j6 = items.find((i) => i.rule === "CAPAIAN_MISMATCH" && i.cells[0].cell === "J6")!;
  const stale = setMark([], j6.keys, {
    state: "checked",
    by: "Rina",
    at: "2026-01-02T08:00:00.000Z",
  }).map((m) => ({ ...m, key: m.key.replace(/#.*$/, "#0000000000000000") }));
  const gone = {
    key: "NOPE|x|y|z#1",
    state: "checked" as const,
    by: "X",
    at: "2026-01-02T08:00:00.000Z",
  };
  const t = table(buildWritePlan(a, options("id", [...stale, gone])), "Catatan pemeriksaan");
  expect(t).toHaveLength(2);
  expect(t[1][2]).toBe("Dibuka lagi: sel sumbernya berubah");
});
