// An option's value is the next word, unless that word is itself an option: `capaian analyze f.xlsx --json -q`
// once wrote a report to a file named "-q". Such a value is refused with exit 2 and one line in the user's
// language, before anything is read or written; "-" still means stdout, and the inline form takes any value.
import * as fs from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { cleanupTmp, SAMPLE, tmpDir } from "./cli-helpers";

jest.setTimeout(60_000);
afterAll(() => cleanupTmp());

async function run(argv: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out, err, files: fs.readdirSync(cwd) };
  } finally {
    process.chdir(before);
  }
}

describe("an option whose value looks like an option", () => {
  test.each([
    [["--json", "-q"], "--json", "-q"],
    [["--out", "--no-summary"], "--out", "--no-summary"],
    [["--config", "-x.json"], "--config", "-x.json"],
    [["--marks", "-h"], "--marks", "-h"],
    [["--lang", "-q"], "--lang", "-q"],
  ])("%j is refused in one line, nothing written", async (args, opt, value) => {
    const dir = tmpDir();
    const r = await run(["analyze", SAMPLE, ...args], dir);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([
      `${opt} perlu nilai, sedangkan ${value} adalah pilihan (berkas yang namanya diawali - ditulis ./${value}).`,
    ]);
    expect(r.out).toEqual([]);
    expect(r.files).toEqual([]);
  });

  test("in English with --lang en", async () => {
    const r = await run(["analyze", SAMPLE, "--json", "-q", "--lang", "en"], tmpDir());
    expect(r.code).toBe(2);
    expect(r.err).toEqual([
      "--json needs a value, and -q is an option (a file whose name starts with - is written ./-q).",
    ]);
  });

  test('"-" is still stdout, and a file starting with - can be named ./-q or --json=-q', async () => {
    const dir = tmpDir();
    const write = process.stdout.write;
    let printed = "";
    process.stdout.write = ((chunk: string) => {
      printed += chunk;
      return true;
    }) as typeof process.stdout.write;
    let code: number;
    try {
      code = (await run(["analyze", SAMPLE, "--json", "-", "-q"], dir)).code;
    } finally {
      process.stdout.write = write;
    }
    expect(code).toBe(0);
    expect(JSON.parse(printed).schemaVersion).toBe(1);
    expect((await run(["analyze", SAMPLE, "--json", "./-q", "-q"], dir)).code).toBe(0);
    expect((await run(["analyze", SAMPLE, "--json=-r", "-q"], dir)).code).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(["-q", "-r"]);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "-q"), "utf8")).schemaVersion).toBe(1);
  });
});
