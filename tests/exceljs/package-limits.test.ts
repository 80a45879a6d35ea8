// The loader's limits: zip bombs (honest or lying about their sizes) are refused within a bounded time and memory,
// huge merged areas and validation ranges are clipped to the used area instead of being materialised, and a
// package whose cells reference a shared-strings part it lacks is refused.
import { performance } from "perf_hooks";
import { loadWorkbook, snapshotFromWorkbook, WorkbookLoadError } from "../../src/adapters/exceljs";
import { guardPackage, PACKAGE_LIMITS } from "../../src/adapters/exceljs/package-guard";
import { afterSheetData, bomb, smallWorkbook, withPart } from "../helpers/hostile-zips";

jest.setTimeout(30_000);

const SHEET = "xl/worksheets/sheet1.xml";
/**
 * Time bound in tests, which share the machine with other work: it only catches the unbounded cases (tens of
 * seconds before these limits). `npm run bench` measures the 2 s target on its own.
 */
const SLOW = 10_000;

async function loadError(bytes: Uint8Array): Promise<WorkbookLoadError> {
  try {
    await loadWorkbook(bytes);
  } catch (e) {
    return e as WorkbookLoadError;
  }
  throw new Error("loaded");
}

/** Runs `f`, returning its result, the time it took and how much the heap and RSS grew meanwhile. */
async function measured<T>(f: () => Promise<T>) {
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const t0 = performance.now();
  try {
    const value = await f();
    return { value, ms: performance.now() - t0, grewMB: (peak - rss0) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

describe("zip bombs", () => {
  test("a 1.2 MB package whose sheet truly declares 1.2 GB: refused before inflating", async () => {
    const b = await bomb(1200, "true");
    expect(b.length).toBeLessThan(2 * 1024 * 1024);
    const { value: e, ms } = await measured(() => loadError(b));
    expect(e).toBeInstanceOf(WorkbookLoadError);
    expect(e.code).toBe("too-large");
    expect(ms).toBeLessThan(SLOW);
  });

  test("the same bomb declaring 4 KB: inflation stops at a bound, quickly and within 300 MB", async () => {
    const b = await bomb(1200, "lie");
    const { value: e, ms, grewMB } = await measured(() => loadError(b));
    expect(e.code).toBe("too-large");
    expect(ms).toBeLessThan(SLOW);
    expect(grewMB).toBeLessThan(300);
  });

  test("with the ratio bound out of the way, the part-size bound stops a lying bomb on its real output", async () => {
    // Smaller bounds for the test's sake (the real ones are the same code path at 256 MB).
    const saved = { ...PACKAGE_LIMITS };
    PACKAGE_LIMITS.ratio = 1e9;
    PACKAGE_LIMITS.partBytes = 32 * 2 ** 20;
    try {
      const b = await bomb(64, "lie");
      const { value: e, ms } = await measured(() =>
        guardPackage(b).then(
          () => null,
          (err: unknown) => err
        )
      );
      expect(e).toMatchObject({ problem: "too-large", part: "xl/worksheets/sheet1.xml" });
      expect(ms).toBeLessThan(SLOW);
      // The same package passes when the part is allowed its 64 MB: the bound, not the data, refused it.
      PACKAGE_LIMITS.partBytes = 65 * 2 ** 20;
      await expect(guardPackage(b)).resolves.toBe(b);
    } finally {
      Object.assign(PACKAGE_LIMITS, saved);
    }
  });

  test("the sum of the parts is bounded too", async () => {
    const total = PACKAGE_LIMITS.totalBytes;
    PACKAGE_LIMITS.totalBytes = 1024;
    try {
      await expect(guardPackage(await smallWorkbook())).rejects.toMatchObject({
        problem: "too-large",
      });
    } finally {
      PACKAGE_LIMITS.totalBytes = total;
    }
  });

  test("an ordinary workbook passes unchanged (same bytes)", async () => {
    const pkg = await smallWorkbook();
    expect(await guardPackage(pkg)).toBe(pkg);
  });
});

describe("huge merged areas and validation ranges", () => {
  test("a full-column and a full-sheet merge are not materialised; a merge inside the used area stays", async () => {
    const pkg = await withPart(await smallWorkbook(), SHEET, (x) =>
      afterSheetData(
        x,
        '<mergeCells count="3"><mergeCell ref="F1:F1048576"/><mergeCell ref="A5:XFD1048576"/>' +
          '<mergeCell ref="B2:C2"/></mergeCells>'
      )
    );
    const { value: wb, ms, grewMB } = await measured(() => loadWorkbook(pkg));
    expect(ms).toBeLessThan(SLOW);
    expect(grewMB).toBeLessThan(300);
    const ws = wb.getWorksheet("IKU")!;
    expect(ws.rowCount).toBeLessThanOrEqual(3);
    expect(snapshotFromWorkbook(wb).sheets[0].merges).toEqual(["B2:C2"]);
  });

  test("a full-column merge that meets the used area is clipped to it", async () => {
    const pkg = await withPart(await smallWorkbook(), SHEET, (x) =>
      afterSheetData(x, '<mergeCells count="1"><mergeCell ref="E2:E1048576"/></mergeCells>')
    );
    const wb = await loadWorkbook(pkg);
    expect(snapshotFromWorkbook(wb).sheets[0].merges).toEqual(["E2:E3"]);
  });

  test("a full-column dropdown is clipped to the used rows", async () => {
    const pkg = await withPart(await smallWorkbook(), SHEET, (x) =>
      afterSheetData(
        x,
        '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="B2:B1048576 G1:XFD1048576">' +
          '<formula1>"a,b"</formula1></dataValidation></dataValidations>'
      )
    );
    const { value: wb, ms } = await measured(() => loadWorkbook(pkg));
    expect(ms).toBeLessThan(SLOW);
    const ws = wb.getWorksheet("IKU") as unknown as { dataValidations: { model: object } };
    const model = ws.dataValidations.model;
    expect(Object.keys(model).sort()).toEqual(["B2", "B3"]);
  });
});

describe("parts the cells reference", () => {
  test('text cells (t="s") without xl/sharedStrings.xml: refused', async () => {
    const pkg = await withPart(await smallWorkbook(), "xl/sharedStrings.xml", () => null);
    expect((await loadError(pkg)).code).toBe("missing-part");
  });

  test("a package without shared strings and without text cells is fine", async () => {
    const pkg = await withPart(await smallWorkbook(), "xl/sharedStrings.xml", () => null);
    const numbersOnly = await withPart(pkg, SHEET, (x) =>
      x.replace(/<c r="[A-Z]+\d+"[^>]*t="s"[^>]*>(<v>\d+<\/v>)?<\/c>/g, "")
    );
    const wb = await loadWorkbook(numbersOnly);
    expect(snapshotFromWorkbook(wb).sheets[0].values[1][2]).toBe(70);
  });
});
