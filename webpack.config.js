// Build of the add-in pages (dist/): task pane, ribbon commands, browser workbench, the IE11 notice,
// and a test-only bundle of the fake Office used by the browser tests (dist/test/, never referenced by a page).
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { buildManifest } = require("./scripts/manifest");

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** Office's trusted dev certificate when office-addin-dev-certs has installed one, else webpack's own self-signed one. */
function devServerServer() {
  if (process.env.HTTP === "1") return "http";
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) {
    const options = {};
    for (const [k, f] of Object.entries(files)) options[k] = fs.readFileSync(path.join(dir, f));
    return { type: "https", options };
  }
  return "https";
}

/** Entries that must stay one file each: the IE11 check, the Web Workers, the test pages. */
const SELF_CONTAINED = (name) =>
  name === "legacy" ||
  name === "engine-worker" ||
  name === "workbook-worker" ||
  Boolean(name && name.startsWith("test/"));

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  return {
    devtool: production ? false : "source-map",
    // ES5 runtime: the legacy entry must parse in Internet Explorer 11 (webpack adds no newer syntax around it).
    target: ["web", "es5"],
    entry: {
      taskpane: "./src/taskpane/taskpane.tsx",
      commands: "./src/commands/commands.ts",
      dialog: "./src/commands/dialog.ts",
      workbench: "./src/workbench/workbench.tsx",
      legacy: "./src/taskpane/legacy-check.js",
      // The engine's Web Worker (analysis and plan building off the page's thread), one self-contained file.
      "engine-worker": "./src/taskpane/engine-worker.ts",
      // The workbench's workbook (bytes, model, engine and writer) off the page's thread, one self-contained file.
      "workbook-worker": "./src/workbench/workbook-worker.ts",
      "test/fake-office": "./tests/browser/fake-office-entry.ts",
      "test/office-adapter": "./tests/officejs/adapter-entry.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        // The engine has no import-time side effects: what a page does not use of src/core/index is left out.
        { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`; ES modules here so webpack can tree-shake and split.
            options: {
              transpileOnly: true,
              compilerOptions: { module: "es2020", target: "es2019", sourceMap: !production },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: (chunk) => !SELF_CONTAINED(chunk.name),
        cacheGroups: {
          core: {
            test: /[\\/]src[\\/]core[\\/]/,
            name: "core",
            // Only what the pages need at start: the engine loaded on demand stays in its own chunk, and the
            // worker stays one self-contained file.
            chunks: (chunk) => chunk.canBeInitial() && !SELF_CONTAINED(chunk.name),
            priority: 10,
            minChunks: 2,
            reuseExistingChunk: true,
          },
          // ExcelJS alone: JSZip (the package guard's) is on the workbench page at start, and sharing a chunk with
          // it would load ExcelJS there too (the page reads its snapshot without ExcelJS).
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: "exceljs",
            priority: 30,
            reuseExistingChunk: true,
          },
          vendor: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|tabster|keyborg|@floating-ui|@swc|use-sync-external-store|rtl-css-js|stylis|tslib)[\\/]/,
            name: "vendor",
            priority: 20,
            reuseExistingChunk: true,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["legacy", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "dialog.html",
        template: "./src/commands/dialog.html",
        chunks: ["dialog"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "workbench.html",
        template: "./src/workbench/workbench.html",
        chunks: ["workbench"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/samples/*.xlsx", to: "samples/[name][ext]" },
          // dist/manifest.xml: the add-in's origin from ADDIN_URL (production host), localhost:3000 without it.
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => buildManifest(content.toString("utf8"), process.env.ADDIN_URL),
          },
        ],
      }),
    ],
    devServer: {
      host: "localhost",
      port: PORT,
      server: devServerServer(),
      static: false,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};
