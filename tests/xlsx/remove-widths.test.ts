// `remove` gives back a written sheet's column widths and its <dimension> exactly: the run widens the dimension
// hint to cover its block (and never touches the user's <cols>), the removal fits the hint back to the cells left.
import { strFromU8, unzipSync } from "fflate";
import { loadSnapshot } from "../../src/adapters/exceljs";
import { analyzeSnapshot, annotate, removeOutput } from "../../src/cli/annotate";
import { buildIku, workbookBytes, workbookFromSpecs } from "../helpers/make-workbook";

jest.setTimeout(60_000);

const SHEET = "xl/worksheets/sheet1.xml";
const part = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes)[name]);
const cols = (xml: string) => /<cols>[\s\S]*?<\/cols>/.exec(xml)?.[0];
const dimension = (xml: string) => /<dimension\b[^>]*>/.exec(xml)?.[0];

async function userWorkbook(): Promise<Uint8Array> {
  const build = buildIku({ rows: 14, budget: false });
  const wb = workbookFromSpecs(build.sheets.map((s) => ({ ...s, merges: [] })));
  const ws = wb.worksheets[0];
  // Custom widths on, and right of, the table (where the computed block lands), one with a column style.
  ws.getColumn(1).width = 6.5;
  ws.getColumn(2).width = 30;
  for (let c = 10; c <= 14; c++) ws.getColumn(c).width = 11 + c;
  ws.getColumn(12).hidden = true;
  return workbookBytes(wb);
}

async function runThenRemove(bytes: Uint8Array) {
  const snap = await loadSnapshot(bytes, "f.xlsx", { placement: true });
  const written = annotate(bytes, snap, analyzeSnapshot(snap, {}), {
    lang: "id",
    summary: true,
    now: "2025-03-01T08:00:00.000Z",
  }).bytes;
  const removed = removeOutput(written, await loadSnapshot(written, "f.xlsx", { placement: true }));
  expect(removed.removed).toBe(true);
  return { written, removed: removed.bytes };
}

test("run + remove: <cols> and <dimension> byte-identical to the user's", async () => {
  const bytes = await userWorkbook();
  const before = part(bytes, SHEET);
  expect(cols(before)).toMatch(/width="25"/);
  const { written, removed } = await runThenRemove(bytes);
  const during = part(written, SHEET);
  // The run writes to the right of the table: the hint grew, the widths did not change.
  expect(dimension(during)).not.toBe(dimension(before));
  expect(cols(during)).toBe(cols(before));
  const after = part(removed, SHEET);
  expect(cols(after)).toBe(cols(before));
  expect(dimension(after)).toBe(dimension(before));
});

test("a re-run after removal widens the hint again, and a second removal gives it back", async () => {
  const bytes = await userWorkbook();
  const first = await runThenRemove(bytes);
  const second = await runThenRemove(first.removed);
  expect(dimension(part(second.written, SHEET))).toBe(dimension(part(first.written, SHEET)));
  expect(dimension(part(second.removed, SHEET))).toBe(dimension(part(bytes, SHEET)));
  expect(cols(part(second.removed, SHEET))).toBe(cols(part(bytes, SHEET)));
});
