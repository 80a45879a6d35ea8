// Microsoft's office.js is a dev dependency for the tests in tests/officejs/ only (its licence allows use to
// develop and test add-ins): it is never shipped. Excel loads it from Microsoft's CDN at run time.
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]
  );
}

test("@microsoft/office-js is a devDependency only", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  expect(pkg.devDependencies["@microsoft/office-js"]).toBeDefined();
  expect(pkg.dependencies["@microsoft/office-js"]).toBeUndefined();
});

test("dist/ holds no part of office.js", () => {
  expect(fs.existsSync(DIST)).toBe(true);
  // Identifiers found throughout office.js and its host scripts, never in our code.
  const marks = ["OSF.DDA.", "OfficeExtension_1", "Microsoft.Office.WebExtension", "OSF._OfficeAppFactory"];
  const offenders: string[] = [];
  const shipped = new Set(
    files(path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist")).map((f) => path.basename(f))
  );
  for (const f of files(DIST)) {
    const rel = path.relative(DIST, f);
    if (/\.(png|xlsx)$/.test(f)) continue;
    if (shipped.has(path.basename(f)) && /office|excel/i.test(path.basename(f))) offenders.push(`${rel}: file name`);
    const text = fs.readFileSync(f, "utf8");
    for (const m of marks) if (text.includes(m)) offenders.push(`${rel}: ${m}`);
  }
  expect(offenders).toEqual([]);
});
