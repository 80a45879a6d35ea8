// office-addin-lint picks this file up: the Office.js rules (load before read, sync after load, no sync in
// loops, isNullObject) plus prettier, with browser and Node globals where each kind of code runs.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

export default [
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**"] },
  ...officeAddins.configs.recommended,
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
];
