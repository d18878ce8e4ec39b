/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { planLookup } from "../../../src/core/catalog/embedded";
import { analyzeHighlight } from "../../../src/core/highlight/analyze";
import type { HighlightResult } from "../../../src/excel/contract";
import { AnalysisNotes } from "../../../src/taskpane/highlight/AnalysisNotes";
import { highlightStrings } from "../../../src/taskpane/highlight/strings";
import { stubLayoutApis } from "../jsdom-stubs";

/* Issue 13, finding 7, in the pane: a target printed "≥15" is compared as 15, and the pane says it is a floor. */

beforeAll(stubLayoutApis);

function resultFor(actual: number): HighlightResult {
  return {
    sheet: "月报",
    actual: { row: 1, column: 1, rows: 1, columns: 1 },
    analysis: analyzeHighlight(planLookup(), {
      region: "永川区",
      indicator: "每万人发明专利拥有量",
      reporting: { year: 2026, month: 1, day: 31 },
      labels: ["合计"],
      headers: ["2025年"],
      actuals: [[actual]],
    }),
    replaced: 0,
  };
}

test.each([
  ["zh", "1 个单元格的目标在文件中印为下限（如“≥15”），按下限比较"],
  ["en", '1 cell has a target the document prints as a floor (e.g. "≥15")'],
] as const)("a floor target is named as such (%s)", (locale, words) => {
  render(
    <FluentProvider theme={webLightTheme}>
      <AnalysisNotes result={resultFor(14)} strings={highlightStrings(locale)} locale={locale} />
    </FluentProvider>
  );
  expect(screen.getByText((text) => text.includes(words))).toBeTruthy();
});

test("no floor, no note", () => {
  const result = resultFor(14);
  const plain = { ...result, analysis: { ...result.analysis, floorTargets: 0 } };
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <AnalysisNotes result={plain} strings={highlightStrings("zh")} locale="zh" />
    </FluentProvider>
  );
  expect(container.textContent).not.toContain("下限");
});
