// manifest.xml: schema-valid offline, every resid resolves, every URL is https://localhost:3000, least privilege.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const root = path.join(__dirname, "..", "..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const validator = path.join(root, "..", "shared", "manifest-schema", "validate.sh");

function hasXmllint(): boolean {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** ids declared in <Resources> (bt:Image, bt:Url, bt:String). */
function resourceIds(kind: "Image" | "Url" | "String"): Set<string> {
  const resources = /<Resources>([\s\S]*)<\/Resources>/.exec(xml)?.[1] ?? "";
  const ids = new Set<string>();
  for (const m of resources.matchAll(new RegExp(`<bt:${kind}\\s+id="([^"]+)"`, "g"))) ids.add(m[1]);
  return ids;
}

describe("manifest.xml", () => {
  const offline = fs.existsSync(validator) && hasXmllint();
  (offline ? it : it.skip)("validates against the Office add-in XSDs (offline)", () => {
    const out = execFileSync("bash", [validator, path.join(root, "manifest.xml")], {
      encoding: "utf8",
      stdio: "pipe",
    });
    expect(out).toBe("");
  });

  it("every resid points at a declared resource of the right kind", () => {
    const images = resourceIds("Image");
    const urls = resourceIds("Url");
    const strings = resourceIds("String");
    const all = new Set([...images, ...urls, ...strings]);
    const used = [
      ...xml.matchAll(
        /<(bt:Image|SourceLocation|FunctionFile|LearnMoreUrl|Title|Description|Label)\s+[^>]*resid="([^"]+)"/g
      ),
    ];
    expect(used.length).toBeGreaterThan(10);
    for (const [, tag, id] of used) {
      expect(all.has(id)).toBe(true);
      if (tag === "bt:Image") expect(images.has(id)).toBe(true);
      if (tag === "SourceLocation" || tag === "FunctionFile" || tag === "LearnMoreUrl")
        expect(urls.has(id)).toBe(true);
      if (tag === "Label" || tag === "Title" || tag === "Description")
        expect(strings.has(id)).toBe(true);
    }
    // ids are unique
    const declared = [...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(declared).size).toBe(declared.length);
  });

  it("every URL is https on localhost:3000 and the files it names exist in the build", () => {
    const values = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map(
      (m) => m[1]
    );
    expect(values.length).toBeGreaterThan(5);
    for (const url of values) {
      expect(url.startsWith("https://localhost:3000/")).toBe(true);
      const file = new URL(url).pathname.slice(1);
      if (file.startsWith("assets/")) expect(fs.existsSync(path.join(root, file))).toBe(true);
      else expect(["taskpane.html", "commands.html", "workbench.html"]).toContain(file);
    }
  });

  it("asks only for ReadWriteDocument and adds no AppDomains", () => {
    const perms = [...xml.matchAll(/<Permissions>([^<]+)<\/Permissions>/g)].map((m) => m[1].trim());
    expect(perms).toEqual(["ReadWriteDocument"]);
    expect(xml).not.toMatch(/<AppDomains?>/);
  });

  it("has an English override for every English Office locale, wherever it has en-US", () => {
    const { ENGLISH_LOCALES } = require("../../scripts/manifest.js") as { ENGLISH_LOCALES: string[] };
    expect(ENGLISH_LOCALES).toEqual(
      expect.arrayContaining(["en-GB", "en-AU", "en-CA", "en-IN", "en-NZ", "en-IE", "en-ZA", "en-SG"])
    );
    const blocks = [...xml.matchAll(/((?:[ \t]*<(?:bt:)?Override Locale="[^"]+" Value="[^"]*"\/>\n)+)/g)];
    expect(blocks.length).toBe(resourceIds("String").size + 2); // bt:Strings, DisplayName, Description
    for (const [block] of blocks) {
      const pairs = [...block.matchAll(/Locale="([^"]+)" Value="([^"]*)"/g)];
      expect(pairs.map((p) => p[1])).toEqual(ENGLISH_LOCALES);
      expect(new Set(pairs.map((p) => p[2])).size).toBe(1);
    }
  });

  (offline ? it : it.skip)(
    "builds a production manifest for ADDIN_URL: that origin everywhere, no localhost, still schema-valid",
    () => {
      const { buildManifest } = require("../../scripts/manifest.js") as {
        buildManifest(x: string, u?: string): string;
      };
      const prod = buildManifest(xml, "https://sakip.example.go.id/capaian-iku/");
      expect(prod).not.toMatch(/localhost/);
      const urls = [...prod.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
      expect(urls.length).toBeGreaterThan(5);
      for (const u of urls) expect(u.startsWith("https://sakip.example.go.id/capaian-iku/")).toBe(true);
      expect(prod).toContain('DefaultValue="https://sakip.example.go.id/capaian-iku/taskpane.html"');
      expect(() => buildManifest(xml, "http://sakip.example.go.id")).toThrow(/https/);
      const file = path.join(require("os").tmpdir(), `capaian-manifest-${process.pid}.xml`);
      fs.writeFileSync(file, prod);
      try {
        expect(execFileSync("bash", [validator, file], { encoding: "utf8", stdio: "pipe" })).toBe("");
      } finally {
        fs.unlinkSync(file);
      }
    }
  );

  it("the build writes dist/manifest.xml (ADDIN_URL gives its origin; without it, the dev origin)", () => {
    const webpackConfig = fs.readFileSync(path.join(root, "webpack.config.js"), "utf8");
    expect(webpackConfig).toMatch(/buildManifest\(content\.toString\("utf8"\), process\.env\.ADDIN_URL\)/);
    const built = path.join(root, "dist", "manifest.xml");
    if (fs.existsSync(built)) {
      const dist = fs.readFileSync(built, "utf8");
      expect(dist).toContain("<DefaultLocale>id-ID</DefaultLocale>");
      expect(dist).toContain('Locale="en-GB"');
    }
  });

  it("targets Excel workbooks with ExcelApi 1.7, id-ID default and en-US overrides", () => {
    expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(xml).toMatch(/<Host Name="Workbook"\s*\/>/);
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.7"\s*\/>/);
    expect(xml).toMatch(/<DefaultLocale>id-ID<\/DefaultLocale>/);
    const strings = [
      ...xml.matchAll(/<bt:String id="([^"]+)"[^>]*>\s*<bt:Override Locale="en-US"/g),
    ].map((m) => m[1]);
    expect(strings.length).toBe(resourceIds("String").size);
  });

  it("puts the three commands in a Capaian IKU group on the Home tab", () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml).toMatch(/xsi:type="ShowTaskpane"/);
    const fns = [...xml.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(fns.sort()).toEqual(["buildSummary", "runAnalysis"]);
    const commands = fs.readFileSync(path.join(root, "src", "commands", "commands.ts"), "utf8");
    for (const fn of fns) expect(commands).toContain(`"${fn}"`);
    for (const size of [16, 32, 80]) expect(xml).toContain(`size="${size}"`);
  });
});
