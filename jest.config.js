/** Two projects: fast unit tests (engine, adapters, CLI) and browser tests (real Chromium, built pages). */
const ts = ["ts-jest", { isolatedModules: true, tsconfig: "tsconfig.json" }];
module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/tests"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/tests/browser/"],
      transform: { "^.+\\.tsx?$": ts },
    },
    {
      displayName: "browser",
      testEnvironment: "node",
      roots: ["<rootDir>/tests/browser"],
      testMatch: ["**/*.test.ts"],
      transform: { "^.+\\.tsx?$": ts },
    },
  ],
};
