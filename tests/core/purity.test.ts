// src/core is pure: no Office, DOM or Node imports, so the same engine runs in Excel, the CLI and the browser.
import * as fs from "fs";
import * as path from "path";

const CORE = path.join(__dirname, "..", "..", "src", "core");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []
  );
}

test("every import in src/core stays inside src/core", () => {
  const offenders: string[] = [];
  for (const f of files(CORE)) {
    const text = fs.readFileSync(f, "utf8");
    for (const m of text.matchAll(/(?:import|export)[^'"]*from\s*["']([^"']+)["']|require\(["']([^"']+)["']\)/g)) {
      const spec = m[1] ?? m[2];
      const resolved = path.resolve(path.dirname(f), spec);
      if (!spec.startsWith(".") || !resolved.startsWith(CORE)) offenders.push(`${path.relative(CORE, f)}: ${spec}`);
    }
  }
  expect(offenders).toEqual([]);
});

test("src/core uses no DOM, Node or Office globals", () => {
  const offenders: string[] = [];
  for (const f of files(CORE)) {
    const text = fs.readFileSync(f, "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "");
    for (const g of ["window.", "document.", "process.", "Office.", "Excel.", "Buffer.", "navigator.", "localStorage"]) {
      if (text.includes(g)) offenders.push(`${path.relative(CORE, f)}: ${g}`);
    }
  }
  expect(offenders).toEqual([]);
});
