import { decideFeatures, VIEWER_ONLY } from "../../../src/core/capabilities/features";
import { NEEDS } from "../../../src/core/capabilities/requirements";
import { HOSTS, supportsOf } from "./hosts";

/** The state of each feature, in a line: easy to read and to compare. */
function states(sets: Parameters<typeof supportsOf>[0]): Record<string, string> {
  const features = decideFeatures(supportsOf(sets));
  return Object.fromEntries(
    Object.entries(features).map(([id, availability]) => [
      id,
      [
        availability.state,
        ...availability.missing.map((need) => `${need.set} ${need.version}`),
      ].join(" "),
    ])
  );
}

describe("decideFeatures", () => {
  test("outside Excel, or in an Excel without ExcelApi 1.1, the pane is the viewer alone", () => {
    expect(decideFeatures(null)).toEqual(VIEWER_ONLY);
    expect(decideFeatures(supportsOf({}))).toEqual(VIEWER_ONLY);
    expect(Object.values(VIEWER_ONLY).every((feature) => feature.state === "hidden")).toBe(true);
  });

  test("Excel 2016 volume-licensed (ExcelApi 1.1): values insert only, and it is told why", () => {
    expect(states(HOSTS.excel2016VolumeLicensed)).toEqual({
      insertTable: "hidden ExcelApi 1.4 ExcelApi 1.7",
      insertValues: "offered",
      formulas: "hidden SharedRuntime 1.1 CustomFunctionsRuntime 1.3 ExcelApi 1.4 ExcelApi 1.7",
      check: "hidden ExcelApi 1.4",
      highlight: "hidden ExcelApi 1.6",
      fill: "hidden ExcelApi 1.4",
      register: "hidden ExcelApi 1.5",
      submission: "hidden ExcelApi 1.8",
      freeze: "hidden ExcelApi 1.12",
    });
  });

  test("ExcelApi 1.4: values insert, the check; colouring shown but disabled for want of 1.6", () => {
    expect(states(HOSTS.excelApi14)).toEqual({
      insertTable: "hidden ExcelApi 1.7",
      insertValues: "offered",
      formulas: "hidden SharedRuntime 1.1 CustomFunctionsRuntime 1.3 ExcelApi 1.7",
      check: "offered",
      highlight: "disabled ExcelApi 1.6",
      fill: "offered",
      register: "hidden ExcelApi 1.5",
      submission: "hidden ExcelApi 1.8",
      freeze: "hidden ExcelApi 1.12",
    });
  });

  test("ExcelApi 1.6: check and colouring; the table insert still waits for frozen panes (1.7)", () => {
    expect(states(HOSTS.excelApi16)).toEqual({
      insertTable: "hidden ExcelApi 1.7",
      insertValues: "offered",
      formulas: "hidden SharedRuntime 1.1 CustomFunctionsRuntime 1.3 ExcelApi 1.7",
      check: "offered",
      highlight: "offered",
      fill: "offered",
      register: "offered",
      submission: "hidden ExcelApi 1.8",
      freeze: "hidden ExcelApi 1.12",
    });
  });

  test("Excel 2019 volume-licensed (ExcelApi 1.7): everything but formulas, which need the custom functions", () => {
    expect(states(HOSTS.excel2019VolumeLicensed)).toEqual({
      insertTable: "offered",
      insertValues: "hidden",
      formulas: "hidden SharedRuntime 1.1 CustomFunctionsRuntime 1.3",
      check: "offered",
      highlight: "offered",
      fill: "offered",
      register: "offered",
      submission: "hidden ExcelApi 1.8",
      freeze: "hidden ExcelApi 1.12",
    });
  });

  test("the submission sheet needs data validation (ExcelApi 1.8); its print setup (1.9) is optional", () => {
    expect(states({ ExcelApi: "1.8" }).submission).toBe("offered");
    expect(states({ ExcelApi: "1.7" }).submission).toBe("hidden ExcelApi 1.8");
  });

  test("发送前固化 needs spilled results (ExcelApi 1.12), and is decided by the same check", () => {
    expect(states({ ExcelApi: "1.12" }).freeze).toBe("offered");
    expect(states({ ExcelApi: "1.11" }).freeze).toBe("hidden ExcelApi 1.12");
  });

  test("a shared runtime without a custom functions runtime offers no formulas", () => {
    expect(states(HOSTS.retailWithoutFunctions).formulas).toBe("hidden CustomFunctionsRuntime 1.3");
  });

  test.each([
    ["Excel 2021 volume-licensed", HOSTS.excel2021VolumeLicensed],
    ["a current Excel", HOSTS.current],
  ])(
    "%s: everything is offered; the values insert stands aside for the table insert",
    (_name, sets) => {
      expect(states(sets)).toEqual({
        insertTable: "offered",
        insertValues: "hidden",
        formulas: "offered",
        check: "offered",
        highlight: "offered",
        fill: "offered",
        register: "offered",
        submission: "offered",
        freeze: "offered",
      });
    }
  );

  test("asks the host only about the sets in NEEDS", () => {
    const asked = new Set<string>();
    decideFeatures((set, version) => {
      asked.add(`${set} ${version}`);
      return true;
    });
    const needs = new Set(Object.values(NEEDS).map((need) => `${need.set} ${need.version}`));
    expect([...asked].every((entry) => needs.has(entry))).toBe(true);
  });
});
