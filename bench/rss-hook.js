// Preloaded with `node -r bench/rss-hook.js bin/capaian.js …`: writes the process's peak RSS and CPU time (user +
// system) when it exits, so bench/run.js can measure the real CLI without changing it. CPU time is what a ratio
// can be read from when other work shares the cores (wall time then mostly waits for a core).
"use strict";
const fs = require("fs");

const target = process.env.CAPAIAN_BENCH_RSS_FILE;
if (target) {
  process.on("exit", () => {
    try {
      const u = process.resourceUsage();
      fs.writeFileSync(
        target,
        JSON.stringify({
          maxRssMB: u.maxRSS / 1024,
          cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000,
        })
      );
    } catch {
      /* measuring must never change the CLI's outcome */
    }
  });
}
