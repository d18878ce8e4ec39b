/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { planLookup } from "../../../src/core/catalog/embedded";
import type { Locale } from "../../../src/core/i18n/locale";
import type { ExcelHost } from "../../../src/excel/host/excel-host";
import type { InsertOutcome, InsertRequest } from "../../../src/excel/tables/insert-table";
import { TablesTab } from "../../../src/taskpane/tables/TablesTab";
import type { ViewerActions } from "../../../src/taskpane/tables/viewer-actions";
import { stubLayoutApis } from "../jsdom-stubs";
import { WriteFailedError } from "../../../src/excel/safe-write/write-failed";

beforeAll(stubLayoutApis);

function fakeHost(outcomes: (InsertOutcome | Error)[]): ExcelHost & { requests: InsertRequest[] } {
  const requests: InsertRequest[] = [];
  return {
    requests,
    insertTable: async (request) => {
      requests.push(request);
      const next = outcomes.shift() as InsertOutcome | Error;
      if (next instanceof Error) throw next;
      return next;
    },
  };
}

function fakeViewer(): ViewerActions & { copied: string[]; files: [string, ArrayBuffer][] } {
  const copied: string[] = [];
  const files: [string, ArrayBuffer][] = [];
  return {
    copied,
    files,
    copy: async (text) => void copied.push(text),
    download: (name, data) => void files.push([name, data]),
  };
}

function renderApp(
  host: ExcelHost | null,
  viewer = fakeViewer(),
  locale: Locale = "zh",
  formulasOffered = true
) {
  render(
    <FluentProvider theme={webLightTheme}>
      <TablesTab
        lookup={planLookup()}
        locale={locale}
        host={host}
        viewer={viewer}
        formulasOffered={formulasOffered}
      />
    </FluentProvider>
  );
  return viewer;
}

function choose(label: string, optionText: RegExp) {
  const select = screen.getByLabelText(label) as HTMLSelectElement;
  const option = within(select).getByText(optionText) as HTMLOptionElement;
  fireEvent.change(select, { target: { value: option.value } });
}

describe("task pane", () => {
  test("browses district, document and table, and previews the table as published", () => {
    renderApp(null);
    choose("区县", /江北区/);
    expect((screen.getByLabelText("文件") as HTMLSelectElement).value).toBe("jiangbei-2023-38");
    // The breakdown table, not the headline targets, is the default where the document has one.
    expect((screen.getByLabelText("表格") as HTMLSelectElement).value).toBe("a1");
    const preview = screen.getByTestId("preview");
    expect(within(preview).getByText("石马河街道")).toBeTruthy();
    expect(preview.querySelectorAll('tr[data-role="subtotal"]')).toHaveLength(2);
    expect(preview.querySelector('tr[data-role="total"]')?.textContent).toContain("530");
    expect(screen.getByTestId("block-lines").textContent).toContain(
      "来源：江北府办发〔2023〕38号（2023-06-09）附件1"
    );
    expect(screen.getByTestId("discrepancies").children.length).toBeGreaterThan(0);
    expect(screen.getByLabelText("把核对说明写在表格下方")).toBeTruthy();
    expect(screen.queryByText("插入到所选位置")).toBeNull();
  });

  test("offers the reconciliation footnote only for a table whose totals differ from their rows", () => {
    renderApp(null);
    choose("区县", /永川区/);
    choose("文件", /66号/);
    choose("表格", /表2/);
    expect(screen.queryByTestId("discrepancies")).toBeNull();
    expect(screen.queryByLabelText("把核对说明写在表格下方")).toBeNull();
  });

  test("headline targets name their district and read in English, quotes once each under the table", () => {
    renderApp(null, fakeViewer(), "en");
    choose("District", /巫溪县/);
    const header = screen.getByTestId("preview").querySelector('tr[data-role="header"]');
    expect([...(header?.children ?? [])].map((cell) => cell.textContent)).toEqual([
      "Indicator",
      "Year",
      "Target",
      "Unit",
      "Wording",
    ]);
    expect(
      (screen.getByLabelText("Table") as HTMLSelectElement).selectedOptions[0].textContent
    ).toBe("Headline targets");
    expect(screen.getByTestId("block-lines").textContent).toContain("巫溪县 headline targets");
    expect(screen.getAllByText(/^Text: /).length).toBeGreaterThan(0);
  });

  test("the preview shows figures as the sheet prints them: 10,000 万元 with its separator", () => {
    renderApp(null);
    choose("区县", /永川区/);
    choose("文件", /〔2023〕26号/);
    const total = screen.getByTestId("preview").querySelector('tr[data-role="total"]');
    expect(total?.textContent).toMatch(/\d{1,3},\d{3}/);
  });

  test("inserts with the chosen options and says where", async () => {
    const host = fakeHost([{ status: "inserted", address: "Sheet1!B2:I20", updated: false }]);
    renderApp(host);
    choose("区县", /永川区/);
    choose("文件", /〔2023〕26号/);
    choose("表格", /附件2/);
    fireEvent.click(screen.getByLabelText(/公式/));
    fireEvent.click(screen.getByText("插入到所选位置"));
    await waitFor(() =>
      expect(screen.getByTestId("notice").textContent).toContain("已插入到 Sheet1!B2:I20")
    );
    expect(host.requests).toHaveLength(1);
    expect(host.requests[0]).toMatchObject({
      destination: "selection",
      formulas: true,
      locale: "zh",
    });
    expect(host.requests[0].layout.key).toBe("yongchuan-2023-26/a2");
  });

  test("an occupied area offers a new sheet or cancel, and never writes by itself", async () => {
    const host = fakeHost([
      { status: "occupied", address: "Sheet1!A1:H12" },
      { status: "inserted", address: "'附件1 研发投入任务分解'!A1:G33", updated: false },
    ]);
    renderApp(host);
    fireEvent.click(screen.getByText("插入到所选位置"));
    const notice = await screen.findByTestId("notice");
    expect(notice.textContent).toContain("Sheet1!A1:H12 已有内容");
    fireEvent.click(within(notice).getByText("插入到新工作表"));
    await waitFor(() => expect(screen.getByTestId("notice").textContent).toContain("已插入到"));
    expect(host.requests.map((request) => request.destination)).toEqual(["selection", "new-sheet"]);
  });

  test("a copy holding the user's edits is replaced only after the user agrees", async () => {
    const host = fakeHost([
      { status: "edited", address: "Sheet1!C3:J20" },
      { status: "inserted", address: "Sheet1!C3:J20", updated: true },
    ]);
    renderApp(host);
    fireEvent.click(screen.getByText("插入到所选位置"));
    const notice = await screen.findByTestId("notice");
    expect(notice.textContent).toContain("Sheet1!C3:J20 是插件之前写入的区域");
    fireEvent.click(within(notice).getByText("替换我的修改"));
    await waitFor(() => expect(screen.getByTestId("notice").textContent).toContain("原位置"));
    expect(host.requests.map((request) => request.replaceEdits)).toEqual([false, true]);
  });

  test("a write that failed and could not be undone says so, not that nothing changed", async () => {
    const host = fakeHost([new WriteFailedError(false, "GeneralException", "zh")]);
    renderApp(host);
    fireEvent.click(screen.getByText("插入到所选位置"));
    await waitFor(() => expect(screen.getByTestId("notice").textContent).toContain("未能完全撤销"));
    expect(screen.getByTestId("notice").textContent).not.toContain("工作表未被修改");
  });

  test("an update in place and a failure are reported in the user's language", async () => {
    const host = fakeHost([
      { status: "inserted", address: "Sheet1!A1:F12", updated: true },
      new Error("InvalidOperation"),
    ]);
    renderApp(host, fakeViewer(), "en");
    fireEvent.click(screen.getByText("Insert into a new sheet"));
    await waitFor(() =>
      expect(screen.getByTestId("notice").textContent).toContain(
        "updated in place at Sheet1!A1:F12"
      )
    );
    fireEvent.click(screen.getByText("Insert at selection"));
    await waitFor(() =>
      expect(screen.getByTestId("notice").textContent).toMatch(
        /insert failed and the sheet was not changed \(InvalidOperation\)/
      )
    );
  });

  test("copies the table as tab-separated text", async () => {
    const viewer = renderApp(null);
    choose("区县", /永川区/);
    choose("文件", /〔2023〕26号/);
    choose("表格", /附件2/);
    fireEvent.click(screen.getByRole("button", { name: /复制/ }));
    await waitFor(() => expect(viewer.copied).toHaveLength(1));
    const lines = viewer.copied[0].split("\r\n");
    expect(lines[0]).toBe("附件2 高新技术企业培育目标任务分解\t\t\t\t\t\t\t");
    expect(lines).toContain("5\t区招商投资局\t/\t10\t20\t30\t40\t50");
  });

  test("downloads an .xlsx named after district, document and table", async () => {
    const viewer = renderApp(null);
    choose("区县", /綦江区/);
    fireEvent.click(screen.getByText("下载 .xlsx"));
    await waitFor(() => expect(viewer.files).toHaveLength(1), { timeout: 10000 });
    const [name, data] = viewer.files[0];
    expect(name).toBe("綦江区_qijiang-2023_正文目标.xlsx");
    expect(new Uint8Array(data).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });
});
