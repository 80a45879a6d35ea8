/** Two projects: fast unit tests (engine, adapters, CLI) and browser tests (real Chromium, built pages). */
const ts = ["ts-jest", { isolatedModules: true, tsconfig: "tsconfig.json" }];
module.exports = {
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
