/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { FillActions, FillInspection, FillOutcome } from "../../../src/excel/contract";
import { FillPanel } from "../../../src/taskpane/fill/FillPanel";
import { stubLayoutApis } from "../jsdom-stubs";

beforeAll(stubLayoutApis);

const INSPECTION: FillInspection = {
  sheet: "月报",
  names: { row: 1, column: 1, rows: 19, columns: 1 },
  hasHeader: true,
  sample: ["街道/镇", "石马河 街道", "大石坝街道办事处"],
  recognised: [{ region: "江北区", indicator: "高新技术企业", matched: 12 }],
  years: [2025],
  freeColumn: 4,
};

const PROBLEMS = [
  { row: 13, name: "新村街道", reason: "unknown" as const, candidates: ["华新街街道", "寸滩街道"] },
];

/** 14 rows filled and one name, 新村街道, that matched none. */
const FILLED_BUT_ONE: FillOutcome = {
  status: "filled",
  address: "E3:E20",
  filled: 14,
  problems: PROBLEMS,
  bytes: 900,
};

function actions(...outcomes: FillOutcome[]): jest.Mocked<FillActions> {
  const fill = jest.fn();
  for (const outcome of outcomes) fill.mockResolvedValueOnce(outcome);
  return {
    inspect: jest.fn().mockResolvedValue(INSPECTION),
    fill,
  };
}

const remember = jest.fn().mockResolvedValue(undefined);

function renderPanel(
  given: FillActions,
  locale: "zh" | "en" = "zh",
  remembering: typeof remember | null = remember
) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <FillPanel actions={given} remember={remembering} locale={locale} />
    </FluentProvider>
  );
}

describe("FillPanel", () => {
  it("reads the selection, offers the recognised district and the header's year, and fills", async () => {
    const given = actions({
      status: "filled",
      address: "E3:E20",
      filled: 15,
      problems: PROBLEMS,
      bytes: 900,
    });
    renderPanel(given);
    fireEvent.click(screen.getByRole("button", { name: "读取选区" }));
    await screen.findByText(/已读取 19 行/);
    fireEvent.click(screen.getByRole("button", { name: "填入目标" }));
    await screen.findByText("已填入 15 行目标：E3:E20。");
    expect(given.fill).toHaveBeenCalledWith({
      locale: "zh",
      sheet: "月报",
      names: INSPECTION.names,
      hasHeader: true,
      choice: expect.objectContaining({
        region: "江北区",
        indicator: "高新技术企业",
        year: 2025,
        output: "values",
      }),
    });
    expect(
      screen.getByText(/第 14 行“新村街道”：找不到此单位；最接近：华新街街道、寸滩街道/)
    ).toBeTruthy();
  });

  it("says where the destination is occupied and fills the next free column when asked", async () => {
    const given = actions(
      {
        status: "occupied",
        occupied: [{ row: 4, column: 3, content: '=IF(C5>0,"","")' }],
        next: 4,
        problems: [],
      },
      { status: "filled", address: "E3:E20", filled: 15, problems: [], bytes: 900 }
    );
    renderPanel(given);
    fireEvent.click(screen.getByRole("button", { name: "读取选区" }));
    fireEvent.click(await screen.findByRole("button", { name: "填入目标" }));
    await screen.findByText("目标列中已有内容，未写入任何内容：D5。");
    fireEvent.click(screen.getByRole("button", { name: "改填到 E 列起" }));
    await screen.findByText("已填入 15 行目标：E3:E20。");
    expect(given.fill.mock.calls[1][0]).toMatchObject({ column: 4 });
  });

  it("remembers what an unknown name means, in the district being filled", async () => {
    const given = actions(FILLED_BUT_ONE);
    renderPanel(given);
    fireEvent.click(screen.getByRole("button", { name: "读取选区" }));
    fireEvent.click(await screen.findByRole("button", { name: "填入目标" }));
    fireEvent.click(await screen.findByRole("button", { name: "记住：新村街道 → 华新街街道" }));
    await waitFor(() =>
      expect(remember).toHaveBeenCalledWith(
        {
          region: "江北区",
          subject: "unit",
          typed: "新村街道",
          means: "华新街街道",
        },
        "zh"
      )
    );
    expect(await screen.findByText(/已记住：“新村街道”即“华新街街道”/)).toBeTruthy();
  });

  it("offers no 记住 where the workbook cannot keep a registry (ExcelApi 1.5, issue 23)", async () => {
    const given = actions(FILLED_BUT_ONE);
    renderPanel(given, "zh", null);
    fireEvent.click(screen.getByRole("button", { name: "读取选区" }));
    fireEvent.click(await screen.findByRole("button", { name: "填入目标" }));
    expect(await screen.findByText(/新村街道/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^记住/ })).toBeNull();
  });

  it("speaks English when Office does", async () => {
    renderPanel(actions(), "en");
    fireEvent.click(screen.getByRole("button", { name: "Read selection" }));
    expect(await screen.findByText(/19 rows read/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Fill targets" })).toBeTruthy();
  });
});
