/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { officialLookup } from "../../../src/core/catalog/embedded";
import type { Locale } from "../../../src/core/i18n/locale";
import type { PlanLookup } from "../../../src/core/lookup/plan-lookup";
import { buildSubmission } from "../../../src/core/submission/build-submission";
import { defaultRequest } from "../../../src/core/submission/submission-request";
import { analyzeHighlight } from "../../../src/core/highlight/analyze";
import { legendCells } from "../../../src/core/highlight/helper-block";
import { TablesTab } from "../../../src/taskpane/tables/TablesTab";
import { yubeiPlan } from "../../core/registry/yubei-plan";
import { stubLayoutApis } from "../jsdom-stubs";

/*
 * Issue 22: a plan registered (or imported) in a workbook is never presented as official. The tables tab lists it
 * with words that say so, and its source line, the one the preview shows and the sheet prints, says so before the
 * document; a submission sheet built on it says so in its sources.
 */

beforeAll(stubLayoutApis);

/** 江北区's 高企 table registered as a 渝北区 document the catalog does not ship. */
function registeredLookup(): PlanLookup {
  return officialLookup().withWorkbook({ plans: [yubeiPlan()] });
}

function renderTables(lookup: PlanLookup, locale: Locale) {
  render(
    <FluentProvider theme={webLightTheme}>
      <TablesTab
        lookup={lookup}
        locale={locale}
        host={null}
        viewer={{ copy: async () => undefined, download: () => undefined }}
        formulasOffered={false}
      />
    </FluentProvider>
  );
}

function choose(label: string, optionText: RegExp) {
  const select = screen.getByLabelText(label) as HTMLSelectElement;
  const option = within(select).getByText(optionText) as HTMLOptionElement;
  fireEvent.change(select, { target: { value: option.value } });
}

describe("a registered plan is never presented as official", () => {
  test.each([
    [
      "zh",
      "区县",
      "文件",
      /^【本工作簿登记，非官方】渝北测试〔2023〕1号 测试用分解表$/,
      /^来源：本工作簿登记的数据，非官方目录：渝北测试〔2023〕1号（2023-06-09）附件1/,
    ],
    [
      "en",
      "District",
      "Document",
      /^\[Registered in this workbook, not official\] 渝北测试/,
      /^Source: Registered in this workbook, not the official catalog: 渝北测试〔2023〕1号 \(2023-06-09\)/,
    ],
  ] as const)(
    "in the tables tab (%s): its label and its source line say so",
    (locale, district, document, label, source) => {
      renderTables(registeredLookup(), locale);
      choose(district, /渝北区/);
      const select = screen.getByLabelText(document) as HTMLSelectElement;
      expect(select.selectedOptions[0].textContent).toMatch(label);
      expect(screen.getByText(source)).toBeTruthy();
    }
  );

  test("an official document of the same workbook carries no such words", () => {
    renderTables(registeredLookup(), "zh");
    choose("区县", /江北区/);
    const select = screen.getByLabelText("文件") as HTMLSelectElement;
    expect(select.selectedOptions[0].textContent).not.toMatch(/登记/);
    expect(screen.queryByText(/非官方/)).toBeNull();
  });

  test("a submission sheet on a registered plan says so in its sources", () => {
    const request = defaultRequest("渝北区", ["高新技术企业"], { year: 2025, month: 10, day: 31 });
    const sheet = buildSubmission(registeredLookup(), request);
    const text = sheet.cells.flat().filter((cell): cell is string => typeof cell === "string");
    expect(text.find((cell) => cell.includes("数据来源："))).toMatch(
      /数据来源：高新技术企业：本工作簿登记的数据，非官方目录：渝北测试〔2023〕1号/
    );
  });

  test.each([
    ["zh", /^本工作簿登记的数据，非官方目录：渝北测试〔2023〕1号$/],
    ["en", /^Registered in this workbook, not the official catalog: 渝北测试〔2023〕1号$/],
  ] as const)("the highlighting legend (%s) cites it with the same words", (locale, cited) => {
    const analysis = analyzeHighlight(registeredLookup(), {
      region: "渝北区",
      indicator: "高企",
      reporting: { year: 2025, month: 10, day: 31 },
      labels: ["观音桥街道"],
      headers: [null],
      actuals: [[50]],
    });
    const legend = legendCells(analysis, locale).cells.flat().map(String);
    expect(legend.some((cell) => cited.test(cell))).toBe(true);
  });
});
