#!/usr/bin/env node
// Thin launcher: the CLI is compiled to lib/ by `npm run build`.
"use strict";
// A reader that stops early (`| head`) is not an error.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode || 0);
});
let main;
try {
  main = require("../lib/cli/main.js").main;
} catch (e) {
  process.stderr.write("capaian: belum dibangun (not built yet). Jalankan / run: npm run build\n");
  process.exit(2);
}
main(process.argv.slice(2)).then((code) => {
  // exitCode (not exit()) lets piped output flush completely.
  process.exitCode = code;
});
