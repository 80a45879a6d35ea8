#!/usr/bin/env node
// Serves dist/ on http://localhost:3000 (plain Node http, no dependencies) so the workbench runs in any browser.
//   node scripts/demo.js [--port 3000] [--root dist]
//   node scripts/demo.js --check     serve, fetch the workbench once, exit 0 (used by tests)
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** A static file server for `root`; "/" redirects to the workbench. */
function createServer(root) {
  const base = path.resolve(root);
  return http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url || "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400).end("Bad request");
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    if (pathname === "/") {
      res.writeHead(302, { Location: "/workbench.html" }).end();
      return;
    }
    const file = path.resolve(base, "." + pathname);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end("Forbidden");
      return;
    }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        res
          .writeHead(404, { "Content-Type": "text/plain; charset=utf-8" })
          .end("Tidak ditemukan / Not found");
        return;
      }
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
        "Content-Length": st.size,
        "Cache-Control": "no-cache",
        "X-Content-Type-Options": "nosniff",
      });
      if (req.method === "HEAD") res.end();
      else fs.createReadStream(file).pipe(res);
    });
  });
}

/** Start serving; resolves with the base URL and a close function. port 0 = any free port. */
function startServer({
  root = path.join(__dirname, "..", "dist"),
  port = 3000,
  host = "127.0.0.1",
} = {}) {
  return new Promise((resolve, reject) => {
    const server = createServer(root);
    server.once("error", reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolve({
        url: `http://localhost:${actual}`,
        port: actual,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

function parseArgs(argv) {
  const out = { port: null, root: path.join(__dirname, "..", "dist"), check: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--check") out.check = true;
    else if (a === "--port") out.port = Number(argv[++i]);
    else if (a.startsWith("--port=")) out.port = Number(a.slice(7));
    else if (a === "--root") out.root = path.resolve(argv[++i]);
    else if (a === "--help" || a === "-h") out.help = true;
  }
  return out;
}

function get(url) {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write("node scripts/demo.js [--port 3000] [--root dist] [--check]\n");
    return 0;
  }
  if (!fs.existsSync(path.join(args.root, "workbench.html"))) {
    process.stderr.write(
      `Belum dibangun / not built: ${args.root}/workbench.html tidak ada. Jalankan / run: npm run build\n`
    );
    return 2;
  }
  const port = args.port !== null && Number.isFinite(args.port) ? args.port : args.check ? 0 : 3000;
  let server;
  try {
    server = await startServer({ root: args.root, port });
  } catch (err) {
    process.stderr.write(
      `Port ${port} tidak dapat dipakai / cannot be used: ${err.message}. Coba / try --port 3001\n`
    );
    return 1;
  }
  const page = `${server.url}/workbench.html`;
  if (args.check) {
    try {
      const html = await get(page);
      const sample = await get(`${server.url}/samples/lkj-bp3mi-jakarta-2025.xlsx`);
      const ok =
        html.status === 200 &&
        /workbench[^"]*\.js/.test(html.body.toString("utf8")) &&
        sample.status === 200;
      process.stdout.write(
        `${ok ? "OK" : "GAGAL / FAILED"}: ${page} (${html.status}), sample (${sample.status})\n`
      );
      return ok ? 0 : 1;
    } finally {
      await server.close();
    }
  }
  process.stdout.write(`Buka / Open: ${page}\n`);
  process.stdout.write("Ctrl+C untuk berhenti / to stop.\n");
  return new Promise(() => undefined);
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
      process.exit(1);
    }
  );
}

module.exports = { createServer, startServer };
