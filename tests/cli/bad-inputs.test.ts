// Files the CLI cannot use: exit code 2, exactly one clear line on stderr in the chosen language, no stack
// trace, and nothing written (neither --json nor --out, nor a temporary file beside them).
import * as fs from "fs";
import * as path from "path";
import {
  cleanupTmp,
  encryptedBytes,
  ensureBuilt,
  lines,
  randomBytes,
  runCli,
  SAMPLE,
  tmpDir,
  xlsBytes,
} from "./cli-helpers";

jest.setTimeout(120_000);

beforeAll(() => ensureBuilt());
afterAll(() => cleanupTmp());

interface BadInput {
  name: string;
  /** Creates the input in `dir` and returns its path. */
  make(dir: string): string;
  /** What the one stderr line must say, per language. */
  id: RegExp;
  en: RegExp;
}

const INPUTS: BadInput[] = [
  {
    name: "a missing file",
    make: (d) => path.join(d, "tidak-ada.xlsx"),
    id: /Berkas tidak ditemukan: .*tidak-ada\.xlsx/,
    en: /File not found: .*tidak-ada\.xlsx/,
  },
  {
    name: "a 0-byte file",
    make: (d) => write(d, "kosong.xlsx", new Uint8Array(0)),
    id: /kosong\.xlsx: berkas kosong \(0 byte\)/,
    en: /kosong\.xlsx: the file is empty \(0 bytes\)/,
  },
  {
    name: "random bytes named .xlsx",
    make: (d) => write(d, "acak.xlsx", randomBytes()),
    id: /acak\.xlsx: ini bukan buku kerja Excel/,
    en: /acak\.xlsx: this is not an Excel workbook/,
  },
  {
    name: "a truncated .xlsx (first half of the sample)",
    make: (d) => {
      const b = fs.readFileSync(SAMPLE);
      return write(d, "terpotong.xlsx", b.subarray(0, Math.floor(b.length / 2)));
    },
    id: /terpotong\.xlsx: berkas terpotong/,
    en: /terpotong\.xlsx: the file is cut off/,
  },
  {
    name: "an old binary .xls",
    make: (d) => write(d, "lama.xls", xlsBytes()),
    id: /lama\.xls: ini berkas Excel lama \(\.xls\)/,
    en: /lama\.xls: this is an old Excel file \(\.xls\)/,
  },
  {
    name: "an old .xls renamed .xlsx",
    make: (d) => write(d, "lama-diganti.xlsx", xlsBytes()),
    id: /berkas Excel lama/,
    en: /old Excel file/,
  },
  {
    name: "a .csv",
    make: (d) =>
      write(
        d,
        "iku.csv",
        Buffer.from(
          "No;Indikator;Target;Realisasi\n1;Layanan pengaduan;70%;36%\n2;Data supply;1000;1905\n"
        )
      ),
    id: /iku\.csv: ini berkas teks\/CSV/,
    en: /iku\.csv: this is a text\/CSV file/,
  },
  {
    name: "a password-protected workbook",
    make: (d) => write(d, "sandi.xlsx", encryptedBytes()),
    id: /sandi\.xlsx: buku kerja dilindungi kata sandi/,
    en: /sandi\.xlsx: the workbook is password-protected/,
  },
  {
    name: "a directory",
    make: (d) => {
      const p = path.join(d, "folder.xlsx");
      fs.mkdirSync(p);
      return p;
    },
    id: /Ini folder, bukan berkas: .*folder\.xlsx/,
    en: /This is a folder, not a file: .*folder\.xlsx/,
  },
];

function write(dir: string, name: string, data: Uint8Array): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, data);
  return p;
}

describe.each(INPUTS)("$name", (input) => {
  for (const lang of ["id", "en"] as const) {
    test(`exit 2, one ${lang === "id" ? "Indonesian" : "English"} line on stderr, nothing written`, async () => {
      const dir = tmpDir();
      const file = input.make(dir);
      const before = fs.readdirSync(dir).sort();
      const json = path.join(dir, "laporan.json");
      const out = path.join(dir, "hasil.xlsx");
      const args = [
        "analyze",
        file,
        "--json",
        json,
        "--out",
        out,
        ...(lang === "en" ? ["--lang", "en"] : []),
      ];
      const r = await runCli(args);
      expect(r.code).toBe(2);
      const errLines = lines(r.stderr);
      expect(errLines).toHaveLength(1);
      expect(errLines[0]).toMatch(lang === "id" ? input.id : input.en);
      // The other language's wording does not appear.
      expect(errLines[0]).not.toMatch(lang === "id" ? input.en : input.id);
      for (const s of [r.stderr, r.stdout]) {
        expect(s).not.toContain("    at ");
        expect(s).not.toMatch(/Error:|TypeError|RangeError|ENOENT|EISDIR|undefined/);
      }
      expect(r.stdout).toBe("");
      expect(fs.existsSync(json)).toBe(false);
      expect(fs.existsSync(out)).toBe(false);
      expect(fs.readdirSync(dir).sort()).toEqual(before);
    });
  }
});

describe("bad inputs among good ones", () => {
  test("a bad file next to the sample: the sample is analysed, the bad one gets its line, exit 2", async () => {
    const dir = tmpDir();
    const bad = write(dir, "kosong.xlsx", new Uint8Array(0));
    const r = await runCli(["analyze", SAMPLE, bad, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/kosong\.xlsx: the file is empty/)]);
    expect(r.stdout).toMatch(/^Tables found: \d+$/m);
  });
});

describe("arguments", () => {
  test("an unknown option exits 2 naming the option, without a stack trace", async () => {
    const r = await runCli(["analyze", SAMPLE, "--bogus"]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)[0]).toMatch(/^Pilihan tidak dikenal: --bogus\b/);
    expect(r.stderr).not.toContain("    at ");
    expect(r.stdout).toBe("");
  });

  test("an unknown option with --lang en is explained in English", async () => {
    const r = await runCli(["analyze", SAMPLE, "--bogus", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)[0]).toMatch(/^Unknown option: --bogus\b/);
  });

  test("an unknown option with --lang=en (inline form) is explained in English", async () => {
    const r = await runCli(["analyze", SAMPLE, "--lang=en", "--bogus"]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)[0]).toMatch(/^Unknown option: --bogus\b/);
  });

  test("bad option values exit 2", async () => {
    for (const args of [["--lang", "fr"], ["--fail-on", "sometimes"], ["--json"]]) {
      const r = await runCli(["analyze", SAMPLE, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).not.toContain("    at ");
      expect(lines(r.stderr)[0]).toMatch(/Pilihan tidak dikenal/);
    }
  });

  test("no file exits 2", async () => {
    const r = await runCli(["analyze"]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)[0]).toMatch(/^Tidak ada berkas yang disebut/);
  });

  test("remove without --out exits 2 and writes nothing", async () => {
    const r = await runCli(["remove", SAMPLE, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(["The remove command needs --out FILE.xlsx"]);
  });

  test("remove on a bad file exits 2 with one line and writes nothing", async () => {
    const dir = tmpDir();
    const bad = write(dir, "acak.xlsx", randomBytes());
    const out = path.join(dir, "bersih.xlsx");
    const r = await runCli(["remove", bad, "--out", out]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/acak\.xlsx: ini bukan buku kerja Excel/);
    expect(fs.existsSync(out)).toBe(false);
  });

  test("an --out path in a missing folder: exit 2, one line, no stack trace", async () => {
    const dir = tmpDir();
    const out = path.join(dir, "tidak", "ada", "hasil.xlsx");
    const json = path.join(dir, "laporan.json");
    const r = await runCli(["analyze", SAMPLE, "--out", out, "--json", json, "-q"]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^Tidak dapat menulis .*hasil\.xlsx/)]);
    expect(r.stderr).not.toContain("    at ");
    expect(fs.existsSync(out)).toBe(false);
  });
});
