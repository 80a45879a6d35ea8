// Command-line parsing: small and strict, so a typo gets a clear message instead of a silent default.
import type { Lang } from "../core";

export interface CliArgs {
  command: "analyze" | "remove" | "help" | "version";
  files: string[];
  json: string | null;
  out: string | null;
  config: string | null;
  /** --marks: the reviewer's marks (JSON), applied to the report and to --fail-on. */
  marks: string | null;
  lang: Lang;
  /** --lang was given: it then wins over the config file's lang. */
  langGiven: boolean;
  failOn: "error" | "warning" | null;
  summary: boolean;
  quiet: boolean;
}

export class ArgError extends Error {
  constructor(
    readonly key: "unknownOption" | "missingFile" | "optionValue",
    readonly opt = "",
    /** The value refused (optionValue). */
    readonly value = ""
  ) {
    super(key);
  }
}

export function parseArgs(argv: string[]): CliArgs {
  const a: CliArgs = {
    command: "analyze",
    files: [],
    json: null,
    out: null,
    config: null,
    marks: null,
    lang: "id",
    langGiven: argv.some((x) => x === "--lang" || x.startsWith("--lang=")),
    failOn: null,
    summary: true,
    quiet: false,
  };
  const rest = [...argv];
  // --lang is read first, wherever it stands, so that every later message is in the chosen language.
  a.lang = langOf(rest);
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === "--lang" && (rest[i + 1] === "id" || rest[i + 1] === "en")) rest.splice(i--, 2);
    else if (rest[i] === "--lang=id" || rest[i] === "--lang=en") rest.splice(i--, 1);
  }
  if (rest[0] === "analyze" || rest[0] === "remove")
    a.command = rest.shift() as "analyze" | "remove";
  else if (rest[0] === "help" || rest[0] === "--help" || rest[0] === "-h")
    return { ...a, command: "help" };
  else if (rest[0] === "--version" || rest[0] === "-v") return { ...a, command: "version" };
  while (rest.length > 0) {
    const x = rest.shift() as string;
    const [flag, inline] =
      x.startsWith("--") && x.includes("=")
        ? [x.slice(0, x.indexOf("=")), x.slice(x.indexOf("=") + 1)]
        : [x, null];
    const value = () => {
      const v = inline ?? rest.shift();
      if (v === undefined || v === "") throw new ArgError("unknownOption", flag);
      // `--json -q` would write a file named "-q": the next word looks like an option, not a value. "-" is stdout;
      // a file that really starts with "-" is named ./-q or --json=-q.
      if (inline === null && v.startsWith("-") && v !== "-")
        throw new ArgError("optionValue", flag, v);
      return v;
    };
    switch (flag) {
      case "--json":
        a.json = value();
        break;
      case "--out":
        a.out = value();
        break;
      case "--config":
        a.config = value();
        break;
      case "--marks":
        a.marks = value();
        break;
      case "--lang": {
        const v = value();
        if (v !== "id" && v !== "en") throw new ArgError("unknownOption", `--lang ${v}`);
        a.lang = v;
        break;
      }
      case "--fail-on": {
        const v = value();
        if (v !== "error" && v !== "warning") throw new ArgError("unknownOption", `--fail-on ${v}`);
        a.failOn = v;
        break;
      }
      case "--summary":
        a.summary = true;
        break;
      case "--no-summary":
        a.summary = false;
        break;
      case "--quiet":
      case "-q":
        a.quiet = true;
        break;
      case "--help":
      case "-h":
        a.command = "help";
        break;
      default:
        if (flag.startsWith("-") && flag !== "-") throw new ArgError("unknownOption", flag);
        a.files.push(x);
    }
  }
  if ((a.command === "analyze" || a.command === "remove") && a.files.length === 0)
    throw new ArgError("missingFile");
  return a;
}

/** The language asked for on the command line (`--lang en` or `--lang=en`), Indonesian by default. */
export function langOf(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--lang" && argv[i + 1] === "en") return "en";
    if (argv[i] === "--lang=en") return "en";
  }
  return "id";
}
