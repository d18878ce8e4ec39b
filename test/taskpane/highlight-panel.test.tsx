/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { analyzeHighlight } from "../../src/core/highlight";
import { planLookup } from "../../src/core/embedded";
import { LookupError } from "../../src/core/lookup-error";
import type { HighlightActions } from "../../src/excel/highlight-actions";
import type { HighlightResult } from "../../src/excel/highlight";
import type { ChartRequest } from "../../src/excel/chart";
import { HighlightPanel } from "../../src/taskpane/highlight/HighlightPanel";
import { JIANGBEI_GRID } from "../core/highlight-fixture";

/* jsdom has no layout: Fluent's MessageBar observes its size, which needs nothing more than a stub here. */
beforeAll(() => {
  window.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  } as unknown as typeof ResizeObserver;
});

const RESULT: HighlightResult = {
  sheet: "月报",
  actual: { row: 1, column: 2, rows: 8, columns: 2 },
  analysis: analyzeHighlight(planLookup(), JIANGBEI_GRID),
  replaced: 0,
};

function actions(): jest.Mocked<HighlightActions> {
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
    apply: jest.fn().mockResolvedValue(RESULT),
    check: jest.fn().mockResolvedValue(RESULT),
    remove: jest.fn().mockResolvedValue(1),
    select: jest.fn().mockResolvedValue(undefined),
  };
}

function renderPanel(given: HighlightActions) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <HighlightPanel actions={given} locale="zh" />
    </FluentProvider>
  );
}

describe("HighlightPanel", () => {
  it("applies with the chosen district, indicator and date, then lists the lagging cells by gap", async () => {
    const given = actions();
    renderPanel(given);
    fireEvent.change(screen.getByLabelText("截至日期"), { target: { value: "2024-06-30" } });
    fireEvent.click(screen.getByRole("button", { name: "着色" }));
    await screen.findByText(/已为 16 个单元格设置条件格式/);
    expect(given.apply).toHaveBeenCalledWith(
      expect.objectContaining({
        region: "江北区",
        reporting: { year: 2024, month: 6, day: 30 },
        farBehindPoints: 10,
        meaning: "red-behind",
      })
    );
    const table = screen.getByRole("table");
    expect(
      within(table)
        .getAllByRole("button")
        .map((button) => button.textContent)
    ).toEqual(["观音桥街道", "观音桥街道", "合计", "江北城", "大石坝街道"]);
    expect(within(table).getAllByRole("row")[1].textContent).toContain("16.8");
    expect(screen.getByText(/第 7 行：单位“小计”不明确/)).toBeTruthy();
  });

  it("selects a lagging cell in the sheet when its unit is clicked", async () => {
    const given = actions();
    renderPanel(given);
    fireEvent.click(screen.getByRole("button", { name: "检查" }));
    const buttons = await screen.findAllByRole("button", { name: "观音桥街道" });
    fireEvent.click(buttons[0]);
    await waitFor(() => expect(given.select).toHaveBeenCalledWith("月报", 3, 3));
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
    await screen.findAllByRole("button", { name: "观音桥街道" });
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
