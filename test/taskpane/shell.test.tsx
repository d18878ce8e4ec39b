/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { planLookup } from "../../src/core/catalog/embedded";
import type { Locale } from "../../src/core/i18n/locale";
import type { HighlightActions } from "../../src/excel/highlight/highlight-actions";
import { Shell } from "../../src/taskpane/Shell";
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

/** Renders inside act, so the highlight panel's lazily loaded chunk resolves before the test looks. */
async function renderShell(highlight: HighlightActions | null, locale: Locale = "zh") {
  await act(async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <Shell
          highlight={highlight}
          lookup={planLookup()}
          locale={locale}
          host={null}
          viewer={{ copy: async () => undefined, download: () => undefined }}
        />
      </FluentProvider>
    );
  });
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
});
