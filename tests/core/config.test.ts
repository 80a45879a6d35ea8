// resolveConfig / validateSettings: invalid values become structured problems, worded in either language.
import { configProblemText, resolveConfig, validateSettings } from "../../src/core/config";

test("each invalid value is one problem with its key, value and expectation; the rest applies", () => {
  const { config, problems } = resolveConfig({
    lang: "fr",
    cap: "x",
    tables: 7,
    missingPolicy: "zero",
    indicators: { "S!5": { polarity: "up", aggregation: "last" } },
    manualRanges: ["S!A1:B2", 3],
  });
  expect(problems).toEqual([
    { key: "cap", value: "x", expected: "expCap" },
    { key: "lang", value: "fr", expected: "expLang" },
    { key: "indicators.S!5.polarity", value: "up", expected: "expPolarity" },
    { key: "tables", value: 7, expected: "expList" },
    { key: "manualRanges[1]", value: 3, expected: "expText" },
  ]);
  expect(config.lang).toBe("id");
  expect(config.cap).toBeNull();
  expect(config.missingPolicy).toBe("zero");
  expect(config.indicators).toEqual({ "S!5": { aggregation: "last" } });
  expect(config.manualRanges).toEqual(["S!A1:B2"]);
});

test("validateSettings keeps only what was given (an override of the defaults)", () => {
  expect(validateSettings({ cap: 1.1, extremeThreshold: -1 })).toEqual({
    settings: { cap: 1.1 },
    problems: [{ key: "extremeThreshold", value: -1, expected: "expNonNegative" }],
  });
  expect(validateSettings(null)).toEqual({ settings: {}, problems: [] });
  expect(validateSettings("x").problems).toEqual([{ key: "", value: "x", expected: "notObject" }]);
});

test("problem texts in both languages", () => {
  const p = { key: "lang", value: "fr", expected: "expLang" } as const;
  expect(configProblemText(p, "id")).toBe(
    'pengaturan lang = "fr" diabaikan; yang berlaku: "id" atau "en"'
  );
  expect(configProblemText(p, "en")).toBe('setting lang = "fr" ignored; allowed: "id" or "en"');
});
