// The reconstructed corpus is reproducible from its cell listings (tests/corpus/build): a fresh build gives the
// committed workbooks and expected files byte for byte, and every expected file passes the schema/workbook check.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const BUILD = path.join(__dirname, "build");
const RECON = path.join(__dirname, "recon");

describe("reconstructed corpus", () => {
  let out: string;
  beforeAll(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "recon-"));
    execFileSync(process.execPath, [path.join(BUILD, "recon.js")], {
      env: { ...process.env, CORPUS_RECON_OUT: out, CORPUS_RECON_QUIET: "1" },
    });
  }, 120000);
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it("has at least 18 workbooks, each with its expected file", () => {
    const xlsx = fs.readdirSync(RECON).filter((f) => f.endsWith(".xlsx"));
    expect(xlsx.length).toBeGreaterThanOrEqual(18);
    for (const f of xlsx) expect(fs.existsSync(path.join(RECON, f.replace(/\.xlsx$/, ".expected.json")))).toBe(true);
  });

  it("rebuilds every committed file byte for byte", () => {
    const built = fs.readdirSync(out).sort();
    expect(built).toEqual(fs.readdirSync(RECON).sort());
    for (const f of built) expect(fs.readFileSync(path.join(out, f)).equals(fs.readFileSync(path.join(RECON, f)))).toBe(true);
  });

  it("passes the expected-file check (schema, sheets, rows, anomaly cells, rule ids)", () => {
    const text = execFileSync(process.execPath, [path.join(BUILD, "validate-expected.js"), RECON]).toString();
    expect(text).toMatch(/ 0 problem\(s\)/);
  }, 60000);
});
