import { LookupError } from "../../../src/core/lookup/lookup-error";
import {
  completionRate,
  DEFAULT_FAR_BEHIND_POINTS,
  gapPoints,
  STATUS_LABELS,
  statusOf,
} from "../../../src/core/progress/status";

describe("completionRate", () => {
  test("actual ÷ target", () => {
    expect(completionRate(221, 442)).toBe(0.5);
    expect(completionRate(0, 442)).toBe(0);
    expect(completionRate(500, 400)).toBe(1.25);
  });

  test.each([0, -5, Number.NaN])("a target of %p has no rate", (target) => {
    expect(() => completionRate(1, target)).toThrow(LookupError);
    expect(() => completionRate(1, target)).toThrow(/expected a target greater than 0/);
  });
});

describe("statusOf at its boundaries (target 200, pace 100)", () => {
  test.each([
    [250, "met"],
    [200, "met"],
    [199.999, "on-pace"],
    [100, "on-pace"],
    [99.999, "behind"],
    [80.001, "behind"],
    [80, "far-behind"],
    [0, "far-behind"],
  ])("actual %p is %s", (actual, status) => {
    expect(statusOf(actual, 200, 100)).toBe(status);
  });

  test("exactly 10 points behind is far behind, whatever binary floating point makes of it", () => {
    expect(gapPoints(0.2, 0.3, 1)).not.toBe(10);
    expect(statusOf(0.2, 1, 0.3)).toBe("far-behind");
  });

  test("the far-behind threshold is 10 points by default and can be set", () => {
    expect(DEFAULT_FAR_BEHIND_POINTS).toBe(10);
    expect(statusOf(80, 200, 100, 15)).toBe("behind");
    expect(statusOf(70, 200, 100, 15)).toBe("far-behind");
  });

  test("met comes before pace: reaching the target early is met, even with pace above it", () => {
    expect(statusOf(442, 442, 450)).toBe("met");
  });

  test.each([0, -1, Number.NaN])("a target of %p is rejected, not divided by", (target) => {
    expect(() => statusOf(1, target, 0)).toThrow(/expected a target greater than 0/);
  });

  test("each status has a word in both languages", () => {
    expect(STATUS_LABELS).toEqual({
      met: { zh: "达标", en: "Met" },
      "on-pace": { zh: "序时达标", en: "On pace" },
      behind: { zh: "落后", en: "Behind" },
      "far-behind": { zh: "严重落后", en: "Far behind" },
    });
  });
});
