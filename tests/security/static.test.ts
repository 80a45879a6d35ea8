// Security by construction: no eval or raw HTML in our code, a strict Content-Security-Policy on every page,
// and office.js from Microsoft's CDN as the only outside address.
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");

function files(dir: string, ext: RegExp): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? files(path.join(dir, e.name), ext)
        : ext.test(e.name)
          ? [path.join(dir, e.name)]
          : []
    );
}

test("src has no eval, new Function, dangerouslySetInnerHTML or innerHTML writes", () => {
  const offenders: string[] = [];
  for (const f of files(path.join(ROOT, "src"), /\.(ts|tsx|js)$/)) {
    const text = fs.readFileSync(f, "utf8").replace(/\/\/.*$/gm, "");
    for (const bad of [
      /\beval\s*\(/,
      /new\s+Function\s*\(/,
      /dangerouslySetInnerHTML/,
      /\.innerHTML\s*=/,
      /document\.write\s*\(/,
    ]) {
      if (bad.test(text)) offenders.push(`${path.relative(ROOT, f)}: ${bad}`);
    }
  }
  expect(offenders).toEqual([]);
});

const PAGES = ["taskpane.html", "commands.html", "workbench.html", "dialog.html"];
/** Pages that load office.js (and so its frames). */
const OFFICE_PAGES = ["taskpane.html", "commands.html"];

test.each(PAGES)("%s carries a strict Content-Security-Policy", (page) => {
  const html = fs.readFileSync(path.join(ROOT, "dist", page), "utf8");
  const m = /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/i.exec(html);
  expect(m).not.toBeNull();
  const csp = Object.fromEntries(
    m![1]
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v])
  ) as Record<string, string[]>;
  expect(csp["default-src"]).toEqual(["'self'"]);
  expect(csp["object-src"]).toEqual(["'none'"]);
  expect(csp["connect-src"]).toEqual(["'self'"]);
  // The engine's Web Worker comes from our own origin only (no blob: or data: workers).
  if (page === "taskpane.html" || page === "workbench.html")
    expect(csp["worker-src"]).toEqual(["'self'"]);
  for (const src of csp["script-src"])
    expect(["'self'", "https://appsforoffice.microsoft.com"]).toContain(src);
  expect(m![1]).not.toContain("unsafe-eval");
  // office.js's own frames (its telemetry proxy, helper pages on its CDN) only; the workbench loads no frames.
  const frames = !OFFICE_PAGES.includes(page)
    ? undefined
    : [
        "'self'",
        "https://appsforoffice.microsoft.com",
        "https://telemetryservice.firstpartyapps.oaspapps.com",
      ];
  expect(csp["frame-src"]).toEqual(frames);
  // Every external script is office.js from Microsoft's CDN.
  const scripts = [...html.matchAll(/<script[^>]*src=["']?([^"'\s>]+)/g)]
    .map((x) => x[1])
    .filter((s) => /^https?:/.test(s));
  for (const s of scripts)
    expect(s).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  if (!OFFICE_PAGES.includes(page)) expect(scripts).toEqual([]);
});

test("the manifest asks for ReadWriteDocument only and no extra AppDomains", () => {
  const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  expect([...xml.matchAll(/<Permissions>([^<]+)<\/Permissions>/g)].map((m) => m[1])).toEqual([
    "ReadWriteDocument",
  ]);
  expect(xml).not.toMatch(/<AppDomain>/);
});
