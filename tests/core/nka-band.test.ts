// NKA bands of PMK 62/2023 (> 90, > 80–90, > 60–80, > 50–60, ≤ 50), named like the qualitative categories.
import { nkaBand } from "../../src/core/analyze/efficiency";

test.each([
  [95, "Sangat Baik", "Very good"],
  [90.01, "Sangat Baik", "Very good"],
  [90, "Baik", "Good"],
  [80.5, "Baik", "Good"],
  [80, "Cukup", "Fair"],
  [60.01, "Cukup", "Fair"],
  [60, "Kurang", "Poor"],
  [50.01, "Kurang", "Poor"],
  [50, "Sangat Kurang", "Very poor"],
  [0, "Sangat Kurang", "Very poor"],
])("%s points: %s / %s", (points, id, en) => {
  expect(nkaBand(points)).toBe(id);
  expect(nkaBand(points, "en")).toBe(en);
});

test("no score, no band", () => {
  expect(nkaBand(null)).toBeNull();
  expect(nkaBand(Number.NaN, "en")).toBeNull();
});
