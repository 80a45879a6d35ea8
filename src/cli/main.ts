// `capaian analyze|remove`: the reviewers' batch tool. One clear line per problem, never a stack trace.
import { promises as fs } from "fs";
import * as path from "path";
import { loadErrorText, loadWorkbook } from "../adapters/exceljs";
import { keptLines } from "../core/i18n/kept";
import type { Config, Lang, Report } from "../core/types";
import { analyzeExcelJS, annotate, removeOutput } from "./annotate";
import { ArgError, langOf, parseArgs, type CliArgs } from "./args";
import { msg } from "./messages";
import { printSummary } from "./summary";

const LARGE_FILE = 2 * 1024 * 1024;

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

const stdio: Io = {
  out: (l) => process.stdout.write(l + "\n"),
  err: (l) => process.stderr.write(l + "\n"),
};

class FileError extends Error {}

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    const lang: Lang = langOf(argv);
    if (e instanceof ArgError) io.err(msg(lang, e.key, { opt: e.opt }));
    else io.err(String((e as Error).message));
    return 2;
  }
  if (args.command === "help") {
    io.out(msg(args.lang, "usage"));
    return 0;
  }
  if (args.command === "version") {
    io.out("capaian 0.1.0");
    return 0;
  }
  try {
    return args.command === "remove" ? await runRemove(args, io) : await runAnalyze(args, io);
  } catch (e) {
    // Last resort: still one line, in the user's language.
    io.err(
      e instanceof FileError
        ? e.message
        : msg(args.lang, "problems", { detail: (e as Error)?.message ?? String(e) })
    );
    return 2;
  }
}

async function readConfig(args: CliArgs): Promise<Partial<Config>> {
  if (!args.config) return { lang: args.lang };
  let text: string;
  try {
    text = await fs.readFile(args.config, "utf8");
  } catch (e) {
    throw new FileError(
      msg(args.lang, "configBad", {
        file: args.config,
        detail: (e as NodeJS.ErrnoException).code ?? "",
      })
    );
  }
  try {
    const parsed = JSON.parse(text);
    // --lang on the command line wins over the file's.
    return { ...parsed, ...(args.langGiven ? { lang: args.lang } : {}) };
  } catch (e) {
    throw new FileError(
      msg(args.lang, "configBad", {
        file: args.config,
        detail: (e as Error).message.split("\n")[0],
      })
    );
  }
}

async function openWorkbook(file: string, lang: Lang, io: Io, quiet: boolean, repair = true) {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new FileError(msg(lang, "notFound", { file }));
  }
  if (stat.isDirectory()) throw new FileError(msg(lang, "isDir", { file }));
  if (stat.size > LARGE_FILE && !quiet) io.err(msg(lang, "progress", { file }));
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    throw new FileError(
      msg(lang, "readFail", { file, detail: (e as NodeJS.ErrnoException).code ?? "" })
    );
  }
  try {
    return { bytes, wb: await loadWorkbook(bytes, { repair }) };
  } catch (e) {
    throw new FileError(msg(lang, "loadError", { file, detail: loadErrorText(e, lang) }));
  }
}

/** Writes through a temporary file and a rename, so a failure never leaves half a file behind. */
async function writeAtomic(file: string, data: Uint8Array | string, lang: Lang): Promise<void> {
  const tmp = path.join(
    path.dirname(path.resolve(file)),
    `.${path.basename(file)}.${process.pid}.tmp`
  );
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new FileError(
      msg(lang, "writeFail", {
        file,
        detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message,
      })
    );
  }
}

function outPathFor(args: CliArgs, file: string): string | null {
  if (!args.out) return null;
  if (args.files.length === 1) return args.out;
  // An .xlsm stays an .xlsm (Excel refuses a macro-enabled package under an .xlsx name).
  const ext = /\.xlsm$/i.test(file) ? ".xlsm" : ".xlsx";
  return path.join(args.out, path.basename(file).replace(/\.xls[xm]$/i, "") + ".capaian" + ext);
}

async function runAnalyze(args: CliArgs, io: Io): Promise<number> {
  const config = await readConfig(args);
  const lang = (config.lang as Lang) ?? args.lang;
  if (args.out && args.files.length > 1) await fs.mkdir(args.out, { recursive: true });
  const reports: Report[] = [];
  let failed = false;
  for (const file of args.files) {
    try {
      // Only a workbook that is written back needs ExcelJS's load losses repaired.
      const { bytes: original, wb } = await openWorkbook(
        file,
        lang,
        io,
        args.quiet,
        outPathFor(args, file) !== null
      );
      const analysis = analyzeExcelJS(wb, path.basename(file), config);
      const report = analysis.report;
      if (!args.quiet) printSummary(report, lang, io, args.files.length > 1 ? file : null);
      const out = outPathFor(args, file);
      if (out) {
        const { bytes, plan } = await annotate(original, wb, analysis, {
          lang,
          summary: args.summary,
          now: new Date().toISOString(),
        });
        await writeAtomic(out, bytes, lang);
        if (!args.quiet) {
          io.out(msg(lang, "wrote", { file: out }));
          for (const line of keptLines(plan.kept, lang)) io.out(`  ${line}`);
        }
      }
      reports.push(report);
    } catch (e) {
      if (!(e instanceof FileError)) throw e;
      io.err(e.message);
      failed = true;
    }
  }
  if (args.json && reports.length > 0) {
    const body =
      JSON.stringify(
        reports.length === 1 && args.files.length === 1
          ? reports[0]
          : { schemaVersion: 1, reports },
        null,
        2
      ) + "\n";
    if (args.json === "-") process.stdout.write(body);
    else {
      await writeAtomic(args.json, body, lang);
      if (!args.quiet) io.out(msg(lang, "jsonWrote", { file: args.json }));
    }
  }
  if (failed) return 2;
  if (args.failOn) {
    const levels = args.failOn === "error" ? ["error"] : ["error", "warning"];
    if (reports.some((r) => r.anomalies.some((a) => levels.includes(a.severity)))) return 1;
  }
  return 0;
}

async function runRemove(args: CliArgs, io: Io): Promise<number> {
  if (!args.out) {
    io.err(msg(args.lang, "noOutput"));
    return 2;
  }
  const file = args.files[0];
  const { bytes: original, wb } = await openWorkbook(file, args.lang, io, args.quiet);
  const { removed, bytes, plan } = await removeOutput(original, wb);
  await writeAtomic(args.out, bytes, args.lang);
  io.out(
    msg(args.lang, removed ? "removed" : "nothingToRemove", { file: removed ? args.out : file })
  );
  for (const line of keptLines(plan.kept, args.lang)) io.out(`  ${line}`);
  return 0;
}
