// The task pane's initial JavaScript stays under 250 KB gzip, and ExcelJS never reaches it.
import * as fs from "fs";
import * as path from "path";
import { assertBuilt, DIST } from "./helpers";

const { measurePaneBundle, BUDGET_GZIP_BYTES } = require("../../bench/pane.js") as {
  measurePaneBundle(dist?: string): { files: Array<{ file: string; gzip: number }>; gzip: number };
  BUDGET_GZIP_BYTES: number;
};

it("initial task-pane JS is within 250 KB gzip and carries no ExcelJS", () => {
  assertBuilt();
  const m = measurePaneBundle(DIST);
  expect(BUDGET_GZIP_BYTES).toBe(250 * 1024);
  expect(m.gzip).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  expect(m.files.map((f) => f.file)).toContain("legacy.js");
  expect(m.files[0].file).toBe("legacy.js"); // the IE11 check runs before the React bundle
  for (const f of m.files) {
    expect(f.file).not.toMatch(/exceljs|jszip/);
    const text = fs.readFileSync(path.join(DIST, f.file), "utf8");
    expect(text).not.toMatch(/ExcelJS|JSZip/);
  }
});
