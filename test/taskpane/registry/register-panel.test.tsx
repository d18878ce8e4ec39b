/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { PlanDocument } from "../../../src/core/catalog/plan-types";
import { EMPTY_REGISTRY, registerPlan } from "../../../src/core/registry/registry";
import type { RegisterActions } from "../../../src/excel/contract";
import { RegisterPanel } from "../../../src/taskpane/registry/RegisterPanel";
import { pastedGrid, shippedTables } from "../../core/registry/shipped-grids";
import { stubLayoutApis } from "../jsdom-stubs";

beforeAll(stubLayoutApis);

/** 永川区's 附件2 as pasted, with its 2023 合计 changed from 280 to 281. */
function grid(): string[][] {
  const { table } = shippedTables().find(
    (item) => item.plan.id === "yongchuan-2023-26" && item.table.id === "a2"
  )!;
  const cells = pastedGrid(table).map((row) => [...row]);
  cells[cells.length - 1][3] = "281";
  return cells;
}

function actions(): jest.Mocked<RegisterActions> {
  return {
    readTable: jest
      .fn()
      .mockResolvedValue({ sheet: "Sheet1", address: "Sheet1!A1:H9", grid: grid() }),
    registry: jest.fn().mockResolvedValue(EMPTY_REGISTRY),
    register: jest
      .fn()
      .mockImplementation((plan: PlanDocument, by: string) =>
        Promise.resolve(registerPlan(EMPTY_REGISTRY, plan, by, "2026-11-24T08:00:00Z"))
      ),
    remember: jest.fn().mockResolvedValue(undefined),
  };
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe("RegisterPanel", () => {
  it("shows what it understood, reports the wrong 合计, and registers the table as pasted", async () => {
    const given = actions();
    render(
      <FluentProvider theme={webLightTheme}>
        <RegisterPanel actions={given} locale="zh" />
      </FluentProvider>
    );
    fireEvent.click(screen.getByRole("button", { name: "读取选中的表" }));
    await screen.findByText("识别出 8 列、6 行：");
    expect(screen.getByLabelText(/^类型 合\s+计$/).textContent).toBe("合计");
    type("印发日期（yyyy-mm-dd）", "2023-04-12");
    expect(screen.getByLabelText("年份 2022年")).toBeTruthy();
    expect(screen.getByLabelText("含义 2022年").textContent).toBe("实际");
    type("区县（如 渝北区）", "荣昌区");
    type("文件标题", "测试文件");
    type("附件序号（如 附件1）", "附件2");
    type("登记人", "张三");
    fireEvent.click(screen.getByRole("combobox", { name: "指标" }));
    fireEvent.click(await screen.findByRole("option", { name: "高新技术企业" }));
    fireEvent.click(screen.getByRole("button", { name: "检查" }));
    expect(await screen.findByText(/合\s*计 2023年：表中 281，各行合计 280/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "登记到本工作簿" }));
    await screen.findByText(/已登记《测试文件》第 1 版/);
    const [plan, by] = given.register.mock.calls[0];
    expect(by).toBe("张三");
    expect(plan.tables[0].rows.at(-1)?.cells).toEqual([
      "",
      "合  计",
      "227",
      "281",
      "350",
      "420",
      "510",
      "600",
    ]);
    await waitFor(() => expect(screen.getByRole("button", { name: "导出 JSON" })).toBeTruthy());
    fireEvent.click(screen.getByRole("button", { name: "导出 JSON" }));
    expect(JSON.parse((screen.getByLabelText("导出 JSON") as HTMLTextAreaElement).value)).toEqual(
      plan
    );
  });

  it.each([
    ["one cell", [["高新技术企业"]], /选中的区域里没有表头/],
    [
      "a header alone",
      [["序号", "单位", "2023年目标"]],
      /选中区域第 1 行像是表头，下面却没有数据行/,
    ],
  ])(
    "tells what to select when the selection is %s, and shows no reading",
    async (_, cells, told) => {
      const given = actions();
      given.readTable.mockResolvedValue({ sheet: "Sheet1", address: "Sheet1!A1", grid: cells });
      render(
        <FluentProvider theme={webLightTheme}>
          <RegisterPanel actions={given} locale="zh" />
        </FluentProvider>
      );
      fireEvent.click(screen.getByRole("button", { name: "读取选中的表" }));
      expect(await screen.findByText(told)).toBeTruthy();
      expect(screen.queryByText(/识别出/)).toBeNull();
    }
  );

  it("keeps the last reading when the next selection is not a table", async () => {
    const given = actions();
    render(
      <FluentProvider theme={webLightTheme}>
        <RegisterPanel actions={given} locale="en" />
      </FluentProvider>
    );
    fireEvent.click(screen.getByRole("button", { name: "Read the selected table" }));
    await screen.findByText("8 columns and 6 rows understood:");
    given.readTable.mockResolvedValue({ sheet: "Sheet1", address: "Sheet1!A1", grid: [["  "]] });
    fireEvent.click(screen.getByRole("button", { name: "Read the selected table" }));
    expect(await screen.findByText(/The selection has no header/)).toBeTruthy();
    expect(screen.getByText("8 columns and 6 rows understood:")).toBeTruthy();
  });

  it("refuses imported JSON that nests too deep or reaches Object.prototype, registering nothing", async () => {
    const given = actions();
    render(
      <FluentProvider theme={webLightTheme}>
        <RegisterPanel actions={given} locale="zh" />
      </FluentProvider>
    );
    type("登记人", "张三");
    const box = screen.getByRole("textbox", { name: /导入 JSON/ });
    fireEvent.change(box, { target: { value: `${"[".repeat(100_000)}` } });
    fireEvent.click(screen.getByRole("button", { name: "导入 JSON" }));
    expect(await screen.findByText(/nests deeper than 16 levels/)).toBeTruthy();
    fireEvent.change(box, { target: { value: '{"id":"x","__proto__":{"polluted":true}}' } });
    fireEvent.click(screen.getByRole("button", { name: "导入 JSON" }));
    expect(await screen.findByText(/has a key "__proto__" at its top/)).toBeTruthy();
    expect(given.register).not.toHaveBeenCalled();
  });
});
