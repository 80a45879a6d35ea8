#!/usr/bin/env node
// `npm run corpus`: the engine (compiled to lib/ by the script's tsc step) against tests/corpus; prints per file
// tables found, values right, anomaly recall and precision, the totals, and writes tests/output/corpus.json.
//   node scripts/corpus.js [--verbose]     --verbose also lists what was missed per file
"use strict";
const fs = require("fs");
const path = require("path");
const { measureCorpus, formatCorpus } = require("./corpus-measure");

let engine;
try {
  engine = { ...require("../lib/adapters/exceljs"), ...require("../lib/core") };
} catch {
  process.stderr.write("corpus: lib/ belum dibangun (not built). Run: npx tsc -p tsconfig.cli.json\n");
  process.exit(2);
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode || 0);
});

const verbose = process.argv.includes("--verbose");

measureCorpus(engine).then((m) => {
  process.stdout.write(formatCorpus(m) + "\n");
  if (verbose) {
    for (const r of m.results) {
      if (r.error) continue;
      const d = r.detail;
      if (!d.tablesMissed.length && !d.valuesWrong.length && !d.anomaliesMissed.length && !d.unexpected.length)
        continue;
      process.stdout.write(`\n${r.id}\n`);
      for (const t of d.tablesMissed) process.stdout.write(`  table missed ${t.sheet} ${t.kind} header ${t.headerRow}\n`);
      for (const t of d.detected)
        process.stdout.write(`  detected ${t.sheet} ${t.kind} header ${t.headerRow} ${t.range} (${t.confidence})\n`);
      for (const v of d.valuesWrong)
        process.stdout.write(`  value ${v.sheet}!${v.row} ${v.kind} want ${v.value} got ${v.got}\n`);
      for (const a of d.anomaliesMissed)
        process.stdout.write(`  missed ${a.sheet}!${a.cell} ${a.rules.join("|")}: ${a.why || ""}\n`);
      for (const a of d.unexpected) process.stdout.write(`  unexpected ${a.sheet}!${a.cell} ${a.rule} (${a.severity})\n`);
    }
  }
  const out = path.resolve(__dirname, "../tests/output/corpus.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const slim = m.results.map(({ expected, ...r }) => ({ ...r, agency: expected.agency, origin: expected.origin }));
  fs.writeFileSync(out, JSON.stringify({ totals: m.totals, results: slim }, null, 2) + "\n");
  process.stdout.write(`→ ${path.relative(process.cwd(), out)}\n`);
});
