/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { planLookup } from "../../../src/core/catalog/embedded";
import type { SheetSpec } from "../../../src/core/presentation/sheet-spec";
import type { SubmissionActions } from "../../../src/excel/contract";
import { FreezeRefusal } from "../../../src/core/submission/plan-cells";
import { SubmissionPanel } from "../../../src/taskpane/submission/SubmissionPanel";
import { lastMonthEnd } from "../../../src/taskpane/submission/submission-form";
import { stubLayoutApis } from "../jsdom-stubs";

beforeAll(stubLayoutApis);

function actions(): jest.Mocked<SubmissionActions> {
  return {
    supported: jest.fn().mockReturnValue({ insert: true, freeze: true }),
    insert: jest.fn().mockResolvedValue({
      sheet: "江北区完成情况2025.10",
      address: "'江北区完成情况2025.10'!A1:V35",
    }),
    freeze: jest.fn().mockResolvedValue({ sheet: "月报 固化", replaced: 12 }),
    repair: jest.fn().mockResolvedValue({ repaired: 7, protectedSheets: ["汇总"], tooLarge: [] }),
  };
}

function renderPanel(
  given: SubmissionActions | null,
  locale: "zh" | "en" = "zh",
  formulasOffered = false
) {
  const downloads: [string, ArrayBuffer][] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <SubmissionPanel
        lookup={planLookup()}
        locale={locale}
        actions={given}
        formulasOffered={formulasOffered}
        download={(name, data) => downloads.push([name, data])}
      />
    </FluentProvider>
  );
  return downloads;
}

function setDate(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe("SubmissionPanel", () => {
  test("in an Excel that runs the functions, targets can go in as PLAN.TARGET formulas", async () => {
    const excel = actions();
    renderPanel(excel, "zh", true);
    setDate("截止日期", "2025-10-31");
    fireEvent.click(screen.getByLabelText(/PLAN\.TARGET 公式/));
    fireEvent.click(screen.getByRole("button", { name: "生成报送表（新工作表）" }));
    await waitFor(() => expect(excel.insert).toHaveBeenCalled());
    const sheet = excel.insert.mock.calls[0][0] as SheetSpec;
    const guanyinqiao = sheet.cells.find(
      (row) => row[1] === "观音桥街道"
    ) as SheetSpec["cells"][number];
    expect(guanyinqiao[2]).toBe(
      '=PLAN.TARGET("江北区","高新技术企业",2025,"观音桥街道","江北府办发〔2023〕38号")'
    );
  });

  test("the formulas choice is not offered in the viewer nor where the functions do not run", () => {
    renderPanel(null, "zh", true);
    expect(screen.queryByLabelText(/PLAN\.TARGET 公式/)).toBeNull();
  });

  test("in Excel: builds 江北区 高企 + 科技型企业 at 2025-10-31 into a new sheet and says where", async () => {
    const excel = actions();
    renderPanel(excel);
    expect((screen.getByLabelText("区县") as HTMLSelectElement).value).toBe("江北区");
    setDate("截止日期", "2025-10-31");
    fireEvent.click(screen.getByRole("button", { name: "生成报送表（新工作表）" }));
    await waitFor(() =>
      expect(screen.getByTestId("submission-notice").textContent).toContain("已生成报送表")
    );
    const plan = excel.insert.mock.calls[0][0] as SheetSpec;
    expect(plan.cells[0][0]).toBe(
      "江北区高新技术企业、科技型企业目标任务完成情况（截至2025年10月底）"
    );
    expect(plan.cells[0]).toHaveLength(22);
  });

  test("the chosen indicator, group, pace, colours, thresholds and protection reach the sheet", async () => {
    const excel = actions();
    renderPanel(excel);
    setDate("截止日期", "2025-06-30");
    fireEvent.click(screen.getByLabelText("科技型企业"));
    fireEvent.change(screen.getByLabelText("单位范围"), { target: { value: "2" } });
    fireEvent.click(screen.getByLabelText(/按天/));
    fireEvent.click(screen.getByLabelText(/色盲可辨/));
    fireEvent.change(screen.getByLabelText(/红色/), { target: { value: "20" } });
    fireEvent.click(screen.getByLabelText(/保护工作表/));
    fireEvent.click(screen.getByRole("button", { name: "生成报送表（新工作表）" }));
    await waitFor(() => expect(excel.insert).toHaveBeenCalled());
    const plan = excel.insert.mock.calls[0][0] as SheetSpec;
    expect(plan.cells[0]).toHaveLength(12);
    expect(plan.protect).toBe(true);
    expect(plan.rules).toHaveLength(4);
    expect(plan.cells.map((row) => row[1])).toContain("郭家沱街道");
    expect(plan.cells.map((row) => row[1])).not.toContain("石马河街道");
    expect(plan.cells.flat().join("")).toContain("序时进度按天计算");
    expect(plan.cells.flat().join("")).toContain(">=-20,");
  });

  test("a threshold that makes no sense is refused with the reason", () => {
    renderPanel(actions());
    fireEvent.change(screen.getByLabelText(/红色/), { target: { value: "-1" } });
    fireEvent.click(screen.getByRole("button", { name: "生成报送表（新工作表）" }));
    expect(screen.getByTestId("submission-notice").textContent).toMatch(/红色阈值大于绿色阈值/);
  });

  test("巫溪县 has no per-unit tables: the panel says so and what to do, and the button is off", () => {
    renderPanel(actions());
    fireEvent.change(screen.getByLabelText("区县"), { target: { value: "巫溪县" } });
    expect(screen.getByTestId("no-unit-tables").textContent).toContain(
      "巫溪县的文件没有按街镇、园区分解的目标表"
    );
    expect(
      (screen.getByRole("button", { name: "生成报送表（新工作表）" }) as HTMLButtonElement).disabled
    ).toBe(true);
  });

  test("发送前固化 copies the active sheet through the Excel action", async () => {
    const excel = actions();
    renderPanel(excel);
    fireEvent.click(screen.getByRole("button", { name: "固化当前工作表" }));
    await waitFor(() =>
      expect(screen.getByTestId("submission-notice").textContent).toContain(
        "已生成“月报 固化”，替换了 12 个"
      )
    );
  });

  test("发送前固化 of a sheet with cells still showing #NAME? names them and says what to do", async () => {
    const excel = actions();
    excel.freeze.mockRejectedValue(
      new FreezeRefusal("not-figures", [
        { address: "B2", shown: "#NAME?" },
        { address: "C2", shown: "#BUSY!" },
      ])
    );
    renderPanel(excel);
    fireEvent.click(screen.getByRole("button", { name: "固化当前工作表" }));
    await waitFor(() =>
      expect(screen.getByTestId("submission-notice").textContent).toContain(
        "B2（#NAME?）、C2（#BUSY!）。请等计算完成、先点“修复公式”或改正公式后再固化"
      )
    );
  });

  test("修复公式 reports how many formulas were entered again and which protected sheets were left", async () => {
    const excel = actions();
    renderPanel(excel, "en");
    fireEvent.click(screen.getByRole("button", { name: "Repair #NAME? formulas" }));
    await waitFor(() =>
      expect(screen.getByTestId("submission-notice").textContent).toBe(
        "Entered 7 PLAN.* formula(s) showing #NAME? again. Protected sheets not checked: 汇总 (unprotect them and repair again)."
      )
    );
    expect(excel.repair).toHaveBeenCalledWith("en");
  });

  test("outside Excel: downloads the sheet as .xlsx, in English", async () => {
    const downloads = renderPanel(null, "en");
    expect(screen.queryByRole("button", { name: "Freeze the active sheet" })).toBeNull();
    setDate("Reporting date", "2025-10-31");
    fireEvent.click(screen.getByRole("button", { name: "Download submission sheet .xlsx" }));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10000 });
    expect(downloads[0][0]).toBe("江北区完成情况2025.10.xlsx");
    expect(new Uint8Array(downloads[0][1]).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });

  test("the default date is the last month-end", () => {
    expect(lastMonthEnd(new Date(2025, 10, 12))).toBe("2025-10-31");
    expect(lastMonthEnd(new Date(2026, 0, 5))).toBe("2025-12-31");
    expect(lastMonthEnd(new Date(2024, 2, 1))).toBe("2024-02-29");
  });
});
