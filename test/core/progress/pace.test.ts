import { elapsedParts, paceAt, paceFrom, parsePaceMethod } from "../../../src/core/progress/pace";
import { LookupError } from "../../../src/core/lookup/lookup-error";

const date = (year: number, month: number, day: number) => ({ year, month, day });

describe("parsePaceMethod", () => {
  test.each([
    [null, "increment"],
    [undefined, "increment"],
    ["", "increment"],
    ["  ", "increment"],
    ["increment", "increment"],
    ["Increment", "increment"],
    ["增量", "increment"],
    ["增量法", "increment"],
    ["从上年末", "increment"],
    [1, "increment"],
    ["days", "days"],
    ["DAYS", "days"],
    ["按天", "days"],
    ["按日", "days"],
    [2, "days"],
    ["months", "months"],
    ["按月", "months"],
    ["３", "months"],
  ])("%p is %s", (value, method) => {
    expect(parsePaceMethod(value)).toBe(method);
  });

  test.each(["weeks", "按周", 4, 0, true, "day"])("%p is rejected, naming the methods", (value) => {
    expect(() => parsePaceMethod(value)).toThrow(LookupError);
    expect(() => parsePaceMethod(value)).toThrow(/"increment" .*"days" or "months"/);
  });
});

const share = (at: ReturnType<typeof date>, by: "days" | "months"): number => {
  const { elapsed, whole } = elapsedParts(at, by);
  return elapsed / whole;
};

describe("elapsed share of the year: the date itself counts", () => {
  test("by days", () => {
    expect(share(date(2025, 1, 1), "days")).toBe(1 / 365);
    expect(share(date(2025, 6, 30), "days")).toBe(181 / 365);
    expect(share(date(2025, 12, 31), "days")).toBe(1);
    expect(share(date(2024, 2, 29), "days")).toBe(60 / 366);
    expect(share(date(2024, 12, 31), "days")).toBe(1);
  });

  test("by months, the date's month counted as complete", () => {
    expect(share(date(2025, 1, 1), "months")).toBe(1 / 12);
    expect(share(date(2025, 6, 1), "months")).toBe(0.5);
    expect(share(date(2025, 6, 30), "months")).toBe(0.5);
    expect(share(date(2025, 12, 31), "months")).toBe(1);
  });
});

describe("paceFrom, the one pace arithmetic", () => {
  test("computes in the order the helper formula writes: start + (target − start) × elapsed ÷ whole", () => {
    expect(paceFrom(397, 442, 181, 365)).toBe(397 + ((442 - 397) * 181) / 365);
    expect(paceFrom(0, 442, 10, 12)).toBe((442 * 10) / 12);
  });

  test("is what paceAt and the highlighting's recipes both use", () => {
    expect(paceAt("increment", date(2025, 6, 30), 442, 397)).toBe(paceFrom(397, 442, 181, 365));
    expect(paceAt("months", date(2025, 10, 31), 442, null)).toBe(paceFrom(0, 442, 10, 12));
  });
});

describe("paceAt", () => {
  // 江北区 high-tech enterprises: 2024 target 397, 2025 target 442; 2022 actual 321, 2023 target 361.
  test("increment: from the previous year-end towards this year's target", () => {
    expect(paceAt("increment", date(2025, 6, 30), 442, 397)).toBeCloseTo(
      397 + (45 * 181) / 365,
      12
    );
    expect(paceAt("increment", date(2023, 6, 30), 361, 321)).toBeCloseTo(
      321 + (40 * 181) / 365,
      12
    );
  });

  test("increment: Jan 1 is one day on from the start, Dec 31 the whole target", () => {
    expect(paceAt("increment", date(2025, 1, 1), 442, 397)).toBeCloseTo(397 + 45 / 365, 12);
    expect(paceAt("increment", date(2025, 12, 31), 442, 397)).toBe(442);
  });

  test("increment in a leap year counts 366 days", () => {
    expect(paceAt("increment", date(2024, 2, 29), 397, 361)).toBeCloseTo(361 + (36 * 60) / 366, 12);
    expect(paceAt("increment", date(2024, 12, 31), 397, 361)).toBe(397);
  });

  test("increment when the target falls below the year-end figure", () => {
    expect(paceAt("increment", date(2025, 6, 30), 100, 120)).toBeCloseTo(
      120 - (20 * 181) / 365,
      12
    );
  });

  test("increment needs the previous year-end", () => {
    expect(() => paceAt("increment", date(2025, 6, 30), 442, null)).toThrow(/previous year-end/);
  });

  test("days: the annual target by elapsed days", () => {
    expect(paceAt("days", date(2025, 6, 30), 442, null)).toBeCloseTo((442 * 181) / 365, 12);
    expect(paceAt("days", date(2025, 1, 1), 365, null)).toBeCloseTo(1, 12);
    expect(paceAt("days", date(2024, 12, 31), 442, 397)).toBe(442);
  });

  test("months: the annual target by elapsed months", () => {
    expect(paceAt("months", date(2025, 6, 30), 442, null)).toBe(221);
    expect(paceAt("months", date(2025, 3, 1), 1200, null)).toBe(300);
    expect(paceAt("months", date(2025, 12, 31), 442, null)).toBe(442);
  });
});
