// office-addin-lint picks this file up: the Office.js rules (load before read, sync after load, no sync in
// loops, isNullObject) plus prettier, with browser and Node globals where each kind of code runs.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

export default [
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**"] },
  ...officeAddins.configs.recommended,
  // The recommended TypeScript block names .ts files only; the pane and workbench are .tsx, so they get the same rules.
  ...officeAddins.configs.recommended
    .filter((c) => c.files && c.files.some((f) => f.includes("ts")))
    .map((c) => ({ ...c, files: ["**/*.tsx"] })),
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      globals: { ...globals.browser, ...globals.node, Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" },
    },
    rules: {
      // TypeScript checks undefined names itself (and knows type-only globals such as JSX).
      "no-undef": "off",
    },
  },
  {
    // ExcelJS also has worksheet.getCell(); its cells are plain objects, not Office.js proxies to load and sync.
    files: ["src/adapters/exceljs/**", "src/workbench/**", "src/cli/**", "src/core/**"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
    },
  },
  {
    // One door into the engine: code outside src/core imports only src/core/index.ts (issue 13), so the engine's
    // inner layout can change without touching the pane, the CLI or the adapters.
    files: ["src/**/*.{ts,tsx,js,jsx}"],
    ignores: ["src/core/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)core/(?!index$).+",
              message: "Import the engine through src/core (its index), not its inner files.",
            },
          ],
        },
      ],
    },
  },
];
