// reviewList and markRows: the pane's list in one call, and the marks as Ringkasan rows (who, when, why).
import { analyzeWorkbook } from "../../src/core";
import { markRows, reviewList, setMark } from "../../src/core/review";
import type { Analysis } from "../../src/core/types";
import { sampleSnapshot } from "../helpers/sample";

let a: Analysis;
beforeAll(async () => {
  a = analyzeWorkbook(await sampleSnapshot(), {});
});

test("marked items become Ringkasan rows with the finding, both cells, state, reason, who and when", () => {
  const { items } = reviewList(a, []);
  expect(markRows(items, "id")).toEqual([]);
  const j8 = items.find((i) => i.rule === "CAPAIAN_MISMATCH" && i.cells[0].cell === "J8")!;
  const j19 = items.find((i) => i.rule === "AVERAGE_MISMATCH" && i.cells[0].cell === "J19")!;
  let marks = setMark([], j8.keys, {
    state: "accepted",
    by: "Rina",
    at: "2026-01-02T08:00:00.000Z",
    reason: "Target direvisi",
  });
  marks = setMark(marks, j19.keys, {
    state: "checked",
    by: "Budi",
    at: "2026-01-03T09:00:00.000Z",
  });
  const after = reviewList(a, marks);
  expect(after.match.kept).toHaveLength(3);
  expect(markRows(after.items, "id")).toEqual([
    {
      finding: "Capaian tertulis ≠ capaian dihitung — Implementasi Kerjasama",
      cells: "Capaian IKU 2025!J8, Anggaran dan Kinerja 2025!I7",
      state: "Diterima",
      reason: "Target direvisi",
      by: "Rina",
      at: "2026-01-02T08:00:00.000Z",
    },
    {
      finding: "Rata-rata capaian tidak cocok — Rata-rata Capaian IKU (13 IKU)",
      cells: "Capaian IKU 2025!J19",
      state: "Sudah diperiksa",
      reason: "",
      by: "Budi",
      at: "2026-01-03T09:00:00.000Z",
    },
  ]);
  expect(markRows(after.items, "en")[1].state).toBe("Checked");
});

test("a reopened mark is listed as reopened", () => {
  const { items } = reviewList(a, []);
  const j6 = items.find((i) => i.rule === "CAPAIAN_MISMATCH" && i.cells[0].cell === "J6")!;
  const marks = setMark([], j6.keys, {
    state: "checked",
    by: "Rina",
    at: "2026-01-02T08:00:00.000Z",
  });
  // The same findings with other input contents: keys keep the identity, change the fingerprint.
  const stale = marks.map((m) => ({ ...m, key: m.key.replace(/#.*$/, "#0000000000000000") }));
  const rows = markRows(reviewList(a, stale).items, "id");
  expect(rows).toHaveLength(1);
  expect(rows[0].state).toBe("Dibuka lagi: sel sumbernya berubah");
});
