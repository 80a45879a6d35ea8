/** Two projects: fast unit tests (engine, adapters, CLI) and browser tests (real Chromium, built pages). */
const ts = ["ts-jest", { isolatedModules: true, tsconfig: "tsconfig.json" }];
module.exports = {
  // A whole-workbook round trip takes about 1 s alone; 5 s (jest's default) failed on a loaded 2-core machine. Speed
  // is measured by `npm run bench`, not by timeouts. (A global option: jest ignores it inside a project.)
  testTimeout: 30000,
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/tests"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/tests/browser/", "/tests/officejs/"],
      transform: { "^.+\\.tsx?$": ts },
    },
    {
      displayName: "browser",
      testEnvironment: "node",
      // tests/officejs: the pane, the ribbon and the Office adapter through Microsoft's real office.js.
      roots: ["<rootDir>/tests/browser", "<rootDir>/tests/officejs"],
      testMatch: ["**/*.test.ts"],
      transform: { "^.+\\.tsx?$": ts },
    },
  ],
};
