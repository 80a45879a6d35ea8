// `capaian analyze|remove`: the reviewers' batch tool. One clear line per problem, never a stack trace.
import { promises as fs } from "fs";
import * as path from "path";
import { loadErrorText, loadSnapshot } from "../adapters/exceljs";
import {
  configProblemText,
  validateSettings,
  keptLines,
  type Config,
  type Lang,
  type Report,
  workedMessages,
} from "../core";
import { analyzeSnapshot, annotate, removeOutput, type InflatedPart } from "./annotate";
import { ArgError, langOf, parseArgs, type CliArgs } from "./args";
import { chunked, jsonPieces } from "./json-out";
import { msg } from "./messages";
import {
  reportRecordProblems,
  workbookConfig,
  workbookMarks,
  workbookRecord,
} from "./document-record";
import { findPathClash } from "./paths";
import { failOnResult, readMarksFile, reviewedReport, type ReviewedReport } from "./review";
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
    if (e instanceof ArgError) io.err(msg(lang, e.key, { opt: e.opt, value: e.value }));
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

/** The config file's JSON as it is (validated by the caller), or null without --config. */
async function readConfigFile(args: CliArgs): Promise<unknown> {
  if (!args.config) return null;
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
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new FileError(
      msg(args.lang, "configBad", {
        file: args.config,
        detail: (e as Error).message.split("\n")[0],
      })
    );
  }
}

/**
 * The config, validated once here: each invalid value is named on one line (stderr) and ignored, the rest
 * applies. --lang on the command line wins over the file's.
 */
async function readConfig(args: CliArgs, io: Io): Promise<{ config: Partial<Config>; lang: Lang }> {
  const { settings, problems } = validateSettings(await readConfigFile(args));
  const lang: Lang = args.langGiven ? args.lang : (settings.lang ?? args.lang);
  for (const p of problems)
    io.err(
      msg(lang, "configIgnored", { file: args.config ?? "", problem: configProblemText(p, lang) })
    );
  return { config: { ...settings, lang }, lang };
}

async function readInput(file: string, lang: Lang, io: Io, quiet: boolean): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new FileError(msg(lang, "notFound", { file }));
  }
  if (stat.isDirectory()) throw new FileError(msg(lang, "isDir", { file }));
  if (stat.size > LARGE_FILE && !quiet) io.err(msg(lang, "progress", { file }));
  try {
    return await fs.readFile(file);
  } catch (e) {
    throw new FileError(
      msg(lang, "readFail", { file, detail: (e as NodeJS.ErrnoException).code ?? "" })
    );
  }
}

/**
 * The input's bytes and its snapshot, read without ExcelJS's model (see loadSnapshot). `placement`: the snapshot
 * also holds what a write or removal plan must avoid or put back (`--out`, `remove`), and `inflated` the parts the
 * reader inflated, which the writer then takes instead of inflating them again.
 */
async function openSnapshot(file: string, lang: Lang, io: Io, quiet: boolean, placement: boolean) {
  const bytes = await readInput(file, lang, io, quiet);
  const inflated = placement ? new Map<string, InflatedPart>() : undefined;
  try {
    const snapshot = await loadSnapshot(bytes, path.basename(file), { placement, keep: inflated });
    return { bytes, snapshot, inflated };
  } catch (e) {
    throw new FileError(msg(lang, "loadError", { file, detail: loadErrorText(e, lang) }));
  }
}

/** Writes through a temporary file and a rename, so a failure never leaves half a file behind. */
async function writeAtomic(
  file: string,
  data: Uint8Array | string | Iterable<string>,
  lang: Lang
): Promise<void> {
  const tmp = path.join(
    path.dirname(path.resolve(file)),
    `.${path.basename(file)}.${process.pid}.tmp`
  );
  try {
    if (typeof data === "string" || data instanceof Uint8Array) await fs.writeFile(tmp, data);
    else {
      const handle = await fs.open(tmp, "w");
      try {
        for (const chunk of data) await handle.write(chunk);
      } finally {
        await handle.close();
      }
    }
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

/** Refuses (FileError) an output that is an input or that another output of this run would overwrite. */
async function checkOutputs(args: CliArgs, lang: Lang): Promise<void> {
  const outputs: Array<{ out: string; from: string | null }> = [];
  for (const file of args.files) {
    const out = args.command === "remove" ? args.out : outPathFor(args, file);
    if (out) outputs.push({ out, from: file });
  }
  if (args.command === "analyze" && args.json && args.json !== "-")
    outputs.push({ out: args.json, from: "--json" });
  const clash = await findPathClash(args.files, outputs);
  if (!clash) return;
  throw new FileError(
    clash.kind === "input"
      ? msg(lang, "outIsInput", { out: clash.out, file: clash.file })
      : msg(lang, "outCollide", clash)
  );
}

function outPathFor(args: CliArgs, file: string): string | null {
  if (!args.out) return null;
  if (args.files.length === 1) return args.out;
  // An .xlsm stays an .xlsm (Excel refuses a macro-enabled package under an .xlsx name).
  const ext = /\.xlsm$/i.test(file) ? ".xlsm" : ".xlsx";
  return path.join(args.out, path.basename(file).replace(/\.xls[xm]$/i, "") + ".capaian" + ext);
}

async function runAnalyze(args: CliArgs, io: Io): Promise<number> {
  const { config, lang } = await readConfig(args, io);
  await checkOutputs(args, lang);
  const marks = args.marks ? await readMarksFile(args.marks, lang) : null;
  if (marks && "error" in marks) {
    io.err(marks.error);
    return 2;
  }
  if (marks) for (const p of marks.problems) io.err(msg(lang, "problems", { detail: p }));
  if (args.out && args.files.length > 1) await fs.mkdir(args.out, { recursive: true });
  const reports: Report[] = [];
  let failed = false;
  for (const file of args.files) {
    try {
      // A workbook written back is read with its placement facts; the analysis and the plan share one snapshot.
      const out = outPathFor(args, file);
      const opened = await openSnapshot(file, lang, io, args.quiet, out !== null);
      // The workbook's saved settings and marks, under --config and --marks (document-record.ts).
      const record = workbookRecord(opened.bytes, lang);
      reportRecordProblems(record, file, lang, io, marks !== null);
      const fileConfig = workbookConfig(config, record);
      const fileMarks = workbookMarks(marks, record);
      const analysis = analyzeSnapshot(opened.snapshot, fileConfig);
      const report = fileMarks
        ? reviewedReport(analysis, fileMarks.marks, fileMarks.problems)
        : analysis.report;
      if (!args.quiet) printSummary(report, lang, io, args.files.length > 1 ? file : null);
      if (fileMarks && !args.quiet) {
        const r = (report as ReviewedReport).review;
        io.err(
          workedMessages(lang).marksSummary(r.kept.length, r.reopened.length, r.orphaned.length)
        );
      }
      // A sheet or rule that failed leaves the analysis partial: the report says so, but no workbook is
      // annotated from it and the run fails.
      const stopped = analysis.stopped ?? [];
      if (stopped.length > 0) {
        reports.push(report);
        throw new FileError(msg(lang, "stopped", { file, detail: stopped[0] }));
      }
      if (out) {
        const { bytes, plan } = annotate(opened.bytes, opened.snapshot, analysis, {
          lang,
          summary: args.summary,
          now: new Date().toISOString(),
          marks: fileMarks?.marks,
          inflated: opened.inflated,
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
    const value =
      reports.length === 1 && args.files.length === 1 ? reports[0] : { schemaVersion: 1, reports };
    // In pieces: a large report would otherwise be one string of hundreds of megabytes.
    const body = () => chunked(reportText(value));
    if (args.json === "-") for (const chunk of body()) process.stdout.write(chunk);
    else {
      await writeAtomic(args.json, body(), lang);
      if (!args.quiet) io.out(msg(lang, "jsonWrote", { file: args.json }));
    }
  }
  if (failed) return 2;
  if (args.failOn) {
    const { fail, ignored } = failOnResult(reports, args.failOn);
    if (ignored > 0) io.err(workedMessages(lang).ignoredAccepted(ignored));
    if (fail) return 1;
  }
  return 0;
}

function* reportText(value: unknown): Generator<string> {
  yield* jsonPieces(value);
  yield "\n";
}

async function runRemove(args: CliArgs, io: Io): Promise<number> {
  if (!args.out) {
    io.err(msg(args.lang, "noOutput"));
    return 2;
  }
  await checkOutputs(args, args.lang);
  const file = args.files[0];
  const opened = await openSnapshot(file, args.lang, io, args.quiet, true);
  const { removed, bytes, plan } = removeOutput(opened.bytes, opened.snapshot, opened.inflated);
  await writeAtomic(args.out, bytes, args.lang);
  io.out(
    msg(args.lang, removed ? "removed" : "nothingToRemove", { file: removed ? args.out : file })
  );
  for (const line of keptLines(plan.kept, args.lang)) io.out(`  ${line}`);
  return 0;
}
