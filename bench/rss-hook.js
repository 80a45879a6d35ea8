// Preloaded with `node -r bench/rss-hook.js bin/capaian.js …`: writes the process's peak RSS when it exits,
// so bench/run.js can measure the real CLI without changing it.
"use strict";
const fs = require("fs");

const target = process.env.CAPAIAN_BENCH_RSS_FILE;
if (target) {
  process.on("exit", () => {
    try {
      fs.writeFileSync(target, JSON.stringify({ maxRssMB: process.resourceUsage().maxRSS / 1024 }));
    } catch {
      /* measuring must never change the CLI's outcome */
    }
  });
}
