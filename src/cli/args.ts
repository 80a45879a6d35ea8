// Command-line parsing: small and strict, so a typo gets a clear message instead of a silent default.
import type { Lang } from "../core/types";

export interface CliArgs {
  command: "analyze" | "remove" | "help" | "version";
  files: string[];
  json: string | null;
  out: string | null;
  config: string | null;
  lang: Lang;
  failOn: "error" | "warning" | null;
  summary: boolean;
  quiet: boolean;
}

export class ArgError extends Error {
  constructor(
    readonly key: "unknownOption" | "missingFile",
    readonly opt = ""
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
    lang: "id",
    failOn: null,
    summary: true,
    quiet: false,
  };
  const rest = [...argv];
  // --lang is read first so that every later message is in the chosen language.
  const li = rest.findIndex((x) => x === "--lang" || x.startsWith("--lang="));
  if (li >= 0) {
    const v = rest[li].includes("=") ? rest[li].split("=")[1] : rest[li + 1];
    if (v === "en" || v === "id") a.lang = v;
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
