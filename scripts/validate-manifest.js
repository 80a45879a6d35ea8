#!/usr/bin/env node
// Validates manifest.xml. Offline against the v1.1 XSDs when ../shared/manifest-schema exists (needs xmllint),
// else with `office-addin-manifest validate` (which calls an online service).
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.join(__dirname, "..");
const manifest = path.resolve(process.argv[2] || path.join(root, "manifest.xml"));
const offline = path.join(root, "..", "shared", "manifest-schema", "validate.sh");

function run(cmd, args) {
  const r = spawnSync(cmd, args, {
    stdio: "inherit",
    cwd: root,
    shell: process.platform === "win32",
  });
  if (r.error) {
    process.stderr.write(`${cmd}: ${r.error.message}\n`);
    return 2;
  }
  return r.status === null ? 2 : r.status;
}

let code;
if (fs.existsSync(offline)) {
  process.stdout.write(`Validasi offline / offline validation: ${path.relative(root, offline)}\n`);
  code = run("bash", [offline, manifest]);
} else {
  process.stdout.write("Validasi dengan / validating with office-addin-manifest (online)\n");
  code = run("npx", ["--no-install", "office-addin-manifest", "validate", manifest]);
}
process.exit(code);
