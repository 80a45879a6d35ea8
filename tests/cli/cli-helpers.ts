// Shared by the CLI tests: build the CLI once (when lib/ is missing or older than src/), run it as a child
// process, temporary folders, hand-made bad inputs, and snapshot comparison of .xlsx files.
import { execFile, execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadWorkbook, snapshotFromWorkbook } from "../../src/adapters/exceljs";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core/types";

export const ROOT = path.resolve(__dirname, "../..");
export const BIN = path.join(ROOT, "bin/capaian.js");
export const MAIN_JS = path.join(ROOT, "lib/cli/main.js");
export const SAMPLE = path.join(ROOT, "assets/samples/lkj-bp3mi-jakarta-2025.xlsx");

/** What `tsconfig.cli.json` compiles. */
const CLI_SOURCES = ["src/core", "src/adapters/exceljs", "src/adapters/xlsx", "src/cli"].map((d) =>
  path.join(ROOT, d)
);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (/\.tsx?$/.test(e.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  if (!fs.existsSync(MAIN_JS)) return true;
  const built = fs.statSync(MAIN_JS).mtimeMs;
  return CLI_SOURCES.some((d) => fs.existsSync(d) && newestMtime(d) > built);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Compiles the CLI to lib/ with `npx tsc -p tsconfig.cli.json` when lib/cli/main.js is missing or older than a
 * source file. Jest runs test files in parallel workers, so a lock folder makes one worker build while the others
 * wait. Type errors elsewhere in the tree (work in progress) do not stop tsc from emitting, so only a missing
 * lib/cli/main.js fails the tests.
 */
export function ensureBuilt(): void {
  const lock = path.join(
    os.tmpdir(),
    `capaian-cli-build-${Buffer.from(ROOT).toString("hex").slice(-24)}.lock`
  );
  const deadline = Date.now() + 170_000;
  while (isStale()) {
    let mine = false;
    try {
      fs.mkdirSync(lock);
      mine = true;
    } catch {
      // Someone else is building; a lock older than 3 minutes is left over from a killed run.
      try {
        if (Date.now() - fs.statSync(lock).mtimeMs > 180_000) fs.rmdirSync(lock);
      } catch {
        /* gone meanwhile */
      }
    }
    if (mine) {
      try {
        execFileSync(
          process.platform === "win32" ? "npx.cmd" : "npx",
          ["tsc", "-p", "tsconfig.cli.json"],
          { cwd: ROOT, stdio: "pipe" }
        );
      } catch {
        // Type errors: tsc still emitted; checked below.
      } finally {
        fs.rmdirSync(lock);
      }
      // tsc does not touch unchanged outputs' mtime on every platform: mark the build fresh.
      if (fs.existsSync(MAIN_JS)) {
        const now = new Date();
        fs.utimesSync(MAIN_JS, now, now);
      }
      break;
    }
    if (Date.now() > deadline) break;
    sleep(250);
  }
  if (!fs.existsSync(MAIN_JS))
    throw new Error("lib/cli/main.js is missing after `npx tsc -p tsconfig.cli.json`");
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/capaian.js ...args` (cwd: the repository, unless given). */
export function runCli(
  args: string[],
  opts: { cwd?: string; timeout?: number } = {}
): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: opts.cwd ?? ROOT,
        timeout: opts.timeout ?? 60_000,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, NODE_OPTIONS: "" },
      },
      (err, stdout, stderr) => {
        const code = err
          ? typeof (err as { code?: unknown }).code === "number"
            ? (err as { code: number }).code
            : -1
          : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      }
    );
  });
}

/** A fresh temporary folder (removed by cleanupTmp). */
const made: string[] = [];
export function tmpDir(prefix = "capaian-cli-"): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(d);
  return d;
}
export function cleanupTmp(): void {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

/** Non-empty lines of a stream. */
export function lines(s: string): string[] {
  return s.split(/\r?\n/).filter((l) => l.trim() !== "");
}

// ---------------------------------------------------------------- bad inputs

function utf16(s: string): number[] {
  return [...s].flatMap((ch) => [ch.charCodeAt(0), 0]);
}

/**
 * A minimal Compound File Binary (OLE2) file: the header signature, and a directory sector holding the given
 * stream names (128-byte entries, UTF-16LE name first) — enough for the loader's sniffing.
 */
export function cfbFile(names: string[]): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  bytes.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00], 0x18); // minor/major version, byte order, sector shift
  let at = 1024;
  for (const n of ["Root Entry", ...names]) {
    bytes.set(utf16(n), at);
    const len = (n.length + 1) * 2;
    bytes[at + 64] = len & 0xff;
    at += 128;
  }
  return bytes;
}

/** An old binary .xls: a CFB with a Workbook stream. */
export function xlsBytes(): Uint8Array {
  return cfbFile(["Workbook", "\u0005SummaryInformation", "\u0005DocumentSummaryInformation"]);
}

/** A password-protected .xlsx: Office stores it as a CFB with EncryptionInfo and EncryptedPackage streams. */
export function encryptedBytes(): Uint8Array {
  return cfbFile(["\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage"]);
}

/** Random bytes that start neither like a zip nor like a CFB and contain NULs (not text). */
export function randomBytes(n = 8192, seed = 12345): Uint8Array {
  const bytes = new Uint8Array(n);
  let s = seed;
  for (let i = 0; i < n; i++)
    bytes[i] = ((s = (s * 1103515245 + 12345) & 0x7fffffff) >>> 16) & 0xff;
  bytes[0] = 0x01;
  bytes[1] = 0x00;
  return bytes;
}

// ---------------------------------------------------------------- snapshots of files

export async function snapshotOfFile(file: string): Promise<WorkbookSnapshot> {
  return snapshotFromWorkbook(await loadWorkbook(new Uint8Array(fs.readFileSync(file))));
}

function trimGrid<T>(grid: (T | null | undefined)[][] | undefined): (T | null)[][] {
  const rows = (grid ?? []).map((row) => {
    const r = (row ?? []).map((v) => (v === undefined || (v as unknown) === "" ? null : v));
    while (r.length && r[r.length - 1] === null) r.pop();
    return r;
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

/** A sheet in a comparable form: trailing blanks dropped, merges and notes sorted. */
export function normalizeSheet(
  s: SheetSnapshot
): Omit<SheetSnapshot, "values"> & { values: (CellValue | null)[][] } {
  return {
    name: s.name,
    values: trimGrid(s.values),
    formulas: trimGrid(s.formulas),
    numberFormats: trimGrid(s.numberFormats).map((r) => r.map((f) => (f === "General" ? null : f))),
    merges: [...(s.merges ?? [])].sort(),
    annotated: [...(s.annotated ?? [])].sort(),
    hidden: !!s.hidden,
  };
}

/** Lists the cells where two snapshots of one sheet differ (for readable failures). */
export function cellDiff(a: SheetSnapshot, b: SheetSnapshot, limit = 10): string[] {
  const out: string[] = [];
  const na = normalizeSheet(a);
  const nb = normalizeSheet(b);
  const grids: Array<[string, unknown[][], unknown[][]]> = [
    ["value", na.values, nb.values],
    ["formula", na.formulas as unknown[][], nb.formulas as unknown[][]],
    ["numFmt", na.numberFormats as unknown[][], nb.numberFormats as unknown[][]],
  ];
  for (const [what, ga, gb] of grids) {
    const rows = Math.max(ga.length, gb.length);
    for (let r = 0; r < rows && out.length < limit; r++) {
      const cols = Math.max(ga[r]?.length ?? 0, gb[r]?.length ?? 0);
      for (let c = 0; c < cols && out.length < limit; c++) {
        const x = ga[r]?.[c] ?? null;
        const y = gb[r]?.[c] ?? null;
        if (JSON.stringify(x) !== JSON.stringify(y))
          out.push(`${s(a.name)}!R${r + 1}C${c + 1} ${what}: ${short(x)} → ${short(y)}`);
      }
    }
  }
  if (JSON.stringify(na.merges) !== JSON.stringify(nb.merges))
    out.push(`${a.name} merges: ${na.merges} → ${nb.merges}`);
  if (JSON.stringify(na.annotated) !== JSON.stringify(nb.annotated))
    out.push(`${a.name} notes: ${na.annotated} → ${nb.annotated}`);
  return out;
}

function short(v: unknown): string {
  const j = JSON.stringify(v);
  return j.length > 120 ? `${j.slice(0, 60)}…${j.slice(-50)}` : j;
}

function s(name: string): string {
  return `'${name}'`;
}
