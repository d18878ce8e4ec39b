import { planLookup } from "../../../src/core/catalog/embedded";
import { analyzeHighlight } from "../../../src/core/highlight/analyze";
import { legendCells } from "../../../src/core/highlight/helper-block";

/* Issue 13, finding 7: a target printed "≥15" is compared as 15, and the legend says it is a floor. */

const analysis = analyzeHighlight(planLookup(), {
  region: "永川区",
  indicator: "每万人发明专利拥有量",
  reporting: { year: 2026, month: 1, day: 31 },
  labels: ["合计"],
  headers: ["2025年"],
  actuals: [[14]],
});

test("the floor is the figure compared", () => {
  expect(analysis.problems).toEqual([]);
  expect(analysis.targets).toEqual([[15]]);
  expect(analysis.floorTargets).toBe(1);
});

test.each([
  ["zh", "1 格的目标文件印为下限（如“≥15”），按下限比较"],
  ["en", '1 cell(s) have a target the document prints as a floor (e.g. "≥15")'],
] as const)("the legend says so (%s)", (locale, words) => {
  const note = legendCells(analysis, locale).cells.at(-1)?.[1];
  expect(String(note)).toContain(words);
});
