// An output path must never destroy an input: --out/--json equal to an input (by name, symbolic link or hard link)
// and two outputs landing on one file are refused with exit 2 and one line, before anything is written.
import * as fs from "fs";
import * as path from "path";
import { cleanupTmp, ensureBuilt, lines, runCli, SAMPLE, tmpDir } from "./cli-helpers";

jest.setTimeout(120_000);

beforeAll(() => ensureBuilt());
afterAll(() => cleanupTmp());

const original = fs.readFileSync(SAMPLE);

function setup(): { dir: string; input: string } {
  const dir = tmpDir();
  const input = path.join(dir, "iku.xlsx");
  fs.copyFileSync(SAMPLE, input);
  return { dir, input };
}

/** Exit 2, exactly one stderr line matching `re`, nothing on stdout, the folder unchanged, the input intact. */
async function expectRefused(args: string[], dir: string, input: string, re: RegExp) {
  const before = fs.readdirSync(dir, { recursive: true }).map(String).sort();
  const r = await runCli(args);
  expect(r.code).toBe(2);
  expect(lines(r.stderr)).toEqual([expect.stringMatching(re)]);
  expect(r.stdout).toBe("");
  expect(fs.readdirSync(dir, { recursive: true }).map(String).sort()).toEqual(before);
  expect(Buffer.compare(fs.readFileSync(input), original)).toBe(0);
}

describe("an output that is the input", () => {
  test("--out equal to the input", async () => {
    const { dir, input } = setup();
    await expectRefused(
      ["analyze", input, "--out", input],
      dir,
      input,
      /^Keluaran .*iku\.xlsx adalah berkas masukan .*iku\.xlsx; pilih nama lain/
    );
  });

  test("--json equal to the input (English)", async () => {
    const { dir, input } = setup();
    await expectRefused(
      ["analyze", input, "--json", input, "--lang", "en"],
      dir,
      input,
      /^The output .*iku\.xlsx is the input file .*iku\.xlsx; choose another name/
    );
  });

  test("--out spelled differently (./dir/../iku.xlsx)", async () => {
    const { dir, input } = setup();
    fs.mkdirSync(path.join(dir, "sub"));
    await expectRefused(
      ["analyze", input, "--out", path.join(dir, "sub", "..", "iku.xlsx")],
      dir,
      input,
      /adalah berkas masukan/
    );
  });

  test("--out through a symbolic link to the input", async () => {
    const { dir, input } = setup();
    const link = path.join(dir, "tautan.xlsx");
    fs.symlinkSync(input, link);
    await expectRefused(["analyze", input, "--out", link], dir, input, /adalah berkas masukan/);
  });

  test("--json through a symbolic link to the input's folder", async () => {
    const { dir, input } = setup();
    const linkDir = path.join(dir, "folder-tautan");
    fs.symlinkSync(dir, linkDir);
    await expectRefused(
      ["analyze", input, "--json", path.join(linkDir, "iku.xlsx")],
      dir,
      input,
      /adalah berkas masukan/
    );
  });

  test("--out as a hard link of the input", async () => {
    const { dir, input } = setup();
    const hard = path.join(dir, "keras.xlsx");
    fs.linkSync(input, hard);
    await expectRefused(["analyze", input, "--out", hard], dir, input, /adalah berkas masukan/);
  });

  test("remove --out equal to the input", async () => {
    const { dir, input } = setup();
    await expectRefused(
      ["remove", input, "--out", input, "--lang", "en"],
      dir,
      input,
      /^The output .* is the input file/
    );
  });

  test("one of several inputs is --json", async () => {
    const { dir, input } = setup();
    const second = path.join(dir, "kedua.xlsx");
    fs.copyFileSync(SAMPLE, second);
    await expectRefused(["analyze", input, second, "--json", second], dir, second, /masukan/);
  });
});

describe("outputs that collide", () => {
  test("two inputs with one base name and --out DIR", async () => {
    const { dir } = setup();
    for (const sub of ["a", "b"]) {
      fs.mkdirSync(path.join(dir, sub));
      fs.copyFileSync(SAMPLE, path.join(dir, sub, "iku.xlsx"));
    }
    const out = path.join(dir, "hasil");
    await expectRefused(
      ["analyze", path.join(dir, "a", "iku.xlsx"), path.join(dir, "b", "iku.xlsx"), "--out", out],
      dir,
      path.join(dir, "a", "iku.xlsx"),
      /^Dua keluaran akan ditulis ke .*iku\.capaian\.xlsx \(dari .*a.iku\.xlsx dan .*b.iku\.xlsx\)/
    );
    expect(fs.existsSync(out)).toBe(false);
  });

  test("--json equal to --out", async () => {
    const { dir, input } = setup();
    const out = path.join(dir, "hasil.xlsx");
    await expectRefused(
      ["analyze", input, "--out", out, "--json", out, "--lang", "en"],
      dir,
      input,
      /^Two outputs would be written to .*hasil\.xlsx/
    );
  });

  test("distinct outputs are still written", async () => {
    const { dir, input } = setup();
    const out = path.join(dir, "hasil.xlsx");
    const json = path.join(dir, "laporan.json");
    const r = await runCli(["analyze", input, "--out", out, "--json", json, "-q"]);
    expect(r.code).toBe(0);
    expect(fs.existsSync(out) && fs.existsSync(json)).toBe(true);
  });
});
