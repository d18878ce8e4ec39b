/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { analyzeHighlight } from "../../../src/core/highlight/analyze";
import { planLookup } from "../../../src/core/catalog/embedded";
import { LookupError } from "../../../src/core/lookup/lookup-error";
import type { HighlightActions } from "../../../src/excel/highlight/highlight-actions";
import type { HighlightResult } from "../../../src/excel/highlight/highlight";
import type { ChartRequest } from "../../../src/excel/chart/chart";
import { HighlightPanel } from "../../../src/taskpane/highlight/HighlightPanel";
import { JIANGBEI_GRID } from "../../core/highlight/highlight-fixture";
import { stubLayoutApis } from "../jsdom-stubs";

beforeAll(stubLayoutApis);

const RESULT: HighlightResult = {
  sheet: "月报",
  actual: { row: 1, column: 2, rows: 8, columns: 2 },
  analysis: analyzeHighlight(planLookup(), JIANGBEI_GRID),
  replaced: 0,
};

/** 石马河街道 and 大石坝街道 against targets typed in column B; 大石坝街道's 13 differs from the official 12, so its pace
   is by days (a pace never starts at the official year-end and ends at the sheet's own target). */
const SHEET_TARGETS: HighlightResult = {
  sheet: "月报",
  actual: { row: 1, column: 2, rows: 2, columns: 1 },
  analysis: analyzeHighlight(planLookup(), {
    region: "江北区",
    indicator: "高新技术企业",
    reporting: { year: 2024, month: 6, day: 30 },
    labels: ["石马河街道", "大石坝街道"],
    headers: ["2024年实际"],
    actuals: [[35], [6]],
    sheetTargets: [
      { source: { kind: "sheet", column: 1, header: "2024年目标" }, values: [36, 13] },
    ],
  }),
  replaced: 0,
};

/** The 江北区 figures with a target column selected beside the actuals. */
const TARGET_SELECTED: HighlightResult = {
  ...RESULT,
  analysis: analyzeHighlight(planLookup(), { ...JIANGBEI_GRID, headers: ["2023年目标", "2024年"] }),
};

function actions(result: HighlightResult = RESULT): jest.Mocked<HighlightActions> {
  return {
    supported: jest.fn().mockReturnValue(true),
    chart: jest.fn().mockImplementation((request: ChartRequest) =>
      Promise.resolve({
        sheet: "月报",
        name: "PLAN_CHART_x",
        block: request.anchor,
        replaced: true,
      })
    ),
    apply: jest.fn().mockResolvedValue(result),
    check: jest.fn().mockResolvedValue(result),
    remove: jest.fn().mockResolvedValue(1),
    select: jest.fn().mockResolvedValue(undefined),
  };
}

function renderPanel(given: HighlightActions, locale: "zh" | "en" = "zh") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <HighlightPanel actions={given} locale={locale} />
    </FluentProvider>
  );
}

/** The list of lagging cells, found by its heading. */
const laggingList = (count: number) =>
  screen.getByRole("region", { name: new RegExp(`落后于计划的单元格：${count} 个`) });

describe("HighlightPanel", () => {
  it("applies with the chosen district, indicator and date, then lists the lagging cells by gap", async () => {
    const given = actions();
    renderPanel(given);
    fireEvent.change(screen.getByLabelText("截至日期"), { target: { value: "2024-06-30" } });
    fireEvent.click(screen.getByRole("button", { name: "着色" }));
    await screen.findByText(/已为 .+!C2:D9（16 个单元格）设置条件格式/);
    expect(given.apply).toHaveBeenCalledWith(
      expect.objectContaining({
        region: "江北区",
        reporting: { year: 2024, month: 6, day: 30 },
        farBehindPoints: 10,
        meaning: "red-behind",
      })
    );
    const items = within(laggingList(5)).getAllByRole("button");
    expect(items.map((item) => item.getAttribute("aria-label")?.split("：")[0])).toEqual([
      "观音桥街道 2024年 严重落后",
      "观音桥街道 2023年 落后",
      "合计 2023年 落后",
      "江北城 2024年 落后",
      "大石坝街道 2024年 落后",
    ]);
    // 2024 pace 81 + 8 × 182/366 = 84.98; 70 is 16.8 points of 89 below it.
    const figures = "目标 89 · 序时 85.0 · 实际 70 · 差 16.8 个百分点 · 完成率 78.7%";
    expect(items[0].getAttribute("aria-label")).toBe(`观音桥街道 2024年 严重落后：${figures}`);
    expect(items[0].textContent).toBe(`观音桥街道2024年严重落后${figures}`);
    expect(screen.getByText(/第 7 行：单位“小计”不明确/)).toBeTruthy();
    expect(screen.queryByText(/目标列/)).toBeNull();
    expect(screen.queryByText(/本表目标与官方目标不一致/)).toBeNull();
  });

  it("selects a lagging cell in the sheet when its unit is clicked", async () => {
    const given = actions();
    renderPanel(given);
    fireEvent.click(screen.getByRole("button", { name: "检查" }));
    fireEvent.click(await screen.findByRole("button", { name: /^观音桥街道 2024年 严重落后：/ }));
    await waitFor(() => expect(given.select).toHaveBeenCalledWith("月报", 3, 3));
  });

  it("warns of sheet targets that differ from the official ones, and says where each lagging target is from", async () => {
    renderPanel(actions(SHEET_TARGETS));
    fireEvent.click(screen.getByRole("button", { name: "检查" }));
    expect(await screen.findByText("本表目标与官方目标不一致（表中数据未改动）：")).toBeTruthy();
    expect(
      screen.getByText(
        "大石坝街道 2024年实际（本表 B 列）：表中 13，官方 12（江北府办发〔2023〕38号）"
      )
    ).toBeTruthy();
    const [item] = within(laggingList(1)).getAllByRole("button");
    expect(item.getAttribute("aria-label")).toMatch(
      /^大石坝街道 2024年实际 落后：目标 13 · 序时 [\d.]+ · 实际 6 · 差 [\d.]+ 个百分点 · 完成率 46\.2% · 目标取自本表 B 列$/
    );
    expect(item.textContent).toContain("目标取自本表 B 列");
  });

  it("names the target source in English", async () => {
    renderPanel(actions(SHEET_TARGETS), "en");
    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    const list = await screen.findByRole("region", { name: /1 cell\(s\) behind plan/ });
    expect(within(list).getByRole("button").getAttribute("aria-label")).toMatch(
      /^大石坝街道 2024年实际 Behind: Target 13 · Pace [\d.]+ · Actual 6 · [\d.]+ pts behind · 46\.2% done · target from this sheet, column B$/
    );
    expect(
      screen.getByText(/^Targets on the sheet that differ from the official ones/)
    ).toBeTruthy();
  });

  it("warns when the selection takes in a target column, and still lists what it compared", async () => {
    renderPanel(actions(TARGET_SELECTED));
    fireEvent.click(screen.getByRole("button", { name: "检查" }));
    expect(
      await screen.findByText("选区包含目标列“2023年目标”，已按实际数处理；请只选中实际数。")
    ).toBeTruthy();
    expect(within(laggingList(5)).getAllByRole("button")).toHaveLength(5);
  });

  it("colours the badges as the sheet was coloured, even after the switch is turned", async () => {
    renderPanel(actions());
    fireEvent.click(screen.getByRole("switch"));
    fireEvent.click(screen.getByRole("button", { name: "着色" }));
    await screen.findByText(/已为 .+!C2:D9（16 个单元格）设置条件格式/);
    fireEvent.click(screen.getByRole("switch"));
    const badge = within(laggingList(5)).getAllByText("严重落后")[0];
    expect(badge.style.backgroundColor).toBe("rgb(0, 114, 178)");
  });

  it("shows a lookup failure in the user's language", async () => {
    const given = actions();
    given.apply.mockRejectedValue(
      new LookupError({ reason: "unknown", subject: "region", query: "火星区", candidates: [] })
    );
    renderPanel(given);
    fireEvent.click(screen.getByRole("button", { name: "着色" }));
    expect(await screen.findByText("未找到区县“火星区”。")).toBeTruthy();
  });

  it("refuses an invalid threshold without calling Excel", async () => {
    const given = actions();
    renderPanel(given);
    fireEvent.change(screen.getByLabelText(/严重落后阈值/), { target: { value: "0" } });
    fireEvent.click(screen.getByRole("button", { name: "着色" }));
    expect(await screen.findByText("阈值应为大于 0 的数字。")).toBeTruthy();
    expect(given.apply).not.toHaveBeenCalled();
  });

  it("asks before replacing the user's edits in our helper block, and replaces only after a yes", async () => {
    const given = actions();
    given.remove
      .mockResolvedValueOnce({ status: "edited", address: "月报!F1:M9" })
      .mockResolvedValueOnce(1);
    renderPanel(given);
    fireEvent.click(screen.getByRole("button", { name: "清除本表着色" }));
    expect(await screen.findByText(/月报!F1:M9 是插件之前写入的区域/)).toBeTruthy();
    expect(given.remove).toHaveBeenLastCalledWith({ locale: "zh", replaceEdits: false });
    fireEvent.click(screen.getByRole("button", { name: "替换我的修改" }));
    expect(await screen.findByText("已清除 1 处着色。")).toBeTruthy();
    expect(given.remove).toHaveBeenLastCalledWith({ locale: "zh", replaceEdits: true });
  });

  it("keeps the user's edits when they say so: nothing more is asked of Excel", async () => {
    const given = actions();
    given.remove.mockResolvedValueOnce({ status: "edited", address: "月报!F1:M9" });
    renderPanel(given, "en");
    fireEvent.click(screen.getByRole("button", { name: "Remove highlighting on this sheet" }));
    expect(await screen.findByText(/has cells you changed or added since/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Keep them" }));
    await waitFor(() => expect(screen.queryByText(/has cells you changed/)).toBeNull());
    expect(given.remove).toHaveBeenCalledTimes(1);
  });

  it("removes highlighting and says how much", async () => {
    const given = actions();
    renderPanel(given);
    fireEvent.click(screen.getByRole("button", { name: "清除本表着色" }));
    expect(await screen.findByText("已清除 1 处着色。")).toBeTruthy();
  });

  it("inserts a chart of a matched unit with the sheet's figures, beside the checked cells", async () => {
    const given = actions();
    renderPanel(given);
    fireEvent.change(screen.getByLabelText("截至日期"), { target: { value: "2024-06-30" } });
    fireEvent.click(screen.getByRole("button", { name: "检查" }));
    await screen.findByRole("button", { name: /^观音桥街道 2024年/ });
    fireEvent.click(screen.getByRole("combobox", { name: /单位（按年份/ }));
    fireEvent.click(screen.getByRole("option", { name: "观音桥街道" }));
    fireEvent.click(screen.getByRole("button", { name: "插入图表" }));
    expect(
      await screen.findByText(/已插入目标与实际折线图（已替换该单位之前的图表）/)
    ).toBeTruthy();
    const request = given.chart.mock.calls[0][0];
    expect(request).toMatchObject({ sheet: "月报", anchor: RESULT.actual, locale: "zh" });
    expect(request.data.unit).toBe("观音桥街道");
    expect(request.data.points.filter((point) => point.actual !== null)).toEqual([
      { year: 2022, target: null, actual: 72 },
      { year: 2023, target: 81, actual: 75 },
      { year: 2024, target: 89, actual: 70 },
    ]);
  });

  it("charts the whole district from the active sheet before any check", async () => {
    const given = actions();
    renderPanel(given);
    expect(screen.getByRole("combobox", { name: /单位（按年份/ }).textContent).toBe("全区");
    fireEvent.click(screen.getByRole("button", { name: "插入图表" }));
    await waitFor(() => expect(given.chart).toHaveBeenCalled());
    const request = given.chart.mock.calls[0][0];
    expect(request).toMatchObject({ sheet: null, anchor: null });
    expect(request.data).toMatchObject({ region: "江北区", unit: null });
    expect(request.data.points.map((point) => point.target)).toEqual([
      null,
      361,
      397,
      442,
      486,
      530,
    ]);
  });

  it("explains an Excel without ExcelApi 1.6 and turns off highlighting, removing and charts", () => {
    const given = actions();
    given.supported.mockReturnValue(false);
    renderPanel(given);
    expect(screen.getByText(/当前 Excel 不支持条件格式（需要 ExcelApi 1.6/)).toBeTruthy();
    for (const name of ["着色", "清除本表着色", "插入图表"]) {
      expect(screen.getByRole("button", { name }).hasAttribute("disabled")).toBe(true);
    }
    expect(screen.getByRole("button", { name: "检查" }).hasAttribute("disabled")).toBe(false);
  });
});

describe("a district without per-unit tables", () => {
  test("巫溪县: the tab says why nothing can be coloured unit by unit, and what to do instead", () => {
    renderPanel(actions());
    expect(screen.queryByTestId("no-unit-tables")).toBeNull();
    fireEvent.click(screen.getByRole("combobox", { name: "区县" }));
    fireEvent.click(screen.getByRole("option", { name: "巫溪县" }));
    const notice = screen.getByTestId("no-unit-tables");
    expect(notice.textContent).toContain("巫溪县的文件没有按街镇、园区分解的目标表");
    expect(notice.textContent).toContain('PLAN.TARGET("巫溪县"');
    expect((screen.getByRole("button", { name: "着色" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
