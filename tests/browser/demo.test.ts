// `node scripts/demo.js --check`: serves dist/, fetches the workbench and the sample once, exits 0.
import { spawnSync } from "child_process";
import * as path from "path";
import { assertBuilt, ROOT } from "./helpers";

it("demo server check passes", () => {
  assertBuilt();
  const r = spawnSync(process.execPath, [path.join(ROOT, "scripts", "demo.js"), "--check"], {
    encoding: "utf8",
    timeout: 30_000,
  });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^OK: http:\/\/localhost:\d+\/workbench\.html \(200\)/);
});
