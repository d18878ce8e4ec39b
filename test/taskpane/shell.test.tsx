/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { decideFeatures, Features, VIEWER_ONLY } from "../../src/core/capabilities/features";
import { planLookup } from "../../src/core/catalog/embedded";
import type { Locale } from "../../src/core/i18n/locale";
import type { HighlightActions } from "../../src/excel/highlight/highlight-actions";
import { Shell } from "../../src/taskpane/Shell";
import { HOSTS, HostSets, supportsOf } from "../core/capabilities/hosts";
import { stubLayoutApis } from "./jsdom-stubs";

beforeAll(stubLayoutApis);

/** Never called by these tests: they only switch tabs. */
const ACTIONS: HighlightActions = {
  supported: () => true,
  apply: () => Promise.reject(new Error("not called")),
  check: () => Promise.reject(new Error("not called")),
  remove: () => Promise.reject(new Error("not called")),
  select: () => Promise.reject(new Error("not called")),
  chart: () => Promise.reject(new Error("not called")),
};

const CURRENT = decideFeatures(supportsOf(HOSTS.current));

/** Never called: these tests look at what the pane offers. */
const HOST = { insertTable: () => Promise.reject(new Error("not called")) };

/** Renders inside act, so the highlight panel's lazily loaded chunk resolves before the test looks. */
async function renderShell(
  highlight: HighlightActions | null,
  locale: Locale = "zh",
  features: Features = highlight ? CURRENT : VIEWER_ONLY,
  officeJs = true
) {
  await act(async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <Shell
          highlight={highlight}
          lookup={planLookup()}
          locale={locale}
          host={features === VIEWER_ONLY ? null : HOST}
          viewer={{ copy: async () => undefined, download: () => undefined }}
          features={features}
          officeJs={officeJs}
        />
      </FluentProvider>
    );
  });
}

/** The pane as connectOffice sets it up for a host with these requirement sets. */
async function renderHost(sets: HostSets, locale: Locale = "zh") {
  const features = decideFeatures(supportsOf(sets));
  const highlight =
    features.check.state === "offered"
      ? { ...ACTIONS, supported: () => features.highlight.state === "offered" }
      : null;
  await renderShell(highlight, locale, features);
}

/** The tabs by accessible name, in order (Fluent renders an unselected tab's text twice, to reserve its bold width). */
const tabs = (names: string[]) => names.map((name) => screen.getByRole("tab", { name }));

const selected = () =>
  screen
    .getAllByRole("tab")
    .filter((tab) => tab.getAttribute("aria-selected") === "true")
    .map((tab) => tab.textContent);

describe("Shell", () => {
  test("outside Excel (no highlighting actions) the pane is the tables viewer alone, without tabs", async () => {
    await renderShell(null);
    expect(screen.queryAllByRole("tab")).toEqual([]);
    expect(screen.getByRole("combobox", { name: "区县" })).toBeTruthy();
    expect(screen.queryByText("落后预警着色")).toBeNull();
  });

  test("in Excel it shows the three tabs, the tables first", async () => {
    await renderShell(ACTIONS);
    expect(screen.getAllByRole("tab")).toEqual(tabs(["分解表", "进度着色", "填入与登记"]));
    expect(selected()).toEqual(["分解表"]);
    expect(screen.getByLabelText("文件")).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "落后预警着色" })).toBeNull();
  });

  test("switching tabs keeps what was chosen in each: both stay mounted, one hidden", async () => {
    await renderShell(ACTIONS);
    const district = screen.getByLabelText("区县", { selector: "select" }) as HTMLSelectElement;
    fireEvent.change(district, { target: { value: "永川区" } });
    expect(district.value).toBe("永川区");

    fireEvent.click(screen.getByRole("tab", { name: "进度着色" }));
    expect(selected()).toEqual(["进度着色"]);
    expect(screen.getByRole("heading", { name: "落后预警着色" })).toBeTruthy();
    expect(district.closest("[hidden]")).not.toBeNull();
    const date = screen.getByLabelText("截至日期") as HTMLInputElement;
    fireEvent.change(date, { target: { value: "2024-06-30" } });

    fireEvent.click(screen.getByRole("tab", { name: "分解表" }));
    expect(selected()).toEqual(["分解表"]);
    expect(screen.getByLabelText("区县", { selector: "select" })).toBe(district);
    expect(district.value).toBe("永川区");
    expect(district.closest("[hidden]")).toBeNull();
    expect(date.closest("[hidden]")).not.toBeNull();

    fireEvent.click(screen.getByRole("tab", { name: "进度着色" }));
    expect(screen.getByLabelText("截至日期")).toBe(date);
    expect(date.value).toBe("2024-06-30");
  });

  test("speaks English", async () => {
    await renderShell(ACTIONS, "en");
    expect(screen.getAllByRole("tab")).toEqual(tabs(["Tables", "Behind plan", "Fill & register"]));
    fireEvent.click(screen.getByRole("tab", { name: "Behind plan" }));
    expect(screen.getByRole("heading", { name: "Highlight progress against plan" })).toBeTruthy();
  });

  test("a current Excel offers everything, formulas included, and has nothing to explain", async () => {
    await renderHost(HOSTS.current);
    expect(screen.getAllByRole("tab")).toHaveLength(3);
    expect(screen.getByLabelText(/公式/)).toBeTruthy();
    expect(screen.queryByTestId("host-notes")).toBeNull();
  });

  test("Excel 2016 volume-licensed (ExcelApi 1.1): values insert, no formulas, no highlighting tab, and why", async () => {
    await renderHost(HOSTS.excel2016VolumeLicensed);
    expect(screen.queryAllByRole("tab")).toEqual([]);
    expect(screen.getByText("插入到所选位置")).toBeTruthy();
    expect(screen.queryByText("写入方式")).toBeNull();
    expect(screen.queryByLabelText(/公式/)).toBeNull();
    const notes = screen.getByTestId("host-notes").textContent;
    expect(notes).toContain("表格按数值插入");
    expect(notes).toContain("缺少 ExcelApi 1.4、ExcelApi 1.7");
    expect(notes).toContain("进度着色需要 ExcelApi 1.4");
  });

  test("ExcelApi 1.4: the highlighting tab checks but says colouring needs ExcelApi 1.6", async () => {
    await renderHost(HOSTS.excelApi14);
    expect(screen.getAllByRole("tab")).toHaveLength(3);
    expect(screen.getByTestId("host-notes").textContent).toContain("缺少 ExcelApi 1.7");
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
    expect(screen.getByTestId("host-notes").textContent).toContain(
      "按公式插入需要自定义函数（缺少 SharedRuntime 1.1、CustomFunctionsRuntime 1.1"
    );
  });

  test("office.js not loaded: the viewer, with a warning saying why and what to do", async () => {
    await renderShell(null, "zh", VIEWER_ONLY, false);
    expect(screen.getByRole("combobox", { name: "区县" })).toBeTruthy();
    expect(screen.getByTestId("host-notes").textContent).toContain(
      "未能加载 Office 脚本（office.js）"
    );
  });
});
