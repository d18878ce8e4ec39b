/** @jest-environment jsdom */
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { decideFeatures, Features, VIEWER_ONLY } from "../../src/core/capabilities/features";
import { planLookup } from "../../src/core/catalog/embedded";
import type { Locale } from "../../src/core/i18n/locale";
import type {
  FillActions,
  HighlightActions,
  RegisterActions,
  SubmissionActions,
} from "../../src/excel/contract";
import { Shell, ShellProps } from "../../src/taskpane/Shell";
import { HOSTS, HostSets, supportsOf } from "../core/capabilities/hosts";
import { stubLayoutApis } from "./jsdom-stubs";

beforeAll(stubLayoutApis);

/** Never called by these tests: they only switch tabs. */
const never = () => Promise.reject(new Error("not called"));
const ACTIONS: HighlightActions = {
  supported: () => true,
  apply: never,
  check: never,
  remove: never,
  select: never,
  chart: never,
};
const FILL: FillActions = { inspect: never, fill: never };
const REGISTER: RegisterActions = {
  readTable: never,
  registry: never,
  register: never,
  remember: never,
};
const SUBMISSION: SubmissionActions = {
  supported: () => ({ insert: true, freeze: true }),
  insert: never,
  freeze: never,
  repair: never,
};

/** Never called: these tests look at what the pane offers. */
const HOST = { insertTable: never };

type Connection = Pick<
  ShellProps,
  "highlight" | "fill" | "register" | "submission" | "registryError" | "features" | "officeJs"
> & { excel: boolean };

/** The viewer, as connectOffice or the entry point's timeout leaves it. */
const VIEWER: Connection = {
  excel: false,
  highlight: null,
  fill: null,
  register: null,
  submission: null,
  registryError: null,
  features: VIEWER_ONLY,
  officeJs: true,
};

/** The pane as connectOffice sets it up for an Excel with these requirement sets. */
function excelWith(sets: HostSets): Connection {
  const features = decideFeatures(supportsOf(sets));
  const offered = <T,>(id: keyof Features, actions: T) =>
    features[id].state === "offered" ? actions : null;
  return {
    excel: true,
    highlight: offered("check", {
      ...ACTIONS,
      supported: () => features.highlight.state === "offered",
    }),
    fill: offered("fill", FILL),
    register: offered("register", REGISTER),
    submission: offered("submission", SUBMISSION),
    registryError: null,
    features,
    officeJs: true,
  };
}

const CURRENT = excelWith(HOSTS.current);

/** Renders inside act, so the lazily loaded chunks resolve before the test looks. */
async function renderShell(connection: Connection, locale: Locale = "zh") {
  const { excel, ...props } = connection;
  await act(async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <Shell
          {...props}
          lookup={planLookup()}
          locale={locale}
          host={excel ? HOST : null}
          viewer={{ copy: async () => undefined, download: () => undefined }}
        />
      </FluentProvider>
    );
  });
}

async function renderHost(sets: HostSets, locale: Locale = "zh") {
  await renderShell(excelWith(sets), locale);
}

/** The tabs by accessible name, in order (Fluent renders an unselected tab's text twice, to reserve its bold width). */
const tabs = (names: string[]) => names.map((name) => screen.getByRole("tab", { name }));

const selected = () =>
  screen
    .getAllByRole("tab")
    .filter((tab) => tab.getAttribute("aria-selected") === "true")
    .map((tab) => tab.textContent);

describe("Shell", () => {
  test("the viewer (no Excel) has two tabs: the tables, and the submission sheet as a download", async () => {
    await renderShell(VIEWER);
    expect(screen.getAllByRole("tab")).toEqual(tabs(["分解表", "报送表"]));
    expect(selected()).toEqual(["分解表"]);
    expect(screen.getByRole("combobox", { name: "区县" })).toBeTruthy();
    expect(screen.queryByTestId("host-notes")).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: "报送表" }));
    expect(screen.getByRole("heading", { name: "报送表（月调度 / 季度通报）" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "下载报送表 .xlsx" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "生成报送表（新工作表）" })).toBeNull();
    expect(screen.queryByText("落后预警着色")).toBeNull();
  });

  test("the viewer speaks English", async () => {
    await renderShell(VIEWER, "en");
    expect(screen.getAllByRole("tab")).toEqual(tabs(["Tables", "Submission sheet"]));
    fireEvent.click(screen.getByRole("tab", { name: "Submission sheet" }));
    expect(screen.getByRole("button", { name: "Download submission sheet .xlsx" })).toBeTruthy();
  });

  test("a current Excel: four tabs, the tables first, formulas offered, nothing to explain", async () => {
    await renderShell(CURRENT);
    expect(screen.getAllByRole("tab")).toEqual(
      tabs(["分解表", "进度着色", "填入与登记", "报送表"])
    );
    expect(selected()).toEqual(["分解表"]);
    expect(screen.getByLabelText("文件")).toBeTruthy();
    expect(screen.getByLabelText(/^公式（随目录更新/)).toBeTruthy();
    expect(screen.queryByTestId("host-notes")).toBeNull();
    expect(screen.queryByRole("heading", { name: "落后预警着色" })).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: "填入与登记" }));
    expect(screen.getAllByRole("tab").slice(4)).toEqual(tabs(["填入目标", "登记分解表"]));
    fireEvent.click(screen.getByRole("tab", { name: "报送表" }));
    expect(screen.getByRole("button", { name: "生成报送表（新工作表）" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "下载报送表 .xlsx" })).toBeNull();
  });

  test("switching tabs keeps what was chosen in each: all stay mounted, one shown", async () => {
    await renderShell(CURRENT);
    const district = screen.getByRole("combobox", { name: "区县" }) as HTMLSelectElement;
    fireEvent.change(district, { target: { value: "永川区" } });
    expect(district.value).toBe("永川区");

    fireEvent.click(screen.getByRole("tab", { name: "进度着色" }));
    expect(selected()).toEqual(["进度着色"]);
    expect(screen.getByRole("heading", { name: "落后预警着色" })).toBeTruthy();
    expect(district.closest("[hidden]")).not.toBeNull();
    const date = screen.getByLabelText("截至日期") as HTMLInputElement;
    fireEvent.change(date, { target: { value: "2024-06-30" } });

    fireEvent.click(screen.getByRole("tab", { name: "报送表" }));
    const submissionDistrict = screen.getByRole("combobox", { name: "区县" });
    expect(submissionDistrict).not.toBe(district);
    fireEvent.change(submissionDistrict, { target: { value: "永川区" } });

    fireEvent.click(screen.getByRole("tab", { name: "分解表" }));
    expect(screen.getByRole("combobox", { name: "区县" })).toBe(district);
    expect(district.value).toBe("永川区");
    expect(date.closest("[hidden]")).not.toBeNull();

    fireEvent.click(screen.getByRole("tab", { name: "进度着色" }));
    expect(screen.getByLabelText("截至日期")).toBe(date);
    expect(date.value).toBe("2024-06-30");
    fireEvent.click(screen.getByRole("tab", { name: "报送表" }));
    expect(screen.getByRole("combobox", { name: "区县" })).toBe(submissionDistrict);
  });

  test("speaks English", async () => {
    await renderShell(CURRENT, "en");
    expect(screen.getAllByRole("tab")).toEqual(
      tabs(["Tables", "Behind plan", "Fill & register", "Submission sheet"])
    );
    fireEvent.click(screen.getByRole("tab", { name: "Behind plan" }));
    expect(screen.getByRole("heading", { name: "Highlight progress against plan" })).toBeTruthy();
  });

  test("Excel 2016 volume-licensed (ExcelApi 1.1/1.2): the tables alone, values insert, and why the rest is missing", async () => {
    for (const sets of [HOSTS.excel2016VolumeLicensed, { ExcelApi: "1.2" }]) {
      await renderHost(sets);
      expect(screen.queryAllByRole("tab")).toEqual([]);
      expect(screen.getByText("插入到所选位置")).toBeTruthy();
      expect(screen.queryByText("写入方式")).toBeNull();
      expect(screen.queryByLabelText(/公式/)).toBeNull();
      expect(screen.queryByRole("button", { name: /报送表/ })).toBeNull();
      const notes = screen.getByTestId("host-notes").textContent;
      expect(notes).toContain("表格按数值插入");
      expect(notes).toContain("缺少 ExcelApi 1.4、ExcelApi 1.7");
      expect(notes).toContain("进度着色需要 ExcelApi 1.4");
      expect(notes).toContain(
        "此版本 Excel 不提供：填入目标（需要 ExcelApi 1.4）、登记分解表（需要 ExcelApi 1.5）、报送表（需要 ExcelApi 1.8）"
      );
      cleanup();
    }
  });

  test("ExcelApi 1.4: highlighting (check only) and the fill without registering; no submission tab, and why", async () => {
    await renderHost(HOSTS.excelApi14);
    expect(screen.getAllByRole("tab")).toEqual(tabs(["分解表", "进度着色", "填入与登记"]));
    const notes = screen.getByTestId("host-notes").textContent;
    expect(notes).toContain("缺少 ExcelApi 1.7");
    expect(notes).toContain(
      "此版本 Excel 不提供：登记分解表（需要 ExcelApi 1.5）、报送表（需要 ExcelApi 1.8）"
    );
    expect(notes).not.toContain("填入目标");
    fireEvent.click(screen.getByRole("tab", { name: "填入与登记" }));
    expect(screen.queryAllByRole("tab", { name: "登记分解表" })).toEqual([]);
    expect(screen.getByRole("button", { name: "读取选区" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "读取选中的表" })).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: "进度着色" }));
    expect(screen.getByText(/当前 Excel 不支持条件格式（需要 ExcelApi 1.6/)).toBeTruthy();
  });

  test("ExcelApi 1.6: colouring offered; the table still goes in as values (frozen panes need 1.7)", async () => {
    await renderHost(HOSTS.excelApi16, "en");
    expect(screen.getByTestId("host-notes").textContent).toContain("it lacks ExcelApi 1.7");
    fireEvent.click(screen.getByRole("tab", { name: "Behind plan" }));
    expect(screen.queryByText(/does not support conditional formats/)).toBeNull();
  });

  test("Excel 2019 volume-licensed: table insert and highlighting; formulas hidden, for want of custom functions", async () => {
    await renderHost(HOSTS.excel2019VolumeLicensed);
    expect(screen.queryByLabelText(/公式/)).toBeNull();
    const notes = screen.getByTestId("host-notes").textContent;
    expect(notes).toContain(
      "按公式插入需要自定义函数（缺少 SharedRuntime 1.1、CustomFunctionsRuntime 1.3"
    );
    expect(notes).toContain("此版本 Excel 不提供：报送表（需要 ExcelApi 1.8）");
  });

  test("the workbook's registry could not be read at start-up: the pane opens all the same, and says so", async () => {
    await renderShell({ ...CURRENT, registryError: "GeneralException" });
    expect(screen.getAllByRole("tab")).toEqual(
      tabs(["分解表", "进度着色", "填入与登记", "报送表"])
    );
    expect(screen.getByTestId("host-notes").textContent).toContain(
      "未能读取本工作簿登记的别名和分解表（GeneralException）"
    );
  });

  test("office.js not loaded: the viewer, with a warning saying why and what to do", async () => {
    await renderShell({ ...VIEWER, officeJs: false });
    expect(screen.getByRole("combobox", { name: "区县" })).toBeTruthy();
    expect(screen.getByTestId("host-notes").textContent).toContain(
      "未能加载 Office 脚本（office.js）"
    );
  });
});
